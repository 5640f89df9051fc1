// The journal renders the sample journal from its real HTML under its real CSP: handshake,
// timeline order, chips, goal progress, counts, item checkboxes, pages of 50.
import assert from 'node:assert/strict';
import { generatedJournal, hostModules, modelFor, openWebview, sampleJournal } from './harness.mjs';

/**
 * Opens a webview, runs `fn`, then checks that nothing was blocked by the CSP (except reports
 * matching `options.allowViolations`), nothing failed, no canary ran and nothing loaded remotely.
 */
export async function withWebview(browser, options, fn) {
  const wv = await openWebview(browser, options);
  try {
    await fn(wv);
    const problems = await wv.problems();
    const allowed = options.allowViolations;
    assert.deepEqual({ ...problems, violations: problems.violations.filter((v) => !allowed?.test(v)) }, { violations: [], errors: [], pwned: [] });
    assert.deepEqual(wv.blocked, [], 'requests outside the webview resources');
    return problems;
  } finally {
    await wv.close();
  }
}

export const rowKeys = (page) => page.$$eval('.timeline-list .row', (els) => els.map((e) => e.dataset.key));

export const tests = [
  ['says "ready" first and renders the timeline newest first with dates, kinds and chips', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const posted = await wv.posted();
      assert.deepEqual(posted[0], { type: 'ready', protocol: 1 });
      assert.deepEqual(await rowKeys(wv.page), model.entries.map((e) => e.key));
      assert.equal(await wv.page.locator('.timeline-count').innerText(), `${model.entries.length} entries`);
      const dates = await wv.page.locator('.timeline-list .row .date').allInnerTexts();
      assert.deepEqual(dates, model.entries.map((e) => e.date ?? 'no date'));
      const first = wv.page.locator('.timeline-list .row').first();
      assert.equal(await first.locator('.chip.kind').innerText(), 'Session');
      assert.equal(await first.locator('.entry-title').innerText(), model.entries[0].title);
      assert.deepEqual(await first.locator('.chip.goal').allInnerTexts(), ['#design-doc', '#public-speaking']);
      assert.deepEqual(await first.locator('.chip.owner').allInnerTexts(), ['@priya', '@sam']);
      const priv = wv.page.locator('.row.private');
      assert.equal(await priv.count(), model.entries.filter((e) => e.isPrivate).length);
      assert.equal(await priv.first().locator('.chip.private').innerText(), 'Private');
    });
  }],

  ['renders each body from its Markdown with checkboxes for the index items, overdue marked', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const entry = model.entries[0];
      const card = wv.page.locator('.timeline-list .row').first();
      assert.equal(await card.locator('.entry-body h2').first().innerText(), 'Agenda');
      const boxes = await card.locator('.task-check').evaluateAll((els) => els.map((e) => [Number(e.dataset.line), e.checked, e.getAttribute('aria-label')]));
      const { items } = bodies[entry.key];
      const tasks = items.filter((i) => i.status === 'open' || i.status === 'done');
      assert.deepEqual(boxes, tasks.map((i) => [i.line, i.status === 'done', `Done: ${i.title}`]));
      const overdue = items.filter((i) => i.status === 'open' && i.due && i.due < model.today).map((i) => i.line);
      assert.ok(overdue.length > 0);
      assert.deepEqual(await card.locator('li.overdue').evaluateAll((els) => els.map((e) => Number(e.dataset.line))), overdue);
      assert.equal(await card.locator('.entry-body h1').count(), 0, 'the title is not repeated');
    });
  }],

  ['shows goal progress and open/overdue counts for the selected mentorships', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const open = model.mentorships.reduce((n, m) => n + m.open, 0);
      const overdue = model.mentorships.reduce((n, m) => n + m.overdue, 0);
      assert.deepEqual(await wv.page.locator('.counts strong').allInnerTexts(), [String(open), String(overdue)]);
      const bars = await wv.page.locator('.goals progress').evaluateAll((els) => els.map((e) => [e.value, e.max]));
      assert.equal(bars.length, model.goals.length);
      const doc = model.goals.find((g) => g.id === 'design-doc');
      const button = wv.page.locator('.goal-button', { hasText: doc.title });
      assert.equal(await button.locator('progress').evaluate((e) => `${e.value}/${e.max}`), `${doc.done}/${doc.total}`);
      assert.match(await button.getAttribute('aria-label'), new RegExp(`${doc.done} of ${doc.total} milestones done`));
      const alex = model.mentorships.find((m) => m.key === 'sample/alex');
      await wv.page.locator('.filters select[name=mentorship]').selectOption('sample/alex');
      assert.deepEqual(await wv.page.locator('.counts strong').allInnerTexts(), [String(alex.open), String(alex.overdue)]);
      assert.equal(await wv.page.locator('.goals progress').count(), model.goals.filter((g) => g.mentorship === 'sample/alex').length);
    });
  }],

  ['renders large journals in pages of 50 and asks only for the bodies it shows', async (browser) => {
    const { model, bodies, texts } = await generatedJournal(120);
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      assert.equal(await wv.page.locator('.timeline-list .row').count(), 50);
      assert.equal(await wv.page.locator('.timeline-count').innerText(), 'Showing 50 of 120 entries');
      const asked = () => wv.posted().then((posted) => posted.filter((m) => m.type === 'loadBodies').flatMap((m) => m.refs));
      // The newest page's bodies come with it (the extension sends them ahead): none is asked for.
      assert.deepEqual(await asked(), []);
      // Clicked where it is (a click that scrolls it into view first would also load a page by itself).
      await wv.page.getByRole('button', { name: 'Show more' }).dispatchEvent('click');
      await wv.page.waitForFunction(() => document.querySelectorAll('.timeline-list .row').length === 100);
      await wv.settled();
      assert.deepEqual(await asked(), model.entries.slice(50, 100).map((e) => ({ journal: e.journal, path: e.path })));
      // The last page comes by itself when "Show more" scrolls into view.
      await wv.page.getByRole('button', { name: 'Show more' }).scrollIntoViewIfNeeded();
      await wv.page.waitForFunction(() => document.querySelectorAll('.timeline-list .row').length === 120);
      assert.equal(await wv.page.getByRole('button', { name: 'Show more' }).isHidden(), true);
      assert.equal(await wv.page.locator('.timeline-count').innerText(), '120 entries');
      await wv.settled();
      const all = (await wv.posted()).filter((m) => m.type === 'loadBodies').flatMap((m) => m.refs.map((r) => r.path));
      assert.equal(new Set(all).size, all.length, 'no body is asked for twice');
    });
  }],

  ['shows comments as nothing, no headings of empty sections, unreadable dates as warnings, no stray "." after a chip', async (browser) => {
    const m = await hostModules();
    const index = new m.JournalIndex();
    const texts = new Map([
      ['mentorship.md', '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Sam Okafor (@sam)\ncadence: weekly\nstarted: 2026-11-01\n---\n'],
      ['sessions/2026-11-20.md', [
        '---', 'type: session', 'date: 2026-11-20', '---', '', '# Session', '', '## Agenda', '', '', '## Notes', '',
        'We met. <!-- Priya is leaving in March: not for the record -->', '',
        '<!-- - [ ] Ask Dana about the budget @alex -->', '<!--', '- [ ] Book the venue @sam', '-->', '',
        '## Action items', '',
        '- [ ] Book the room @sam [due:: friday]',
        '- [ ] Send the slides @sam [due:: 2026-12-32]',
        '- [ ] Call Lena @sam (due:: next week)',
        '- [ ] Draft the abstract @sam 📅 2026-12-01.',
        '', '## Wins', '', '', '## Feedback', '', '<!-- later -->', '',
      ].join('\n')],
    ]);
    for (const [p, t] of texts) index.set(p, t);
    const { model, bodies } = await modelFor(index, (p) => texts.get(p), { today: '2026-11-24' });
    await withWebview(browser, { model, bodies }, async (wv) => {
      await wv.settled();
      const body = wv.page.locator('.timeline-list .row').first().locator('.entry-body');
      const text = await body.innerText();
      for (const hidden of ['<!--', '-->', 'Ask Dana', 'Book the venue', 'not for the record', 'later']) assert.ok(!text.includes(hidden), `"${hidden}" shows in:\n${text}`);
      assert.deepEqual(await body.locator('h2').allInnerTexts(), ['Notes', 'Action items']);
      const item = (title) => body.locator('li', { hasText: title });
      const invalid = async (title) => item(title).locator('.field-chip.invalid').evaluateAll((els) => els.map((e) => [e.textContent, e.title]));
      assert.deepEqual(await invalid('Book the room'), [['invalid due date: friday', 'due date "friday" is not an ISO date (write YYYY-MM-DD)']]);
      assert.deepEqual(await invalid('Send the slides'), [['invalid due date: 2026-12-32', 'due date "2026-12-32" is not a real day']]);
      assert.deepEqual(await invalid('Call Lena'), [['invalid due date: next week', 'due date "next week" is not an ISO date (write YYYY-MM-DD)']]);
      for (const title of ['Book the room', 'Send the slides', 'Call Lena']) {
        assert.equal(await item(title).locator('.field-chip:not(.invalid)').count(), 0, `a normal date chip on "${title}"`);
        assert.equal(await item(title).evaluate((li) => li.classList.contains('overdue')), false);
      }
      const warn = await item('Book the room').locator('.field-chip.invalid').evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).borderTopStyle]);
      const normal = await item('Draft the abstract').locator('.field-chip').evaluate((e) => getComputedStyle(e).color);
      assert.notEqual(warn[0], normal, 'the warning chip has its own colour');
      assert.equal(warn[1], 'dashed');
      const after = await item('Draft the abstract').evaluate((li) => {
        let text = '';
        for (let n = li.querySelector('.field-chip').nextSibling; n; n = n.nextSibling) if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
        return text;
      });
      assert.equal(after.trim(), '', `"${after}" follows the date chip`);
    });
  }],

  ['paints a first page of a large journal before the whole model, then takes the titles its texts give', async (browser) => {
    const { model, bodies } = await generatedJournal(120);
    // As a large journal's first model: the titles of older sessions come from the index until their texts arrive.
    const indexTitled = { ...model, entries: model.entries.map((e, i) => (i < 50 ? e : { ...e, title: `Index title ${i}` })) };
    await withWebview(browser, { model: indexTitled, bodies, texts: [] }, async (wv) => {
      await wv.settled();
      assert.equal(await wv.page.locator('.timeline-count').innerText(), 'Showing 50 of 120 entries');
      await wv.page.getByRole('button', { name: 'Show more' }).click();
      await wv.page.waitForFunction(() => document.querySelectorAll('.timeline-list .row').length === 100);
      const row = model.entries[60];
      assert.ok((await wv.titles()).includes('Index title 60'));
      await wv.send({ type: 'searchText', texts: [{ key: row.key, rev: row.rev, text: 'body', title: 'From the text' }] });
      await wv.page.waitForFunction(() => [...document.querySelectorAll('.entry-title')].some((b) => b.textContent === 'From the text'));
      assert.ok(!(await wv.titles()).includes('Index title 60'));
      // A text of an older version of the file says nothing about the current one.
      const other = model.entries[61];
      await wv.send({ type: 'searchText', texts: [{ key: other.key, rev: other.rev - 1, text: 'old', title: 'Stale title' }] });
      await wv.page.waitForTimeout(100);
      assert.ok(!(await wv.titles()).includes('Stale title'));
    });
  }],

  ['takes a model sent in pieces, showing the new one only when it is complete', async (browser) => {
    const { model, bodies } = await generatedJournal(120);
    const first = { ...model, entries: model.entries.slice(20) };
    await withWebview(browser, { model: first, bodies }, async (wv) => {
      await wv.settled();
      assert.equal(await wv.page.locator('.timeline-count').innerText(), 'Showing 50 of 100 entries');
      // A change: the whole journal again, in three pieces.
      await wv.send({ type: 'model', model: { ...model, entries: model.entries.slice(0, 50), total: 120 } });
      await wv.send({ type: 'entries', entries: model.entries.slice(50, 100), last: false });
      await wv.page.waitForTimeout(200);
      assert.equal(await wv.page.locator('.timeline-count').innerText(), 'Showing 50 of 100 entries', 'not shown half-way');
      await wv.send({ type: 'entries', entries: model.entries.slice(100), last: true });
      await wv.page.waitForFunction(() => document.querySelector('.timeline-count')?.textContent === 'Showing 50 of 120 entries');
      assert.deepEqual((await rowKeys(wv.page)).slice(0, 3), model.entries.slice(0, 3).map((e) => e.key));
      // Pieces of no model in progress are ignored.
      await wv.send({ type: 'entries', entries: model.entries.slice(0, 5), last: true });
      await wv.page.waitForTimeout(100);
      assert.equal(await wv.page.locator('.timeline-count').innerText(), 'Showing 50 of 120 entries');
    });
  }],
];

