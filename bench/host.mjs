#!/usr/bin/env node
// `npm run bench:host [-- --entries 1000,10000] [--runs N] [--profiles DIR] [--extension DIR]`: the extension-host
// scale suite (test/integration/hostBench) through the code-server harness, on journals made by
// bench/generate.ts. Reports what a user waits for; never part of `npm test`'s pass/fail.
// Needs `npm run build` and `npm run compile-tests` (the script runs both).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIntegration } from '../scripts/vscode/runIntegration.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argOf = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = argOf('entries', '1000,10000').split(',').map(Number);
const runs = Number(argOf('runs', '1'));
const profiles = argOf('profiles', undefined);
const env = Object.fromEntries((argOf('env', '') || '').split(',').filter(Boolean).map((kv) => kv.split('=')));
// Another build of the extension to measure with the same suite (e.g. an older checkout, for before/after).
const extension = path.resolve(argOf('extension', repo));

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json'], { cwd: repo, stdio: 'inherit' });
}
const { generateJournal } = createRequire(import.meta.url)(path.join(repo, 'out', 'bench', 'generate.js'));
if (profiles) fs.mkdirSync(profiles, { recursive: true });

const all = [];
for (const entries of sizes) {
  // Per checkout: other checkouts on the machine may run their own benchmark at the same time.
  const ws = path.join(os.tmpdir(), `mentorship-host-bench-${entries}-${createHash('sha1').update(repo).digest('hex').slice(0, 8)}`);
  // Generated once per size and reused (the files are the same every time: a seeded generator).
  if (!fs.existsSync(path.join(ws, '.complete'))) {
    generateJournal(path.join(ws, 'mentorship'), entries);
    fs.writeFileSync(path.join(ws, '.complete'), '');
  }
  for (let run = 0; run < runs; run++) {
    // The change test appends to a session: start every run from the generated text.
    generateJournal(path.join(ws, 'mentorship'), entries);
    const resultFile = path.join(os.tmpdir(), `mentorship-host-bench-${entries}-${process.pid}.json`);
    fs.rmSync(resultFile, { force: true });
    await runIntegration({
      extensionDevelopmentPath: extension,
      extensionTestsPath: path.join(repo, 'out', 'test', 'integration', 'runner.js'),
      folderOrWorkspace: ws,
      env: {
        MENTORSHIP_SUITE: 'hostBench',
        MENTORSHIP_TODAY: '2026-11-24',
        MENTORSHIP_BENCH_OUT: resultFile,
        MENTORSHIP_BENCH_LABEL: `${entries}-${run + 1}`,
        ...(profiles ? { MENTORSHIP_BENCH_PROFILES: path.resolve(profiles) } : {}),
        MENTORSHIP_TEST_TIMEOUT_MS: '1800000',
        ...env,
      },
      label: `host-bench-${entries}`,
    }).catch((e) => console.error(`host bench at ${entries}: ${e.message}`));
    if (fs.existsSync(resultFile)) all.push({ entries, ...JSON.parse(fs.readFileSync(resultFile, 'utf8')) });
  }
}
console.log('\nextension host (code-server 4.100.3 = VS Code 1.100.3), ms from opening the Mentorship views:');
for (const r of all) console.log(JSON.stringify(r));
