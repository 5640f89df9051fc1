// When the next meeting is, from the agreement's cadence and the sessions *held*. A session file
// is held once its day has come and it records the meeting (`Entry.minutes`: notes, wins,
// feedback, introductions, topics for next time, items ticked on or after its day, a ticked
// agenda line), or, once its day has passed, holds any item at all (action items logged after
// the meeting); any other session file is *planned*: an agenda written ahead, a file made by New
// Session, open items written ahead for the meeting. The next meeting is the earliest session
// planned after the last one held, else the next cadence day after the last one held.
import { advance, nextSessionDue } from './cadence';
import type { SharedView } from './journalIndex';
import type { Cadence, Entry, IsoDate } from './model';

export interface NextMeeting {
  /** The day the next session is due (may be before today: then it is overdue). */
  due: IsoDate;
  overdue: boolean;
  /** The newest session held (on or before today), if any. */
  lastSession: Entry | null;
  /**
   * The session file written for the next meeting and not held yet (a generated agenda, New
   * Session), if any: the one file Generate Agenda, the composer and Move to Next Session share.
   */
  planned: Entry | null;
}

/** Without a cadence, a meeting held today is followed by one a week later (the writers' choice elsewhere too). */
const WEEKLY: Cadence = { unit: 'week', every: 1 };

/** Whether `session` was held by `today`: its day has come and the file records the meeting. */
export function isHeld(session: Entry, today: IsoDate): boolean {
  if (session.type !== 'session' || session.date === null || session.date > today) return false;
  return session.minutes || (session.date < today && session.items.length > 0);
}

export function nextMeeting(index: SharedView, mentorshipId: string, today: IsoDate): NextMeeting {
  const m = index.mentorship(mentorshipId);
  // Newest first; on one day, the later file (`-2`) first.
  const sessions = index.sessions(mentorshipId).filter((s) => s.date !== null);
  const lastSession = sessions.find((s) => isHeld(s, today)) ?? null;
  // The earliest session after the last one held that is not held itself (one whose day has not
  // come yet, or one written for a day that has passed but that records nothing: the meeting slipped).
  let planned: Entry | null = null;
  for (const s of sessions) {
    if (lastSession !== null && s.date! <= lastSession.date!) break;
    if (!isHeld(s, today)) planned = s;
  }
  if (planned) return { due: planned.date!, overdue: planned.date! < today, lastSession, planned };
  const cadence = m?.agreement.cadence ?? null;
  let due = nextSessionDue(cadence, lastSession?.date ?? null, m?.agreement.started ?? null, today);
  // Without a cadence the next meeting is "today", but not the day of one already held.
  if (cadence === null && lastSession !== null && due <= lastSession.date!) due = advance(lastSession.date!, WEEKLY);
  return { due, overdue: due < today, lastSession, planned: null };
}

/** The day to hold (or plan) the next meeting: the planned session's day, else the due day or today when that is past. */
export function nextMeetingDay(index: SharedView, mentorshipId: string, today: IsoDate): IsoDate {
  const n = nextMeeting(index, mentorshipId, today);
  if (n.planned) return n.planned.date!;
  return n.due < today ? today : n.due;
}

/**
 * The session file of the meeting of `date` that is not held yet (the first file of that day), the
 * one file Generate Agenda, the composer and New Session write into, or null; `blocked` is a file of
 * that day that must not be edited (conflict markers, broken front matter): writing a second file
 * beside it would split the meeting in two, so callers refuse and say what to fix.
 */
export function plannedSessionOn(index: SharedView, mentorshipId: string, date: IsoDate, today: IsoDate): { planned: Entry | null; blocked: Entry | null } {
  // Oldest file of the day first (`2026-12-02.md` before `2026-12-02-2.md`).
  const sameDay = index.sessions(mentorshipId).filter((s) => s.date === date).reverse();
  return { planned: sameDay.find((s) => !s.unsafeToEdit && !isHeld(s, today)) ?? null, blocked: sameDay.find((s) => s.unsafeToEdit) ?? null };
}
