// The day to propose for a session about to be written: one rule for New Session's default and
// the journal composer's date, so the two never disagree.
import { nextSessionDue } from './cadence';
import type { SharedView } from './journalIndex';
import type { IsoDate } from './model';
import { nextMeeting } from './schedule';

/**
 * Today, when a meeting was due today or earlier and no session is written for it yet (it is being
 * held now, or it is late); otherwise the next meeting day: the one a session is already planned
 * for, or the next cadence day (after today's session, when today's is written already).
 * It reads the shared view: private sessions count for nothing here, as in the schedule.
 */
export function proposedSessionDate(index: SharedView, mentorshipId: string, today: IsoDate): IsoDate {
  const next = nextMeeting(index, mentorshipId, today);
  if (next.due > today) return next.due;
  const writtenToday = index.sessions(mentorshipId).some((s) => s.date === today);
  if (!writtenToday) return today;
  const agreement = index.mentorship(mentorshipId)?.agreement ?? null;
  // Without a cadence there is no next day to know: today again (the file gets `-2`).
  return nextSessionDue(agreement?.cadence ?? null, today, agreement?.started ?? null, today);
}
