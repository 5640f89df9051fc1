#!/usr/bin/env node
// `npm start`: VS Code with the extension loaded on a scratch copy of the sample journal.
// Desktop VS Code (`code` on PATH) when there is one; otherwise the same code-server the tests
// use, serving the real workbench on http://127.0.0.1 (printed) until Ctrl+C.
//   npm start -- --fresh    start again from a clean copy of examples/
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot } from './vscode/setup.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Outside the repository, so VS Code does not offer to open this repository's git.
const sample = path.join(cacheRoot(), 'sample-journal');

if (process.argv.includes('--fresh') || !fs.existsSync(sample)) {
  fs.rmSync(sample, { recursive: true, force: true });
  fs.cpSync(path.join(repo, 'examples'), sample, { recursive: true });
}
if (!fs.existsSync(path.join(repo, 'dist', 'extension.js'))) {
  spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}

const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
if (which.status === 0 && which.stdout.trim() && !process.env.MENTORSHIP_USE_CODE_SERVER) {
  console.log(`Opening VS Code on ${sample} with the extension from ${repo}`);
  const r = spawnSync(which.stdout.trim(), [`--extensionDevelopmentPath=${repo}`, '--new-window', sample], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { startCodeServer } = await import('./vscode/codeServer.mjs');
const server = await startCodeServer({ folder: sample, settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://remote${repo}`]]));
const url = `${server.baseUrl}?folder=${encodeURIComponent(sample)}&payload=${payload}`;
console.log('\nMentorship Journal is running in VS Code (code-server) on the sample journal.');
console.log(`Open this in a browser on this machine:\n\n  ${url}\n`);
console.log(`The journal is a scratch copy at ${sample} (npm start -- --fresh resets it).`);
console.log('Press Ctrl+C to stop.');
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
