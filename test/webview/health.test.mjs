// The Health view in the browser, under the journal's real CSP: a card per mentorship with its
// signals (level in words) and evidence that opens at its line, three SVG charts drawn without a
// style attribute, each focusable, named and described, with its numbers in a table; the tabs by
// keyboard; hostile names and skills shown as text in the charts. Screenshots of the view in the
// three themes go to test-results/ (and docs/images/ with UPDATE_SCREENSHOTS=1).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { hostModules, modelFor, REPO, THEME_NAMES } from './harness.mjs';
import { withWebview } from './render.test.mjs';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'health');

/** The four health journals (healthy, lapsing, stale, stopped) as the webview gets them. */
async function healthJournal() {
  const m = await hostModules();
  const index = new m.JournalIndex();
  await m.scanJournal(new m.NodeJournalFs(FIXTURES), index);
  return modelFor(index, (p) => fs.readFileSync(path.join(FIXTURES, p), 'utf8'));
}

const XSS = `<img src=x onerror="alert('x')"><script>alert('s')</script>`;
const quoted = (s) => `"${s.replace(/"/g, '\\"')}"`;

async function hostileHealthJournal() {
  const m = await hostModules();
  const index = new m.JournalIndex();
  const texts = new Map([
    ['mentorship.md', `---\ntype: agreement\nmentor: ${quoted(`<svg onload=alert('mentor')> (@priya)`)}\nmentee: ${quoted(`${XSS} (@sam)`)}\ncadence: weekly\nstarted: 2026-06-01\n---\n`],
    ['goals/g.md', `---\ntype: goal\ntitle: ${quoted(`</text><script>alert('goal')</script>`)}\nstatus: active\nstarted: 2026-06-01\ntarget: 2026-07-01\nskills: [${quoted(XSS)}, ${quoted(`]]></svg><svg onload=alert('skill')>`)}]\n---\n\n## Milestones\n\n- [x] First ${'<b>'}bold${'</b>'} [completion:: 2026-11-02]\n- [ ] Next\n`],
    ['sessions/2026-11-18.md', `---\ntype: session\ndate: 2026-11-18\ngoals: [g]\n---\n\n## Wins\n\n- ${XSS} #skill/<i>italic</i> [goal:: g]\n\n## Action items\n\n- [ ] Late <u>item</u> @priya [due:: 2026-09-01]\n- [ ] Later @priya [due:: 2026-09-02]\n- [ ] Latest @priya [due:: 2026-09-03]\n- [ ] Last @priya [due:: 2026-09-04]\n`],
  ]);
  for (const [p, t] of texts) index.set(p, t);
  return modelFor(index, (p) => texts.get(p));
}

const showHealth = async (wv) => {
  await wv.page.getByRole('tab', { name: 'Health' }).click();
  await wv.page.locator('.health-card').first().waitFor();
};

/** Everything in the charts that is not a shape or text we draw, and any attribute that could act. */
function chartIntruders() {
  const allowed = new Set(['svg', 'title', 'desc', 'rect', 'line', 'text']);
  const out = [];
  for (const svg of document.querySelectorAll('svg')) {
    if (!svg.classList.contains('chart')) out.push(`an svg that is not a chart: ${svg.outerHTML.slice(0, 120)}`);
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      if (!allowed.has(el.tagName.toLowerCase())) out.push(`<${el.tagName}> in a chart`);
      for (const a of el.attributes) if (/^on|^style$|href$/i.test(a.name)) out.push(`${el.tagName} ${a.name}`);
    }
  }
  return out;
}

export const tests = [
  ['shows each mentorship\'s health: level in words, signals worst first, evidence as links', async (browser) => {
    const data = await healthJournal();
    await withWebview(browser, data, async (wv) => {
      await wv.settled();
      await showHealth(wv);
      const page = wv.page;
      const cards = page.locator('.health-card');
      assert.deepEqual(await cards.locator('h2').allInnerTexts(), data.model.health.map((x) => x.title));
      assert.deepEqual(await cards.locator('header .level-badge').allInnerTexts(), ['Health: OK', 'Health: Act', 'Health: Watch', 'Health: Act']);
      const lapsing = cards.nth(1);
      const first = lapsing.locator('.signal').first();
      assert.equal(await first.locator('.level-badge').innerText(), 'Act');
      assert.equal(await first.locator('.message').innerText(), 'Omar (@omar) has 5 items overdue by more than 2 weeks (median 39 days overdue); none closed yet.');
      assert.deepEqual(await first.locator('button.evidence').allInnerTexts(), ['2026-09-30', '2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28'].map((d) => `lapsing/sessions/${d}.md:16`));
      await wv.clearPosted();
      await first.locator('button.evidence').nth(2).click();
      const opened = await wv.waitForPosted((m) => m.type === 'open', 'an open message');
      assert.deepEqual(opened, { type: 'open', ref: { journal: data.model.health[1].signals[0].evidence[0].journal, path: 'lapsing/sessions/2026-10-14.md' }, line: 16 });
      // Long evidence lists show five, and the rest on request.
      const topics = lapsing.locator('.signal', { hasText: 'Topics in the last 8 sessions' });
      assert.equal(await topics.locator('button.evidence:visible').count(), 5);
      await topics.getByRole('button', { name: '3 more' }).click();
      assert.equal(await topics.locator('button.evidence:visible').count(), 8);
      assert.equal(await topics.locator('.evidence-more').getAttribute('aria-expanded'), 'true');
    });
  }],

  ['draws three charts per mentorship as SVG with a name, a description and a table of the numbers', async (browser) => {
    const data = await healthJournal();
    await withWebview(browser, data, async (wv) => {
      await wv.settled();
      await showHealth(wv);
      const page = wv.page;
      assert.deepEqual(await page.evaluate(chartIntruders), []);
      const card = page.locator('.health-card').nth(1);
      assert.deepEqual(await card.locator('figcaption').allInnerTexts(), ['Sessions per month: planned and held', 'Items closed on time and late, per side', 'Skills practised per quarter']);
      const charts = await card.locator('svg.chart').evaluateAll((svgs) => svgs.map((s) => {
        const [t, d] = s.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id)?.textContent);
        return { role: s.getAttribute('role'), tabindex: s.getAttribute('tabindex'), title: t, desc: d, bars: s.querySelectorAll('rect.bar').length };
      }));
      assert.deepEqual(charts.map((c) => [c.role, c.tabindex]), [['img', '0'], ['img', '0'], ['img', '0']]);
      assert.equal(charts[0].desc, 'Sessions per month: planned and held: 2026-09: planned 1, held 1; 2026-10: planned 4, held 4; 2026-11: planned 4, held 3.');
      assert.equal(charts[0].bars, 6);
      assert.match(charts[1].desc, /Omar \(mentor\): on time 0, late 0; Lena \(mentee\): on time 8, late 0\./);
      // The same numbers as a table, under "The numbers".
      const numbers = card.locator('.chart-numbers').first();
      await numbers.locator('summary').click();
      assert.deepEqual(await numbers.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent))), [['2026-09', '1', '1'], ['2026-10', '4', '4'], ['2026-11', '4', '3']]);
      // Bars are coloured by their classes: the stylesheet, not attributes, decides (the CSP allows no style attribute).
      const fills = await card.locator('svg.chart rect.bar.filled').first().evaluate((r) => [r.getAttribute('fill'), r.getAttribute('style'), getComputedStyle(r).fill]);
      assert.equal(fills[0], null);
      assert.equal(fills[1], null);
      assert.notEqual(fills[2], 'none');
    });
  }],

  ['reaches the tabs, the evidence and every chart from the keyboard', async (browser) => {
    const data = await healthJournal();
    await withWebview(browser, data, async (wv) => {
      await wv.settled();
      const page = wv.page;
      // The composer's button, then the view tabs (only the selected one is a tab stop).
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role') + ' ' + document.activeElement.textContent), 'tab Timeline');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Health');
      await page.locator('.health-card').first().waitFor();
      assert.equal(await page.locator('#timeline-panel').isHidden(), true);
      await wv.waitForState((s) => s.tab === 'health', 'the Health tab');
      const stops = [];
      for (let i = 0; i < 80 && stops.filter((s) => s === 'svg').length < 3; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return { tag: el.tagName.toLowerCase(), cls: el.getAttribute('class') ?? '', outline: `${style.outlineStyle} ${style.outlineWidth}` };
        });
        assert.doesNotMatch(f.outline, /^none|\b0px/, `no focus ring on ${f.tag}.${f.cls}`);
        stops.push(f.tag === 'svg' ? 'svg' : f.cls || f.tag);
      }
      assert.ok(stops.includes('evidence'), stops.join(' '));
      assert.equal(stops.filter((s) => s === 'svg').length, 3, `three charts of the first card: ${stops.join(' ')}`);
      // Enter on a piece of evidence opens it.
      await page.locator('button.evidence').first().focus();
      await wv.clearPosted();
      await page.keyboard.press('Enter');
      await wv.waitForPosted((m) => m.type === 'open', 'an open message');
      // Back to the timeline with the keyboard: Home on the tabs.
      await page.getByRole('tab', { name: 'Health' }).focus();
      await page.keyboard.press('Home');
      assert.equal(await page.locator('#timeline-panel').isVisible(), true);
    });
  }],

  ['comes back on the Health tab when its state says so', async (browser) => {
    const data = await healthJournal();
    await withWebview(browser, { ...data, state: { tab: 'health' } }, async (wv) => {
      await wv.page.locator('.health-card').first().waitFor();
      assert.equal(await wv.page.getByRole('tab', { name: 'Health' }).getAttribute('aria-selected'), 'true');
      assert.equal(await wv.page.locator('#timeline-panel').isHidden(), true);
    });
  }],

  ['shows hostile names, titles and skills as text in the signals and the charts, and runs nothing', async (browser) => {
    const data = await hostileHealthJournal();
    await withWebview(browser, data, async (wv) => {
      await wv.settled();
      await showHealth(wv);
      const page = wv.page;
      assert.deepEqual(await page.evaluate(chartIntruders), []);
      const texts = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((s) => s.textContent).join('\n'));
      assert.ok(texts.includes(XSS), 'a hostile skill is text in the chart');
      assert.ok(texts.includes(`]]></svg><svg onload=alert('skill')>`));
      const messages = await page.locator('.signal .message').allInnerTexts();
      assert.ok(messages.some((m) => m.includes(`“</text><script>alert('goal')</script>” looks stale`)), messages.join('\n'));
      assert.equal(await page.locator('.health-card h2').innerText(), `${XSS} ← <svg onload=alert('mentor')>`);
      for (const b of await page.locator('button.evidence').all()) await b.click();
      await page.locator('svg.chart').first().hover();
      assert.equal(page.url(), wv.url);
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('script')].map((s) => s.src.replace(/^.*\//, ''))), ['journal.js']);
    });
  }],

  ...THEME_NAMES.map((themeName) => [`the Health view in the ${themeName} theme (screenshot)`, async (browser) => {
    const data = await healthJournal();
    await withWebview(browser, { ...data, theme: themeName, state: { tab: 'health', filters: { mentorship: 'sample/lapsing' } }, viewport: { width: 1000, height: 1000 } }, async (wv) => {
      await wv.page.locator('.health-card').first().waitFor();
      assert.equal(await wv.page.locator('.health-card').count(), 1);
      const bg = await wv.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
      const results = path.join(REPO, 'test-results');
      fs.mkdirSync(results, { recursive: true });
      const file = path.join(results, `health-${themeName}.png`);
      await wv.page.screenshot({ path: file, fullPage: true });
      if (process.env.UPDATE_SCREENSHOTS === '1') fs.copyFileSync(file, path.join(REPO, 'docs', 'images', `health-${themeName}.png`));
    });
  }]),
];
