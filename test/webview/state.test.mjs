// The webview is destroyed whenever it is hidden: it must come back with its filters, pages,
// reading position and unsent composer draft; and live updates must not move the reader.
import assert from 'node:assert/strict';
import { generatedJournal, openWebview, sampleJournal } from './harness.mjs';
import { rowKeys, withWebview } from './render.test.mjs';

const topOf = (page, key) => page.evaluate((k) => [...document.querySelectorAll('.timeline-list .row')].find((r) => r.dataset.key === k)?.getBoundingClientRect().top, key);

export const tests = [
  ['restores filters, pages, the reading position and the composer draft', async (browser) => {
    const { model, bodies, texts } = await generatedJournal(120);
    let saved;
    let anchorKey;
    let anchorTop;
    const first = await openWebview(browser, { model, bodies, texts });
    try {
      await first.settled();
      const page = first.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      await page.locator('.composer form').getByLabel('Notes').fill('Half-written notes');
      await page.getByRole('searchbox').fill('runbook');
      await page.getByRole('checkbox', { name: 'Notes', exact: true }).uncheck();
      await page.getByRole('button', { name: 'Show more' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.timeline-list .row').length === 100);
      await first.settled();
      anchorKey = model.entries[59].key;
      await page.evaluate((k) => {
        [...document.querySelectorAll('.timeline-list .row')].find((r) => r.dataset.key === k).scrollIntoView();
        window.scrollBy(0, 40);
      }, anchorKey);
      anchorTop = await topOf(page, anchorKey);
      saved = await first.waitForState((s) => s.anchor?.key === anchorKey && s.draft.notes === 'Half-written notes' && s.pages === 2, 'the reading position');
      assert.equal(saved.filters.text, 'runbook');
      assert.deepEqual(saved.filters.kinds, ['session', 'win', 'feedback', 'intro']);
    } finally {
      await first.close();
    }
    await withWebview(browser, { model, bodies, texts, state: saved }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      assert.equal(await page.getByRole('searchbox').inputValue(), 'runbook');
      assert.equal(await page.getByRole('checkbox', { name: 'Notes', exact: true }).isChecked(), false);
      assert.equal((await rowKeys(page)).length, 100);
      assert.equal(await page.locator('.composer').isVisible(), true);
      assert.equal(await page.locator('.composer form').getByLabel('Notes').inputValue(), 'Half-written notes');
      const top = await topOf(page, anchorKey);
      assert.ok(Math.abs(top - anchorTop) <= 1, `row ${anchorKey} is at ${top}px, was at ${anchorTop}px`);
    });
  }],

  ['keeps the reader\'s place and focus when the journal changes underneath', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      const anchor = model.entries[3];
      await page.evaluate((k) => {
        const row = [...document.querySelectorAll('.timeline-list .row')].find((r) => r.dataset.key === k);
        row.scrollIntoView();
        window.scrollBy(0, -25);
        row.querySelector('.entry-title').focus();
      }, anchor.key);
      const before = await topOf(page, anchor.key);
      // A new session arrives at the top and the session above the reader is edited.
      const added = { ...model.entries[0], key: JSON.stringify([model.entries[0].journal, 'sessions/2026-11-23.md']), path: 'sessions/2026-11-23.md', date: '2026-11-23', title: 'A new session', rev: 9001 };
      const edited = { ...model.entries[1], rev: 9002 };
      const next = { ...model, entries: [added, model.entries[0], edited, ...model.entries.slice(2)] };
      wv.data.bodies = {
        ...bodies,
        [added.key]: { journal: added.journal, path: added.path, rev: added.rev, html: '<p>New session body.</p>', items: [] },
        [edited.key]: { ...bodies[edited.key], rev: edited.rev, html: bodies[edited.key].html + '<p>UPDATED with a longer body</p><p>and another paragraph</p>' },
      };
      await wv.send({ type: 'model', model: next });
      await page.getByText('UPDATED with a longer body').waitFor();
      await wv.settled();
      assert.deepEqual((await rowKeys(page)).slice(0, 3), [added.key, model.entries[0].key, edited.key]);
      const after = await topOf(page, anchor.key);
      assert.ok(Math.abs(after - before) <= 1, `the row moved from ${before}px to ${after}px`);
      const focusedKey = await page.evaluate(() => document.activeElement.classList.contains('entry-title') && document.activeElement.closest('.row').dataset.key);
      assert.equal(focusedKey, anchor.key);
    });
  }],
];
