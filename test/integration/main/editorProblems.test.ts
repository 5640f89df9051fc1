// Problems as the user types (before any save), on their token, and the quick fixes VS Code offers
// for them (vscode.executeCodeActionProvider), carried out through the writer.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Journal } from '../../../src/host/journalStore';
import { activate, readText, stubWindow, waitFor, type ExtensionApi } from '../helpers';
import { restoreSample, settle } from './sampleJournal';

const SESSION = 'sessions/2026-11-27.md';
const HEAD = '---\ntype: session\ndate: 2026-11-27\n---\n\n## Action items\n\n- [ ] Book the room @sam [due:: 2026-12-01]\n';

let api: ExtensionApi;
const journal = (): Journal => api.services.store.all()[0];
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mentorship');

/** The quick fixes VS Code lists for the problem `code` on `token` in `doc`, once it is shown. */
async function fixesFor(doc: vscode.TextDocument, code: string, token?: string): Promise<vscode.CodeAction[]> {
  const problem = await waitFor(() => ours(doc.uri).find((d) => d.code === code && (token === undefined || doc.getText(d.range) === token)), `a "${code}" problem on "${token}"`);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, problem.range, vscode.CodeActionKind.QuickFix.value);
  // (The command's results carry no diagnostics: ours are the ones that run our command.)
  return actions.filter((a) => a.command?.command === 'mentorship.applyQuickFix');
}

/** Runs a code action's command as VS Code does when the user picks it, answering the info it shows. */
async function run(action: vscode.CodeAction): Promise<string[]> {
  const info = stubWindow('showInformationMessage', () => undefined);
  try {
    await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
  } finally {
    info.restore();
  }
  return info.calls.map((c) => String(c[0]));
}

/** Replaces line `line` of the editor's buffer with `text`, as typing would (unsaved). */
async function retype(editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  assert.ok(await editor.edit((b) => b.replace(editor.document.lineAt(line).range, text)));
}

describe('editor: problems as you type, and their quick fixes', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
  });

  beforeEach(async () => {
    await vscode.workspace.fs.writeFile(journal().uri(SESSION), new TextEncoder().encode(HEAD));
    await api.services.store.reread(journal().uri(SESSION));
    editor = await vscode.window.showTextDocument(journal().uri(SESSION));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(journal().uri(SESSION)).then(undefined, () => undefined);
    // The next test (or file) must not find the scratch session in the index.
    await api.services.store.reread(journal().uri(SESSION));
  });

  after(() => restoreSample(api.services.store));

  it('a keystroke that makes a date impossible shows the problem on the date, before any save', async () => {
    assert.deepEqual(ours(editor.document.uri), []);
    // One keystroke, overtyping the 0 of 2026-12-01.
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(7, 40, 7, 41), '4')));
    assert.equal(editor.document.lineAt(7).text, '- [ ] Book the room @sam [due:: 2026-12-41]');
    const [problem] = await waitFor(() => (ours(editor.document.uri).length ? ours(editor.document.uri) : undefined), 'a problem while typing');
    assert.equal(problem.code, 'bad-date');
    assert.equal(editor.document.getText(problem.range), '2026-12-41');
    assert.ok(editor.document.isDirty, 'nothing was saved');
    assert.equal(await readText(journal().uri(SESSION)), HEAD);
    // Typing it right clears it, still unsaved.
    await retype(editor, 7, '- [ ] Book the room @sam [due:: 2026-12-31]');
    await waitFor(() => ours(editor.document.uri).length === 0, 'the problem to go');
  });

  it('a date in words: the day it means, written through the writer into the buffer', async () => {
    await retype(editor, 7, '- [ ] Book the room @sam [due:: friday]');
    const fixes = await fixesFor(editor.document, 'bad-date', 'friday');
    assert.deepEqual(fixes.map((f) => [f.title, f.isPreferred]), [['Change "friday" to 2026-11-27 (Fri 27 Nov)', true], ['Choose a due date…', false]]);
    const said = await run(fixes[0]);
    assert.equal(editor.document.lineAt(7).text, '- [ ] Book the room @sam [due:: 2026-11-27]');
    assert.ok(editor.document.isDirty, 'the buffer had unsaved edits: the fix waits with them');
    assert.match(said.join(' '), /had unsaved edits/);
    await waitFor(() => ours(editor.document.uri).length === 0, 'the problem to go');
  });

  it('an unknown goal id: the closest id, or a new goal file', async () => {
    await retype(editor, 7, '- [ ] Book the room @sam [goal:: design-docs]');
    const fixes = await fixesFor(editor.document, 'missing-goal', 'design-docs');
    assert.deepEqual(fixes.map((f) => f.title), ['Change to goal "design-doc" (Write and land my first design doc)', 'Create goal "design-docs" (goals/design-docs.md)']);
    await run(fixes[0]);
    assert.equal(editor.document.lineAt(7).text, '- [ ] Book the room @sam [goal:: design-doc]');
    await retype(editor, 7, '- [ ] Practise @sam [goal:: charla-en-público]');
    const create = (await fixesFor(editor.document, 'missing-goal', 'charla-en-público')).find((f) => f.title.startsWith('Create goal'))!;
    await run(create);
    const goal = journal().uri('goals/charla-en-público.md');
    try {
      assert.match(await readText(goal), /^---\ntype: goal\ntitle: Charla en público\nstatus: active\n/);
      await waitFor(() => ours(editor.document.uri).length === 0, 'the problem to go once the goal exists');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(goal);
      await api.services.store.reread(goal);
    }
  });

  it('an unknown owner: the closest handle, or add them to the agreement', async () => {
    await retype(editor, 7, '- [ ] Book the room @pryia');
    const fixes = await fixesFor(editor.document, 'unknown-owner', 'pryia');
    assert.deepEqual(fixes.map((f) => f.title), ['Change to @priya (Priya Raman)', "Add @pryia to the agreement's people"]);
    await retype(editor, 7, '- [ ] Ask about the team @łukasz');
    const add = (await fixesFor(editor.document, 'unknown-owner', 'łukasz')).find((f) => f.title.startsWith('Add'))!;
    assert.equal(add.title, "Add @łukasz to the agreement's people");
    await run(add);
    const agreement = await readText(journal().uri('mentorship.md'));
    assert.match(agreement, /\npeople:\n {2}- "@łukasz"\n---\n/);
    await settle(api.services.store);
    await waitFor(() => ours(editor.document.uri).length === 0, 'the owner to be known');
  });

  it('a missing type is inserted; a due-date emoji with no date is removed', async () => {
    await retype(editor, 1, 'date: 2026-11-27');
    await retype(editor, 2, 'goals: []');
    const [type] = await fixesFor(editor.document, 'unknown-type');
    assert.equal(type.title, 'Add "type: session"');
    await run(type);
    assert.deepEqual([0, 1, 2, 3].map((l) => editor.document.lineAt(l).text), ['---', 'type: session', 'date: 2026-11-27', 'goals: []']);
    await retype(editor, 8, '- [ ] Book the room @sam 📅');
    const [emoji] = await fixesFor(editor.document, 'emoji-no-date', '📅');
    assert.equal(emoji.title, 'Remove the 📅 with no date');
    await run(emoji);
    assert.equal(editor.document.lineAt(8).text, '- [ ] Book the room @sam');
  });
});
