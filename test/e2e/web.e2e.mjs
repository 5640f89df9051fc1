#!/usr/bin/env node
// VS Code for the Web, as close as this machine gets: the extension packaged with its `browser`
// entry only (no Node entry, so no Node built-in and no local-disk fast path can be used), installed
// into code-server, which then runs it in the workbench's web worker extension host — the one
// vscode.dev and github.dev use. On a copy of the sample journal, in headless Chromium: the three
// views, the journal webview, Check Journal, Generate Agenda and the walkthrough, all through workspace.fs.
//   test-results/web-views.png, web-journal.png, web-agenda.png, web-walkthrough.png   (artefacts of every run)
// Ends with "e2e: N passed, M failed"; exits 1 when anything failed.
// Usage: node test/e2e/web.e2e.mjs   (today is pinned to 2026-11-24, as in the other tests)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, notifications, openWorkbench, runCommand, screenshot } from '../../scripts/vscode/browser.mjs';
import { installVsix, startCodeServer } from '../../scripts/vscode/codeServer.mjs';
import { checklist, expect } from './checklist.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const results = path.join(repo, 'test-results');
const TODAY = '2026-11-24';

const run = checklist({
  onFail: async (n) => {
    if (browser) console.log(`      screenshot: ${await screenshot(browser.page, path.join(results, `web-failed-${n}.png`))}`);
  },
});
const check = run.check;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-web-e2e-'));
let server;
let browser;
try {
  console.log('building and packaging the web-only extension…');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = packageWebOnly(path.join(tmp, 'stage'), path.join(tmp, 'mentorship-journal-web.vsix'));
  const extensionsDir = path.join(tmp, 'extensions');
  console.log(await installVsix(vsix, extensionsDir));
  const installed = fs.readdirSync(extensionsDir).find((d) => d.startsWith('mentorship-journal.'));
  expect(installed, `the extension is not in ${extensionsDir}`);
  const installedDist = fs.readdirSync(path.join(extensionsDir, installed, 'dist'));
  expect(!installedDist.includes('extension.js') && installedDist.includes('extensionWeb.js'), `installed dist/ holds ${installedDist}`);

  const folder = path.join(tmp, 'sample');
  fs.cpSync(path.join(repo, 'examples'), folder, { recursive: true });
  server = await startCodeServer({
    folder,
    extensionsDir,
    env: { MENTORSHIP_TODAY: TODAY },
    settings: {
      'workbench.tips.enabled': false,
      'workbench.editor.enablePreview': false,
      'editor.minimap.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      // No "today" from the environment in a web worker: the agenda's meeting day comes from the cadence.
      'mentorship.agenda.output': 'session',
    },
  });
  browser = await launchChromium({ viewport: { width: 1440, height: 900 } });
  const { page } = browser;
  const problems = [];
  page.on('pageerror', (err) => problems.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /mentorship|extensionWeb/i.test(msg.text())) problems.push(msg.text());
  });
  await openWorkbench(page, server.url);
  const sidebar = page.locator('.part.sidebar');
  const row = (text) => sidebar.locator('.monaco-list-row', { hasText: text }).first();

  await check('the extension runs in the web worker extension host (its Node entry is not even installed)', async () => {
    await runCommand(page, 'Developer: Show Running Extensions');
    const editor = page.locator('.runtime-extensions-editor');
    await editor.waitFor({ timeout: 30_000 });
    const entry = editor.locator('.monaco-list-row', { hasText: 'Mentorship Journal' }).first();
    await entry.waitFor({ timeout: 30_000 });
    const text = (await entry.innerText()).replace(/\s+/g, ' ');
    expect(/Web Worker/i.test(text), `the running-extensions row says "${text}"`);
    await runCommand(page, 'View: Close All Editors');
  });

  await check('the Mentorship views list the mentorships, goals, sessions and action items', async () => {
    // The badge (overdue items) covers part of the icon.
    await page.locator('.activitybar .action-item a[aria-label^="Mentorship"]').click({ force: true });
    await row('Sam Okafor ← Priya Raman').waitFor({ timeout: 60_000 });
    await row('Write and land my first design doc').waitFor({ timeout: 30_000 });
    await row('Send the RFC draft to Tomás for a security read').waitFor({ timeout: 30_000 });
    const sessionsPane = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: /Sessions/i }) });
    const newest = sessionsPane.locator('.monaco-list-row', { hasText: '2026-11-18' }).first();
    await newest.waitFor({ timeout: 30_000 });
    expect((await newest.innerText()).includes("RFC draft: Priya's first read"), `newest session row reads "${await newest.innerText()}"`);
    console.log('      screenshot:', await screenshot(page, path.join(results, 'web-views.png')));
  });

  await check('"Mentorship: Check Journal" checks every entry read through workspace.fs', async () => {
    await runCommand(page, 'Mentorship: Check Journal');
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'No problems in 21 entries' }).waitFor({ timeout: 30_000 });
    if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel');
  });

  await check('"Mentorship: Open Journal" shows the timeline with rendered bodies', async () => {
    await runCommand(page, 'Mentorship: Open Journal');
    const journal = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await journal.locator('.timeline-list .row').first().waitFor({ timeout: 60_000 });
    await journal.locator('.entry-body:not([aria-busy])').first().waitFor({ timeout: 30_000 });
    const first = journal.locator('.timeline-list .row').first();
    expect((await first.locator('.date').innerText()) === '2026-11-18', `first row dated ${await first.locator('.date').innerText()}`);
    expect((await first.locator('.task-check').count()) === 6, 'the newest session shows its six action items as checkboxes');
    console.log('      screenshot:', await screenshot(page, path.join(results, 'web-journal.png')));
    await runCommand(page, 'View: Close All Editors');
  });

  await check('"Mentorship: Generate Agenda" writes the next session with its agenda, opened in the editor', async () => {
    const sessions = path.join(folder, 'mentorship', 'sessions');
    const before = new Set(fs.readdirSync(sessions));
    await runCommand(page, 'Mentorship: Generate Agenda');
    // Two mentorships: the picker asks which one.
    const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Sam Okafor' }).first();
    await pick.waitFor({ timeout: 30_000 });
    await pick.click();
    await page.locator('.editor-instance .view-line', { hasText: '## Agenda' }).first().waitFor({ timeout: 30_000 });
    let created = [];
    for (let i = 0; i < 50 && created.length === 0; i++) {
      created = fs.readdirSync(sessions).filter((f) => !before.has(f));
      if (!created.length) await page.waitForTimeout(200);
    }
    expect(created.length === 1, `new session files: ${JSON.stringify(created)}`);
    const text = fs.readFileSync(path.join(sessions, created[0]), 'utf8');
    expect(/^---\ntype: session\ndate: \d{4}-\d{2}-\d{2}\n/.test(text) && /## Agenda/.test(text) && /Send the RFC draft to Tomás/.test(text), `the new session reads:\n${text}`);
    console.log('      toasts:', JSON.stringify(await notifications(page)));
    console.log('      screenshot:', await screenshot(page, path.join(results, 'web-agenda.png')));
  });

  await check('the walkthrough opens with its three steps and their media', async () => {
    await runCommand(page, 'View: Close All Editors');
    // Room for the media column beside the steps.
    await runCommand(page, 'View: Close Primary Side Bar');
    await runCommand(page, 'Welcome: Open Walkthrough...');
    const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with Mentorship Journal' }).first();
    await pick.waitFor({ timeout: 30_000 });
    await pick.click();
    const editor = page.locator('.gettingStartedContainer');
    for (const step of ['Initialize the journal', 'Log a session', 'Generate the next agenda']) {
      await editor.locator('.getting-started-step', { hasText: step }).first().waitFor({ timeout: 30_000 });
    }
    // Each step's media is shown beside it: the Markdown in a webview, the agenda's SVG as an image.
    await editor.locator('.getting-started-media iframe, .getting-started-media .webview').first().waitFor({ state: 'attached', timeout: 30_000 });
    await editor.locator('.getting-started-step', { hasText: 'Generate the next agenda' }).first().click();
    const media = page.frameLocator('.getting-started-media iframe').frameLocator('#active-frame');
    await media.locator('text=Agenda — Wed 2 Dec').first().waitFor({ timeout: 30_000 });
    console.log('      screenshot:', await screenshot(page, path.join(results, 'web-walkthrough.png')));
  });

  await check('no errors from the extension in the browser console', async () => {
    expect(problems.length === 0, problems.join('\n'));
  });
} catch (err) {
  run.stopped(err);
  if (browser) await screenshot(browser.page, path.join(results, 'web-failed.png')).catch(() => {});
  if (server) console.log(server.log().split('\n').slice(-30).join('\n'));
} finally {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
run.finish();

/**
 * The .vsix as VS Code for the Web would run it: the published package with its `main` (Node)
 * entry and its extensionKind taken out, so the workbench can only run `browser`, in its web
 * worker extension host. (In code-server a declared "workspace" kind would choose the Node host
 * on the server, which vscode.dev and github.dev do not have.) Returns the .vsix path.
 */
function packageWebOnly(stage, vsix) {
  fs.mkdirSync(stage, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  delete manifest.main;
  delete manifest.extensionKind;
  delete manifest.scripts;
  delete manifest.bin;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  // The published package's .vscodeignore too: vsce packages it without a warning.
  for (const f of ['.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extensionWeb.js', 'dist/media/journal.js', 'media/icon.png', 'media/icon.svg', 'media/journal/journal.css', 'media/walkthrough', 'docs/images']) {
    fs.cpSync(path.join(repo, f), path.join(stage, f), { recursive: true });
  }
  execFileSync(process.execPath, [path.join(repo, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
  return vsix;
}
