#!/usr/bin/env node
// Runs the journal webview's browser tests (test/webview/*.test.mjs) in headless Chromium against
// the real HTML, CSP and built program (npm run build first). Each test file exports `tests`, a
// list of [name, async (browser) => {}]; every test gets its own page. Prints one line per test
// and `webview: N passed, N failed`; exits non-zero when any failed.
//   node test/webview/run.mjs [name filter]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, REPO } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
if (!fs.existsSync(path.join(REPO, 'dist', 'media', 'journal.js'))) {
  console.error('dist/media/journal.js is missing: run `npm run build` first');
  process.exit(2);
}

const browser = await launch();
let passed = 0;
let failed = 0;
try {
  for (const file of fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()) {
    const { tests } = await import(pathToFileURL(path.join(here, file)).href);
    console.log(`\n${file}`);
    for (const [name, fn] of tests) {
      if (filter && !`${file} ${name}`.includes(filter)) continue;
      const started = Date.now();
      try {
        await fn(browser);
        passed++;
        console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✘ ${name}\n${String(e?.stack ?? e).replace(/^/gm, '      ')}`);
      }
    }
  }
} finally {
  await browser.close();
}
console.log(`\nwebview: ${passed} passed, ${failed} failed`);
process.exitCode = failed || !passed ? 1 : 0;
