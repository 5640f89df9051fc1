// Open action items and the two ways the Action Items view groups them: by when they are due
// (Overdue / Due date unreadable / Due this week / Later / No date) or by who owns them. Pure:
// "today" is a parameter.
import { daysBetween, endOfWeek } from './dates';
import type { Entry, IsoDate, Item, Priority } from './model';
import type { ItemRef, JournalView, Mentorship } from './journalIndex';
import { compareStrings } from './journalIndex';
import { unreadableDue } from './unreadableDates';

export type DueBucket = 'overdue' | 'badDate' | 'thisWeek' | 'later' | 'noDate';

export const DUE_BUCKET_LABELS: Record<DueBucket, string> = {
  overdue: 'Overdue',
  badDate: 'Due date unreadable',
  thisWeek: 'Due this week',
  later: 'Later',
  noDate: 'No date',
};

const BUCKET_ORDER: DueBucket[] = ['overdue', 'badDate', 'thisWeek', 'later', 'noDate'];

export interface ItemGroup {
  /** `overdue` … `noDate` by due date; the owner's handle in lower case (or `` for nobody) by owner. */
  key: string;
  label: string;
  items: ItemRef[];
}

/**
 * Every open action item of one mentorship (null: entries under no agreement), sorted by due;
 * without those a later entry lists again ticked (`followUps`): they are done.
 */
export function openActionItems(index: JournalView, mentorshipId: string | null): ItemRef[] {
  const followed = followUps(index.entriesOf(mentorshipId));
  return index
    .items(mentorshipId)
    .filter((r) => r.item.kind === 'action' && r.item.status === 'open' && !followed.has(r.item))
    .sort(byDue);
}

/** Where an open item was listed again and ticked. */
export interface FollowUp {
  path: string;
  /** 1-based. */
  line: number;
  /** The day of the entry that holds the ticked line. */
  date: IsoDate;
}

/**
 * Open action items that a later entry lists again, ticked: the same words (the title people
 * read, runs of spaces aside) and the same owner, written `[x]` in a session or note dated after the open
 * one's. That later line is the item's follow-up: the open one counts as done (not on the
 * agenda, not overdue, not in the Action items view) and `check` asks to tick it too.
 */
export function followUps(entries: readonly Entry[]): Map<Item, FollowUp> {
  // The newest ticked line of each key, then the open lines written before it.
  const done = doneLines(entries);
  const out = new Map<Item, FollowUp>();
  if (done.size === 0) return out;
  for (const entry of entries) {
    for (const item of entry.items) {
      const later = followUpOf(item, entry.date, done);
      if (later) out.set(item, later);
    }
  }
  return out;
}

/** The newest ticked action line of each item (owner and words) in `entries`: what follows items up. */
export function doneLines(entries: readonly Entry[]): Map<string, FollowUp> {
  const done = new Map<string, FollowUp>();
  for (const entry of entries) {
    if (entry.date === null) continue;
    for (const item of entry.items) {
      if (item.kind !== 'action' || item.status !== 'done') continue;
      const key = followUpKey(item);
      const known = done.get(key);
      if (!known || known.date < entry.date) done.set(key, { path: entry.path, line: item.line, date: entry.date });
    }
  }
  return done;
}

/** The follow-up of `item` (written in an entry of `date`) among `done` lines, if it is open and one is later. */
export function followUpOf(item: Item, date: IsoDate | null, ...done: ReadonlyMap<string, FollowUp>[]): FollowUp | undefined {
  if (date === null || item.kind !== 'action' || item.status !== 'open') return undefined;
  const key = followUpKey(item);
  let latest: FollowUp | undefined;
  for (const d of done) {
    const f = d.get(key);
    if (f && f.date > date && (!latest || f.date > latest.date)) latest = f;
  }
  return latest;
}

/** Owner (in any case) and words, runs of white space as one space. */
function followUpKey(item: Item): string {
  const t = item.title;
  // Titles rarely hold two spaces or a tab (a wrapped line's continuation does): only those are rewritten.
  const words = t.indexOf('  ') >= 0 || t.indexOf('\t') >= 0 || t.indexOf('\u00a0') >= 0 ? t.replace(SPACES, ' ').trim() : t;
  return `${item.owner === null ? '' : item.owner.toLowerCase()}\n${words}`;
}

const SPACES = /\s+/g;

export function isOverdue(item: Item, today: IsoDate): boolean {
  return item.status === 'open' && item.due !== null && item.due < today;
}

/** Days past due (> 0), or 0 when the item is not overdue. */
export function daysOverdue(item: Item, today: IsoDate): number {
  return isOverdue(item, today) ? daysBetween(item.due!, today) : 0;
}

/** Due today counts as this week, not overdue; the week ends on Sunday (ISO weeks). */
export function dueBucket(due: IsoDate | null, today: IsoDate): DueBucket {
  if (due === null) return 'noDate';
  if (due < today) return 'overdue';
  return due <= endOfWeek(today) ? 'thisWeek' : 'later';
}

/**
 * Non-empty groups in the order Overdue, Due date unreadable, Due this week, Later, No date; in
 * each, higher priority first, then soonest first. An item whose due date is written but is not
 * a day is never "No date".
 */
export function groupByDue(refs: readonly ItemRef[], today: IsoDate): ItemGroup[] {
  const groups = new Map<DueBucket, ItemRef[]>();
  for (const r of refs) {
    const b = r.item.due === null && unreadableDue(r.entry, r.item) !== null ? 'badDate' : dueBucket(r.item.due, today);
    if (!groups.has(b)) groups.set(b, []);
    groups.get(b)!.push(r);
  }
  return BUCKET_ORDER.filter((b) => groups.has(b)).map((b) => ({ key: b, label: DUE_BUCKET_LABELS[b], items: groups.get(b)!.sort(byPriorityThenDue) }));
}

/**
 * One group per owner: the mentee first, then the mentor, then others by handle, then items
 * nobody owns. Handles compare case-insensitively; the label keeps the first spelling seen.
 */
export function groupByOwner(refs: readonly ItemRef[], mentorship: Mentorship | null): ItemGroup[] {
  const groups = new Map<string, ItemRef[]>();
  for (const r of refs) {
    const key = r.item.owner?.toLowerCase() ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  const mentee = mentorship?.agreement.mentee?.handle?.toLowerCase();
  const mentor = mentorship?.agreement.mentor?.handle?.toLowerCase();
  const rank = (key: string) => (key === '' ? 3 : key === mentee ? 0 : key === mentor ? 1 : 2);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compareStrings(a, b))
    .map(([key, items]) => ({ key, label: key === '' ? 'No owner' : `@${items[0].item.owner}`, items: items.sort(byDue) }));
}

/** Soonest due first, undated last; ties by where they were written (oldest entry first). */
export function byDue(a: ItemRef, b: ItemRef): number {
  const da = a.item.due;
  const db = b.item.due;
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return compareStrings(a.entry.date ?? '', b.entry.date ?? '') || compareStrings(a.entry.path, b.entry.path) || a.item.line - b.item.line;
}

const PRIORITY_RANK: Record<Priority, number> = { highest: 0, high: 1, medium: 2, low: 4, lowest: 5 };

/** Obsidian Tasks' order: highest, high, medium, then normal (none), then low, lowest. */
export function priorityRank(priority: Priority | null): number {
  return priority === null ? 3 : PRIORITY_RANK[priority];
}

/** Higher priority first; the same priority by byDue. */
export function byPriorityThenDue(a: ItemRef, b: ItemRef): number {
  return priorityRank(a.item.taskFields.priority) - priorityRank(b.item.taskFields.priority) || byDue(a, b);
}
