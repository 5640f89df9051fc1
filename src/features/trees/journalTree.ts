// What the three trees share: they follow the store (one change event per store change, which
// already coalesces bursts of file events), know each row's parent (for reveal), and build
// TreeItems from plain nodes. Work stays the size of what changed and of what is shown:
// - until the index is built, a tree shows one "Reading the journal…" row with the count so far;
// - a change inside one mentorship refreshes only that mentorship's row (and what is open under
//   it), when the list of rows stays the same; anything else redraws the tree;
// - tooltips are built only when VS Code asks (resolveTreeItem: on hover), not for every row;
// - with many mentorships their rows start collapsed.
import * as vscode from 'vscode';
import type { IsoDate } from '../../core/model';
import { followUps, type FollowUp } from '../../core/openItems';
import { today } from '../../host/clock';
import { Disposable } from '../../host/dispose';
import { mentorshipKey, type JournalStore, type MentorshipRef, type StoreChange } from '../../host/journalStore';
import { goalTooltip, goalTreeItem, groupTreeItem, mentorshipTooltip, mentorshipTreeItem, progressTreeItem, sessionTooltip, sessionTreeItem } from './containerRows';
import { itemTooltip, itemTreeItem } from './itemRows';
import { mentorshipNode, progressNode, type GroupNode, type ItemNode, type MentorshipNode, type TreeNode } from './treeNodes';

/** Up to this many mentorship rows start expanded; more start collapsed (a program's repository). */
export const EXPANDED_MENTORSHIPS = 3;

export abstract class JournalTree extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = this._register(new vscode.EventEmitter<TreeNode | TreeNode[] | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  /** The mentorship rows handed out, by key: the same objects each time, so one can be refreshed alone. */
  private rows = new Map<string, MentorshipNode>();
  /** Keys of the top-level rows last handed out, in order, when they are all mentorship rows. */
  private shown: string[] | undefined;
  /** Whether the tree shows the "Reading the journal…" row. */
  private showingProgress = false;

  constructor(protected readonly store: JournalStore) {
    super();
    this._register(store.onDidChange((change) => this.follow(change)));
    // While the index builds, the "Reading the journal…" row counts files. (A rebuild keeps
    // the rows shown until it ends: they are still worth reading.)
    this._register(store.onDidProgress(() => this.showingProgress && this.refresh()));
  }

  /** Redraws the whole tree (e.g. the grouping setting changed). */
  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (!this.store.isReady) {
      // Started here when a view is the first to ask; redrawn when the build ends.
      void this.store.ready();
      if (node) return [];
      this.showingProgress = true;
      return [progressNode(this.store.progress)];
    }
    if (node) return this.childrenOf(node, today());
    this.showingProgress = false;
    const roots = await this.roots(today());
    this.shown = roots.every((r) => r.type === 'mentorship') ? roots.map((r) => (r as MentorshipNode).ref.key) : undefined;
    return roots;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const day = today();
    switch (node.type) {
      case 'mentorship':
        return mentorshipTreeItem(node, this.describeMentorship(node.ref, day), (vscode.workspace.workspaceFolders?.length ?? 0) > 1, this.rows.size <= EXPANDED_MENTORSHIPS);
      case 'group':
        return groupTreeItem(node, this.describeGroup(node, day));
      case 'entry':
        return node.role === 'goal' && node.goal ? goalTreeItem(node, node.goal) : sessionTreeItem(node);
      case 'item':
        return itemTreeItem(node, day, this.followUpOf(node));
      case 'progress':
        return progressTreeItem(node);
    }
  }

  /** The tooltip, built when the row is hovered: words from the files, escaped (tooltip.ts). */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    const day = today();
    switch (node.type) {
      case 'mentorship':
        item.tooltip = mentorshipTooltip(node);
        break;
      case 'entry':
        item.tooltip = node.role === 'goal' && node.goal ? goalTooltip(node, node.goal) : sessionTooltip(node, day);
        break;
      case 'item':
        item.tooltip = itemTooltip(node.item, node.entry, day, this.followUpOf(node));
        break;
    }
    return item;
  }

  /** Where an open item was listed again and ticked (it counts as done), kept per mentorship until it changes. */
  private followUpOf(node: ItemNode): FollowUp | undefined {
    if (node.item.kind !== 'action' || node.item.status !== 'open') return undefined;
    const index = node.journal.index;
    const id = index.mentorshipIdOf(node.path);
    return this.store.derived(mentorshipKey(node.journal, id), 'followUps', () => followUps(index.entriesOf(id))).get(node.item);
  }

  /** The row of a mentorship: one object per key while it is shown (its ref follows the index). */
  protected mentorshipRow(ref: MentorshipRef): MentorshipNode {
    const row = this.rows.get(ref.key);
    if (!row) {
      const made = mentorshipNode(ref);
      this.rows.set(ref.key, made);
      return made;
    }
    (row as { ref: MentorshipRef }).ref = ref;
    return row;
  }

  /** Redraws what a change can have changed: one mentorship's rows when that is all, else everything. */
  private follow(change: StoreChange): void {
    const keys = this.store.touched(change);
    const shown = this.shown;
    if (!keys || !shown) return this.redraw();
    // The rows themselves must stay the same ones (none came, none went, none moved).
    const now = this.rootKeys(today());
    if (now.length !== shown.length || now.some((k, i) => k !== shown[i])) return this.redraw();
    const refs = new Map(this.store.mentorships().map((r) => [r.key, r]));
    const rows: TreeNode[] = [];
    for (const key of keys) {
      const ref = refs.get(key);
      if (ref && this.rows.has(key)) rows.push(this.mentorshipRow(ref));
    }
    if (rows.length) this.changed.fire(rows);
  }

  private redraw(): void {
    this.rows = new Map();
    this.shown = undefined;
    this.refresh();
  }

  protected abstract roots(today: IsoDate): TreeNode[] | Promise<TreeNode[]>;
  /** The keys of the mentorship rows `roots` would give now, or of all mentorships when its rows are something else. */
  protected rootKeys(_today: IsoDate): string[] {
    return this.store.mentorships().map((r) => r.key);
  }
  protected abstract childrenOf(node: TreeNode, today: IsoDate): TreeNode[] | Promise<TreeNode[]>;
  /** The mentorship row's description in this view, e.g. `2 active`. */
  protected abstract describeMentorship(ref: MentorshipRef, today: IsoDate): string;

  protected describeGroup(node: GroupNode, _today: IsoDate): string {
    return String(node.children.length);
  }
}
