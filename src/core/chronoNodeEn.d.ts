// chrono-node's English-only entry point (`chrono-node/en`, declared in the package's `exports`)
// for TypeScript's node10 module resolution, which does not read `exports`. Same types as the
// main entry; at run time Node and esbuild resolve the real module (English only, 1/6 the size).
declare module 'chrono-node/en' {
  export { casual, strict, parse, parseDate } from 'chrono-node';
}
