// Where "Move to next session" carries an open action item: the session already planned after
// the item's own session (a generated agenda, a session written ahead), else a new session file
// for the next meeting day from the cadence.
import { advance } from './cadence';
import { EditRefused } from './edits';
import type { JournalIndex } from './journalIndex';
import type { IsoDate } from './model';
import { joinPath } from './paths';
import { nextMeetingDay } from './schedule';
import { sessionTemplate } from './templates';

export type MoveTarget =
  | { kind: 'existing'; path: string; date: IsoDate }
  | { kind: 'create'; folder: string; base: string; date: IsoDate; content: string };

const WEEKLY = { unit: 'week', every: 1 } as const;

export function planMoveTarget(index: JournalIndex, sourcePath: string, today: IsoDate): MoveTarget {
  const source = index.get(sourcePath);
  // A private item copied into a shared session would leave private/: the brief forbids it.
  if (source?.isPrivate) throw new EditRefused(`${sourcePath} is private: its items are never copied into shared sessions`);
  const id = index.mentorshipIdOf(sourcePath);
  const m = id === null ? undefined : index.mentorship(id);
  if (!m || id === null) throw new EditRefused(`${sourcePath} belongs to no mentorship (no mentorship.md in its folder or above), so it has no next session`);

  // Moving out of a session means "to a later one", even when that session is today's or planned.
  const after = source?.type === 'session' ? source.date : null;
  const shared = index.shared();
  const later = shared
    .sessions(id)
    .filter((s) => s.date !== null && s.path !== sourcePath && s.date >= today && (after === null || s.date > after));
  // Sessions come newest first: the last one is the earliest, the next meeting.
  const planned = later[later.length - 1];
  if (planned) return { kind: 'existing', path: planned.path, date: planned.date! };

  let date = nextMeetingDay(shared, id, today);
  if (after !== null && date <= after) date = advance(after, m.agreement.cadence ?? WEEKLY);
  return { kind: 'create', folder: joinPath(m.prefix, 'sessions'), base: date, date, content: sessionTemplate(date) };
}
