#!/usr/bin/env node
// Records what the real workbench gives a webview in each theme, for the browser tests' harness:
// the body's classes and data attributes, the theme variables VS Code sets on <html> (only those
// the journal's stylesheet or VS Code's default webview styles use; null where the theme leaves
// one unset), and VS Code's default webview stylesheet. Opens the journal of the packaged .vsix
// in code-server (VS Code 1.100.3) in Default Dark Modern, Default Light Modern and Default High
// Contrast, and writes test/webview/themes/{dark,light,hc}.json and vscode-defaults.css.
// Run it again when journal.css starts using a variable the files lack (a webview test says so):
//   node test/webview/captureThemes.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openWorkbench, runCommand } from '../../scripts/vscode/browser.mjs';
import { installVsix, startCodeServer } from '../../scripts/vscode/codeServer.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(repo, 'test', 'webview', 'themes');
export const THEMES = { dark: 'Default Dark Modern', light: 'Default Light Modern', hc: 'Default High Contrast' };

/** The custom properties a stylesheet reads with var(--name) but does not declare itself. */
export function variablesUsed(css) {
  const declared = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
  return [...new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]))].filter((v) => !declared.has(v)).sort();
}

async function capture() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-themes-'));
  let server;
  let browser;
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    const vsix = path.join(tmp, 'mentorship-journal.vsix');
    execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    const extensionsDir = path.join(tmp, 'extensions');
    await installVsix(vsix, extensionsDir);
    const folder = path.join(tmp, 'sample');
    fs.cpSync(path.join(repo, 'examples'), folder, { recursive: true });
    const journalCss = fs.readFileSync(path.join(repo, 'media', 'journal', 'journal.css'), 'utf8');
    fs.mkdirSync(out, { recursive: true });
    for (const [key, theme] of Object.entries(THEMES)) {
      server = await startCodeServer({ folder, extensionsDir, env: { MENTORSHIP_TODAY: '2026-11-24' }, settings: { 'workbench.colorTheme': theme } });
      browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
      await openWorkbench(browser.page, server.url);
      await runCommand(browser.page, 'Mentorship: Open Journal');
      const journal = browser.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await journal.locator('.timeline-list .row').first().waitFor({ timeout: 30_000 });
      const seen = await journal.locator('body').evaluate((body) => {
        const style = document.documentElement.style;
        const vars = {};
        for (let i = 0; i < style.length; i++) if (style[i].startsWith('--')) vars[style[i]] = style.getPropertyValue(style[i]).trim();
        return { bodyClass: body.className, dataset: { ...body.dataset }, vars, defaults: document.getElementById('_defaultStyles')?.textContent ?? '' };
      });
      const defaults = seen.defaults.replace(/^\t{3}/gm, '').trim() + '\n';
      const wanted = variablesUsed(journalCss + defaults);
      const vars = Object.fromEntries(wanted.map((v) => [v, seen.vars[v] ?? null]));
      const file = { theme, bodyClass: seen.bodyClass, dataset: seen.dataset, vars };
      fs.writeFileSync(path.join(out, `${key}.json`), JSON.stringify(file, null, 1) + '\n');
      fs.writeFileSync(path.join(out, 'vscode-defaults.css'), `/* VS Code 1.100's default styles for every webview (its <style id="_defaultStyles">), captured by captureThemes.mjs. */\n${defaults}`);
      console.log(`${key}: ${seen.bodyClass}, ${Object.values(vars).filter((v) => v !== null).length} of ${wanted.length} variables set`);
      await browser.close();
      browser = undefined;
      await server.close();
      server = undefined;
    }
  } finally {
    await browser?.close();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await capture();
