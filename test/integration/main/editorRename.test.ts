// Renaming a goal keeps every reference: a goal file renamed as the Explorer does it (a workspace
// edit, which runs rename participants) changes every `[goal:: id]` and `goals:` in the same step,
// and one undo puts everything back; F2 on a goal id renames the file and the references.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Journal } from '../../../src/host/journalStore';
import { activate, stubWindow, waitFor, type ExtensionApi } from '../helpers';
import { restoreSample, settle } from './sampleJournal';

let api: ExtensionApi;
const journal = (): Journal => api.services.store.all()[0];

/** Every reference to `id` in the buffers of the sample's files that name goals (0 when none). */
async function references(paths: string[], id: string): Promise<number> {
  let n = 0;
  for (const p of paths) {
    const text = (await vscode.workspace.openTextDocument(journal().uri(p))).getText();
    for (const line of text.split('\n')) {
      if (/^goals?:/.test(line) || /\[goal::/.test(line)) n += line.split(/[\s,[\]]+/).filter((w) => w === id).length;
    }
  }
  return n;
}

const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

describe('editor: renaming a goal', () => {
  let naming: string[];

  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
    naming = journal().index.all().filter((e) => e.goalIds.includes('public-speaking') || e.items.some((i) => i.goals.includes('public-speaking') && e.path !== 'goals/public-speaking.md')).map((e) => e.path);
    assert.ok(naming.length >= 4, `the sample names public-speaking in ${naming.length} files`);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreSample(api.services.store);
  });

  it('renaming the goal file (as the Explorer does) changes every reference in one step, and undo restores all', async () => {
    const before = await references(naming, 'public-speaking');
    const from = journal().uri('goals/public-speaking.md');
    const to = journal().uri('goals/conference-talk.md');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(rename));
    assert.ok(await exists(to));
    assert.equal(await references(naming, 'public-speaking'), 0);
    assert.equal(await references(naming, 'conference-talk'), before);
    const session = await vscode.workspace.openTextDocument(journal().uri('sessions/2026-11-18.md'));
    assert.match(session.getText(), /\ngoals: \[design-doc, conference-talk\]\n/);
    assert.match(session.getText(), /\[goal:: conference-talk\]/);

    // One undo, from an editor of one of the changed files: the file's name and every reference.
    await vscode.window.showTextDocument(session);
    await vscode.commands.executeCommand('undo');
    await waitFor(async () => (await exists(from)) && !(await exists(to)), 'the goal file to have its old name again');
    await waitFor(async () => (await references(naming, 'conference-talk')) === 0, 'every reference to be back');
    assert.equal(await references(naming, 'public-speaking'), before);
  });

  it('F2 on a goal id renames the goal file and every reference', async () => {
    const doc = await vscode.workspace.openTextDocument(journal().uri('sessions/2026-11-18.md'));
    const line = doc.getText().split('\n').findIndex((l) => l.includes('[goal:: public-speaking]'));
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('public-speaking') + 3);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', doc.uri, pos);
    assert.equal(prepared.placeholder, 'public-speaking');
    assert.equal(doc.getText(prepared.range), 'public-speaking');
    const before = await references(naming, 'public-speaking');
    // F2's edit renames the file; renaming it changes the references, as from the Explorer.
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, 'charla-en-público');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await exists(journal().uri('goals/charla-en-público.md')));
    assert.ok(!(await exists(journal().uri('goals/public-speaking.md'))));
    assert.equal(await references(naming, 'charla-en-público'), before);
    assert.equal(await references(naming, 'public-speaking'), 0);
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await settle(api.services.store);
    await waitFor(() => journal().index.get('goals/charla-en-público.md')?.goal?.id === 'charla-en-público', 'the index to know the renamed goal');
    // Saved, every file shows what the store read: no reference to a goal that does not exist.
    const missing = () => vscode.languages.getDiagnostics().flatMap(([, list]) => list.filter((d) => d.source === 'mentorship' && d.code === 'missing-goal').map((d) => d.message));
    await waitFor(() => missing().length === 0, 'no missing goal once saved').catch(() => assert.deepEqual(missing(), []));
  });

  it('refuses F2 anywhere but on a goal id, and a new id that cannot be a file name', async () => {
    const doc = await vscode.workspace.openTextDocument(journal().uri('sessions/2026-11-18.md'));
    await waitFor(() => doc.getText().includes('[goal:: public-speaking]'), 'the sample session as it was');
    const notes = doc.getText().split('\n').findIndex((l) => l.startsWith('Priya read the draft'));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', doc.uri, new vscode.Position(notes, 3))));
    const line = doc.getText().split('\n').findIndex((l) => l.includes('[goal:: public-speaking]'));
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('public-speaking') + 1);
    // Refused with a word to the user, and an empty edit (not a rejection, which would hand the
    // rename to the Markdown extension, which reads `[goal:: …]` as a reference link).
    const said = stubWindow('showErrorMessage', () => undefined);
    try {
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, 'talks/2027');
      assert.equal(edit.size, 0);
    } finally {
      said.restore();
    }
    assert.match(String(said.calls[0]?.[0]), /a goal id cannot hold "\/"/);
    assert.ok(await exists(journal().uri('goals/public-speaking.md')));
  });
});
