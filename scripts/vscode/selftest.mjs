#!/usr/bin/env node
// Proves the offline VS Code test infrastructure end to end with the hello-extension fixture:
//   1. integration tests pass (exit 0) on a folder,
//   2. a failing test makes the run fail (exit 1),
//   3. a multi-root .code-workspace opens with both folders,
//   4. browser level: vsce package -> installVsix -> code-server -> command palette -> screenshot.
// Usage: node scripts/vscode/selftest.mjs [screenshot dir, default test-results]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, notifications, openWorkbench, runCommand, screenshot, treeRows } from './browser.mjs';
import { installVsix, startCodeServer } from './codeServer.mjs';
import { runIntegration } from './runIntegration.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hello = path.join(root, 'test/fixtures/hello-extension');
const shots = path.resolve(process.argv[2] ?? 'test-results');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-selftest-'));
const step = (msg) => console.log(`\n=== ${msg}`);
const timed = async (fn) => { const t = Date.now(); await fn(); return ((Date.now() - t) / 1000).toFixed(1); };
const base = { extensionDevelopmentPath: hello, extensionTestsPath: path.join(hello, 'tests') };

try {
  const folder = path.join(tmp, 'folder');
  fs.mkdirSync(folder);
  step('1. passing integration run');
  console.log(`took ${await timed(() => runIntegration({ ...base, folderOrWorkspace: folder, env: { HELLO_EXPECT_FOLDERS: '1' }, label: 'selftest-pass' }))} s`);

  step('2. failing integration run (must reject)');
  const failed = await runIntegration({ ...base, folderOrWorkspace: folder, env: { HELLO_FAIL: '1' }, label: 'selftest-fail' }).then(() => false, () => true);
  if (!failed) throw new Error('a failing test did not fail the run');
  console.log('rejected as expected');

  step('3. multi-root workspace');
  for (const d of ['one', 'two']) fs.mkdirSync(path.join(tmp, d));
  const ws = path.join(tmp, 'multi.code-workspace');
  fs.writeFileSync(ws, JSON.stringify({ folders: [{ path: 'one' }, { path: 'two' }] }));
  await runIntegration({ ...base, folderOrWorkspace: ws, env: { HELLO_EXPECT_FOLDERS: '2' }, label: 'selftest-multiroot' });

  step('4. browser level: package, install, palette, screenshot');
  const vsix = path.join(tmp, 'hello.vsix');
  const t = Date.now();
  execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], { cwd: hello, stdio: 'ignore' });
  const extensionsDir = path.join(tmp, 'extensions');
  await installVsix(vsix, extensionsDir);
  const server = await startCodeServer({ folder, extensionsDir });
  const browser = await launchChromium();
  try {
    await openWorkbench(browser.page, server.url);
    await runCommand(browser.page, 'Hello: Say Hello');
    await browser.page.locator('.notifications-toasts .notification-toast', { hasText: 'Hello from hello-extension!' }).waitFor({ timeout: 15_000 });
    await browser.page.locator('.part.sidebar .monaco-list-row .label-name', { hasText: 'hello.txt' }).waitFor({ timeout: 15_000 });
    console.log('toasts:', await notifications(browser.page));
    console.log('tree rows:', await treeRows(browser.page));
    console.log('screenshot:', await screenshot(browser.page, path.join(shots, 'selftest-hello.png')));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`took ${((Date.now() - t) / 1000).toFixed(1)} s`);
  console.log('\nselftest: 4 passed, 0 failed');
} catch (err) {
  console.error(`\nselftest failed: ${err.stack ?? err}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
