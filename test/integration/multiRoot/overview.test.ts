// The mentor's overview in a multi-root window (one folder per mentee): a row per mentee with
// its folder, and what changed since the last session with who changed it, read from git history
// through the built-in Git extension (Sam's folder is a repository; Alex's is not, and says so).
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { MenteeNode, MenteesTree } from '../../../src/features/mentees/menteesTree';
import { activate, waitFor, type ExtensionApi } from '../helpers';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('multi-root: the Mentees view', () => {
  let api: ExtensionApi;
  let tree: MenteesTree;
  before(async () => {
    api = await activate();
    tree = api.hooks.menteesTree as MenteesTree;
  });

  const changesOf = async (n: number): Promise<MenteeNode> => {
    const mentee = (await tree.getChildren())[n];
    const rows = await tree.getChildren(mentee);
    return rows.find((r) => r.type === 'changes')!;
  };

  it('has one row per mentee, named by the folder too', async () => {
    const rows = (await tree.getChildren()).map((n) => tree.getTreeItem(n));
    assert.deepEqual(rows.map((r) => [label(r), r.description]), [
      ['Sam Okafor', 'sam-journal · next Wed 2 Dec · 3 overdue · health: watch'],
      ['Alex Chen', 'alex-journal · next Fri 11 Dec · 2 overdue · health: ok'],
    ]);
  });

  it('lists the commits since the last session with their authors and files, from git', async () => {
    const changes = await changesOf(0);
    assert.equal(label(tree.getTreeItem(changes)), 'Changed since Wed 18 Nov');
    // The Git extension finds the repository in the background: wait for its history.
    const commits = await waitFor(async () => {
      const rows = await tree.getChildren(changes);
      return rows.every((r) => r.type === 'commit') && rows.length === 2 ? rows : undefined;
    }, 'two commits since 18 Nov', 30_000);
    assert.deepEqual(commits.map((c) => [label(tree.getTreeItem(c)), tree.getTreeItem(c).description]), [
      ['Log: draft sent for the security read', 'Sam Okafor · Sat 21 Nov · 1 file'],
      ['Move our slot to Thursdays', 'Priya Raman · Fri 20 Nov · 1 file'],
    ]);
    const [file] = await tree.getChildren(commits[1]);
    const item = tree.getTreeItem(file);
    assert.equal(label(item), 'mentorship.md');
    assert.equal(item.command?.command, 'mentorship.openItem');
  });

  it('says so in the folder that is not a repository, and reads the changes from the files', async () => {
    const rows = (await tree.getChildren(await changesOf(1))).map((n) => tree.getTreeItem(n));
    assert.equal(label(rows[0]), 'No git history here');
    assert.match(String(rows[0].description), /not in a git repository/);
  });
});
