// Bundles every program of the project with esbuild: the extension (for Node extension hosts and
// for the web worker extension host of VS Code for the Web), the CLI, the benchmark and the
// journal webview. One file each, so the .vsix and the CLI start without resolving modules.
// Production bundles are minified (smaller to download, faster to load); source maps are written
// beside them for stack traces and profiles, and kept out of the .vsix (.vscodeignore).
// MENTORSHIP_MINIFY=0 builds them readable (for CPU profiles by function name).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const minify = process.env.MENTORSHIP_MINIFY !== '0' && !watch;
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20' };
const production = { ...common, minify };

const builds = [
  { ...production, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // No Node built-ins in the web build: esbuild refuses to bundle one for the browser platform.
  { ...production, entryPoints: ['src/extensionWeb.ts'], outfile: 'dist/extensionWeb.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
  { ...production, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['bench/mergeSim.ts'], outfile: 'dist/mergeSim.js', platform: 'node', format: 'cjs' },
  { ...production, entryPoints: ['media/journal/main.ts'], outfile: 'dist/media/journal.js', platform: 'browser', format: 'iife', target: 'es2022' },
].filter((b) => b.entryPoints.every((e) => existsSync(e)));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
