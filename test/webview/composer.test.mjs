// The composer posts exactly the protocol's messages for a session, a win, feedback, an
// introduction and a reflection, shows what the extension wrote, and can open it.
import assert from 'node:assert/strict';
import { JOURNAL, sampleJournal } from './harness.mjs';
import { withWebview } from './render.test.mjs';

const SESSION_MD = '---\ntype: session\ndate: 2026-11-24\ngoals: [design-doc]\n---\n\n# Session 2026-11-24\n\n## Notes\n\nTalked.\n';

export const tests = [
  ['logs a session with goals, notes, action items, wins and feedback, then shows and opens it', async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      await page.getByRole('button', { name: 'Log…' }).click();
      const form = page.locator('.composer form');
      assert.equal(await form.getByLabel('Date', { exact: true }).inputValue(), model.today);
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
          date: '2026-11-24', goals: ['design-doc'], notes: 'We went through the draft.\n\nPriya: *lead with the failure modes*.',
          actions: [{ text: 'Send the RFC to Security', owner: 'sam', due: '2026-12-01' }, { text: 'Book the review room', owner: '', due: '' }],
          wins: ['First full draft', 'Dana asked me to present'], feedback: ['From @priya: send it before it feels finished'],
        },
      });
      await wv.send({ type: 'result', requestId: msg.requestId, ok: true, wrote: { journal: JOURNAL, path: 'sessions/2026-11-24.md', action: 'created', markdown: SESSION_MD } });
      const result = page.locator('.composer-result');
      await result.waitFor();
      assert.equal(await result.locator('code').innerText(), 'sessions/2026-11-24.md');
      assert.equal(await result.locator('pre').textContent(), SESSION_MD);
      assert.equal(await form.getByLabel('Notes').inputValue(), '', 'the form is ready for the next one');
      await wv.clearPosted();
      await result.getByRole('button', { name: 'Open 2026-11-24.md' }).click();
      assert.deepEqual(await wv.waitForPosted((m) => m.type === 'open'), { type: 'open', ref: { journal: JOURNAL, path: 'sessions/2026-11-24.md' }, line: 1 });
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
];
