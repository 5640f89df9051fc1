// When the next meeting is, from the agreement's cadence and the sessions held.
import { nextSessionDue } from './cadence';
import type { SharedView } from './journalIndex';
import type { Entry, IsoDate } from './model';

export interface NextMeeting {
  /** The day the next session is due (may be before today: then it is overdue). */
  due: IsoDate;
  overdue: boolean;
  /** The newest session held on or before today, if any. */
  lastSession: Entry | null;
  /** A session file already written for today or later (e.g. a generated agenda), if any. */
  planned: Entry | null;
}

export function nextMeeting(index: SharedView, mentorshipId: string, today: IsoDate): NextMeeting {
  const m = index.mentorship(mentorshipId);
  const sessions = index.sessions(mentorshipId).filter((s) => s.date !== null);
  // Sessions are newest first: the earliest one dated today or later is the planned one.
  const upcoming = sessions.filter((s) => s.date! >= today);
  const planned = upcoming.length ? upcoming[upcoming.length - 1] : null;
  const lastSession = sessions.find((s) => s.date! < today) ?? null;
  if (planned) return { due: planned.date!, overdue: false, lastSession, planned };
  const due = nextSessionDue(m?.agreement.cadence ?? null, lastSession?.date ?? null, m?.agreement.started ?? null, today);
  return { due, overdue: due < today, lastSession, planned: null };
}

/** The day to hold (or plan) the next meeting: the due day, or today when that is past. */
export function nextMeetingDay(index: SharedView, mentorshipId: string, today: IsoDate): IsoDate {
  const n = nextMeeting(index, mentorshipId, today);
  return n.due < today ? today : n.due;
}
