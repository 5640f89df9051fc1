// What the three trees share: they follow the store (one change event per store change, which
// already coalesces bursts of file events), wait for the index before answering, know each
// row's parent (for reveal), and build TreeItems from plain nodes.
import * as vscode from 'vscode';
import type { IsoDate } from '../../core/model';
import { today } from '../../host/clock';
import { Disposable } from '../../host/dispose';
import type { JournalStore, MentorshipRef } from '../../host/journalStore';
import { goalTreeItem, groupTreeItem, mentorshipTreeItem, sessionTreeItem } from './containerRows';
import { itemTreeItem } from './itemRows';
import type { GroupNode, TreeNode } from './treeNodes';

export abstract class JournalTree extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(protected readonly store: JournalStore) {
    super();
    this._register(store.onDidChange(() => this.changed.fire()));
  }

  /** Redraws the whole tree (e.g. the grouping setting changed). */
  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    await this.store.ready();
    return node ? this.childrenOf(node, today()) : this.roots(today());
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const day = today();
    switch (node.type) {
      case 'mentorship':
        return mentorshipTreeItem(node, this.describeMentorship(node.ref, day), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
      case 'group':
        return groupTreeItem(node, this.describeGroup(node, day));
      case 'entry':
        return node.role === 'goal' && node.goal ? goalTreeItem(node, node.goal) : sessionTreeItem(node, day);
      case 'item':
        return itemTreeItem(node, day);
    }
  }

  protected abstract roots(today: IsoDate): TreeNode[] | Promise<TreeNode[]>;
  protected abstract childrenOf(node: TreeNode, today: IsoDate): TreeNode[] | Promise<TreeNode[]>;
  /** The mentorship row's description in this view, e.g. `2 active`. */
  protected abstract describeMentorship(ref: MentorshipRef, today: IsoDate): string;

  protected describeGroup(node: GroupNode, _today: IsoDate): string {
    return String(node.children.length);
  }
}
