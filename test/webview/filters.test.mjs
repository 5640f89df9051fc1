// Filtering the timeline: free text, mentorship, goal, owner, kind and date range, each checked
// against the model, and the filters kept in the webview state.
import assert from 'node:assert/strict';
import { sampleJournal } from './harness.mjs';
import { rowKeys, withWebview } from './render.test.mjs';

export const tests = [
  ['filters by free text, every word anywhere in the entry', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      await wv.page.getByRole('searchbox').fill('MODES failure');
      const text = new Map(texts.map((t) => [t.key, t.text + model.entries.find((e) => e.key === t.key).title]));
      const expected = model.entries.filter((e) => /failure/i.test(text.get(e.key)) && /modes/i.test(text.get(e.key))).map((e) => e.key);
      assert.ok(expected.length >= 2 && expected.length < model.entries.length);
      await wv.page.waitForFunction((n) => document.querySelectorAll('.timeline-list .row').length === n, expected.length);
      assert.deepEqual(await rowKeys(wv.page), expected);
      await wv.page.getByRole('searchbox').fill('no such words anywhere');
      assert.equal(await wv.page.locator('.empty').innerText(), 'Nothing matches these filters.');
      await wv.page.getByRole('searchbox').press('Escape');
      assert.equal((await rowKeys(wv.page)).length, model.entries.length);
    });
  }],

  ['filters by mentorship, owner and date range', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const filters = wv.page.locator('.filters');
      await filters.locator('select[name=mentorship]').selectOption('sample/alex');
      assert.deepEqual(await rowKeys(wv.page), model.entries.filter((e) => e.mentorship === 'sample/alex').map((e) => e.key));
      await filters.locator('select[name=mentorship]').selectOption('');
      await filters.locator('select[name=owner]').selectOption('marta');
      const marta = model.entries.filter((e) => e.owners.includes('marta')).map((e) => e.key);
      assert.ok(marta.length > 0);
      assert.deepEqual(await rowKeys(wv.page), marta);
      await filters.locator('select[name=owner]').selectOption('');
      await filters.locator('input[name=from]').fill('2026-10-01');
      await filters.locator('input[name=to]').fill('2026-10-31');
      const october = model.entries.filter((e) => e.date >= '2026-10-01' && e.date <= '2026-10-31').map((e) => e.key);
      assert.ok(october.length > 1);
      assert.deepEqual(await rowKeys(wv.page), october);
      const state = await wv.waitForState((s) => s.filters.to === '2026-10-31', 'the date range');
      assert.equal(state.filters.from, '2026-10-01');
    });
  }],

  ['filters by goal from the progress bar and by the goal select', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const goal = model.goals.find((g) => g.id === 'public-speaking');
      const button = wv.page.locator('.goal-button', { hasText: goal.title });
      await button.click();
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
      assert.equal(await wv.page.locator('.filters select[name=goal]').inputValue(), 'public-speaking');
      const expected = model.entries.filter((e) => e.goals.includes('public-speaking') || e.itemGoals.includes('public-speaking')).map((e) => e.key);
      assert.deepEqual(await rowKeys(wv.page), expected);
      await button.click();
      assert.equal(await button.getAttribute('aria-pressed'), 'false');
      await wv.page.locator('.filters select[name=goal]').selectOption('design-doc');
      assert.deepEqual(await rowKeys(wv.page), model.entries.filter((e) => e.goals.includes('design-doc') || e.itemGoals.includes('design-doc')).map((e) => e.key));
      await wv.page.getByRole('button', { name: 'Clear filters' }).click();
      assert.equal((await rowKeys(wv.page)).length, model.entries.length);
    });
  }],

  ['shows wins, feedback and introductions as rows of their own when their entries are not shown', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      await wv.page.getByRole('checkbox', { name: 'Sessions', exact: true }).uncheck();
      await wv.page.getByRole('checkbox', { name: 'Notes', exact: true }).uncheck();
      await wv.page.getByRole('checkbox', { name: 'Introductions', exact: true }).uncheck();
      const expected = model.entries.flatMap((e) => e.events.filter((i) => i.kind === 'win' || i.kind === 'feedback').map((i) => `${e.key}#${i.line}`));
      assert.ok(expected.length > 5);
      assert.deepEqual(await rowKeys(wv.page), expected);
      const kinds = await wv.page.locator('.timeline-list .row .chip.kind').allInnerTexts();
      assert.deepEqual([...new Set(kinds)].sort(), ['Feedback', 'Win']);
      await wv.page.getByRole('checkbox', { name: 'Wins', exact: true }).uncheck();
      await wv.page.getByRole('checkbox', { name: 'Feedback', exact: true }).uncheck();
      await wv.page.getByRole('checkbox', { name: 'Introductions', exact: true }).check();
      const intros = model.entries.flatMap((e) => e.events.filter((i) => i.kind === 'intro'));
      assert.equal((await rowKeys(wv.page)).length, intros.length);
      assert.ok(intros.length > 0);
      await wv.waitForState((s) => s.filters.kinds.join() === 'intro', 'the kinds');
    });
  }],
];
