// The composer posts exactly the protocol's messages for a session, a win, feedback, an
// introduction and a reflection, shows what the extension wrote, and can open it.
import assert from 'node:assert/strict';
import { JOURNAL, sampleJournal } from './harness.mjs';
import { withWebview } from './render.test.mjs';

const SESSION_MD = '---\ntype: session\ndate: 2026-12-02\ngoals: [design-doc]\n---\n\n# Session 2026-12-02\n\n## Notes\n\nTalked.\n';

export const tests = [
  ['logs a session with goals, notes, action items, wins and feedback, then shows and opens it', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      const form = page.locator('.composer form');
      // Sam's 1:1 is every two weeks, last on 18 Nov: the composer proposes the next one (the host's rule).
      assert.equal(model.mentorships.find((m) => m.key === 'sample/.').sessionDate, '2026-12-02');
      assert.equal(await form.getByLabel('Date', { exact: true }).inputValue(), '2026-12-02');
      await form.getByLabel('Write and land my first design doc').check();
      await form.getByLabel('Notes').fill('We went through the draft.\n\nPriya: *lead with the failure modes*.');
      await form.getByLabel('Action item 1', { exact: true }).fill('Send the RFC to Security');
      await form.getByLabel('Owner of action item 1').fill('@sam');
      await form.getByLabel('Due date of action item 1').fill('2026-12-01');
      await form.getByRole('button', { name: 'Add action item' }).click();
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Action item 2');
      await page.keyboard.type('Book the review room');
      await form.getByLabel('Wins (one per line)').fill('First full draft\n\n  Dana asked me to present  ');
      await form.getByLabel('Feedback (one per line)').fill('From @priya: send it before it feels finished');
      await form.getByRole('button', { name: 'Write session' }).click();
      const msg = await wv.waitForPosted((m) => m.type === 'logSession');
      assert.deepEqual(msg, {
        type: 'logSession', requestId: msg.requestId, mentorship: 'sample/.',
        session: {
          date: '2026-12-02', goals: ['design-doc'], notes: 'We went through the draft.\n\nPriya: *lead with the failure modes*.',
          actions: [{ text: 'Send the RFC to Security', owner: 'sam', due: '2026-12-01' }, { text: 'Book the review room', owner: '', due: '' }],
          wins: ['First full draft', 'Dana asked me to present'], feedback: ['From @priya: send it before it feels finished'],
        },
      });
      await wv.send({ type: 'result', requestId: msg.requestId, ok: true, wrote: { journal: JOURNAL, path: 'sessions/2026-12-02.md', action: 'created', markdown: SESSION_MD } });
      const result = page.locator('.composer-result');
      await result.waitFor();
      assert.equal(await result.locator('code').innerText(), 'sessions/2026-12-02.md');
      assert.equal(await result.locator('pre').textContent(), SESSION_MD);
      assert.equal(await form.getByLabel('Notes').inputValue(), '', 'the form is ready for the next one');
      await wv.clearPosted();
      await result.getByRole('button', { name: 'Open 2026-12-02.md' }).click();
      assert.deepEqual(await wv.waitForPosted((m) => m.type === 'open'), { type: 'open', ref: { journal: JOURNAL, path: 'sessions/2026-12-02.md' }, line: 1 });
    });
  }],

  ["starts new action items with the user's own handle as owner, which they can change", async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model: { ...model, me: 'sam' }, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      const form = page.locator('.composer form');
      assert.equal(await form.getByLabel('Owner of action item 1').inputValue(), '@sam');
      await form.getByLabel('Action item 1', { exact: true }).fill('Send the RFC to Security');
      await form.getByRole('button', { name: 'Add action item' }).click();
      await page.keyboard.type('Review the draft');
      await form.getByLabel('Owner of action item 2').fill('@priya');
      await form.getByRole('button', { name: 'Write session' }).click();
      const msg = await wv.waitForPosted((m) => m.type === 'logSession');
      assert.deepEqual(msg.session.actions, [{ text: 'Send the RFC to Security', owner: 'sam', due: '' }, { text: 'Review the draft', owner: 'priya', due: '' }]);
    });
  }],

  ['logs a private win, an introduction with its owner and a titled reflection', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      const form = page.locator('.composer form');
      const cases = [
        ['Win', 'Log win', async () => {
          await form.getByLabel('What went well').fill('Gave the lightning talk');
          await form.getByLabel(/^Private/).check();
        }, { kind: 'win', text: 'Gave the lightning talk', title: '', owner: '', isPrivate: true }],
        ['Introduction', 'Log introduction', async () => {
          await form.getByLabel('Who to introduce to whom, and why').fill('Sam to Marta: on-call tooling');
          await form.getByLabel('Who makes the introduction (optional)').fill('@priya');
        }, { kind: 'intro', text: 'Sam to Marta: on-call tooling', title: '', owner: 'priya', isPrivate: false }],
        ['Reflection', 'Write reflection', async () => {
          await form.getByLabel('Title (optional)').fill('After the talk');
          await form.getByRole('textbox', { name: 'Reflection' }).fill('It went better than I feared.');
        }, { kind: 'reflection', text: 'It went better than I feared.', title: 'After the talk', owner: '', isPrivate: false }],
      ];
      for (const [radio, submit, fill, entry] of cases) {
        await wv.clearPosted();
        await form.getByRole('radio', { name: radio }).check();
        await fill();
        await form.getByRole('button', { name: submit }).click();
        const msg = await wv.waitForPosted((m) => m.type === 'logEntry', `a logEntry for ${radio}`);
        assert.deepEqual(msg, { type: 'logEntry', requestId: msg.requestId, mentorship: 'sample/.', entry });
        await wv.send({ type: 'result', requestId: msg.requestId, ok: true, wrote: { journal: JOURNAL, path: 'notes/2026-11-24-log.md', action: 'appended', markdown: `- ${entry.text}` } });
        await page.locator('.composer-result h3', { hasText: 'Added a line to notes/2026-11-24-log.md' }).waitFor();
      }
      // Written as several lines (a session logged into the one planned for the meeting): it says how many.
      await wv.clearPosted();
      await form.getByRole('radio', { name: 'Win' }).check();
      await form.getByLabel('What went well').fill('Gave the demo');
      await form.getByRole('button', { name: 'Log win' }).click();
      const several = await wv.waitForPosted((m) => m.type === 'logEntry', 'a logEntry for the second win');
      await wv.send({ type: 'result', requestId: several.requestId, ok: true, wrote: { journal: JOURNAL, path: 'sessions/2026-11-24.md', action: 'appended', markdown: '## Wins\n\n- Gave the demo\n' } });
      await page.locator('.composer-result h3', { hasText: 'Added 3 lines to sessions/2026-11-24.md' }).waitFor();
    });
  }],

  ['says what to fix instead of sending an empty entry, and keeps the text when the extension refuses', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      const form = page.locator('.composer form');
      await form.getByRole('radio', { name: 'Feedback' }).check();
      await form.getByRole('button', { name: 'Log feedback' }).click();
      assert.equal(await form.locator('.composer-error').innerText(), 'Write something to log first.');
      assert.equal(await page.evaluate(() => document.activeElement.name), 'text');
      await form.getByRole('radio', { name: 'Introduction' }).check();
      await form.getByLabel('Who to introduce to whom, and why').fill('Sam to Marta');
      await form.getByLabel('Who makes the introduction (optional)').fill('two words');
      await form.getByRole('button', { name: 'Log introduction' }).click();
      assert.equal(await form.locator('.composer-error').innerText(), 'An owner is one handle, like @sam.');
      assert.equal((await wv.posted()).filter((m) => m.type === 'logEntry').length, 0);
      await form.getByLabel('Who makes the introduction (optional)').fill('');
      await form.getByRole('button', { name: 'Log introduction' }).click();
      const msg = await wv.waitForPosted((m) => m.type === 'logEntry');
      await wv.send({ type: 'result', requestId: msg.requestId, ok: false, message: 'This folder is in Restricted Mode: trust it before Mentorship Journal can write files.' });
      await form.locator('.composer-error', { hasText: 'Restricted Mode' }).waitFor();
      assert.equal(await form.getByLabel('Who to introduce to whom, and why').inputValue(), 'Sam to Marta');
    });
  }],

  ['refuses a half-typed due date with a message beside it, and sends once it is finished or cleared', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      const form = page.locator('.composer form');
      await form.getByLabel('Action item 1', { exact: true }).fill('Send the RFC to Security');
      const due = form.getByLabel('Due date of action item 1');
      // The month typed, day and year not yet: the page sees no value at all.
      await due.click();
      await page.keyboard.type('12');
      await form.getByLabel('Notes').click();
      const message = form.locator('.action-row .field-message');
      assert.equal(await message.innerText(), 'Finish the date (day, month and year) or clear it.');
      assert.equal(await due.getAttribute('aria-invalid'), 'true');
      assert.equal(await due.getAttribute('aria-describedby'), await message.getAttribute('id'));
      await form.getByRole('button', { name: 'Write session' }).click();
      assert.equal(await form.locator('.composer-error').innerText(), 'Fix the due date of action item 1: finish the date (day, month and year) or clear it.');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Due date of action item 1');
      assert.equal((await wv.posted()).filter((m) => m.type === 'logSession').length, 0, 'nothing is sent while the date is half-typed');
      // Finishing it (focus is on the date again, at its first part) clears the message.
      await page.keyboard.type('12012026');
      assert.equal(await due.inputValue(), '2026-12-01');
      assert.equal(await message.isVisible(), false);
      assert.equal(await due.getAttribute('aria-invalid'), null);
      await form.getByRole('button', { name: 'Write session' }).click();
      const msg = await wv.waitForPosted((m) => m.type === 'logSession');
      assert.deepEqual(msg.session.actions, [{ text: 'Send the RFC to Security', owner: '', due: '2026-12-01' }]);
    });
  }],

  ['also refuses a half-typed session date, and a half-typed due date of an item without text', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      const form = page.locator('.composer form');
      const date = form.getByLabel('Date', { exact: true });
      await date.click();
      await page.keyboard.press('Backspace'); // clears the month
      await form.getByRole('button', { name: 'Write session' }).click();
      assert.equal(await form.locator('.date-field .field-message').innerText(), 'Finish the date (day, month and year).');
      assert.equal(await form.locator('.composer-error').innerText(), 'Fix the date of the session: finish the date (day, month and year).');
      await date.fill('2026-11-24');
      await form.getByLabel('Due date of action item 1').click();
      await page.keyboard.type('0315');
      await form.getByRole('button', { name: 'Write session' }).click();
      assert.equal(await form.locator('.composer-error').innerText(), 'Fix the due date of action item 1: finish the date (day, month and year) or clear it.');
      await form.getByLabel('Due date of action item 1').fill('');
      await form.getByRole('button', { name: 'Write session' }).click();
      const msg = await wv.waitForPosted((m) => m.type === 'logSession');
      assert.equal(msg.session.date, '2026-11-24');
      assert.deepEqual(msg.session.actions, []);
    });
  }],

  ["proposes each mentorship's next session day until the person picks a day, and again after writing", async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      const form = page.locator('.composer form');
      const date = form.getByLabel('Date', { exact: true });
      assert.equal(await date.inputValue(), '2026-12-02');
      await form.getByLabel('Mentorship').selectOption('sample/alex');
      assert.equal(await date.inputValue(), model.mentorships.find((m) => m.key === 'sample/alex').sessionDate);
      assert.equal(await date.inputValue(), '2026-12-11');
      // The extension proposes another day (e.g. the next morning): the untouched field follows.
      await wv.send({ type: 'model', model: { ...model, mentorships: model.mentorships.map((m) => ({ ...m, sessionDate: m.key === 'sample/alex' ? '2026-12-12' : m.sessionDate })) } });
      await page.waitForFunction(() => document.querySelector('input[name=date]').value === '2026-12-12');
      // A day the person picks stays, whatever the mentorship or the model.
      await date.fill('2026-11-20');
      await form.getByLabel('Mentorship').selectOption('sample/.');
      await wv.send({ type: 'model', model });
      assert.equal(await date.inputValue(), '2026-11-20');
      await form.getByLabel('Notes').fill('Talked.');
      await form.getByRole('button', { name: 'Write session' }).click();
      const msg = await wv.waitForPosted((m) => m.type === 'logSession');
      assert.equal(msg.session.date, '2026-11-20');
      await wv.send({ type: 'result', requestId: msg.requestId, ok: true });
      await page.waitForFunction(() => document.querySelector('textarea[name=notes]').value === '');
      assert.equal(await date.inputValue(), '2026-12-02', 'the next session gets the proposed day again');
    });
  }],
];
