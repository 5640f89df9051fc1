// Fully usable from the keyboard: a visible focus ring, names for every control, "/" to search,
// Enter and Space on the timeline's controls, and the composer without a mouse.
import assert from 'node:assert/strict';
import { JOURNAL, sampleJournal } from './harness.mjs';
import { withWebview } from './render.test.mjs';

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  // The composer's kind radios lie unseen over their option: the option shows the ring.
  const ringed = el.closest('.kind-option') ?? el;
  const style = getComputedStyle(ringed);
  const name = el.getAttribute('aria-label') ?? (el.labels?.[0] ?? el).textContent.trim();
  return { tag: el.tagName, type: el.type, name, cls: el.className, outline: `${style.outlineStyle} ${style.outlineWidth}` };
});

/** Presses Tab until `last` has focus (at most `max` times): the names in order, each once. */
async function tabOrder(page, last, max = 40) {
  const names = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.doesNotMatch(f.outline, /^none|\b0px/, `no focus ring on ${f.tag} "${f.name}"`);
    // Tab also steps through a date's day, month and year: one stop for the list.
    if (names[names.length - 1] !== f.name) names.push(f.name);
    if (f.name === last) return names;
  }
  throw new Error(`Tab never reached "${last}": ${names.join(' → ')}`);
}

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

  ['goes through the session composer in the order it shows, every stop ringed', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts, theme: 'hc' }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const start = await focused(page);
      assert.equal(start.type, 'radio');
      assert.equal(start.name, 'Session');
      assert.doesNotMatch(start.outline, /^none|\b0px/, 'the checked option shows the focus ring');
      assert.deepEqual(await tabOrder(page, 'Write session'), [
        'Mentorship', 'Date', 'Write and land my first design doc', 'Give a lightning talk at DevDays', 'Notes',
        'Action item 1', 'Owner of action item 1', 'Due date of action item 1', 'Remove action item 1', 'Add action item',
        'Wins (one per line)', 'Feedback (one per line)', 'Write session',
      ]);
    });
  }],

  ['logs a session with the keyboard alone: Enter moves on or adds an action item, Ctrl+Enter writes', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // Log…
      await tabOrder(page, 'Write and land my first design doc');
      await page.keyboard.press('Space');
      await tabOrder(page, 'Notes');
      await page.keyboard.type('Went through the draft.');
      await page.keyboard.press('Enter'); // a new line in the notes, not a submit
      await page.keyboard.type('Security next.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Send the RFC to Security');
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).name, 'Action item 2', 'Enter after the last item adds one');
      await page.keyboard.type('Book the review room');
      await page.keyboard.press('Tab');
      await page.keyboard.type('@priya');
      await page.keyboard.press('Tab');
      await page.keyboard.type('12012026');
      await page.keyboard.press('Enter'); // in a date too: a new row, never a write
      assert.equal((await focused(page)).name, 'Action item 3');
      // Enter in an earlier row's fields goes to the next row.
      await page.getByLabel('Owner of action item 1').focus();
      await page.keyboard.type('@sam');
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).name, 'Action item 2');
      assert.equal((await wv.posted()).filter((m) => m.type === 'logSession').length, 0, 'Enter never writes a half-made session');
      await page.keyboard.press('Control+Enter');
      const msg = await wv.waitForPosted((m) => m.type === 'logSession');
      assert.deepEqual(msg.session, {
        date: '2026-12-02', goals: ['design-doc'], notes: 'Went through the draft.\nSecurity next.',
        actions: [{ text: 'Send the RFC to Security', owner: 'sam', due: '' }, { text: 'Book the review room', owner: 'priya', due: '2026-12-01' }],
        wins: [], feedback: [],
      });
    });
  }],

  ['Escape closes the composer, back on its button, and the draft is there when it opens again', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight'); // Win
      await tabOrder(page, 'What went well');
      await page.keyboard.type('Gave the talk');
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('.composer').isHidden(), true);
      const f = await focused(page);
      assert.equal(f.name, 'Log…');
      assert.equal(await page.getByRole('button', { name: 'Log…' }).getAttribute('aria-expanded'), 'false');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('.composer').isVisible(), true);
      assert.equal(await page.locator('input[name="composer-kind"]:checked').getAttribute('value'), 'win');
      assert.equal(await page.getByLabel('What went well').inputValue(), 'Gave the talk');
      assert.equal((await wv.posted()).filter((m) => m.type === 'logEntry').length, 0);
    });
  }],
];
