// Generate Agenda: the file it creates (name, day, content byte for byte from the core on the
// same index), the clipboard, the cursor, and the refusal without an editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildAgenda } from '../../../src/core/agenda';
import { renderAgenda, renderAgendaSession } from '../../../src/core/agendaMarkdown';
import { nextMeetingDay } from '../../../src/core/schedule';
import { uniqueFileName } from '../../../src/core/templates';
import type { Journal, MentorshipRef } from '../../../src/host/journalStore';
import type { MentorshipArg } from '../../../src/host/nodes';
import { type ExtensionApi, activate, readText, stubWindow, waitFor } from '../helpers';

const TODAY = '2026-11-24';
let api: ExtensionApi;

const journal = (): Journal => api.services.store.all()[0];
const ref = (id: string): MentorshipRef => api.services.store.mentorships().find((r) => r.mentorship.id === id)!;
const arg = (id: string): MentorshipArg => ({ type: 'mentorship', ref: ref(id) });

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

describe('generate agenda', () => {
  before(async () => {
    api = await activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('from the palette, asks which mentorship and creates and opens its next session with the agenda', async () => {
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
    assert.equal(await readText(journal().uri(path)), renderAgendaSession(agenda));
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the new session in an editor');
    assert.equal(editor.document.uri.toString(), journal().uri(path).toString());
    assert.equal(journal().index.get(path)?.date, '2026-12-11');
  });

  it('for a mentorship row, writes the agenda of its next meeting, never a private line, never over a file', async () => {
    // Earlier suites may have planned that meeting (move to next session): start without it.
    const day = expected('.').date;
    for (const s of journal().index.sessions('.').filter((e) => e.date === day)) {
      await vscode.workspace.fs.delete(journal().uri(s.path));
      await waitFor(() => !journal().index.get(s.path), 'the planned session gone from the index');
    }
    const agenda = expected('.');
    const path = await freeName('sessions', agenda.date);
    const returned = await vscode.commands.executeCommand('mentorship.generateAgenda', arg('.'));
    const text = await readText(journal().uri(path));
    assert.equal(returned, path);
    assert.equal(text, renderAgendaSession(agenda));
    assert.match(text, /### Open action items/);
    assert.doesNotMatch(text, /senior-engineer criteria/, 'the private reflection stays out');

    // Asked again with nothing changed (a second click): the same file opens, no duplicate.
    assert.equal(await vscode.commands.executeCommand('mentorship.generateAgenda', arg('.')), path);

    // Once the session file is being written in, a new agenda goes to a new file beside it.
    const notes = text.replace('## Notes\n\n', '## Notes\n\nWe started late.\n');
    await vscode.workspace.fs.writeFile(journal().uri(path), new TextEncoder().encode(notes));
    const next = await freeName('sessions', agenda.date);
    assert.equal(await vscode.commands.executeCommand('mentorship.generateAgenda', arg('.')), next);
    assert.notEqual(next, path);
    assert.equal(await readText(journal().uri(path)), notes, 'the first file is untouched');
  });

  it('puts the agenda on the clipboard, by argument and by the setting', async () => {
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand('mentorship.generateAgenda', arg('alex'), { output: 'clipboard' });
      assert.equal(await vscode.env.clipboard.readText(), renderAgenda(expected('alex')));

      await vscode.env.clipboard.writeText('');
      const config = vscode.workspace.getConfiguration('mentorship');
      await config.update('agenda.output', 'clipboard', vscode.ConfigurationTarget.Global);
      try {
        await vscode.commands.executeCommand('mentorship.generateAgenda', arg('.'));
      } finally {
        await config.update('agenda.output', undefined, vscode.ConfigurationTarget.Global);
      }
      assert.equal(await vscode.env.clipboard.readText(), renderAgenda(expected('.')));
    } finally {
      info.restore();
    }
  });

  it('inserts the agenda at the cursor of the active editor, unsaved', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Before\n\nAfter\n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    await vscode.commands.executeCommand('mentorship.generateAgenda', arg('alex'), { output: 'cursor' });
    assert.equal(doc.getText(), `Before\n${renderAgenda(expected('alex'))}\nAfter\n`);
    assert.ok(doc.isDirty);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('refuses to insert at the cursor when there is no editor', async () => {
    const warn = stubWindow('showWarningMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.generateAgenda', arg('.'), { output: 'cursor' });
    } finally {
      warn.restore();
    }
    assert.equal(warn.calls.length, 1);
    assert.match(String(warn.calls[0][0]), /no editor to insert the agenda into/);
  });

  it('fills the agenda into a session already planned for the meeting day, keeping what it holds', async () => {
    // As "move to next session" leaves it: a planned session holding a carried item.
    const day = expected('alex').date;
    const planned = await freeName('alex/sessions', day);
    const before = `---\ntype: session\ndate: ${day}\n---\n\n# Session ${day}\n\n## Action items\n\n- [ ] Carried over: pair on the flaky test @alex\n`;
    await vscode.workspace.fs.writeFile(journal().uri(planned), new TextEncoder().encode(before));
    await waitFor(() => journal().index.get(planned), 'the planned session in the index');
    const returned = await vscode.commands.executeCommand('mentorship.generateAgenda', arg('alex'));
    assert.equal(returned, planned, 'no -2 file beside the planned session');
    const text = await readText(journal().uri(planned));
    assert.match(text, /## Agenda\n\n_Alex Chen/);
    assert.match(text, /^- Carried over: pair on the flaky test · \[from /m, 'the carried item is on the agenda');
    assert.ok(text.endsWith('## Action items\n\n- [ ] Carried over: pair on the flaky test @alex\n'), 'the planned content is kept');
    await vscode.workspace.fs.delete(journal().uri(planned));
  });
});
