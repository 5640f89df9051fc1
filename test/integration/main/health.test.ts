// How the mentorship is going, in the real extension host on the sample journal (no git here):
// the journal model's Health view data with evidence that opens at its line through the webview's
// own `open` message, the Mentees view (next 1:1, health, what awaits me, overdue, what changed
// from the files when there is no git), and the status bar naming the worst signal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JournalPanel } from '../../../src/features/journal/journalPanel';
import type { MenteeNode, MenteesTree } from '../../../src/features/mentees/menteesTree';
import type { NextSessionStatusBar } from '../../../src/features/statusBar/nextSessionStatusBar';
import type { HostMessage, JournalModel } from '../../../src/shared/journalProtocol';
import { type ExtensionApi, activate, waitFor } from '../helpers';
import { restoreSample } from './sampleJournal';

let api: ExtensionApi;
const current = () => (api.hooks.journalPanel as () => JournalPanel | undefined)();
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

async function rows(tree: MenteesTree, node?: MenteeNode): Promise<[string, string][]> {
  const nodes = await tree.getChildren(node);
  return nodes.map((n) => {
    const item = tree.getTreeItem(n);
    return [label(item), String(item.description ?? '')];
  });
}

describe('health, the Mentees view and the status bar', () => {
  let tree: MenteesTree;
  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
    tree = api.hooks.menteesTree as MenteesTree;
  });

  after(async () => {
    await vscode.workspace.getConfiguration('mentorship').update('handle', undefined, vscode.ConfigurationTarget.Global);
    current()?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('sends each mentorship\'s health with the journal model, evidence as file references', async () => {
    await vscode.commands.executeCommand('mentorship.openJournal');
    const panel = await waitFor(() => current(), 'the journal panel');
    const model: JournalModel = await panel.model();
    assert.deepEqual(model.health.map((h) => [h.title, h.level]), [['Sam Okafor ← Priya Raman', 'watch'], ['Alex Chen ← Priya Raman', 'ok']]);
    const sam = model.health[0];
    const feedback = sam.signals.find((s) => s.kind === 'feedback')!;
    assert.equal(feedback.level, 'watch');
    assert.equal(feedback.message, 'Feedback in the last 8 sessions came almost all from Priya (5 of 6); Sam gave 1.');
    assert.equal(feedback.evidence[0].journal, model.entries[0].journal);
    assert.deepEqual(sam.months.map((m) => m.month), ['2026-08', '2026-09', '2026-10', '2026-11']);
    assert.deepEqual(sam.followThrough.map((f) => [f.name, f.onTime, f.late]), [['Priya', 4, 0], ['Sam', 13, 1]]);
    assert.ok(sam.skills.rows.length > 0);
    assert.ok(!JSON.stringify(model.health).includes('private/'), 'no private entry reaches the Health view');
    // The model the real webview received carries it too.
    const posted = await waitFor(() => panel.posted.find((m): m is Extract<HostMessage, { type: 'model' }> => m.type === 'model'), 'a posted model', 30_000);
    assert.equal(posted.model.health.length, 2);
  });

  it('opens a signal\'s evidence at its line through the webview\'s own open message', async () => {
    const panel = current()!;
    const model = await panel.model();
    const evidence = model.health[0].signals.find((s) => s.kind === 'feedback')!.evidence[2];
    assert.equal(`${evidence.path}:${evidence.line}`, 'sessions/2026-09-16.md:37');
    const handled = await panel.receive({ type: 'open', ref: { journal: evidence.journal, path: evidence.path }, line: evidence.line });
    assert.equal(handled.accepted, true);
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/mentorship/sessions/2026-09-16.md') ? vscode.window.activeTextEditor : undefined), 'the evidence file open');
    assert.equal(editor.selection.active.line + 1, 37);
  });

  it('lists one row per mentee with the next 1:1, overdue items and health', async () => {
    assert.deepEqual(await rows(tree), [
      ['Sam Okafor', 'next Wed 2 Dec · 3 overdue · health: watch'],
      ['Alex Chen', 'next Fri 11 Dec · 2 overdue · health: ok'],
    ]);
    const [sam] = await tree.getChildren();
    const children = await tree.getChildren(sam);
    assert.deepEqual(children.map((c) => c.type), ['next', 'health', 'items', 'items', 'changes']);
    const [next, health] = children;
    assert.equal(label(tree.getTreeItem(next)), 'Next 1:1: Wed 2 Dec');
    assert.equal(tree.getTreeItem(next).command?.command, 'mentorship.generateAgenda');
    assert.equal(label(tree.getTreeItem(health)), 'Health: watch');
    const signals = await tree.getChildren(health);
    const watch = signals.map((s) => tree.getTreeItem(s)).find((i) => i.description === 'watch')!;
    assert.match(label(watch), /^Feedback in the last 8 sessions/);
    assert.equal(watch.command?.command, 'mentorship.openItem');
  });

  it('shows what awaits me by my handle, and the overdue items, each openable and completable', async () => {
    await vscode.workspace.getConfiguration('mentorship').update('handle', 'priya', vscode.ConfigurationTarget.Global);
    const [sam] = await tree.getChildren();
    const [, , mine, overdue] = await tree.getChildren(sam);
    assert.equal(label(tree.getTreeItem(mine)), 'Awaiting you (@priya)');
    const myItems = (await tree.getChildren(mine)).map((n) => tree.getTreeItem(n));
    assert.ok(myItems.length >= 3, `priya's open items: ${myItems.map(label)}`);
    assert.ok(myItems.every((i) => String(i.description).startsWith('@priya')));
    assert.ok(myItems.some((i) => i.contextValue === 'action-item-open'), 'the item menus (complete, set due date) apply');
    const late = (await tree.getChildren(overdue)).map((n) => tree.getTreeItem(n));
    assert.equal(late.length, 3);
    assert.ok(late.every((i) => /days? overdue$/.test(String(i.description))));
    assert.equal(late[0].command?.command, 'mentorship.openItem');
    // The overview is about both people: a private note's item never shows in it, not even the owner's.
    await vscode.workspace.getConfiguration('mentorship').update('handle', 'sam', vscode.ConfigurationTarget.Global);
    const [, , samsMine] = await tree.getChildren((await tree.getChildren())[0]);
    const samsItems = (await tree.getChildren(samsMine)).map((n) => label(tree.getTreeItem(n)));
    assert.ok(samsItems.length >= 3, samsItems.join(' | '));
    assert.ok(!samsItems.some((t) => t.includes('senior-engineer criteria')), 'the private reflection\'s item is left out');
  });

  it('says there is no git here and lists what changed from the files', async () => {
    const [sam] = await tree.getChildren();
    const changes = (await tree.getChildren(sam))[4];
    assert.equal(label(tree.getTreeItem(changes)), 'Changed since Wed 18 Nov');
    const changed = await rows(tree, changes);
    assert.equal(changed[0][0], 'No git history here');
    assert.match(changed[0][1], /not in a git repository|Git extension|git is disabled/);
    assert.match(changed[0][1], /without who changed them/);
  });

  it('names the worst health signal in the status bar\'s tooltip', async () => {
    const bar = api.hooks.statusBar as NextSessionStatusBar;
    bar.update();
    const tooltip = (bar.item.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1');
    assert.match(tooltip, /Health, watch: Sam Okafor ← Priya Raman: Feedback in the last 8 sessions came almost all from Priya \(5 of 6\); Sam gave 1\./);
  });
});
