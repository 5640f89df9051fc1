// Which meeting "Move to next session" defers an open action item to: the meeting after the
// item's own session (or the next meeting, for an item written elsewhere). The move is recorded
// on the item itself (`[moved:: <that day>]`, the item stays open: edits.ts moveLine), a one-file
// edit; the agenda of that meeting lists it like every open item. Nothing is copied, so a move
// and a tick made on two clones can never leave the item live twice.
import { advance } from './cadence';
import { EditRefused } from './edits';
import type { JournalIndex } from './journalIndex';
import type { IsoDate } from './model';
import { nextMeeting, nextMeetingDay } from './schedule';

export interface MoveTarget {
  /** The meeting's day: the value of `[moved:: …]`. */
  date: IsoDate;
  /** The session already planned for that meeting (its agenda will list the item), if any. */
  planned: string | null;
}

const WEEKLY = { unit: 'week', every: 1 } as const;

export function planMoveTarget(index: JournalIndex, sourcePath: string, today: IsoDate): MoveTarget {
  const source = index.get(sourcePath);
  // The shared schedule says nothing of a private note's items: they stay where they are.
  if (source?.isPrivate) throw new EditRefused(`${sourcePath} is private: its items are never put on a shared agenda`);
  const id = index.mentorshipIdOf(sourcePath);
  const m = id === null ? undefined : index.mentorship(id);
  if (!m || id === null) throw new EditRefused(`${sourcePath} belongs to no mentorship (no mentorship.md in its folder or above), so it has no next session`);

  // Moving out of a session means "to a later meeting", even when that session is today's or the planned one.
  const after = source?.type === 'session' ? source.date : null;
  const shared = index.shared();
  const next = nextMeeting(shared, id, today);
  let date = nextMeetingDay(shared, id, today);
  let planned = next.planned?.path ?? null;
  if (after !== null && date <= after) {
    // The meeting after the item's own session: a session planned for a later day, else one cadence on.
    const later = shared.sessions(id).filter((s) => s.date !== null && s.date > after && s.date >= today && s.path !== sourcePath);
    const first = later[later.length - 1];
    date = first ? first.date! : advance(after, m.agreement.cadence ?? WEEKLY);
    planned = first ? first.path : null;
  }
  return { date, planned };
}
