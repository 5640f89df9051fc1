// A mentor's multi-root window: one workspace folder per mentee (sam-journal, alex-journal),
// each with its journal in mentorship/ (so both mentorships have the id `.`). Every tree shows
// each mentorship as its own top-level row, named with its folder; rows carry their journal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NextSessionStatusBar } from '../../../src/features/statusBar/nextSessionStatusBar';
import type { JournalTree } from '../../../src/features/trees/journalTree';
import type { TreeNode } from '../../../src/features/trees/treeNodes';
import { activate, stubWindow, type ExtensionApi } from '../helpers';
import { described, reveal, rows } from '../main/treeRows';

const rowsOf = async (tree: JournalTree, node?: TreeNode) => described(await rows(tree, node));

describe('multi-root: one folder per mentee', () => {
  let api: ExtensionApi;
  let goals: JournalTree;
  let sessions: JournalTree;
  let actionItems: JournalTree;

  before(async () => {
    api = await activate();
    goals = api.hooks.goalsTree as JournalTree;
    sessions = api.hooks.sessionsTree as JournalTree;
    actionItems = api.hooks.actionItemsTree as JournalTree;
  });

  it('opens two folders with one mentorship each', () => {
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['sam-journal', 'alex-journal']);
    assert.deepEqual(api.services.store.mentorships().map((r) => r.key), ['sam-journal/.', 'alex-journal/.']);
  });

  it('shows each mentee as a top-level row in every tree, with the folder name', async () => {
    assert.deepEqual(await rowsOf(goals), [
      ['Sam Okafor ← Priya Raman', 'sam-journal · 2 active'],
      ['Alex Chen ← Priya Raman', 'alex-journal · 1 active'],
    ]);
    assert.deepEqual(await rowsOf(sessions), [
      ['Sam Okafor ← Priya Raman', 'sam-journal · 9 sessions · next Wed 2 Dec'],
      ['Alex Chen ← Priya Raman', 'alex-journal · 3 sessions · next Fri 11 Dec'],
    ]);
    assert.deepEqual(await rowsOf(actionItems), [
      ['Sam Okafor ← Priya Raman', 'sam-journal · 11 open · 3 overdue'],
      ['Alex Chen ← Priya Raman', 'alex-journal · 4 open · 2 overdue'],
    ]);
  });

  it('keeps each mentee\'s rows apart, each with its own journal and a unique id', async () => {
    const [sam, alex] = await actionItems.getChildren();
    assert.notEqual(sam.id, alex.id);
    const [alexOverdue] = await actionItems.getChildren(alex);
    const items = await actionItems.getChildren(alexOverdue);
    assert.deepEqual(await rowsOf(actionItems, alexOverdue), [
      ['Find a change in the deploy tooling to review', '@alex · due 2026-11-04 · 20 days overdue'],
      ['Ask Jonas for a deploy-tooling change to review', '@alex · due 2026-11-18 · 6 days overdue'],
    ]);
    assert.deepEqual(
      items.map((n) => (n.type === 'item' ? [n.journal.folder.name, n.path, n.item.line] : n.type)),
      [
        ['alex-journal', 'sessions/2026-10-14.md', 17],
        ['alex-journal', 'sessions/2026-11-11.md', 17],
      ],
    );
    const [samGoal] = await goals.getChildren((await goals.getChildren())[0]);
    const [alexGoal] = await goals.getChildren((await goals.getChildren())[1]);
    assert.deepEqual([(await goals.getTreeItem(samGoal)).label, (await goals.getTreeItem(alexGoal)).label], [
      'Write and land my first design doc',
      'Give code reviews people are glad to get',
    ]);
  });

  it('reveals a row of the second folder through its TreeView', async () => {
    const view = api.hooks.sessionsView as vscode.TreeView<TreeNode>;
    const [, alex] = await sessions.getChildren();
    const [latest] = await sessions.getChildren(alex);
    const [firstItem] = await sessions.getChildren(latest);
    await reveal('mentorship.sessions', view, firstItem);
    assert.equal(sessions.getParent!(firstItem), latest);
  });

  it('puts the soonest 1:1 of all mentees in the status bar, with that mentee\'s overdue items', () => {
    const bar = api.hooks.statusBar as NextSessionStatusBar;
    // Sam's three, not Alex's two as well: the count is for the mentee named.
    assert.equal(bar.item.text, '$(calendar) Next 1:1 with Sam: Wed 2 Dec  $(warning) 3 overdue');
    const [arg] = (bar.item.command as vscode.Command).arguments as [{ ref: { key: string } }];
    assert.equal(arg.ref.key, 'sam-journal/.');
  });

  it('asks which mentee by people and folder, never by a bare "."', async () => {
    const pick = stubWindow('showQuickPick', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.whatChanged');
    } finally {
      pick.restore();
    }
    const offered = (pick.calls[0][0] as vscode.QuickPickItem[]).map((i) => [i.label, i.description]);
    assert.deepEqual(offered, [
      ['Sam Okafor ← Priya Raman', 'sam-journal · mentorship/'],
      ['Alex Chen ← Priya Raman', 'alex-journal · mentorship/'],
    ]);
  });

  it('checks both journals', async () => {
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('mentorship.checkJournal'), 'No problems in 21 entries');
    } finally {
      info.restore();
    }
  });
});
