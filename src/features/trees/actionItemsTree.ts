// The Action Items view: open action items grouped Overdue / Due this week / Later / No date,
// or by owner (the view's toggle; the setting `mentorship.actionItems.groupBy` is its default). With several mentorships each is its
// own top-level row (a mentor sees each mentee apart); with one, the groups are the top level.
import { groupByDue, groupByOwner, isOverdue, openActionItems, type ItemGroup } from '../../core/openItems';
import type { IsoDate } from '../../core/model';
import type { JournalStore, MentorshipRef } from '../../host/journalStore';
import type { GroupBy } from '../../host/settings';
import { JournalTree } from './journalTree';
import { groupNode, itemNode, mentorshipNode, type GroupKind, type GroupNode, type TreeNode } from './treeNodes';

export class ActionItemsTree extends JournalTree {
  constructor(
    store: JournalStore,
    private readonly groupBy: () => GroupBy,
  ) {
    super(store);
  }

  protected roots(today: IsoDate): TreeNode[] {
    const refs = this.store.mentorships();
    const busy = refs.filter((r) => openActionItems(r.journal.index, r.mentorship.id).length > 0);
    if (refs.length > 1) return busy.map(mentorshipNode);
    // Nothing open: no rows, so the view shows its welcome text.
    return busy.length ? this.groups(undefined, busy[0], today) : [];
  }

  protected childrenOf(node: TreeNode, today: IsoDate): TreeNode[] {
    if (node.type === 'mentorship') return this.groups(node, node.ref, today);
    if (node.type === 'group') return node.children;
    return [];
  }

  /** Overdue open items in every mentorship (the view's badge). */
  overdueCount(today: IsoDate): number {
    return this.store
      .mentorships()
      .reduce((n, r) => n + openActionItems(r.journal.index, r.mentorship.id).filter((x) => isOverdue(x.item, today)).length, 0);
  }

  private groups(parent: TreeNode | undefined, ref: MentorshipRef, today: IsoDate): GroupNode[] {
    const { journal, mentorship } = ref;
    const items = openActionItems(journal.index, mentorship.id);
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
    const open = openActionItems(ref.journal.index, ref.mentorship.id);
    const overdue = open.filter((r) => isOverdue(r.item, today)).length;
    return overdue ? `${open.length} open · ${overdue} overdue` : `${open.length} open`;
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
