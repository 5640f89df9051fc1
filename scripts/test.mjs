#!/usr/bin/env node
// `npm test`: every tier, in order, on a fresh clone as on a developer's machine. Sets up what
// the real-VS-Code tiers need by itself (code-server from npm, Debian's chromium), cached
// between runs. Prints one closing line "N passed, N failed" over the tiers.
//   node scripts/test.mjs [tier ...]   run only some tiers (names below)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = (bin, ...args) => [process.execPath, path.join(repo, 'node_modules', '.bin', bin), ...args];
const node = (...args) => [process.execPath, ...args];

// Each tier: a name and a command. Tiers whose entry file does not exist yet are skipped
// with a note (so a partial checkout still runs what it has), never silently.
const tiers = [
  { name: 'build', cmd: node('scripts/build.mjs') },
  { name: 'typecheck', cmd: npx('tsc', '-p', 'tsconfig.json', '--noEmit') },
  { name: 'typecheck-webview', cmd: npx('tsc', '-p', 'media/journal/tsconfig.json', '--noEmit'), needs: 'media/journal/tsconfig.json' },
  { name: 'lint', cmd: node('scripts/lint.mjs') },
  { name: 'compile-tests', cmd: npx('tsc', '-p', 'tsconfig.test.json') },
  { name: 'unit', cmd: npx('mocha', '--config', '.mocharc.unit.json') },
  { name: 'integration', cmd: node('scripts/test-integration.mjs') },
  { name: 'webview', cmd: node('test/webview/run.mjs'), needs: 'test/webview/run.mjs' },
  { name: 'e2e-workbench', cmd: node('test/e2e/workbench.e2e.mjs'), needs: 'test/e2e/workbench.e2e.mjs' },
  { name: 'e2e-journal', cmd: node('test/e2e/journal.e2e.mjs'), needs: 'test/e2e/journal.e2e.mjs' },
  { name: 'e2e-web', cmd: node('test/e2e/web.e2e.mjs'), needs: 'test/e2e/web.e2e.mjs' },
  { name: 'e2e-editor', cmd: node('test/e2e/editor.e2e.mjs'), needs: 'test/e2e/editor.e2e.mjs' },
];

const wanted = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary = [];
for (const tier of tiers) {
  if (wanted.length && !wanted.includes(tier.name)) continue;
  if (tier.needs && !fs.existsSync(path.join(repo, tier.needs))) {
    summary.push(`  ${tier.name}: not present (${tier.needs})`);
    continue;
  }
  const started = Date.now();
  console.log(`\n=== ${tier.name}: ${tier.cmd.slice(1).map((a) => path.relative(repo, a) || a).join(' ')}`);
  const r = spawnSync(tier.cmd[0], tier.cmd.slice(1), { cwd: repo, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status === 0) {
    passed++;
    summary.push(`  ${tier.name}: ok (${secs} s)`);
  } else {
    failed++;
    summary.push(`  ${tier.name}: FAILED (exit ${r.status ?? r.signal}, ${secs} s)`);
    // Later tiers build on earlier ones; a broken build or typecheck makes the rest noise.
    if (['build', 'compile-tests'].includes(tier.name)) break;
  }
}
console.log('\nTest tiers:\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
