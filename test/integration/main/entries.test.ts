// Creating entries from the palette with the pickers answered: sessions (one day twice → -2),
// goals, and the quick logs that go through the core's planLog.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { proposedSessionDate } from '../../../src/core/sessionDate';
import { uniqueFileName } from '../../../src/core/templates';
import type { Journal } from '../../../src/host/journalStore';
import type { MentorshipArg } from '../../../src/host/nodes';
import { type ExtensionApi, activate, readText, stubWindow, waitFor } from '../helpers';

const TODAY = '2026-11-24';
let api: ExtensionApi;

const journal = (): Journal => api.services.store.all()[0];
const arg = (id: string): MentorshipArg => ({ type: 'mentorship', ref: api.services.store.mentorships().find((r) => r.mentorship.id === id)! });
const exists = async (path: string) => vscode.workspace.fs.stat(journal().uri(path)).then(() => true, () => false);

/** Runs a command answering its input boxes and quick picks in order; returns what it returned and the prompts. */
async function answering(inputs: unknown[], picks: ((items: unknown[]) => unknown)[], command: string, ...args: unknown[]) {
  const input = stubWindow('showInputBox', () => inputs.shift());
  const pick = stubWindow('showQuickPick', (items) => picks.shift()?.(items as unknown[]));
  const info = stubWindow('showInformationMessage', () => undefined);
  try {
    const result = await vscode.commands.executeCommand(command, ...args);
    return { result, inputs: input.calls.map((c) => c[0] as vscode.InputBoxOptions), picks: pick.calls, info: info.calls };
  } finally {
    input.restore();
    pick.restore();
    info.restore();
  }
}

describe('creating entries', () => {
  before(async () => {
    api = await activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('new session offers the next meeting day, links the picked goals, and opens the file', async () => {
    // The same rule as the journal composer's default date (core/sessionDate.ts).
    const offered = proposedSessionDate(journal().index.shared(), 'alex', TODAY);
    // Monthly after 2026-11-11 (or the day of a session already planned by another test).
    assert.equal(offered, '2026-12-11');
    const names = new Set((await vscode.workspace.fs.readDirectory(journal().uri('alex/sessions'))).map(([n]) => n));
    const path = `alex/sessions/${uniqueFileName((n) => names.has(n), offered)}`;
    const codeReview = (items: unknown[]) => (items as { id: string }[]).filter((i) => i.id === 'code-review');
    // An empty answer takes the offered day.
    const run = await answering([''], [codeReview], 'mentorship.newSession', arg('alex'));
    assert.equal(run.inputs[0].value, offered);
    assert.equal(run.result, path);
    const entry = journal().index.get(path);
    assert.deepEqual([entry?.type, entry?.date, entry?.goalIds], ['session', offered, ['code-review']]);
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the new session in an editor');
    assert.equal(editor.document.uri.toString(), journal().uri(path).toString());
    assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '## Agenda', 'the cursor waits under Agenda');
  });

  it('new session for a day already planned opens that session; on a day whose meeting was held, -2', async () => {
    const none = () => [];
    const first = await answering(['2026-12-16'], [none], 'mentorship.newSession', arg('.'));
    const before = await readText(journal().uri('sessions/2026-12-16.md'));
    const second = await answering(['2026-12-16'], [none], 'mentorship.newSession', arg('.'));
    assert.deepEqual([first.result, second.result], ['sessions/2026-12-16.md', 'sessions/2026-12-16.md'], 'one file per meeting');
    assert.match(String(second.info[0]?.[0]), /already planned/);
    assert.equal(await readText(journal().uri('sessions/2026-12-16.md')), before);
    assert.ok(!(await exists('sessions/2026-12-16-2.md')));
    // Today's meeting was held (its notes are written): another session today is a second meeting.
    const held = 'sessions/2026-11-24.md';
    await vscode.workspace.fs.writeFile(journal().uri(held), new TextEncoder().encode('---\ntype: session\ndate: 2026-11-24\n---\n\n## Notes\n\nIncident debrief, Marta dabei.\n'));
    try {
      await waitFor(() => journal().index.get(held)?.minutes, 'the held session indexed');
      const again = await answering(['2026-11-24'], [none], 'mentorship.newSession', arg('.'));
      assert.equal(again.result, 'sessions/2026-11-24-2.md');
    } finally {
      for (const p of [held, 'sessions/2026-11-24-2.md', 'sessions/2026-12-16.md']) await vscode.workspace.fs.delete(journal().uri(p));
      await waitFor(() => !journal().index.get(held) && !journal().index.get('sessions/2026-12-16.md'), 'the sessions forgotten');
    }
  });

  it('new goal: goals/<slug>.md with the target date and skills, read back by the index', async () => {
    const run = await answering(['Give a talk at DevDays', '2027-01-20', 'public speaking, storytelling'], [], 'mentorship.newGoal', arg('.'));
    assert.equal(run.result, 'goals/give-a-talk-at-devdays.md');
    const goal = journal().index.get('goals/give-a-talk-at-devdays.md')?.goal;
    assert.deepEqual(goal && [goal.id, goal.title, goal.status, goal.started, goal.target, goal.skills], [
      'give-a-talk-at-devdays',
      'Give a talk at DevDays',
      'active',
      TODAY,
      '2027-01-20',
      ['public speaking', 'storytelling'],
    ]);
  });

  it("log win and log feedback go into today's log note, each under its heading", async () => {
    const log = `notes/${TODAY}-log.md`;
    assert.ok(!(await exists(log)));
    const win = await answering(['Presented the RFC outline to the whole team'], [], 'mentorship.logWin', arg('.'));
    assert.equal(win.result, log);
    assert.match(String(win.info[0]?.[0]), new RegExp(`win logged in ${log}`));
    await answering(['@priya: the outline was easy to follow'], [], 'mentorship.logFeedback', arg('.'));
    const text = await readText(journal().uri(log));
    assert.match(text, /^---\ntype: note\ndate: 2026-11-24\n/);
    assert.ok(text.includes('## Wins\n\n- Presented the RFC outline to the whole team\n'), text);
    assert.ok(text.includes('## Feedback\n\n- @priya: the outline was easy to follow\n'), text);
    const kinds = journal().index.get(log)?.items.map((i) => i.kind);
    assert.deepEqual(kinds, ['win', 'feedback']);
  });

  it('two people logging on one day: each their own day log, the mentor\'s feedback attributed', async () => {
    const config = vscode.workspace.getConfiguration('mentorship');
    const [priyaLog, samLog] = [`notes/${TODAY}-log-priya.md`, `notes/${TODAY}-log-sam.md`];
    try {
      await config.update('handle', '@priya', vscode.ConfigurationTarget.Global);
      const feedback = await answering(['the failure-modes table is the clearest part'], [], 'mentorship.logFeedback', arg('.'));
      assert.equal(feedback.result, priyaLog);
      await config.update('handle', 'sam', vscode.ConfigurationTarget.Global);
      assert.equal((await answering(['Présenté le plan à toute l’équipe'], [], 'mentorship.logWin', arg('.'))).result, samLog);
      // The mentee logs feedback received: its words as written, no "From @sam".
      await answering(['Priya: lead with the failure modes'], [], 'mentorship.logFeedback', arg('.'));
      assert.ok((await readText(journal().uri(priyaLog))).includes('## Feedback\n\n- From @priya: the failure-modes table is the clearest part\n'));
      const sam = await readText(journal().uri(samLog));
      assert.ok(sam.includes('## Wins\n\n- Présenté le plan à toute l’équipe\n'), sam);
      assert.ok(sam.includes('## Feedback\n\n- Priya: lead with the failure modes\n'), sam);
      assert.deepEqual(journal().index.get(samLog)?.items.map((i) => i.kind), ['win', 'feedback']);
    } finally {
      await config.update('handle', undefined, vscode.ConfigurationTarget.Global);
      for (const p of [priyaLog, samLog]) if (await exists(p)) await vscode.workspace.fs.delete(journal().uri(p));
    }
  });

  it('add introduction: a pending item owned by the mentor unless told otherwise', async () => {
    const run = await answering(['Sam to Ines Duarte (@ines), who ran the last DevDays'], [], 'mentorship.addIntroduction', arg('.'));
    // The second input box (the owner) is answered with nothing given back: cancelled.
    assert.equal(run.result, undefined);
    assert.equal(run.inputs[1].value, '@priya');
    const made = await answering(['Sam to Ines Duarte (@ines), who ran the last DevDays', '@priya'], [], 'mentorship.addIntroduction', arg('.'));
    const intro = journal().index.get(String(made.result))?.items.find((i) => i.kind === 'intro');
    assert.deepEqual([intro?.status, intro?.owner, intro?.raw], ['open', 'priya', '- [ ] Sam to Ines Duarte (@ines), who ran the last DevDays @priya']);
  });

  it('add reflection: a private note of its own, opened', async () => {
    const privately = (items: unknown[]) => (items as { label: string }[]).find((i) => i.label === 'Private');
    const run = await answering(['What the design review taught me', 'Lead with the failure modes.'], [privately], 'mentorship.addReflection', arg('.'));
    assert.equal(run.result, `private/${TODAY}-what-the-design-review-taught-me.md`);
    const entry = journal().index.get(String(run.result));
    assert.deepEqual([entry?.type, entry?.isPrivate, entry?.title], ['note', true, 'What the design review taught me']);
    assert.ok((await readText(journal().uri(String(run.result)))).includes('Lead with the failure modes.'));
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the reflection in an editor');
    assert.equal(editor.document.uri.toString(), journal().uri(String(run.result)).toString());
  });
});
