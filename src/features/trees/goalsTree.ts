// The Goals view: mentorship → goal (progress, target) → its milestones, the open action items
// linked to it, and the sessions that discussed it.
import { goalLinksOf, type GoalLinks } from '../../core/goalLinks';
import type { GoalView, JournalIndex } from '../../core/journalIndex';
import { compareStrings } from '../../core/journalIndex';
import type { GoalStatus, IsoDate } from '../../core/model';
import { plural } from '../../core/summaries';
import { mentorshipKey, type JournalStore, type MentorshipRef } from '../../host/journalStore';
import { JournalTree } from './journalTree';
import type { SessionSummaries } from './sessionSummaries';
import { entryNode, groupNode, itemNode, type GroupNode, type MentorshipNode, type TreeNode } from './treeNodes';

const STATUS_ORDER: Record<GoalStatus, number> = { active: 0, paused: 1, achieved: 2, dropped: 3 };

export class GoalsTree extends JournalTree {
  constructor(store: JournalStore, private readonly summaries: SessionSummaries) {
    super(store);
  }

  protected roots(): TreeNode[] {
    return this.store.mentorships().map((r) => this.mentorshipRow(r));
  }

  protected async childrenOf(node: TreeNode): Promise<TreeNode[]> {
    if (node.type === 'mentorship') return this.goalsOf(node);
    if (node.type === 'group') return node.children;
    if (node.type !== 'entry' || !node.goal) return [];
    const { journal, mentorship, goal } = node;
    const links = this.links(journal.index, mentorshipKey(journal, mentorship.id), mentorship.id).get(goal.id);
    const milestones = goal.milestones.map((m) => itemNode(node, journal, goal.entry, m));
    const open = (links?.open ?? []).map((r) => itemNode(node, journal, r.entry, r.item));
    const sessions = links?.sessions ?? [];
    const out: TreeNode[] = [...milestones, ...open];
    if (sessions.length) {
      await this.summaries.load(journal, sessions);
      const group = groupNode(node, journal, mentorship, 'discussed', { key: 'discussed', label: 'Discussed in' });
      group.children.push(...sessions.map((s) => entryNode(group, journal, mentorship, s, { role: 'session', expandable: false, summary: this.summaries.get(s) })));
      out.push(group);
    }
    return out;
  }

  private goalsOf(node: MentorshipNode): TreeNode[] {
    const { journal, mentorship, key } = node.ref;
    const links = this.links(journal.index, key, mentorship.id);
    return this.goals(node.ref).map((goal) => {
      const linked = links.get(goal.id);
      const expandable = goal.milestones.length > 0 || (linked !== undefined && (linked.open.length > 0 || linked.sessions.length > 0));
      return entryNode(node, journal, mentorship, goal.entry, { role: 'goal', goal, expandable });
    });
  }

  /** A mentorship's goals in the view's order, kept until it changes. */
  private goals(ref: MentorshipRef): GoalView[] {
    return this.store.derived(ref.key, 'goals', () => ref.journal.index.goals(ref.mentorship.id).sort(byStatusThenTarget));
  }

  /** Open items and sessions of every goal of a mentorship, kept until it changes. */
  private links(index: JournalIndex, key: string, id: string): Map<string, GoalLinks> {
    return this.store.derived(key, 'goalLinks', () => goalLinksOf(index, id));
  }

  protected describeMentorship(ref: MentorshipRef): string {
    const goals = this.goals(ref);
    if (!goals.length) return 'no goals yet';
    const active = goals.filter((g) => g.entry.goal!.status === 'active').length;
    return active ? `${active} active` : plural(goals.length, 'goal');
  }

  protected describeGroup(node: GroupNode, _today: IsoDate): string {
    return plural(node.children.length, 'session');
  }
}

/** Active goals first, then paused, achieved, dropped; soonest target first; then by title. */
function byStatusThenTarget(a: GoalView, b: GoalView): number {
  const ga = a.entry.goal!;
  const gb = b.entry.goal!;
  return STATUS_ORDER[ga.status] - STATUS_ORDER[gb.status] || compareStrings(ga.target ?? '9999', gb.target ?? '9999') || compareStrings(a.entry.title, b.entry.title);
}
