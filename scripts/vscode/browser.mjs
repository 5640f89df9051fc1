// Drives the code-server workbench in Debian's Chromium with playwright-core, with the launch
// options and selectors that shared/VSCODE-TESTING.md records as working on VS Code 1.100.3.
// Never `npx playwright install`: it downloads a browser build and fails here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureSystemPackages } from './setup.mjs';

export const CHROMIUM_PATH = process.env.MENTORSHIP_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * Launches Chromium with a fresh user-data-dir (removed by close()).
 * @param {{ viewport?: {width: number, height: number} }} [o]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext,
 *   page: import('playwright-core').Page, close(): Promise<void> }>}
 */
export async function launchChromium({ viewport = { width: 1280, height: 800 } } = {}) {
  // Any tier may be the first to need Debian's chromium on a fresh machine (npm run test:webview).
  if (!process.env.MENTORSHIP_CHROMIUM) await ensureSystemPackages();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH, headless: true, args: ARGS, viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a workbench URL and waits until the workbench is drawn (the activity bar is there). */
export async function openWorkbench(page, url, { timeout = 60_000 } = {}) {
  await page.goto(url);
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout });
}

/**
 * Runs a command by its title through the command palette (F1), e.g. "Hello: Say Hello".
 * Enter is pressed only once the focused (first) row is the one with that title, so a fuzzy
 * match of another command is never run by mistake. Right after the workbench appears the
 * extension may not have registered its commands yet, and an open palette does not pick them
 * up: so the palette is closed and reopened until the command shows.
 */
export async function runCommand(page, title, { timeout = 30_000 } = {}) {
  const input = page.locator('.quick-input-widget input.input');
  const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title });
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: Math.max(1, Math.min(3000, deadline - Date.now())) });
      break;
    } catch (err) {
      if (Date.now() >= deadline) throw err;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
}

/** Labels of the rows of the tree(s) shown in the side bar (Explorer, our views). */
export async function treeRows(page) {
  return page.locator('.part.sidebar .monaco-list-row .label-name').allInnerTexts();
}

/** Texts of the notification toasts on screen. */
export async function notifications(page) {
  return page.locator('.notifications-toasts .notification-toast').allInnerTexts();
}

/** Saves a PNG of the page (creating its folder); look at it, it shows the real workbench. */
export async function screenshot(page, file) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}
