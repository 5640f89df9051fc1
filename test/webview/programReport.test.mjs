// The program report as a reader opens it: the HTML file `mentorship program` wrote (the golden
// one over the four health journals), from disk in headless Chromium. Its CSP allows its own style
// (by hash) and nothing else: no script, no request; the charts are named and described; it
// follows light, dark and forced colours. Screenshot in test-results/ (docs/images/ with
// UPDATE_SCREENSHOTS=1).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './harness.mjs';

const REPORT = path.join(REPO, 'test', 'golden', 'program-fixtures-2026-11-24.html');

async function openReport(browser, media) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.emulateMedia(media);
  const requests = [];
  const violations = [];
  page.on('request', (r) => !r.url().startsWith('file://') && requests.push(r.url()));
  page.on('console', (m) => /Content.Security.Policy|Refused/i.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused: ${e.violatedDirective}`)));
  await page.goto(`file://${REPORT}`);
  return { page, requests, violations };
}

export const tests = [
  ['opens from disk with its own style only, nothing fetched, no script, charts named and described', async (browser) => {
    const { page, requests, violations } = await openReport(browser, { colorScheme: 'light' });
    try {
      assert.deepEqual(violations, []);
      assert.deepEqual(requests, []);
      assert.equal(await page.locator('script').count(), 0);
      // The style element applied (its hash is in the CSP): main is 60rem of a 15px root, not unbounded.
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main')).maxWidth), '900px');
      const charts = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id)?.textContent)));
      assert.deepEqual(charts.map(([t]) => t), ['Sessions held and planned per month', 'Goals achieved per quarter', 'Skills most practised']);
      assert.match(charts[0][1], /2026-11: planned 9, held 6/);
      assert.deepEqual(await page.locator('table').first().locator('thead th').evaluateAll((ths) => ths.map((th) => th.textContent)), ['', 'planned', 'held', 'completion']);
      assert.deepEqual(await page.locator('td', { hasText: 'No session for' }).allInnerTexts(), ['act No session for 4 months (every 2 weeks planned); the last was on 2026-07-01.']);
      const results = path.join(REPO, 'test-results');
      fs.mkdirSync(results, { recursive: true });
      const file = path.join(results, 'program-report.png');
      await page.screenshot({ path: file, fullPage: true });
      if (process.env.UPDATE_SCREENSHOTS === '1') fs.copyFileSync(file, path.join(REPO, 'docs', 'images', 'program-report.png'));
    } finally {
      await page.close();
    }
  }],

  ['follows a dark preference and forced colours', async (browser) => {
    for (const [media, wantBg] of [[{ colorScheme: 'dark' }, 'rgb(13, 17, 23)'], [{ forcedColors: 'active' }, null]]) {
      const { page, violations } = await openReport(browser, media);
      try {
        assert.deepEqual(violations, []);
        const [bg, bar, text] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('svg .bar.filled')).fill, getComputedStyle(document.querySelector('svg text')).fill]);
        if (wantBg) assert.equal(bg, wantBg);
        assert.notEqual(bar, 'none');
        assert.notEqual(bar, bg, 'bars stand out from the page');
        assert.notEqual(text, bg, 'chart text stands out from the page');
      } finally {
        await page.close();
      }
    }
  }],
];
