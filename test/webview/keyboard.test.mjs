// Fully usable from the keyboard: a visible focus ring, names for every control, "/" to search,
// Enter and Space on the timeline's controls, and the composer without a mouse.
import assert from 'node:assert/strict';
import { JOURNAL, sampleJournal } from './harness.mjs';
import { withWebview } from './render.test.mjs';

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return { tag: el.tagName, name: el.getAttribute('aria-label') ?? el.textContent.trim(), cls: el.className, outline: `${style.outlineStyle} ${style.outlineWidth}` };
});

export const tests = [
  ['moves through the controls with Tab, with a visible focus ring on each', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.keyboard.press('Tab');
      let f = await focused(page);
      assert.equal(f.name, 'Log…');
      assert.doesNotMatch(f.outline, /^none|\b0px/);
      const seen = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        f = await focused(page);
        assert.doesNotMatch(f.outline, /^none|\b0px/, `no focus ring on ${f.tag}.${f.cls}`);
        seen.push(f.cls || f.tag);
      }
      for (const cls of ['goal-button', 'entry-title', 'task-check', 'goto']) assert.ok(seen.includes(cls), `Tab never reached .${cls}: ${seen.join(' ')}`);
    });
  }],

  ['gives every control an accessible name', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      await wv.page.getByRole('button', { name: 'Log…' }).click();
      const unnamed = await wv.page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, a[href]')].filter((el) => {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.labels && el.labels.length) || el.textContent.trim();
        return !labelled;
      }).map((el) => el.outerHTML.slice(0, 120)));
      assert.deepEqual(unnamed, []);
      assert.equal(await wv.page.getByRole('search', { name: 'Filter the timeline' }).count(), 1);
      assert.equal(await wv.page.getByRole('region', { name: 'Timeline, newest first' }).count(), 1);
    });
  }],

  ['"/" focuses the search; Enter opens an entry; Space completes an item', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.keyboard.press('/');
      assert.equal((await focused(page)).tag, 'INPUT');
      await page.keyboard.type('lightning');
      const count = await page.locator('.timeline-list .row').count();
      assert.ok(count > 0 && count < model.entries.length);
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('.timeline-list .row').count(), model.entries.length);
      await page.locator('.timeline-list .row').first().locator('.entry-title').focus();
      await page.keyboard.press('Enter');
      assert.deepEqual(await wv.waitForPosted((m) => m.type === 'open'), { type: 'open', ref: { journal: JOURNAL, path: model.entries[0].path }, line: 1 });
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).cls, 'task-check');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const line = await page.evaluate(() => Number(document.activeElement.dataset.line));
      await page.keyboard.press('Space');
      const msg = await wv.waitForPosted((m) => m.type === 'toggleItem');
      assert.equal(msg.line, line);
      assert.equal(msg.done, true);
    });
  }],

  ['writes a win with the keyboard alone', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.getByRole('button', { name: 'Log…' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Close composer' }).getAttribute('aria-expanded'), 'true');
      assert.equal((await focused(page)).tag, 'INPUT', 'focus moves into the composer');
      await page.keyboard.press('ArrowRight'); // the radio group: Session → Win
      assert.equal(await page.locator('input[name="composer-kind"]:checked').getAttribute('value'), 'win');
      await page.keyboard.press('Tab'); // the mentorship select (several mentorships here)
      await page.keyboard.press('Tab');
      await page.keyboard.type('Closed the on-call goal');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).name, 'Log win');
      await page.keyboard.press('Enter');
      const msg = await wv.waitForPosted((m) => m.type === 'logEntry');
      assert.deepEqual(msg.entry, { kind: 'win', text: 'Closed the on-call goal', title: '', owner: '', isPrivate: false });
    });
  }],
];
