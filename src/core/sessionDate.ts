// The day to propose for a session about to be written: one rule for New Session's default and
// the journal composer's date, so the two never disagree.
import type { SharedView } from './journalIndex';
import type { IsoDate } from './model';
import { nextMeeting } from './schedule';

/**
 * The day of the session planned for the next meeting when one is written (a generated agenda:
 * the composer then writes into it, never beside it); else today, when a meeting was due today or
 * earlier (it is being held now, or it is late); else the next meeting day, the next cadence day
 * after the last session held (today's included). It reads the shared view: private sessions
 * count for nothing here, as in the schedule.
 */
export function proposedSessionDate(index: SharedView, mentorshipId: string, today: IsoDate): IsoDate {
  const next = nextMeeting(index, mentorshipId, today);
  if (next.planned) return next.planned.date!;
  return next.due > today ? next.due : today;
}
