// Bundles every program of the project with esbuild: the extension, the CLI, the benchmarks and
// the journal webview. One file each, so the .vsix and the CLI start without resolving modules.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20' };

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['bench/mergeSim.ts'], outfile: 'dist/mergeSim.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['media/journal/main.ts'], outfile: 'dist/media/journal.js', platform: 'browser', format: 'iife', target: 'es2022' },
].filter((b) => b.entryPoints.every((e) => existsSync(e)));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
