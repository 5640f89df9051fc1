// The "next 1:1" summary over every mentorship in view (the status bar's words): which meeting
// comes first, whether it is overdue, and how many open action items are past due.
import { formatCadence } from './cadence';
import type { JournalIndex, Mentorship } from './journalIndex';
import type { IsoDate } from './model';
import { isOverdue, openActionItems } from './openItems';
import { nextMeeting, type NextMeeting } from './schedule';
import { plural, relativeDay, shortDay } from './summaries';

export interface MentorshipSchedule {
  /** Unique across journals (the host's mentorship key). */
  key: string;
  mentorship: Mentorship;
  next: NextMeeting;
  overdueItems: number;
}

export interface ScheduleSummary {
  /** e.g. `Next 1:1: Wed 2 Dec`, `Next 1:1 with Sam: overdue since Mon 23 Nov`, `Next 1:1 with Sam and Alex: Wed 2 Dec`. */
  meeting: string;
  /** Overdue action items of the mentorships `meeting` names, e.g. `3 overdue`; null when none. */
  overdue: string | null;
  /** The mentorship whose meeting comes first: the one to prepare an agenda for. */
  soonest: MentorshipSchedule;
  /** Every mentorship whose next meeting falls on the soonest one's day (`soonest` first). */
  sameDay: MentorshipSchedule[];
  /** One line per mentorship, soonest first, for a tooltip. */
  lines: string[];
}

export function scheduleOf(index: JournalIndex, key: string, mentorship: Mentorship, today: IsoDate): MentorshipSchedule {
  // Private items count too: the status bar is seen only by the person at this machine.
  const overdueItems = openActionItems(index, mentorship.id).filter((r) => isOverdue(r.item, today)).length;
  return { key, mentorship, next: nextMeeting(index.shared(), mentorship.id, today), overdueItems };
}

/** `overdue since Mon 23 Nov`, `today`, `tomorrow`, `Wed 2 Dec`. */
export function nextMeetingPhrase(next: NextMeeting, today: IsoDate): string {
  if (next.overdue) return `overdue since ${shortDay(next.due, today)}`;
  return relativeDay(next.due, today);
}

/** Null when there is no mentorship. */
export function summarizeSchedules(list: readonly MentorshipSchedule[], today: IsoDate): ScheduleSummary | null {
  if (!list.length) return null;
  const sorted = [...list].sort((a, b) => (a.next.due < b.next.due ? -1 : a.next.due > b.next.due ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const soonest = sorted[0];
  const sameDay = sorted.filter((s) => s.next.due === soonest.next.due);
  const who = list.length > 1 ? ` with ${joinNames(sameDay.map((s) => personOf(s.mentorship)))}` : '';
  // The count belongs to the meetings named, not to every mentorship in the window.
  const overdue = sameDay.reduce((n, s) => n + s.overdueItems, 0);
  return {
    meeting: `Next 1:1${who}: ${nextMeetingPhrase(soonest.next, today)}`,
    overdue: overdue ? `${overdue} overdue` : null,
    soonest,
    sameDay,
    lines: sorted.map((s) => describe(s, today)),
  };
}

/** `Sam`, `Sam and Alex`, `Sam, Alex and Lena`. */
function joinNames(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function describe(s: MentorshipSchedule, today: IsoDate): string {
  const a = s.mentorship.agreement;
  const facts = [a.cadence ? formatCadence(a.cadence) : 'no cadence set'];
  if (s.next.lastSession?.date) facts.push(`last ${shortDay(s.next.lastSession.date, today)}`);
  if (s.next.planned) facts.push('session file ready');
  const items = s.overdueItems ? ` · ${plural(s.overdueItems, 'overdue action item')}` : '';
  return `${s.mentorship.title}: next 1:1 ${nextMeetingPhrase(s.next, today)} (${facts.join(', ')})${items}`;
}

/** The mentee's first name (a mentor with several mentees reads "with Sam"), else a handle. */
export function personOf(m: Mentorship): string {
  const p = m.agreement.mentee ?? m.agreement.mentor;
  const name = p?.name?.trim().split(/\s+/)[0];
  return name || (p?.handle ? `@${p.handle}` : m.title);
}
