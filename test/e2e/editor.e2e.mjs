#!/usr/bin/env node
// Writing a session by hand in the real workbench, as a mentee does after a 1:1: the packaged
// .vsix installed into a fresh code-server (VS Code 1.100.3) on a copy of the sample journal, in
// headless Chromium, typed key by key. Notes; an action item from the item completion (owner and
// due date picked from its choices); a second one typed with the completions after `@`,
// `[due:: ` and `[goal:: `; a win; save; a hover on the item; ctrl+alt+m x ticks it. Checks the
// file on disk after each step, opens VS Code's Markdown preview of it, and saves screenshots:
//   test-results/editor-{owners,days,hover,preview}.png   (artefacts of every run)
//   docs/images/editor-{owners,days,hover,preview}.png    (from a passing run with UPDATE_SCREENSHOTS=1)
// Ends with "e2e: N passed, M failed"; exits 1 when anything failed.
// Usage: node test/e2e/editor.e2e.mjs   (today is pinned to 2026-11-24, as in the other tests)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openWorkbench, screenshot } from '../../scripts/vscode/browser.mjs';
import { startCodeServer } from '../../scripts/vscode/codeServer.mjs';
import { checklist, expect, installPackagedExtension } from './checklist.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const results = path.join(repo, 'test-results');
const TODAY = '2026-11-24';
const SHOTS = ['editor-owners.png', 'editor-days.png', 'editor-hover.png', 'editor-preview.png'];
// A session for tomorrow, as New Session writes one: its "Next session" is the meeting after it.
const SESSION = 'mentorship/sessions/2026-11-25.md';
const TEMPLATE = '---\ntype: session\ndate: 2026-11-25\ngoals: [design-doc]\n---\n\n# Session 2026-11-25\n\n## Notes\n\n\n## Action items\n\n\n## Wins\n\n';

const run = checklist({
  onFail: async (n) => {
    if (browser) console.log(`      screenshot: ${await screenshot(browser.page, path.join(results, `editor-failed-${n}.png`))}`);
  },
});
const check = run.check;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-editor-e2e-'));
let server;
let browser;
try {
  const extensionsDir = await installPackagedExtension(repo, tmp);
  const folder = path.join(tmp, 'sample');
  fs.cpSync(path.join(repo, 'examples'), folder, { recursive: true });
  fs.writeFileSync(path.join(folder, SESSION), TEMPLATE);
  const onDisk = () => fs.readFileSync(path.join(folder, SESSION), 'utf8');
  server = await startCodeServer({
    folder,
    extensionsDir,
    env: { MENTORSHIP_TODAY: TODAY },
    settings: {
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.tips.enabled': false,
      'editor.minimap.enabled': false,
      'editor.stickyScroll.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'editor.fontSize': 15,
      'chat.commandCenter.enabled': false,
    },
  });
  browser = await launchChromium({ viewport: { width: 1280, height: 760 } });
  const { page } = browser;
  await openWorkbench(page, server.url);
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const suggest = page.locator('.editor-widget.suggest-widget.visible');
  const row = (text) => suggest.locator('.monaco-list-row', { hasText: text }).first();
  const type = (text) => page.keyboard.type(text, { delay: 25 });
  /** Moves the cursor to the start of 1-based `line` (Go to Line). */
  const gotoLine = async (line) => {
    await page.keyboard.press('Control+g');
    // The Go to Line picker reads ":13"; without the colon it looks for files.
    await page.locator('.quick-input-widget input.input').fill(`:${line}`);
    await page.keyboard.press('Enter');
  };
  let started = 0;

  await check('the new session opens in the editor', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ timeout: 30_000 });
    // Without the palette's ">", it opens files.
    await input.fill('2026-11-25.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '2026-11-25.md' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await editor.locator('.view-line', { hasText: '## Action items' }).waitFor({ timeout: 30_000 });
    await page.locator('.part.sidebar').isVisible().then((v) => (v ? page.keyboard.press('Control+b') : undefined));
  });

  await check('notes, then an action item from the item completion: owner and day picked from its choices', async () => {
    started = Date.now();
    // Below each heading, a blank line first, as people write.
    await gotoLine(10);
    await page.keyboard.press('Enter');
    await type('Priya read the outline: lead with the failure modes.');
    await gotoLine(14);
    await page.keyboard.press('Enter');
    await type('-');
    await row('- [ ] action item').waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await type('Draft the RFC outline');
    await page.keyboard.press('Tab');
    // The owner's choices: the mentee first.
    await row('priya').waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    // Picking a choice may move on to the next one by itself; else Tab does.
    await page.waitForTimeout(500);
    if (!(await row('2026-11-27').isVisible())) await page.keyboard.press('Tab');
    await row('2026-11-27').waitFor({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Done with the item (a Tab past its last choice would indent).
    await page.keyboard.press('Escape');
    await editor.locator('.view-line', { hasText: 'Draft the RFC outline @sam [due:: 2026-11-27]' }).waitFor({ timeout: 15_000 });
  });

  await check('a second item typed with the completions after @, [due:: and [goal::', async () => {
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await type('- [ ] Leave comments on the draft @');
    await row('@priya').waitFor({ timeout: 15_000 });
    const labels = await suggest.locator('.monaco-list-row .label-name').allInnerTexts();
    expect(labels[0] === '@sam' && labels[1] === '@priya', `owners offered: ${labels}`);
    expect((await row('@sam').innerText()).includes('Sam Okafor'), 'the owner list shows names');
    await screenshot(page, path.join(results, 'editor-owners.png'));
    await type('pr');
    await page.keyboard.press('Enter');
    await type(' [due:: ');
    await row('This Friday').waitFor({ timeout: 15_000 });
    expect((await row('Next session').innerText()).includes('2026-12-09'), 'Next session shows the day it writes');
    await screenshot(page, path.join(results, 'editor-days.png'));
    await type('fri');
    await page.keyboard.press('Enter');
    // Past the bracket the editor closed by itself.
    await type('] [goal:: ');
    await row('design-doc').waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await type(']');
    await editor.locator('.view-line', { hasText: 'Leave comments on the draft @priya [due:: 2026-11-27] [goal:: design-doc]' }).waitFor({ timeout: 15_000 });
  });

  await check('a win, then save: the file holds what was typed, and took under a minute', async () => {
    await page.keyboard.press('Control+End');
    await type('- Ran the incident review on my own');
    await page.keyboard.press('Control+s');
    const want = [
      '## Notes\n\nPriya read the outline: lead with the failure modes.\n\n',
      '## Action items\n\n- [ ] Draft the RFC outline @sam [due:: 2026-11-27]\n- [ ] Leave comments on the draft @priya [due:: 2026-11-27] [goal:: design-doc]\n\n',
      '## Wins\n\n- Ran the incident review on my own',
    ];
    const deadline = Date.now() + 15_000;
    while (!want.every((w) => onDisk().includes(w)) && Date.now() < deadline) await page.waitForTimeout(200);
    expect(want.every((w) => onDisk().includes(w)), `the file reads:\n${onDisk()}`);
    const seconds = (Date.now() - started) / 1000;
    console.log(`      typed and saved a session by hand in ${seconds.toFixed(1)} s (at 25 ms a key)`);
  });

  await check('a hover on the item: status, owner by name, when it is due, its goal', async () => {
    await gotoLine(16);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Priya Raman' }).first();
    await hover.waitFor({ timeout: 15_000 });
    // Past its fade-in, for the picture.
    await page.waitForTimeout(800);
    const text = await hover.innerText();
    for (const words of ['Leave comments on the draft', 'Open', 'owner Priya Raman (@priya)', 'due in 3 days', 'Write and land my first design doc']) expect(text.includes(words), `hover reads: ${text}`);
    await screenshot(page, path.join(results, 'editor-hover.png'));
    await page.keyboard.press('Escape');
  });

  await check('ctrl+alt+m x ticks the item under the cursor, with today as its day', async () => {
    await gotoLine(15);
    await page.keyboard.press('Control+Alt+m');
    await page.keyboard.press('x');
    const done = '- [x] Draft the RFC outline @sam [due:: 2026-11-27] [completion:: 2026-11-24]\n';
    const deadline = Date.now() + 15_000;
    while (!onDisk().includes(done) && Date.now() < deadline) await page.waitForTimeout(200);
    expect(onDisk().includes(done), `the file reads:\n${onDisk()}`);
  });

  await check("VS Code's Markdown preview shows the session's items: checkboxes, owners, days and goals as chips", async () => {
    // Ctrl+K V, Open Preview to the Side (the palette ranks "Open Locked Preview" first).
    await page.keyboard.press('Control+k');
    await page.keyboard.press('v');
    const preview = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    await preview.locator('a.mj-chip.mj-goal', { hasText: '#design-doc' }).first().waitFor({ timeout: 30_000 });
    expect((await preview.locator('.mj-task[data-status="done"]').count()) === 1, 'the ticked item shows as done');
    expect((await preview.locator('.mj-chip.mj-person', { hasText: '@priya' }).getAttribute('title')) === 'Priya Raman', 'owners show their names');
    await page.waitForTimeout(800);
    await screenshot(page, path.join(results, 'editor-preview.png'));
  });

  if (run.failed === 0 && process.env.UPDATE_SCREENSHOTS === '1') {
    for (const name of SHOTS) fs.copyFileSync(path.join(results, name), path.join(repo, 'docs', 'images', name));
    console.log(`  screenshots copied to docs/images/{${SHOTS.join(',')}}`);
  }
} catch (err) {
  run.stopped(err);
  if (browser) await screenshot(browser.page, path.join(results, 'editor-failed.png')).catch(() => {});
  if (server) console.log(server.log().split('\n').slice(-30).join('\n'));
} finally {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
run.finish();
