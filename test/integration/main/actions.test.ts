// Item actions through the paths a user takes: a tree row's argument, the item under the cursor,
// a quick pick from the palette. Each test uses its own item of the sample journal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { planMoveTarget } from '../../../src/core/moveTarget';
import type { Journal } from '../../../src/host/journalStore';
import type { ItemRefArg } from '../../../src/host/nodes';
import { type ExtensionApi, activate, readText, stubWindow, waitFor } from '../helpers';

const TODAY = '2026-11-24';
let api: ExtensionApi;

function journal(): Journal {
  return api.services.store.all()[0];
}

/** What a tree row hands to a command: the item as the index read it. */
function row(path: string, title: string): ItemRefArg {
  const entry = journal().index.get(path);
  assert.ok(entry, `${path} is indexed`);
  const item = entry.items.find((i) => i.title.startsWith(title));
  assert.ok(item, `${path} has an item "${title}"`);
  return { type: 'item', journal: journal(), path, item };
}

const disk = (path: string) => readText(journal().uri(path));
const write = (path: string, text: string) => vscode.workspace.fs.writeFile(journal().uri(path), new TextEncoder().encode(text));

/** Runs a command while answering warnings, and returns the warnings shown. */
async function warningsOf(command: string, ...args: unknown[]): Promise<string[]> {
  const warn = stubWindow('showWarningMessage', () => undefined);
  try {
    await vscode.commands.executeCommand(command, ...args);
  } finally {
    warn.restore();
  }
  return warn.calls.map((c) => String(c[0]));
}

describe('item actions', () => {
  before(async () => {
    api = await activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('completes an item from a tree row: [x] and the completion day, on disk and in the index', async () => {
    const path = 'sessions/2026-11-18.md';
    await vscode.commands.executeCommand('mentorship.completeItem', row(path, 'Fill in "Alternatives considered"'));
    const text = await disk(path);
    assert.ok(text.includes('\n- [x] Fill in "Alternatives considered", including database constraints @sam [due:: 2026-11-23] [goal:: design-doc] [completion:: 2026-11-24]\n'), text);
    assert.equal(row(path, 'Fill in "Alternatives considered"').item.status, 'done');
  });

  it('completes an item in an open editor with unsaved edits: both stay in the buffer, unsaved', async () => {
    const path = 'sessions/2026-11-04.md';
    const arg = row(path, 'Send the RFC draft to Tomás');
    const onDisk = await disk(path);
    const editor = await vscode.window.showTextDocument(journal().uri(path));
    const doc = editor.document;
    // Above the item, so its line moves: the writer must find it by its text.
    const notes = doc.getText().split('\n').findIndex((l) => l.startsWith('The draft is nearly done'));
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(notes, 0), 'An unsaved thought.\n')));
    assert.ok(doc.isDirty);

    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.completeItem', arg);
    } finally {
      info.restore();
    }
    assert.match(String(info.calls[0]?.[0]), /had unsaved edits, so the change waits in its editor/, `says why the views do not show it yet: ${JSON.stringify(info.calls)}`);

    const buffer = doc.getText();
    assert.ok(buffer.includes('An unsaved thought.\nThe draft is nearly done'), 'the unsaved edit survives');
    assert.ok(buffer.includes('- [x] Send the RFC draft to Tomás for a security read @sam [due:: 2026-11-13] [goal:: design-doc] [completion:: 2026-11-24]'), buffer);
    assert.ok(doc.isDirty, 'the document stays dirty for the user to save');
    assert.equal(await disk(path), onDisk, 'nothing is saved behind the user');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('refuses when the line changed since it was indexed, and leaves the file alone', async () => {
    const path = 'alex/sessions/2026-11-11.md';
    const stale = row(path, 'Ask Jonas for a deploy-tooling change');
    const original = await disk(path);
    const changed = original.replace('Ask Jonas for a deploy-tooling change to review', 'Ask Jonas for any older change to review');
    await write(path, changed);
    try {
      const warnings = await warningsOf('mentorship.completeItem', stale);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /changed since it was read/);
      assert.equal(await disk(path), changed);
    } finally {
      // Other suites' tests read the sample as it was.
      await write(path, original);
      await waitFor(() => journal().index.get(path)?.items.some((i) => i.title.startsWith('Ask Jonas for a deploy-tooling change')), 'the original line to be indexed again');
    }
  });

  it('refuses to edit a file with git conflict markers', async () => {
    const path = 'notes/2026-11-20-conflicted.md';
    const text = ['---', 'type: note', 'date: 2026-11-20', '---', '', '# Conflicted', '', '## Action items', '', '- [ ] Resolve me @sam', '', '<<<<<<< HEAD', 'Ours', '=======', 'Theirs', '>>>>>>> other', ''].join('\n');
    await write(path, text);
    await waitFor(() => journal().index.get(path)?.unsafeToEdit, 'the conflicted note to be indexed');
    try {
      const warnings = await warningsOf('mentorship.completeItem', row(path, 'Resolve me'));
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /conflict markers/);
      assert.equal(await disk(path), text);
    } finally {
      await vscode.workspace.fs.delete(journal().uri(path));
      // A deletion can make the store rescan the journal: wait for the whole journal, not just the gap.
      await waitFor(() => !journal().index.get(path) && journal().index.get('sessions/2026-11-18.md'), 'the conflicted note to be forgotten');
    }
  });

  it('moves an item to the next meeting on its own line: still open, [moved:: that day], no file created', async () => {
    const path = 'sessions/2026-11-18.md';
    const arg = row(path, 'Book a 30-minute dry run');
    // Every two weeks after the session of 2026-11-18, and nothing is planned yet.
    assert.deepEqual(planMoveTarget(journal().index, path, TODAY), { date: '2026-12-02', planned: null });

    const info = stubWindow('showInformationMessage', () => undefined);
    let moved: unknown;
    try {
      moved = await vscode.commands.executeCommand('mentorship.moveItemToNextSession', arg);
    } finally {
      info.restore();
    }

    assert.equal(moved, '2026-12-02');
    assert.ok((await disk(path)).includes('\n- [ ] Book a 30-minute dry run of the lightning talk with the team @sam [due:: 2026-11-25] [goal:: public-speaking] [moved:: 2026-12-02]\n'));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(journal().uri('sessions/2026-12-02.md'))), 'no session file is created for a move');
    const item = row(path, 'Book a 30-minute dry run').item;
    assert.deepEqual([item.status, item.moved], ['open', '2026-12-02'], 'still open: the next agenda lists it, nothing is copied');
    assert.match(String(info.calls[0]?.[0]), /moved .* to the session of 2026-12-02/);
  });

  it('moves an item to the session planned for the next meeting, which its agenda then lists', async () => {
    const path = 'sessions/2026-11-18.md';
    const planned = 'sessions/2026-12-02.md';
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('mentorship.generateAgenda', { type: 'mentorship', ref: api.services.store.mentorships().find((r) => r.mentorship.id === '.') }), planned);
      const before = await disk(planned);
      assert.equal(await vscode.commands.executeCommand('mentorship.moveItemToNextSession', row(path, 'Leave written comments')), '2026-12-02');
      assert.equal(await disk(planned), before, 'the planned session is not touched by a move');
      assert.match(String(info.calls.at(-1)?.[0]), /session of 2026-12-02 \(its agenda in sessions\/2026-12-02\.md lists it/);
      assert.ok((await disk(path)).includes('- [ ] Leave written comments on the RFC draft @priya [due:: 2026-11-27] [goal:: design-doc] [moved:: 2026-12-02]'));
      // Generate Agenda again: the same planned file, its agenda refreshed in place.
      await waitFor(() => journal().index.get(path)?.items.some((i) => i.moved === '2026-12-02' && i.title.startsWith('Leave written')), 'the move indexed');
      assert.equal(await vscode.commands.executeCommand('mentorship.generateAgenda', { type: 'mentorship', ref: api.services.store.mentorships().find((r) => r.mentorship.id === '.') }), planned);
      assert.match(await disk(planned), /- \[ \] Leave written comments on the RFC draft — \*\*overdue\*\*, due 2026-11-27 · moved to this meeting · \[from 2026-11-18\]\(2026-11-18\.md\)\n/);
    } finally {
      info.restore();
      await vscode.workspace.fs.delete(journal().uri(planned));
      await waitFor(() => !journal().index.get(planned) && journal().index.get(path), 'the planned session forgotten');
    }
  });

  it('reopens a done item, dropping its completion day', async () => {
    const path = 'sessions/2026-11-18.md';
    await vscode.commands.executeCommand('mentorship.reopenItem', row(path, 'Move the schema section'));
    assert.ok((await disk(path)).includes('\n- [ ] Move the schema section to an appendix @sam [goal:: design-doc]\n'));
  });

  it('sets a due date from a quick choice that shows the day it writes', async () => {
    const path = 'sessions/2026-11-18.md';
    const pick = stubWindow('showQuickPick', (items) => (items as vscode.QuickPickItem[]).find((i) => i.label === 'This Friday'));
    try {
      await vscode.commands.executeCommand('mentorship.setDueDate', row(path, 'Suggest a book on technical writing'));
    } finally {
      pick.restore();
    }
    const [items, options] = pick.calls[0] as [vscode.QuickPickItem[], vscode.QuickPickOptions];
    // Tuesday 24 November; Sam's next 1:1 is Wednesday 2 December (every 2 weeks after 18 November).
    assert.deepEqual(
      items.map((i) => [i.label, i.description]),
      [
        ['Today', 'Tue 24 Nov · 2026-11-24'],
        ['This Friday', 'Fri 27 Nov · 2026-11-27'],
        ['Next session', 'Wed 2 Dec · 2026-12-02'],
        ['In a week', 'Tue 1 Dec · 2026-12-01'],
        ['End of month', 'Mon 30 Nov · 2026-11-30'],
        ['Another day…', 'a day or words: 2026-12-01, "next wed", "in 2 weeks", "dec 3"'],
      ],
      'no "No due date" for an item without one',
    );
    assert.equal(options.placeHolder, 'Due date for "Suggest a book on technical writing for the holidays @priya"');
    assert.ok((await disk(path)).includes('\n- [ ] Suggest a book on technical writing for the holidays @priya [due:: 2026-11-27]\n'));
  });

  it('clears an emoji due date with "No due date"', async () => {
    const path = 'sessions/2026-11-18.md';
    const pick = stubWindow('showQuickPick', (items) => (items as vscode.QuickPickItem[]).find((i) => i.label === 'No due date'));
    try {
      await vscode.commands.executeCommand('mentorship.setDueDate', row(path, 'Present the RFC at the architecture review'));
    } finally {
      pick.restore();
    }
    const [items, options] = pick.calls[0] as [vscode.QuickPickItem[], vscode.QuickPickOptions];
    assert.equal(options.placeHolder, 'Due date for "Present the RFC at the architecture review @sam" (now 2026-12-03)');
    assert.equal(items[items.length - 1].description, 'removes 2026-12-03');
    assert.ok((await disk(path)).includes('\n- [ ] Present the RFC at the architecture review @sam [goal:: design-doc]\n'));
  });

  it('from the palette, reads "in 2 weeks" for the item under the cursor, showing the day as it is typed', async () => {
    const path = 'alex/sessions/2026-09-09.md';
    const item = row(path, 'Set up a weekly 30-minute').item;
    const editor = await vscode.window.showTextDocument(journal().uri(path));
    editor.selection = new vscode.Selection(item.line - 1, 8, item.line - 1, 8);
    const pick = stubWindow('showQuickPick', (items) => (items as vscode.QuickPickItem[]).find((i) => i.label === 'Another day…'));
    const messages: unknown[] = [];
    const input = stubWindow('showInputBox', async (options) => {
      const validate = (options as vscode.InputBoxOptions).validateInput!;
      for (const typed of ['in 2', 'in 2 weeks', 'meet Tom next wed', '2026-02-30']) messages.push(await validate(typed));
      return 'in 2 weeks';
    });
    try {
      await vscode.commands.executeCommand('mentorship.setDueDate');
    } finally {
      pick.restore();
      input.restore();
    }
    const [inTwo, inTwoWeeks, sentence, impossible] = messages as vscode.InputBoxValidationMessage[];
    assert.equal(inTwo.severity, vscode.InputBoxValidationSeverity.Error);
    assert.deepEqual(inTwoWeeks, { message: 'Due Tue 8 Dec · 2026-12-08', severity: vscode.InputBoxValidationSeverity.Info });
    assert.equal(sentence.severity, vscode.InputBoxValidationSeverity.Error, 'a sentence with a day in it is not a day');
    assert.deepEqual(impossible, { message: '2026-02-30 is not a real day', severity: vscode.InputBoxValidationSeverity.Error });
    assert.ok((await disk(path)).includes('- [ ] Set up a weekly 30-minute "review hour" in the calendar @alex [due:: 2026-12-08]\n'));
    // Alex's mentorship is monthly, last met 11 November: its next session is 11 December.
    const offered = (pick.calls[0][0] as vscode.QuickPickItem[]).find((i) => i.label === 'Next session');
    assert.equal(offered?.description, 'Fri 11 Dec · 2026-12-11');
  });

  it('replaces an unreadable due date, offering to remove it by its text', async () => {
    const path = 'notes/2026-11-21-bad-dates.md';
    await write(path, '---\ntype: note\ndate: 2026-11-21\n---\n\n## Action items\n\n- [ ] Book the room @sam [due:: friday]\n');
    try {
      const arg = await waitFor(() => journal().index.get(path) && row(path, 'Book the room'), 'the note to be indexed');
      const pick = stubWindow('showQuickPick', (items) => (items as vscode.QuickPickItem[]).find((i) => i.label === 'Today'));
      try {
        await vscode.commands.executeCommand('mentorship.setDueDate', arg);
      } finally {
        pick.restore();
      }
      const [items, options] = pick.calls[0] as [vscode.QuickPickItem[], vscode.QuickPickOptions];
      assert.equal(options.placeHolder, 'Due date for "Book the room @sam" (now "friday", which is not a day)');
      assert.equal(items[items.length - 1].description, 'removes "friday"');
      assert.ok((await disk(path)).includes('\n- [ ] Book the room @sam [due:: 2026-11-24]\n'));
    } finally {
      await vscode.workspace.fs.delete(journal().uri(path));
      await waitFor(() => !journal().index.get(path) && journal().index.get('sessions/2026-11-18.md'), 'the note to be forgotten');
    }
  });

  it('cancels (drops) an item from a tree row: [-], on disk and in the index', async () => {
    const path = 'sessions/2026-10-07-2.md';
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('mentorship.cancelItem', row(path, 'Send Sam the Payments escalation checklist')), true);
    } finally {
      info.restore();
    }
    assert.ok((await disk(path)).includes('\n- [-] Send Sam the Payments escalation checklist @marta\n'));
    assert.equal(row(path, 'Send Sam the Payments escalation checklist').item.status, 'cancelled');
    assert.match(String(info.calls[0]?.[0]), /dropped "Send Sam the Payments escalation checklist @marta" .*Reopen Action Item brings it back/);
    // Reopen brings it back, as the message says.
    await vscode.commands.executeCommand('mentorship.reopenItem', row(path, 'Send Sam the Payments escalation checklist'));
    assert.ok((await disk(path)).includes('\n- [ ] Send Sam the Payments escalation checklist @marta\n'));
  });

  it('from the palette with no item under the cursor, offers open action items to drop', async () => {
    const path = 'alex/sessions/2026-10-14.md';
    const pick = stubWindow('showQuickPick', (items) => (items as { label: string }[]).find((i) => i.label.startsWith('Find a change in the deploy tooling')));
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.cancelItem');
    } finally {
      pick.restore();
      info.restore();
    }
    const [items, options] = pick.calls[0] as [{ label: string }[], vscode.QuickPickOptions];
    assert.equal(options.placeHolder, 'Which action item to drop?');
    const offered = items.map((i) => i.label);
    assert.ok(!offered.some((l) => l.startsWith('Ask Dana about the conference travel budget')), 'a line inside an HTML comment is no item');
    assert.ok((await disk(path)).includes('\n- [-] Find a change in the deploy tooling to review @alex [due:: 2026-11-04] [goal:: code-review]\n'));
  });

  it('from the palette, completes the item under the cursor', async () => {
    const path = 'sessions/2026-10-21.md';
    const item = row(path, 'Share the list of open brown-bag slots').item;
    const editor = await vscode.window.showTextDocument(journal().uri(path));
    editor.selection = new vscode.Selection(item.line - 1, 4, item.line - 1, 4);
    await vscode.commands.executeCommand('mentorship.completeItem');
    assert.ok((await disk(path)).includes('- [x] Share the list of open brown-bag slots for Q1 @priya [due:: 2026-11-20] [goal:: public-speaking] [completion:: 2026-11-24]'));
  });

  it('from the palette with no item under the cursor, offers open action items to pick from', async () => {
    const path = 'sessions/2026-09-02.md';
    const pick = stubWindow('showQuickPick', (items) => (items as { label: string }[]).find((i) => i.label.startsWith('Ask Dana whether the team')));
    try {
      await vscode.commands.executeCommand('mentorship.completeItem');
    } finally {
      pick.restore();
    }
    const offered = (pick.calls[0][0] as { label: string; detail: string }[]).map((i) => i.label);
    assert.ok(offered.includes('Pick a large pull request for a pair review @priya'));
    assert.ok(!offered.some((l) => l.startsWith('Pick a talk topic')), 'done items are not offered');
    assert.ok(!offered.some((l) => l.startsWith('Intro Sam to Lena Park')), 'open introductions are not action items');
    assert.ok((await disk(path)).includes('- [x] Ask Dana whether the team can adopt this RFC template @sam [completion:: 2026-11-24]'));
  });

  it('opens the file of a tree row with the cursor on the item', async () => {
    const arg = row('alex/sessions/2026-11-11.md', 'Pick a large pull request');
    await vscode.commands.executeCommand('mentorship.openItem', arg);
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'an editor');
    assert.equal(editor.document.uri.toString(), journal().uri('alex/sessions/2026-11-11.md').toString());
    assert.equal(editor.selection.active.line, arg.item.line - 1);
  });
});
