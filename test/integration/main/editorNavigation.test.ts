// Hovers, goal definitions, links, the Action items CodeLens, overdue dates marked and toggling
// the item under the cursor, asked of VS Code as the editor asks (vscode.execute…Provider).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Journal } from '../../../src/host/journalStore';
import { activate, readText, stubWindow, waitFor, type ExtensionApi } from '../helpers';
import { restoreSample, settle } from './sampleJournal';

const SAMPLE = 'sessions/2026-11-18.md';
let api: ExtensionApi;
const journal = (): Journal => api.services.store.all()[0];

/** The 0-based line of `doc` holding `text`, and the column where it starts there. */
function find(doc: vscode.TextDocument, text: string): vscode.Position {
  const line = doc.getText().split('\n').findIndex((l) => l.includes(text));
  assert.ok(line >= 0, `no line with "${text}"`);
  return new vscode.Position(line, doc.lineAt(line).text.indexOf(text));
}

/** Our hover's text at `pos` (the Markdown extension adds none there). */
async function hover(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/\\(.)/g, '$1');
}

describe('editor: hovers, links, CodeLens, decorations, toggling', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
    doc = await vscode.workspace.openTextDocument(journal().uri(SAMPLE));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreSample(api.services.store);
  });

  it('hovers on an item, a goal id and a handle', async () => {
    const item = await hover(doc, find(doc, 'Fill in "Alternatives considered"').translate(0, 3));
    assert.match(item, /\*\*Fill in "Alternatives considered", including database constraints\*\*/);
    assert.match(item, /Open · owner Sam Okafor \(@sam\)/);
    assert.match(item, /overdue 1 day \(due 2026-11-23\)/);
    assert.match(item, /Goal: Write and land my first design doc \(design-doc\) · 3\/5 milestones/);
    const goal = await hover(doc, find(doc, 'public-speaking]').translate(0, 2));
    assert.match(goal, /Goal public-speaking · active/);
    assert.match(goal, /milestones done/);
    const person = await hover(doc, find(doc, '@priya [due::').translate(0, 2));
    assert.match(person, /\*\*Priya Raman \(@priya\)\*\*/);
    assert.match(person, /Mentor in this mentorship/);
  });

  it('an item carried into a later session says where it was first written and when it moved', async () => {
    const later = await vscode.workspace.openTextDocument(journal().uri('sessions/2026-10-21.md'));
    const text = await hover(later, find(later, "Review Sam's RFC outline together").translate(0, 2));
    assert.match(text, /First written in the session of 2026-10-07 · moved out of the session of 2026-10-07 on 2026-10-21/);
  });

  it('a goal id goes to its goal file (definition and link); an agenda "from" link to its line', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, find(doc, 'design-doc, public').translate(0, 3));
    const targets = defs.map((d) => ('targetUri' in d ? d.targetUri : d.uri).path);
    assert.ok(targets.some((p) => p.endsWith('/mentorship/goals/design-doc.md')), JSON.stringify(targets));
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
    const goalLinks = links.filter((l) => l.target?.path.endsWith('/goals/design-doc.md') && doc.getText(l.range) === 'design-doc');
    assert.ok(goalLinks.length >= 4, `links on design-doc: ${goalLinks.length}`);
    // An agenda written by Generate Agenda links each item to where it was written.
    await vscode.window.showTextDocument(doc);
    const said = [stubWindow('showErrorMessage', () => undefined), stubWindow('showWarningMessage', () => undefined)];
    let agenda: string | undefined;
    try {
      agenda = await vscode.commands.executeCommand<string>('mentorship.generateAgenda', { output: 'session' });
    } finally {
      said.forEach((s) => s.restore());
    }
    assert.ok(agenda, `the agenda was written: ${JSON.stringify(said.flatMap((s) => s.calls))}`);
    try {
      const agendaDoc = await vscode.workspace.openTextDocument(journal().uri(agenda));
      const from = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', agendaDoc.uri)).filter((l) => agendaDoc.getText(l.range).startsWith('from '));
      assert.ok(from.length > 0, 'the agenda has "from" links');
      const first = from.find((l) => agendaDoc.getText(l.range) === 'from 2026-11-18' && l.target?.fragment)!;
      assert.ok(first, JSON.stringify(from.map((l) => [agendaDoc.getText(l.range), l.target?.toString()])));
      assert.ok(first.target!.path.endsWith('/mentorship/sessions/2026-11-18.md'));
      const line = Number(/^L(\d+)$/.exec(first.target!.fragment)![1]);
      assert.match(doc.lineAt(line - 1).text, /^- \[ \] /, 'the line is an item of that session');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(journal().uri(agenda));
      await settle(api.services.store);
    }
  });

  it('a CodeLens above Action items counts open and overdue items, and generates the agenda into an agenda-less session', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const ours = lenses.filter((l) => l.range.start.line === find(doc, '## Action items').line);
    assert.deepEqual(ours.map((l) => l.command?.title), ['5 open · 1 overdue'], 'this session has an agenda: no "Generate agenda here"');
    const bare = 'sessions/2026-12-09.md';
    await vscode.workspace.fs.writeFile(journal().uri(bare), new TextEncoder().encode('---\ntype: session\ndate: 2026-12-09\n---\n\n## Action items\n\n- [ ] Plan Q1 goals @sam\n'));
    try {
      await api.services.store.reread(journal().uri(bare));
      const bareDoc = await vscode.workspace.openTextDocument(journal().uri(bare));
      const bareLenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', bareDoc.uri);
      assert.deepEqual(bareLenses.map((l) => l.command?.title), ['1 open · 0 overdue', 'Generate agenda here']);
      const generate = bareLenses[1].command!;
      await vscode.commands.executeCommand(generate.command, ...(generate.arguments ?? []));
      const text = await readText(journal().uri(bare));
      assert.match(text, /^---\ntype: session\ndate: 2026-12-09\n---\n\n## Agenda\n\n_Sam Okafor ← Priya Raman · meeting 2026-12-09 · last session 2026-11-18_\n/);
      assert.match(text, /\n## Action items\n\n- \[ \] Plan Q1 goals @sam\n$/);
      await vscode.workspace.getConfiguration('mentorship').update('editor.codeLens', false, vscode.ConfigurationTarget.Global);
      try {
        assert.deepEqual((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', bareDoc.uri)).filter((l) => l.command?.title.includes('open ·')), []);
      } finally {
        await vscode.workspace.getConfiguration('mentorship').update('editor.codeLens', undefined, vscode.ConfigurationTarget.Global);
      }
    } finally {
      await vscode.workspace.fs.delete(journal().uri(bare));
    }
  });

  it('marks overdue due dates and dims done and cancelled items in the editor', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const drawn = (api.hooks.editorDecorations as { refresh(e: vscode.TextEditor): { overdue: vscode.Range[]; closed: vscode.Range[] } }).refresh(editor);
    assert.deepEqual(drawn.overdue.map((r) => doc.getText(r)), ['2026-11-23']);
    assert.deepEqual(drawn.closed.map((r) => doc.lineAt(r.start.line).text.slice(0, 30)), ['- [x] Move the schema section ']);
  });

  it("VS Code's Markdown preview shows a journal file's items with chips, and other Markdown as before", async () => {
    // The Markdown extension's own renderer, with every extension's markdown-it plugins (ours included).
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
    assert.match(html, /<span class="mj-chip mj-due mj-overdue" title="overdue 1 day">due 2026-11-23<\/span>/);
    assert.match(html, /<a class="mj-chip mj-goal" href="..\/goals\/design-doc.md"[^>]*>#design-doc<\/a>/);
    assert.match(html, /<span class="mj-chip mj-person" title="Priya Raman">@priya<\/span>/);
    assert.match(html, /<span class="mj-task" data-status="done"><\/span>Move the schema section/);
    const other = await vscode.workspace.openTextDocument({ language: 'markdown', content: '- [ ] Task @sam [due:: 2020-01-01]\n' });
    assert.doesNotMatch(await vscode.commands.executeCommand<string>('markdown.api.render', other), /mj-/);
  });

  it('toggles the item under the cursor (ctrl+alt+m x): done with today, then open again', async () => {
    const binding = (vscode.extensions.getExtension('mentorship-journal.mentorship-journal')!.packageJSON.contributes.keybindings as { command: string; key: string }[]).find((k) => k.key === 'ctrl+alt+m x');
    assert.equal(binding?.command, 'mentorship.toggleItem');
    const editor = await vscode.window.showTextDocument(doc);
    const at = find(doc, 'Book a 30-minute dry run');
    editor.selection = new vscode.Selection(at, at);
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('mentorship.toggleItem'), 'done');
      assert.equal(doc.lineAt(at.line).text, '- [x] Book a 30-minute dry run of the lightning talk with the team @sam [due:: 2026-11-25] [goal:: public-speaking] [completion:: 2026-11-24]');
      assert.match(await readText(doc.uri), /- \[x\] Book a 30-minute dry run .* \[completion:: 2026-11-24\]\n/, 'a clean file is saved, as from the tree');
      assert.equal(await vscode.commands.executeCommand('mentorship.toggleItem'), 'open');
      assert.equal(doc.lineAt(at.line).text, '- [ ] Book a 30-minute dry run of the lightning talk with the team @sam [due:: 2026-11-25] [goal:: public-speaking]');
      editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 0));
      assert.equal(await vscode.commands.executeCommand('mentorship.toggleItem'), undefined);
      assert.match(String(info.calls.at(-1)?.[0]), /put the cursor on a checkbox item/);
    } finally {
      info.restore();
    }
    await waitFor(() => api.services.store.all()[0].index.get(SAMPLE)?.items.some((i) => i.title.startsWith('Book a 30-minute') && i.status === 'open'), 'the index to see it open again');
  });
});
