// Completions in a journal file, asked of VS Code as the editor asks when a trigger character is
// typed (vscode.executeCompletionItemProvider), on a session being written in the sample journal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Journal } from '../../../src/host/journalStore';
import { activate, workspaceFolder, type ExtensionApi } from '../helpers';
import { restoreSample } from './sampleJournal';

const SESSION = 'sessions/2026-11-26.md';
const HEAD = '---\ntype: session\ndate: 2026-11-26\n---\n\n# Session\n\n## Notes\n\nQuick one.\n\n## Action items\n\n';

let api: ExtensionApi;
const journal = (): Journal => api.services.store.all()[0];

/** The completion items at the end of `line` (0-based) of `doc`, as the editor asks after typing `trigger`. */
async function completions(doc: vscode.TextDocument, line: number, trigger?: string, character = doc.lineAt(line).text.length): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, character), trigger);
  return list.items;
}

const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const description = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? undefined : i.label.description);
const insert = (i: vscode.CompletionItem) => (typeof i.insertText === 'string' ? i.insertText : i.insertText?.value);

/** Types `text` at the end of the document (unsaved) and returns the last line's index. */
async function type(editor: vscode.TextEditor, text: string): Promise<number> {
  const doc = editor.document;
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  assert.ok(await editor.edit((b) => b.insert(end, text)));
  return doc.lineCount - 1;
}

describe('editor: completions', () => {
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
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(journal().uri(SESSION)).then(undefined, () => undefined);
    // The next test (or file) must not find the scratch session in the index.
    await api.services.store.reread(journal().uri(SESSION));
  });

  it('after @: the agreement people first, with their names, then handles seen in entries', async () => {
    const line = await type(editor, '- [ ] Draft the outline @');
    const items = (await completions(editor.document, line, '@')).filter((i) => label(i).startsWith('@'));
    assert.deepEqual(items.slice(0, 2).map((i) => [label(i), description(i)]), [['@sam', 'Sam Okafor · mentee'], ['@priya', 'Priya Raman · mentor']]);
    assert.ok(items.length > 2, `handles seen in entries follow: ${items.map(label)}`);
    // The word typed so far is what the choice replaces.
    const range = items[0].range as { replacing: vscode.Range };
    assert.equal(range.replacing.start.character, '- [ ] Draft the outline '.length);
  });

  it('after [due:: and 📅: the quick days, each showing the ISO date it writes', async () => {
    const line = await type(editor, '- [ ] Book the room @sam [due:: ');
    const items = (await completions(editor.document, line, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.Event);
    assert.deepEqual(items.map((i) => [label(i), insert(i)]), [
      ['Today', '2026-11-24]'],
      ['This Friday', '2026-11-27]'],
      // Not this session (planned for the 26th): the one after it, two weeks later.
      ['Next session', '2026-12-10]'],
      ['In a week', '2026-12-01]'],
      ['End of month', '2026-11-30]'],
    ]);
    assert.equal(description(items[1]), 'Fri 27 Nov · 2026-11-27');
    const emoji = await type(editor, '\n- [ ] Rehearse 📅 ');
    assert.deepEqual((await completions(editor.document, emoji, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.Event).map(insert).slice(0, 2), ['2026-11-24', '2026-11-27']);
    const words = await type(editor, '\n- [ ] Ask @priya [due:: next wed');
    const read = (await completions(editor.document, words)).find((i) => label(i) === 'next wed');
    assert.ok(read, 'English words typed are read as a day');
    assert.deepEqual([insert(read), read.preselect], ['2026-12-02]', true]);
  });

  it('after [goal:: and in goals: the goal ids with titles and progress', async () => {
    const line = await type(editor, '- [ ] Outline @sam [goal:: ');
    const items = (await completions(editor.document, line, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.Reference);
    assert.deepEqual(items.map(label), ['design-doc', 'public-speaking', 'on-call-confidence']);
    assert.deepEqual([description(items[0]), items[0].detail], ['Write and land my first design doc', '3/5 milestones · active · target 2026-12-15']);
    // Front matter: `goals: [` on line 3.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(3, 0), 'goals: [design-doc, ]\n')));
    const fm = (await completions(editor.document, 3, ' ', 'goals: [design-doc, '.length)).filter((i) => i.kind === vscode.CompletionItemKind.Reference);
    assert.deepEqual(fm.map(label), ['public-speaking', 'on-call-confidence'], 'ids already listed are left out');
  });

  it('after [completion:: today; at the start of a line under Action items, a whole item', async () => {
    const line = await type(editor, '- [x] Booked @sam [completion:: ');
    assert.deepEqual((await completions(editor.document, line, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.Event).map(insert), ['2026-11-24]']);
    const start = await type(editor, '\n-');
    const snippets = (await completions(editor.document, start, '-')).filter((i) => i.kind === vscode.CompletionItemKind.Snippet && label(i).startsWith('- [ ]'));
    assert.deepEqual(snippets.map(label), ['- [ ] action item', '- [ ] action item for a goal']);
    assert.match(insert(snippets[0])!, /^- \[ \] \$\{1:What to do\} @\$\{2\|sam,priya,[^|]*\|\} \[due:: \$\{3\|2026-11-24,2026-11-27,2026-12-10,2026-12-01,2026-11-30\|\}\]\$0$/);
  });

  it('front matter: keys for the type, values for status, cadence and type; headings a session lacks', async () => {
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(3, 0), 'type: \n')));
    const types = (await completions(editor.document, 3, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.EnumMember);
    assert.deepEqual(types.map(label), ['session', 'goal', 'note', 'agreement']);
    const heading = await type(editor, '\n## ');
    const headings = (await completions(editor.document, heading, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.Keyword);
    assert.deepEqual(headings.map(label), ['## Agenda', '## Feedback', '## Wins', '## Introductions', '## Next time']);
    const goal = await vscode.window.showTextDocument(journal().uri('goals/public-speaking.md'));
    const status = goal.document.getText().split('\n').findIndex((l) => l.startsWith('status:'));
    const values = (await completions(goal.document, status, ' ', 'status: '.length)).filter((i) => i.kind === vscode.CompletionItemKind.EnumMember);
    assert.deepEqual(values.map(label), ['active', 'paused', 'achieved', 'dropped']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('offers nothing in Markdown outside a journal', async () => {
    const other = vscode.Uri.joinPath(workspaceFolder().uri, 'NOTES.md');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('# Notes\n\n- [ ] Ask @'));
    try {
      const doc = await vscode.workspace.openTextDocument(other);
      const items = await completions(doc, 2, '@');
      assert.deepEqual(items.filter((i) => label(i) === '@sam' || label(i) === '@priya'), []);
    } finally {
      await vscode.workspace.fs.delete(other);
    }
  });
});
