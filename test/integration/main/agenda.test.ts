// Generate Agenda as people use it: the session of the next meeting created, then refreshed in
// place when run again (the notes below kept, never a `-2`), a question before writing over an
// agenda someone edited, a conflicted session named instead of a file beside it; the clipboard
// and the cursor commands, with their links.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildAgenda } from '../../../src/core/agenda';
import { PLAIN_STYLE, renderAgenda, renderAgendaSession } from '../../../src/core/agendaMarkdown';
import { nextMeetingDay } from '../../../src/core/schedule';
import { uniqueFileName } from '../../../src/core/templates';
import type { Journal, MentorshipRef } from '../../../src/host/journalStore';
import type { MentorshipArg } from '../../../src/host/nodes';
import { type ExtensionApi, activate, readText, stubWindow, waitFor, workspaceFolder } from '../helpers';

const TODAY = '2026-11-24';
let api: ExtensionApi;

const journal = (): Journal => api.services.store.all()[0];
const ref = (id: string): MentorshipRef => api.services.store.mentorships().find((r) => r.mentorship.id === id)!;
const arg = (id: string): MentorshipArg => ({ type: 'mentorship', ref: ref(id) });
const disk = (path: string) => readText(journal().uri(path));
const write = (path: string, text: string) => vscode.workspace.fs.writeFile(journal().uri(path), new TextEncoder().encode(text));
const exists = (path: string) => Promise.resolve(vscode.workspace.fs.stat(journal().uri(path))).then(() => true, () => false);

/** What the core says the agenda of `id` is, on the index as it is now. */
function expected(id: string) {
  const index = journal().index;
  return buildAgenda(index.shared(), { mentorshipId: id, today: TODAY, date: nextMeetingDay(index.shared(), id, TODAY) });
}

/** The name a new file for `day` gets in `folder`, given what is on disk now. */
async function freeName(folder: string, day: string): Promise<string> {
  const names = new Set((await vscode.workspace.fs.readDirectory(journal().uri(folder))).map(([n]) => n));
  return `${folder}/${uniqueFileName((n) => names.has(n), day)}`;
}

/** Runs Generate Agenda for Sam answering the "edited by hand" question with `answer`; returns its result and the questions asked. */
async function generate(answer?: string): Promise<{ result: unknown; asked: string[] }> {
  const warn = stubWindow('showWarningMessage', () => answer);
  try {
    const result = await vscode.commands.executeCommand('mentorship.generateAgenda', arg('.'));
    return { result, asked: warn.calls.map((c) => String(c[0])) };
  } finally {
    warn.restore();
  }
}

/** Writes `text` and waits until the index has read it. */
async function edit(path: string, text: string): Promise<void> {
  await write(path, text);
  await waitFor(async () => (await disk(path)) === text && journal().index.get(path) && (await vscode.workspace.openTextDocument(journal().uri(path))).getText() === text, `${path} read again`);
}

describe('generate agenda', () => {
  const planned = 'sessions/2026-12-02.md';

  before(async () => {
    api = await activate();
    // Earlier suites may have planned that meeting: start without it.
    for (const s of journal().index.sessions('.').filter((e) => e.date === '2026-12-02')) {
      await vscode.workspace.fs.delete(journal().uri(s.path));
      await waitFor(() => !journal().index.get(s.path), 'the planned session gone from the index');
    }
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('from the palette, asks which mentorship and creates and opens the session of its next meeting', async () => {
    const agenda = expected('alex');
    // Monthly, last session 2026-11-11.
    assert.equal(agenda.date, '2026-12-11');
    const path = await freeName('alex/sessions', agenda.date);
    const pick = stubWindow('showQuickPick', (items) => (items as { ref: MentorshipRef }[]).find((i) => i.ref.mentorship.id === 'alex'));
    try {
      await vscode.commands.executeCommand('mentorship.generateAgenda');
    } finally {
      pick.restore();
    }
    assert.equal(pick.calls.length, 1, 'asked once: there are two mentorships');
    assert.equal(await disk(path), renderAgendaSession(agenda));
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the new session in an editor');
    assert.equal(editor.document.uri.toString(), journal().uri(path).toString());
    assert.equal(journal().index.get(path)?.date, '2026-12-11');
    await vscode.workspace.fs.delete(journal().uri(path));
  });

  it('run again: the same planned session, its agenda refreshed in place, the notes below untouched, never a -2', async () => {
    const first = await generate();
    assert.equal(first.result, planned);
    const created = await disk(planned);
    assert.equal(created, renderAgendaSession(expected('.')));
    assert.doesNotMatch(created, /senior-engineer criteria/, 'the private reflection stays out');
    assert.doesNotMatch(created, /#L\d|\d+ days ago/, 'nothing that differs from one person or day to the next');

    // Nothing changed: nothing is written.
    assert.deepEqual(await generate(), { result: planned, asked: [] });
    assert.equal(await disk(planned), created);

    // Notes typed ahead of the meeting under Notes, and a win logged since: the agenda gets the win, the notes stay.
    const notes = created.replace('## Notes\n\n', '## Notes\n\nFragen an Priya: 预算, Reihenfolge.\n');
    await edit(planned, notes);
    const log = `notes/${TODAY}-log.md`;
    const hadLog = await exists(log);
    const input = stubWindow('showInputBox', () => 'Gave the architecture-review dry run — ça a marché');
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.logWin', arg('.'));
    } finally {
      input.restore();
      info.restore();
    }
    await waitFor(() => journal().index.get(log)?.items.some((i) => i.title.includes('ça a marché')), 'the win indexed');
    assert.deepEqual(await generate(), { result: planned, asked: [] });
    const refreshed = await disk(planned);
    const agenda = expected('.');
    assert.ok(agenda.wins.some((w) => w.text.includes('ça a marché')));
    assert.equal(refreshed, renderAgendaSession(agenda).replace('## Notes\n\n', '## Notes\n\nFragen an Priya: 预算, Reihenfolge.\n'));
    assert.ok(!(await exists('sessions/2026-12-02-2.md')), 'no second file for the meeting');
    if (!hadLog) {
      await vscode.workspace.fs.delete(journal().uri(log));
      await waitFor(() => !journal().index.get(log), 'the day log forgotten');
    }
  });

  it('asks before writing over an agenda edited by hand: Cancel and Keep Mine write nothing, Replace keeps the notes', async () => {
    const before = await disk(planned);
    const ticked = before.replace(/- \[ \] Send the RFC draft/, '- [x] Send the RFC draft').replace('### Topics\n\n', '### Topics\n\n- [ ] Meine eigene Frage zum Umzug\n');
    assert.notEqual(ticked, before);
    await edit(planned, ticked);

    const cancelled = await generate(undefined);
    assert.equal(cancelled.result, undefined);
    assert.equal(cancelled.asked.length, 1);
    assert.match(cancelled.asked[0], /The agenda of sessions\/2026-12-02\.md was edited since it was generated/);
    assert.equal(await disk(planned), ticked);

    assert.equal((await generate('Keep Mine')).result, planned);
    assert.equal(await disk(planned), ticked);
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the session opened as it is');
    assert.equal(editor.document.uri.toString(), journal().uri(planned).toString());

    assert.equal((await generate('Replace')).result, planned);
    const replaced = await disk(planned);
    assert.equal(replaced, renderAgendaSession(expected('.')).replace('## Notes\n\n', '## Notes\n\nFragen an Priya: 预算, Reihenfolge.\n'));
    assert.doesNotMatch(replaced, /Meine eigene Frage/);
  });

  it('says what to resolve in a conflicted planned session, and writes no file beside it', async () => {
    const before = await disk(planned);
    const conflicted = before.replace('## Notes\n\n', '## Notes\n\n<<<<<<< ours\nUnsere Notizen.\n=======\nLeurs notes.\n>>>>>>> theirs\n');
    await edit(planned, conflicted);
    await waitFor(() => journal().index.get(planned)?.unsafeToEdit, 'the conflict indexed');
    const run = await generate();
    assert.equal(run.result, undefined);
    assert.equal(run.asked.length, 1);
    assert.match(run.asked[0], /sessions\/2026-12-02\.md has unresolved git conflict markers \(line \d+(?:, \d+)*\): keep what each side wrote, remove the markers, then generate the agenda again/);
    assert.equal(await disk(planned), conflicted);
    assert.ok(!(await exists('sessions/2026-12-02-2.md')));
    await vscode.workspace.fs.delete(journal().uri(planned));
    await waitFor(() => !journal().index.get(planned), 'the planned session gone');
  });

  it('Generate Agenda to Clipboard: plain text with the path and line of each item; the setting does the same', async () => {
    const info = stubWindow('showInformationMessage', () => undefined);
    const config = vscode.workspace.getConfiguration('mentorship');
    try {
      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand('mentorship.generateAgendaToClipboard', arg('alex'));
      const text = await vscode.env.clipboard.readText();
      assert.equal(text, renderAgenda(expected('alex'), PLAIN_STYLE));
      // Earlier suites tick and reschedule the sample's items: Alex's item from 2026-11-11 line 17 stays open.
      assert.match(text, /\*\*overdue 6 days\*\*, due 2026-11-18 · from 2026-11-11 \(sessions\/2026-11-11\.md:17\)/);
      assert.doesNotMatch(text, /\]\(/, 'no Markdown links a chat would show raw');

      await vscode.env.clipboard.writeText('');
      await config.update('agenda.output', 'clipboard', vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('mentorship.generateAgenda', arg('.'));
      assert.equal(await vscode.env.clipboard.readText(), renderAgenda(expected('.'), PLAIN_STYLE));
    } finally {
      await config.update('agenda.output', undefined, vscode.ConfigurationTarget.Global);
      info.restore();
    }
  });

  it('Generate Agenda at Cursor: links relative to the document it lands in, plain text in an untitled one', async () => {
    // A file at the top of the workspace folder: links into mentorship/, to the line.
    const prep = vscode.Uri.joinPath(workspaceFolder().uri, 'prep-notes.md');
    await vscode.workspace.fs.writeFile(prep, new TextEncoder().encode('Before\n\nAfter\n'));
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(prep));
      editor.selection = new vscode.Selection(1, 0, 1, 0);
      const inserted = String(await vscode.commands.executeCommand('mentorship.generateAgendaAtCursor', arg('alex')));
      assert.equal(editor.document.getText(), `Before\n${inserted}\nAfter\n`);
      assert.ok(editor.document.isDirty, 'inserted into the buffer, unsaved');
      assert.match(inserted, /\[from 2026-11-11\]\(mentorship\/alex\/sessions\/2026-11-11\.md#L17\)/);
      assert.match(inserted, /\[Give code reviews people are glad to get\]\(mentorship\/alex\/goals\/code-review\.md\)/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(prep);
    }
    // A journal file both people share: relative links, no line numbers (lines move).
    const note = 'alex/notes/prep.md';
    await write(note, '---\ntype: note\ndate: 2026-11-24\ntitle: Prep\n---\n\n');
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(journal().uri(note)));
      editor.selection = new vscode.Selection(6, 0, 6, 0);
      const inserted = String(await vscode.commands.executeCommand('mentorship.generateAgendaAtCursor', arg('alex')));
      assert.match(inserted, /\[from 2026-11-11\]\(\.\.\/sessions\/2026-11-11\.md\)/);
      assert.doesNotMatch(inserted, /#L\d/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(journal().uri(note));
    }
    // Untitled: nowhere for a link to start from, so plain text.
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('mentorship.generateAgendaAtCursor', arg('alex'));
    assert.equal(doc.getText(), renderAgenda(expected('alex'), PLAIN_STYLE));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('refuses to insert at the cursor when there is no editor', async () => {
    const warn = stubWindow('showWarningMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.generateAgendaAtCursor', arg('.'));
      await vscode.commands.executeCommand('mentorship.generateAgenda', arg('.'), { output: 'cursor' });
    } finally {
      warn.restore();
    }
    assert.equal(warn.calls.length, 2);
    for (const [message] of warn.calls) assert.match(String(message), /no editor to insert the agenda into/);
  });
});
