// The agenda for a mentorship's next meeting, built from everything still open. Deterministic:
// the same index, mentorship and dates give the same data and byte-identical Markdown.
import { daysBetween } from './dates';
import { checkInTopics } from './health/checkIn';
import { mentorshipHealth } from './health/health';
import type { Item, IsoDate, Entry } from './model';
import type { Mentorship, SharedView } from './journalIndex';
import { newestFirst, compareStrings } from './journalIndex';
import { joinPath, linkTarget, relativeLink } from './paths';
import { withoutMention } from './text';

export interface AgendaOptions {
  mentorshipId: string;
  /** The day the agenda is made: decides what is overdue. */
  today: IsoDate;
  /** The meeting's day (defaults to `today`): entries on or after it are not "before" the meeting. */
  date?: IsoDate;
  /** Items due within this many days of `today` count as due soon. */
  dueSoonDays?: number;
}

export interface AgendaSource {
  path: string;
  line: number;
  date: IsoDate | null;
  /** Link from the mentorship's sessions folder, where a generated session is written. */
  link: string;
}

export interface AgendaItem {
  text: string;
  owner: string | null;
  due: IsoDate | null;
  /** Days past due (> 0), or null when not overdue. */
  overdueDays: number | null;
  dueSoon: boolean;
  source: AgendaSource;
}

export interface AgendaGoal {
  id: string;
  title: string;
  path: string;
  done: number;
  total: number;
  target: IsoDate | null;
  nextMilestone: string | null;
  lastDiscussed: IsoDate | null;
  daysSinceDiscussed: number | null;
}

export interface Agenda {
  mentorship: { id: string; title: string };
  date: IsoDate;
  today: IsoDate;
  lastSession: { path: string; date: IsoDate } | null;
  actionItems: { owner: string | null; items: AgendaItem[] }[];
  topics: AgendaItem[];
  goals: AgendaGoal[];
  introductions: AgendaItem[];
  wins: AgendaItem[];
  feedback: AgendaItem[];
  recurring: string[];
  focus: string[];
  /** Check-in questions for the signals of the mentorship's health that call for action (health/checkIn.ts). */
  checkIn: string[];
}

export function buildAgenda(index: SharedView, options: AgendaOptions): Agenda {
  const mentorship = index.mentorship(options.mentorshipId);
  if (!mentorship) throw new Error(`No mentorship "${options.mentorshipId}" in this journal`);
  const today = options.today;
  const date = options.date ?? today;
  const soon = options.dueSoonDays ?? 7;
  const sessionsFolder = joinPath(mentorship.prefix, 'sessions') + '/';

  // The shared view: private entries never reach an agenda, it is written into shared files. Entries dated
  // after the meeting are not known yet; a session already planned for the meeting day counts
  // for its open items (e.g. ones moved into it) but is not "the last session".
  const entries = index.entriesOf(mentorship.id).filter((e) => (e.date === null || e.date <= date || e.type === 'goal'));
  const sessions = entries.filter((e) => e.type === 'session' && e.date !== null && e.date < date).sort(newestFirst);
  const last = sessions[0] ?? null;

  const toItem = (item: Item, entry: Entry): AgendaItem => {
    const overdue = item.due !== null && item.due < today ? daysBetween(item.due, today) : null;
    return {
      text: withoutOwner(item.title, item.owner),
      owner: item.owner,
      due: item.due,
      overdueDays: overdue,
      dueSoon: item.due !== null && overdue === null && daysBetween(today, item.due) <= soon,
      source: { path: entry.path, line: item.line, date: entry.date, link: `${linkTarget(relativeLink(sessionsFolder, entry.path))}#L${item.line}` },
    };
  };

  const open: AgendaItem[] = [];
  const topics: AgendaItem[] = [];
  const intros: AgendaItem[] = [];
  const wins: AgendaItem[] = [];
  const feedback: AgendaItem[] = [];
  const sinceLast = (e: Entry) =>
    e.date !== date && (last === null || (e.date !== null && (e.date > last.date! || (e.date === last.date && e.type !== 'session'))));
  for (const entry of entries) {
    for (const item of entry.items) {
      if (item.kind === 'action' && item.status === 'open') open.push(toItem(item, entry));
      else if (item.kind === 'intro' && item.status === 'open') intros.push(toItem(item, entry));
      else if (item.kind === 'topic' && item.status !== 'done' && item.status !== 'cancelled' && item.status !== 'moved') {
        // A plain topic is queued by the last session (or notes since); an open checkbox stays until ticked.
        if (item.status === 'open' || entry === last || (entry.type !== 'session' && sinceLast(entry))) topics.push(toItem(item, entry));
      } else if ((item.kind === 'win' || item.kind === 'feedback') && entry !== last && sinceLast(entry) && item.status !== 'cancelled') {
        (item.kind === 'win' ? wins : feedback).push(toItem(item, entry));
      }
    }
  }

  return {
    mentorship: { id: mentorship.id, title: mentorship.title },
    date,
    today,
    lastSession: last ? { path: last.path, date: last.date! } : null,
    actionItems: groupByOwner(open, mentorship),
    topics: topics.sort(bySource),
    goals: activeGoals(index, mentorship, sessions, date),
    introductions: intros.sort(bySource),
    wins: wins.sort(bySource),
    feedback: feedback.sort(bySource),
    recurring: mentorship.agreement.recurring,
    focus: mentorship.agreement.focus,
    checkIn: checkInTopics(mentorshipHealth(index, mentorship.id, today)),
  };
}

function withoutOwner(title: string, owner: string | null): string {
  if (!owner) return title;
  return withoutMention(title, owner, () => false, 1).replace(/\s+/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
}

function bySource(a: AgendaItem, b: AgendaItem): number {
  const da = a.source.date ?? '';
  const db = b.source.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return compareStrings(a.source.path, b.source.path) || a.source.line - b.source.line;
}

/** Overdue first, then by due date, then undated (oldest first); mentee, mentor, others, nobody. */
function groupByOwner(items: AgendaItem[], m: Mentorship): { owner: string | null; items: AgendaItem[] }[] {
  const groups = new Map<string | null, AgendaItem[]>();
  for (const item of items) {
    const key = item.owner?.toLowerCase() ?? null;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  const rank = (owner: string | null) =>
    owner === null ? 3 : owner === m.agreement.mentee?.handle?.toLowerCase() ? 0 : owner === m.agreement.mentor?.handle?.toLowerCase() ? 1 : 2;
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compareStrings(a ?? '', b ?? ''))
    .map(([, list]) => ({
      owner: list[0].owner,
      items: list.sort((a, b) => {
        if (a.due !== b.due) return a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1;
        return bySource(a, b);
      }),
    }));
}

function activeGoals(index: SharedView, m: Mentorship, sessionsNewestFirst: Entry[], date: IsoDate): AgendaGoal[] {
  return index
    .goals(m.id)
    .filter((g) => g.entry.goal!.status === 'active')
    .map((g) => {
      const discussed = sessionsNewestFirst.find((s) => s.goalIds.includes(g.id) || s.items.some((i) => i.goals.includes(g.id)));
      const next = g.milestones.find((i) => i.status === 'open');
      return {
        id: g.id,
        title: g.entry.title,
        path: g.entry.path,
        done: g.done,
        total: g.total,
        target: g.entry.goal!.target,
        nextMilestone: next ? next.title : null,
        lastDiscussed: discussed?.date ?? null,
        daysSinceDiscussed: discussed?.date ? daysBetween(discussed.date, date) : null,
      };
    })
    .sort((a, b) => compareStrings(a.target ?? '9999', b.target ?? '9999') || compareStrings(a.id, b.id));
}
