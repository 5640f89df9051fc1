// Reading the trees the way VS Code does (getChildren, then getTreeItem for each row), and
// revealing a row through its TreeView. Shared by the main and multiRoot suites.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JournalTree } from '../../../src/features/trees/journalTree';
import type { TreeNode } from '../../../src/features/trees/treeNodes';
import { waitFor } from '../helpers';

export interface Row {
  node: TreeNode;
  item: vscode.TreeItem;
}

export async function rows(tree: JournalTree, node?: TreeNode): Promise<Row[]> {
  const nodes = await tree.getChildren(node);
  return Promise.all(nodes.map(async (n) => ({ node: n, item: await tree.getTreeItem(n) })));
}

/** The row's tooltip, as VS Code builds it when the row is hovered (resolveTreeItem). */
export async function hover(tree: JournalTree, r: Row): Promise<vscode.MarkdownString> {
  const resolved = await tree.resolveTreeItem(r.item, r.node);
  return (resolved ?? r.item).tooltip as vscode.MarkdownString;
}

export const label = (r: Row): string => (typeof r.item.label === 'string' ? r.item.label : r.item.label!.label);
export const icon = (r: Row): string => (r.item.iconPath as vscode.ThemeIcon).id;
/** `[label, description]` of each row. */
export const described = (list: Row[]): [string, unknown][] => list.map((r) => [label(r), r.item.description]);

export function find(list: Row[], text: string): Row {
  const hit = list.find((r) => label(r) === text);
  assert.ok(hit, `no row "${text}" in ${JSON.stringify(list.map(label))}`);
  return hit;
}

/**
 * Shows the view, then reveals `node` in it. Right after a view appears its rows are still
 * loading and reveal can fail once with "Data tree node not found": then it is retried once.
 */
export async function reveal(viewId: string, view: vscode.TreeView<TreeNode>, node: TreeNode): Promise<void> {
  await vscode.commands.executeCommand(`${viewId}.focus`);
  await waitFor(() => view.visible, `${viewId} to be visible`);
  try {
    await view.reveal(node, { select: true, focus: false, expand: true });
  } catch (e) {
    if (!String(e).includes('not found')) throw e;
    await new Promise((r) => setTimeout(r, 1000));
    await view.reveal(node, { select: true, focus: false, expand: true });
  }
  await waitFor(() => view.selection[0]?.id === node.id, 'the revealed row to be selected');
}
