// The agenda for a mentorship's next meeting: what a mentor reads in two minutes before the call.
// Open action items first (overdue and due soon, by owner, higher priority first), then the
// topics queued for the meeting, one line per active goal, pending introductions, and the wins and
// feedback written since the last session held. Everything is measured against the meeting's day,
// never against the day the agenda is made, so two people generating it on two days from the same
// files get the same data (`today` only feeds the "overdue N days" of outputs read once).
import { addDays, daysBetween } from './dates';
import { checkInTopics } from './health/checkIn';
import { mentorshipHealth } from './health/health';
import type { Entry, IsoDate, Item, Priority } from './model';
import type { Mentorship, SharedView } from './journalIndex';
import { compareStrings, newestFirst } from './journalIndex';
import { followUps, priorityRank } from './openItems';
import { withoutMention } from './text';
import { unreadableDue } from './unreadableDates';

export interface AgendaOptions {
  mentorshipId: string;
  /** The day the agenda is made: only the live wording ("overdue 3 days") uses it. */
  today: IsoDate;
  /** The meeting's day (defaults to `today`): what is overdue, due soon or new is measured against it. */
  date?: IsoDate;
  /** Items due within this many days after the meeting are due soon; later ones get one short line. */
  dueSoonDays?: number;
  /** An undated item written (or last moved) before this many sessions held is "stale: keep or drop?". */
  staleAfterSessions?: number;
}

/** Where an open action item stands at the meeting. */
export type AgendaBucket = 'overdue' | 'badDate' | 'soon' | 'open' | 'stale' | 'later' | 'notYet';

export interface AgendaSource {
  /** Journal-relative. */
  path: string;
  line: number;
  date: IsoDate | null;
  /** The item's Obsidian block id (`^abc123`), a link anchor that does not move with the line. */
  blockId: string | null;
}

export interface AgendaItem {
  /** What a person reads: an action item's words without its owner (the group says who); other items as written. */
  text: string;
  owner: string | null;
  due: IsoDate | null;
  /** Action items only: where the item stands at the meeting. */
  bucket: AgendaBucket | null;
  /** Days past due on `today` (> 0), or null: for the live wording only. */
  overdueDays: number | null;
  /** The due date as written when it is not a day (`friday`, `2026-02-30`). */
  unreadableDue: string | null;
  priority: Priority | null;
  /** Obsidian Tasks' recurrence as written (`every week`). */
  recurrence: string | null;
  /** The meeting the item was moved to (`[moved:: …]`, still open). */
  moved: IsoDate | null;
  /** Not to be taken up before this day (Tasks' start or scheduled date, after the meeting). */
  notBefore: { field: 'start' | 'scheduled'; date: IsoDate } | null;
  /** Open since: its created date, else the day of the entry it is written in (or the day it was moved, if later). */
  since: IsoDate | null;
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
  /** Days from the last session that discussed it to the meeting. */
  daysSinceDiscussed: number | null;
}

export interface Agenda {
  mentorship: { id: string; title: string };
  /** The meeting's day. */
  date: IsoDate;
  today: IsoDate;
  /** The last session held before the meeting. */
  lastSession: { path: string; date: IsoDate } | null;
  /** Open action items by owner (mentee, mentor, others, nobody), each group in bucket order. */
  actionItems: { owner: string | null; items: AgendaItem[] }[];
  /** Open action items that start or are scheduled after the meeting. */
  notYet: AgendaItem[];
  /** Topics queued for this meeting under "Next time". */
  topics: AgendaItem[];
  /** The agreement's recurring topics that the agenda does not cover already. */
  recurring: string[];
  goals: AgendaGoal[];
  introductions: AgendaItem[];
  wins: AgendaItem[];
  feedback: AgendaItem[];
  focus: string[];
  /** Check-in questions for the signals of the mentorship's health that call for action (health/checkIn.ts). */
  checkIn: string[];
}

export const BUCKET_ORDER: readonly AgendaBucket[] = ['overdue', 'badDate', 'soon', 'open', 'stale', 'later', 'notYet'];

export function buildAgenda(index: SharedView, options: AgendaOptions): Agenda {
  const mentorship = index.mentorship(options.mentorshipId);
  if (!mentorship) throw new Error(`No mentorship "${options.mentorshipId}" in this journal`);
  const today = options.today;
  const date = options.date ?? today;
  const soonUntil = addDays(date, options.dueSoonDays ?? 7);
  const staleAfter = options.staleAfterSessions ?? 3;

  // The shared view: private entries never reach an agenda, it is written into shared files.
  // Entries dated after the meeting are not known yet; the session planned for the meeting day
  // counts for its open items (e.g. ones written ahead) but not for its topics, wins or feedback.
  const all = index.entriesOf(mentorship.id);
  const entries = all.filter((e) => e.date === null || e.date <= date || e.type === 'goal');
  // Sessions held before the meeting, newest first (measured against the meeting, not today).
  const held = entries.filter((e) => e.type === 'session' && e.date !== null && e.date < date && e.minutes).sort(newestFirst);
  const last = held[0] ?? null;
  const followed = followUps(all);

  const toItem = (item: Item, entry: Entry, words: string): AgendaItem => {
    const tf = item.taskFields;
    const notBefore = tf.start !== null && tf.start > date ? { field: 'start' as const, date: tf.start } : tf.scheduled !== null && tf.scheduled > date ? { field: 'scheduled' as const, date: tf.scheduled } : null;
    const written = tf.created ?? entry.date;
    return {
      text: words,
      owner: item.owner,
      due: item.due,
      bucket: null,
      overdueDays: item.due !== null && item.due < today ? daysBetween(item.due, today) : null,
      unreadableDue: unreadableDue(entry, item),
      priority: tf.priority,
      recurrence: tf.recurrence,
      moved: item.moved,
      notBefore,
      since: item.moved !== null && (written === null || item.moved > written) ? item.moved : written,
      source: { path: entry.path, line: item.line, date: entry.date, blockId: tf.blockId },
    };
  };
  const bucketOf = (a: AgendaItem): AgendaBucket => {
    if (a.due !== null && a.due < date) return 'overdue';
    if (a.unreadableDue !== null) return 'badDate';
    if (a.notBefore !== null) return 'notYet';
    if (a.due !== null) return a.due <= soonUntil ? 'soon' : 'later';
    // Undated: stale once `staleAfter` sessions were held since it was written (or moved): the
    // `staleAfter`th newest session held is after that day.
    const nth = held[staleAfter - 1];
    return a.since !== null && nth !== undefined && nth.date! > a.since ? 'stale' : 'open';
  };

  const window = topicWindow(held);
  const open: AgendaItem[] = [];
  const topics: AgendaItem[] = [];
  const intros: AgendaItem[] = [];
  const wins: AgendaItem[] = [];
  const feedback: AgendaItem[] = [];
  // Written since the last session held (notes of its day too), up to the meeting's day.
  const sinceLast = (e: Entry) => e !== last && e.date !== null && (last === null || e.date > last.date! || (e.date === last.date && e.type !== 'session'));
  for (const entry of entries) {
    const onMeetingDay = entry.type === 'session' && entry.date === date;
    for (const item of entry.items) {
      if (item.kind === 'action' && item.status === 'open') {
        if (!followed.has(item)) open.push(toItem(item, entry, withoutOwner(item.title, item.owner)));
      } else if (item.kind === 'intro' && item.status === 'open') {
        intros.push(toItem(item, entry, item.title));
      } else if (item.kind === 'topic' && !onMeetingDay && item.status !== 'done' && item.status !== 'cancelled' && item.status !== 'moved') {
        // An open checkbox topic stays until ticked; a plain one is queued by the sessions of the window.
        if (item.status === 'open' || window.sessions.has(entry) || (entry.type !== 'session' && entry.date !== null && entry.date >= window.notesFrom)) {
          topics.push(toItem(item, entry, item.title));
        }
      } else if ((item.kind === 'win' || item.kind === 'feedback') && !onMeetingDay && item.status !== 'cancelled' && sinceLast(entry)) {
        // Their words as written: "From @tomas: the failure-modes table…" stays so.
        (item.kind === 'win' ? wins : feedback).push(toItem(item, entry, item.title));
      }
    }
  }
  for (const a of open) a.bucket = bucketOf(a);
  const notYet = open.filter((a) => a.bucket === 'notYet').sort(bySource);
  const actionItems = groupByOwner(open.filter((a) => a.bucket !== 'notYet'), mentorship);
  const goals = activeGoals(index, mentorship, held, date);
  const queued = topics.sort(bySource);
  const intrs = intros.sort(bySource);
  const w = wins.sort(bySource);
  const f = feedback.sort(bySource);
  return {
    mentorship: { id: mentorship.id, title: mentorship.title },
    date,
    today,
    lastSession: last ? { path: last.path, date: last.date! } : null,
    actionItems,
    notYet,
    topics: queued,
    recurring: notSaidElsewhere(mentorship.agreement.recurring, { goals: goals.length > 0, intros: intrs.length > 0, wins: w.length > 0, feedback: f.length > 0 }, queued),
    goals,
    introductions: intrs,
    wins: w,
    feedback: f,
    focus: mentorship.agreement.focus,
    // Measured on the meeting day, like the rest: the same files give the same agenda whoever makes it, whenever.
    checkIn: checkInTopics(mentorshipHealth(index, mentorship.id, date)),
  };
}

/**
 * Which held sessions queue plain topics for the meeting: those since the last one whose
 * meeting went through a generated agenda (that agenda listed what was queued before it), at
 * most three back; the last session alone when none of those had one. So topics written two
 * sessions back are not lost when the session between them was logged without an agenda.
 */
function topicWindow(heldNewestFirst: readonly Entry[]): { sessions: Set<Entry>; notesFrom: IsoDate } {
  const recent = heldNewestFirst.slice(0, 3);
  const withAgenda = recent.findIndex((s) => s.generatedAgenda);
  const sessions = recent.slice(0, withAgenda >= 0 ? withAgenda + 1 : Math.min(1, recent.length));
  // Notes queue topics too, from the oldest of those sessions' day on (all notes when none was held).
  return { sessions: new Set(sessions), notesFrom: sessions.length ? sessions[sessions.length - 1].date! : '' };
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

/** Within an owner: by bucket, then higher priority first, then soonest due, then where written (oldest first). */
function byBucket(a: AgendaItem, b: AgendaItem): number {
  const bucket = BUCKET_ORDER.indexOf(a.bucket!) - BUCKET_ORDER.indexOf(b.bucket!);
  if (bucket !== 0) return bucket;
  const priority = priorityRank(a.priority) - priorityRank(b.priority);
  if (priority !== 0) return priority;
  if (a.due !== b.due) return a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1;
  return bySource(a, b);
}

/** The mentee's items first, then the mentor's, then others by handle, then items nobody owns. */
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
    .map(([, list]) => {
      const sorted = list.sort(byBucket);
      // The first spelling seen in the file order, whatever the sort: the same output every time.
      const owner = [...list].sort(bySource)[0].owner;
      return { owner, items: sorted };
    });
}

// What the agenda's own sections already cover: a recurring topic that names one of them
// ("Open action items from last time") would say it twice.
const COVERED: { words: RegExp; when: keyof Covered | null }[] = [
  { words: /\baction items?\b|\bfollow-?ups?\b|\btodos?\b/i, when: null },
  { words: /\bgoals?\b/i, when: 'goals' },
  { words: /\bintroductions?\b|\bintros?\b/i, when: 'intros' },
  { words: /\bwins?\b/i, when: 'wins' },
  { words: /\bfeedback\b/i, when: 'feedback' },
];

interface Covered {
  goals: boolean;
  intros: boolean;
  wins: boolean;
  feedback: boolean;
}

/** The recurring topics the agenda does not already cover with a section or a queued topic. */
function notSaidElsewhere(recurring: readonly string[], covered: Covered, topics: readonly AgendaItem[]): string[] {
  const queued = new Set(topics.map((t) => t.text.trim().toLowerCase()));
  const seen = new Set<string>();
  return recurring.filter((r) => {
    const key = r.trim().toLowerCase();
    if (!key || queued.has(key) || seen.has(key)) return false;
    seen.add(key);
    return !COVERED.some((c) => (c.when === null || covered[c.when]) && c.words.test(r));
  });
}

function activeGoals(index: SharedView, m: Mentorship, heldNewestFirst: readonly Entry[], date: IsoDate): AgendaGoal[] {
  return index
    .goals(m.id)
    .filter((g) => g.entry.goal!.status === 'active')
    .map((g) => {
      const discussed = heldNewestFirst.find((s) => s.goalIds.includes(g.id) || s.items.some((i) => i.goals.includes(g.id)));
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
