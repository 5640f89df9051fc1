// What the webview asks of the extension when a person clicks: open a file at a line, complete
// or reopen an item (and undo the checkbox when the extension refuses), open journal links.
import assert from 'node:assert/strict';
import { JOURNAL, modelFor, hostModules, sampleJournal } from './harness.mjs';
import { withWebview } from './render.test.mjs';

/** A journal with links of every kind, for the link tests. */
export async function linkJournal() {
  const m = await hostModules();
  const index = new m.JournalIndex();
  const texts = new Map([
    ['mentorship.md', '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Sam Okafor (@sam)\ncadence: weekly\nstarted: 2026-01-01\n---\n'],
    ['goals/design-doc.md', '---\ntype: goal\ntitle: Design doc\nstatus: active\nstarted: 2026-01-01\n---\n\n## Milestones\n\n- [ ] Draft\n'],
    ['sessions/2026-11-20.md', '---\ntype: session\ndate: 2026-11-20\n---\n\n# Session\n\n## Notes\n\nSee [the goal](../goals/design-doc.md) and [the RFC](https://example.com/rfc).\n\nDouble-click this paragraph.\n'],
  ]);
  for (const [p, t] of texts) index.set(p, t);
  return modelFor(index, (p) => texts.get(p));
}

export const tests = [
  ['opens the file at line 1 from an entry title and at the item line from its button', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const entry = model.entries[0];
      const card = wv.page.locator('.timeline-list .row').first();
      await card.locator('.entry-title').click();
      const ref = { journal: JOURNAL, path: entry.path };
      assert.deepEqual(await wv.waitForPosted((m) => m.type === 'open'), { type: 'open', ref, line: 1 });
      const item = bodies[entry.key].items.find((i) => i.kind === 'feedback');
      await wv.clearPosted();
      await card.locator(`li[data-line="${item.line}"] .goto`).click();
      assert.deepEqual(await wv.waitForPosted((m) => m.type === 'open'), { type: 'open', ref, line: item.line });
    });
  }],

  ['completes an item through the extension and puts the checkbox back when it refuses', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const entry = model.entries[0];
      const item = bodies[entry.key].items.find((i) => i.status === 'open' && i.kind === 'action');
      const box = wv.page.locator(`.timeline-list .row >> nth=0 >> .task-check[data-line="${item.line}"]`);
      await box.check();
      const msg = await wv.waitForPosted((m) => m.type === 'toggleItem');
      assert.deepEqual(msg, { type: 'toggleItem', requestId: msg.requestId, ref: { journal: JOURNAL, path: entry.path }, line: item.line, raw: item.raw, done: true });
      assert.equal(await box.isDisabled(), true, 'disabled while the extension works');
      await wv.send({ type: 'result', requestId: msg.requestId, ok: false, message: 'sessions/2026-11-18.md changed since it was read; refresh and try again.' });
      await wv.page.waitForFunction((line) => !document.querySelector(`.task-check[data-line="${line}"]`).disabled, item.line);
      assert.equal(await box.isChecked(), false);
      assert.equal(await wv.page.locator('.notice.error').innerText(), 'sessions/2026-11-18.md changed since it was read; refresh and try again.');
      const done = bodies[entry.key].items.find((i) => i.status === 'done');
      await wv.clearPosted();
      await wv.page.locator(`.timeline-list .row >> nth=0 >> .task-check[data-line="${done.line}"]`).uncheck();
      const reopen = await wv.waitForPosted((m) => m.type === 'toggleItem');
      assert.equal(reopen.done, false);
      assert.equal(reopen.raw, done.raw);
      await wv.send({ type: 'result', requestId: reopen.requestId, ok: true });
      await wv.page.locator('.notice:not(.error)', { hasText: 'Reopened' }).waitFor();
    });
  }],

  ['disables checkboxes and the composer in Restricted Mode', async (browser) => {
    const { model, bodies, texts } = await sampleJournal({ trusted: false });
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      assert.equal(await wv.page.locator('.task-check:not([disabled])').count(), 0);
      await wv.page.getByRole('button', { name: 'Log…' }).click();
      assert.equal(await wv.page.getByRole('button', { name: 'Write session' }).isDisabled(), true);
    });
  }],

  ['opens journal links through the extension and leaves web links to VS Code', async (browser) => {
    const { model, bodies, texts } = await linkJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      await wv.page.getByRole('link', { name: 'the goal' }).click();
      assert.deepEqual(await wv.waitForPosted((m) => m.type === 'open'), { type: 'open', ref: { journal: JOURNAL, path: 'goals/design-doc.md' }, line: 1 });
      assert.equal(await wv.page.getByRole('link', { name: 'the RFC' }).getAttribute('href'), 'https://example.com/rfc');
      await wv.clearPosted();
      await wv.page.getByText('Double-click this paragraph.').dblclick();
      const line = 12;
      assert.deepEqual(await wv.waitForPosted((m) => m.type === 'open'), { type: 'open', ref: { journal: JOURNAL, path: 'sessions/2026-11-20.md' }, line });
      assert.equal(wv.page.url(), wv.url, 'no navigation');
    });
  }],
];
