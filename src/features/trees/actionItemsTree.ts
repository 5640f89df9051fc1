// The Action Items view: open action items grouped Overdue / Due this week / Later / No date,
// or by owner (the view's toggle; the setting `mentorship.actionItems.groupBy` is its default). With several mentorships each is its
// own top-level row (a mentor sees each mentee apart); with one, the groups are the top level.
import { groupByDue, groupByOwner, isOverdue, openActionItems, type ItemGroup } from '../../core/openItems';
import type { ItemRef } from '../../core/journalIndex';
import type { IsoDate } from '../../core/model';
import type { JournalStore, MentorshipRef } from '../../host/journalStore';
import type { GroupBy } from '../../host/settings';
import { JournalTree } from './journalTree';
import { groupNode, itemNode, type GroupKind, type GroupNode, type TreeNode } from './treeNodes';

export class ActionItemsTree extends JournalTree {
  constructor(
    store: JournalStore,
    private readonly groupBy: () => GroupBy,
  ) {
    super(store);
  }

  protected roots(today: IsoDate): TreeNode[] {
    const refs = this.store.mentorships();
    const busy = refs.filter((r) => this.open(r).length > 0);
    if (refs.length > 1) return busy.map((r) => this.mentorshipRow(r));
    // Nothing open: no rows, so the view shows its welcome text.
    return busy.length ? this.groups(undefined, busy[0], today) : [];
  }

  protected override rootKeys(): string[] {
    const refs = this.store.mentorships();
    return refs.length > 1 ? refs.filter((r) => this.open(r).length > 0).map((r) => r.key) : [];
  }

  /** A mentorship's open action items, soonest due first, kept until it changes. */
  private open(ref: MentorshipRef): ItemRef[] {
    return this.store.derived(ref.key, 'openItems', () => openActionItems(ref.journal.index, ref.mentorship.id));
  }

  private overdue(ref: MentorshipRef, today: IsoDate): number {
    return this.store.derived(ref.key, `overdue:${today}`, () => this.open(ref).filter((x) => isOverdue(x.item, today)).length);
  }

  protected childrenOf(node: TreeNode, today: IsoDate): TreeNode[] {
    if (node.type === 'mentorship') return this.groups(node, node.ref, today);
    if (node.type === 'group') return node.children;
    return [];
  }

  /** Overdue open items in every mentorship (the view's badge). */
  overdueCount(today: IsoDate): number {
    return this.store.mentorships().reduce((n, r) => n + this.overdue(r, today), 0);
  }

  private groups(parent: TreeNode | undefined, ref: MentorshipRef, today: IsoDate): GroupNode[] {
    const { journal, mentorship } = ref;
    const items = this.open(ref);
    const byOwner = this.groupBy() === 'owner';
    const groups: ItemGroup[] = byOwner ? groupByOwner(items, mentorship) : groupByDue(items, today);
    return groups.map((g) => {
      const kind: GroupKind = byOwner ? 'owner' : (g.key as GroupKind);
      const node = groupNode(parent, journal, mentorship, kind, { key: `${byOwner ? 'owner' : 'due'}:${g.key}`, label: g.label });
      node.children.push(...g.items.map((r) => itemNode(node, journal, r.entry, r.item)));
      return node;
    });
  }

  /** e.g. `8 open · 3 overdue`. */
  protected describeMentorship(ref: MentorshipRef, today: IsoDate): string {
    const open = this.open(ref).length;
    const overdue = this.overdue(ref, today);
    return overdue ? `${open} open · ${overdue} overdue` : `${open} open`;
  }

  /** Due groups show their size; owner groups also the person's role and what is overdue. */
  protected describeGroup(node: GroupNode, today: IsoDate): string {
    const size = String(node.children.length);
    if (node.kind !== 'owner') return size;
    const a = node.mentorship.agreement;
    const handle = node.label.replace(/^@/, '').toLowerCase();
    const role = handle === a.mentee?.handle?.toLowerCase() ? 'mentee' : handle === a.mentor?.handle?.toLowerCase() ? 'mentor' : '';
    const overdue = node.children.filter((c) => c.type === 'item' && isOverdue(c.item, today)).length;
    return [role, size, overdue ? `${overdue} overdue` : ''].filter(Boolean).join(' · ');
  }
}
