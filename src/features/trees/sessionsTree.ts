// The Sessions view: mentorship → sessions newest first (date, open items, a few words) →
// their action items, wins, feedback and introductions.
import type { IsoDate, ItemKind } from '../../core/model';
import { nextMeetingPhrase } from '../../core/nextSessions';
import { nextMeeting } from '../../core/schedule';
import { plural } from '../../core/summaries';
import type { JournalStore, MentorshipRef } from '../../host/journalStore';
import { JournalTree } from './journalTree';
import type { SessionSummaries } from './sessionSummaries';
import type { Entry } from '../../core/model';
import { entryNode, itemNode, type TreeNode } from './treeNodes';

/** What a session expands to, in this order (then in file order). */
const SHOWN: ItemKind[] = ['action', 'win', 'feedback', 'intro'];

export class SessionsTree extends JournalTree {
  constructor(store: JournalStore, private readonly summaries: SessionSummaries) {
    super(store);
  }

  protected roots(): TreeNode[] {
    return this.store.mentorships().map((r) => this.mentorshipRow(r));
  }

  protected async childrenOf(node: TreeNode): Promise<TreeNode[]> {
    if (node.type === 'mentorship') {
      const { journal, mentorship } = node.ref;
      const sessions = this.sessions(node.ref);
      await this.summaries.load(journal, sessions);
      return sessions.map((s) =>
        entryNode(node, journal, mentorship, s, {
          role: 'session',
          summary: this.summaries.get(s),
          expandable: s.items.some((i) => SHOWN.includes(i.kind)),
        }),
      );
    }
    if (node.type === 'entry') {
      return node.entry.items
        .filter((i) => SHOWN.includes(i.kind))
        .sort((a, b) => SHOWN.indexOf(a.kind) - SHOWN.indexOf(b.kind) || a.line - b.line)
        .map((i) => itemNode(node, node.journal, node.entry, i));
    }
    return [];
  }

  /** e.g. `9 sessions · next Wed 2 Dec`. */
  protected describeMentorship(ref: MentorshipRef, today: IsoDate): string {
    const count = this.sessions(ref).length;
    const next = this.store.derived(ref.key, `next:${today}`, () => nextMeeting(ref.journal.index.shared(), ref.mentorship.id, today));
    return `${plural(count, 'session')} · next ${nextMeetingPhrase(next, today)}`;
  }

  /** A mentorship's sessions, newest first, kept until it changes. */
  private sessions(ref: MentorshipRef): Entry[] {
    return this.store.derived(ref.key, 'sessions', () => ref.journal.index.sessions(ref.mentorship.id));
  }
}
