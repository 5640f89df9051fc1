// The journal webview's model, built from the indexes: timeline entries newest first, goal
// progress and open/overdue counts per mentorship. Pure (no vscode) so it is unit-tested; the
// panel supplies each journal's index, its mentorships' keys and the files' texts.
import type { JournalIndex, Mentorship } from '../../core/journalIndex';
import { sortNewestFirst } from '../../core/journalIndex';
import type { Entry, IsoDate } from '../../core/model';
import { proposedSessionDate } from '../../core/sessionDate';
import { sessionSummary } from '../../core/summaries';
import type { GoalSummary, HealthView, JournalModel, MentorshipSummary, SearchText, TimelineEntry, TimelineEvent } from '../../shared/journalProtocol';
import { healthView } from './healthModel';

export interface TimelineSource {
  /** Opaque id of the journal, echoed back by the webview in file references. */
  journal: string;
  label: string;
  index: JournalIndex;
  /** The journal's mentorships with their keys (MentorshipRef.key). */
  mentorships: readonly { key: string; mentorship: Mentorship }[];
  /** The file's whole text, when it has been read. */
  textOf(entry: Entry): string | undefined;
  /** A number that changes whenever the entry is re-read. */
  revOf(entry: Entry): number;
  /** The journal root as a webview URL (images inside the journal are shown from under it). */
  imageRoot?: string;
  /**
   * A mentorship's Health view for `today`, when the caller keeps them (the store's derived
   * values: computed once per mentorship until it changes, not for every model posted).
   */
  healthViewOf?(key: string, mentorship: Mentorship, today: IsoDate): HealthView | null;
}

/** Longest body text sent for search per entry: enough for any real session, bounded for odd files. */
const MAX_SEARCH_TEXT = 50_000;
const EVENT_KINDS = new Set<string>(['win', 'feedback', 'intro']);

/**
 * The webview's model. With `first`, only the newest `first` entries are in it (with `total`
 * saying how many there are): a large journal's first paint then waits for a small message.
 */
export function buildModel(sources: readonly TimelineSource[], today: IsoDate, trusted: boolean, me: string | null = null, first?: number): JournalModel {
  const mentorships: MentorshipSummary[] = [];
  const goals: GoalSummary[] = [];
  const entries: { src: TimelineSource; entry: Entry; keyOf: Map<string, string> }[] = [];
  const owners = new Set<string>();
  const health: HealthView[] = [];
  for (const src of sources) {
    const keyOf = new Map(src.mentorships.map((m) => [m.mentorship.id, m.key]));
    for (const { key, mentorship } of src.mentorships) {
      const view = src.healthViewOf ? src.healthViewOf(key, mentorship, today) : healthView(src.journal, src.index, key, mentorship, today);
      if (view) health.push(view);
      mentorships.push({ key, title: mentorship.title, journalLabel: src.label, ...countOpen(src.index, mentorship.id, today), sessionDate: proposedSessionDate(src.index.shared(), mentorship.id, today) });
      for (const g of src.index.goals(mentorship.id)) {
        goals.push({ journal: src.journal, path: g.entry.path, mentorship: key, id: g.id, title: g.entry.goal!.title, status: g.entry.goal!.status, done: g.done, total: g.total });
      }
    }
    for (const entry of src.index.all()) {
      if (entry.type === 'session' || entry.type === 'note') entries.push({ src, entry, keyOf });
    }
  }
  // Newest first across every journal; on one day the later file (`-2`) first, as in the index.
  const sorted = sortNewestFirst(entries, (e) => e.entry, (a, b) => (a.src.journal < b.src.journal ? -1 : a.src.journal > b.src.journal ? 1 : 0));
  const shown = first === undefined ? sorted : sorted.slice(0, first);
  const rows = shown.map(({ src, entry, keyOf }) => {
    const id = src.index.mentorshipIdOf(entry.path);
    const row = toRow(src, entry, id === null ? null : (keyOf.get(id) ?? null));
    row.owners.forEach((o) => owners.add(o));
    return row;
  });
  const imageRoots = sources.flatMap((s) => (s.imageRoot ? [s.imageRoot.endsWith('/') ? s.imageRoot : s.imageRoot + '/'] : []));
  const model: JournalModel = { today, trusted, mentorships, goals, entries: rows, owners: [...owners].sort(), me, imageRoots, health };
  if (first !== undefined) model.total = sorted.length;
  return model;
}

/**
 * The search texts of the timeline's entries, except those the webview already has at that rev
 * (`sent`: key → rev, updated here), at most `max` of them (the rest on the next call). Sent after
 * the model and the first bodies, so neither waits for them. Each carries the entry's title as its
 * text gives it (the model's title for an entry whose text was not read yet comes from the index).
 */
export function searchTexts(sources: readonly TimelineSource[], sent: Map<string, number>, max = Infinity): SearchText[] {
  const out: SearchText[] = [];
  for (const src of sources) {
    for (const entry of src.index.all()) {
      if (out.length >= max) return out;
      if (entry.type !== 'session' && entry.type !== 'note') continue;
      const key = entryKey(src.journal, entry.path);
      const rev = src.revOf(entry);
      const text = src.textOf(entry);
      if (sent.get(key) === rev || text === undefined) continue;
      sent.set(key, rev);
      out.push({ key, rev, text: bodyOf(text, entry.bodyLine).slice(0, MAX_SEARCH_TEXT), title: titleOf(entry, text) });
    }
  }
  return out;
}

/** The title a timeline row shows: sessions are usually titled "Session", so their summary (agenda, notes) says more. */
function titleOf(entry: Entry, text: string | undefined): string {
  return (entry.type === 'session' ? sessionSummary(entry, text ?? null, 90) : entry.title) || entry.title || entry.path;
}

/** The body of a file (front matter removed), as the parser split it. */
export function bodyOf(text: string, bodyLine: number): string {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (bodyLine <= 1) return clean;
  let at = 0;
  for (let line = 1; line < bodyLine && at >= 0; line++) at = clean.indexOf('\n', at) + 1 || -1;
  return at < 0 ? '' : clean.slice(at);
}

/** The key the model and the webview use for a file: unique across journals. */
export function entryKey(journal: string, path: string): string {
  return JSON.stringify([journal, path]);
}

/**
 * Makes the rows of every timeline entry ahead of `buildModel`, a few at a time (`pause`, see
 * core/scan.ts): a large journal's first model then costs its sort, not thousands of rows at once.
 */
export async function prepareRows(sources: readonly TimelineSource[], pause: () => Promise<void> | undefined): Promise<void> {
  for (const src of sources) {
    const keyOf = new Map(src.mentorships.map((m) => [m.mentorship.id, m.key]));
    for (const entry of src.index.all()) {
      if (entry.type !== 'session' && entry.type !== 'note') continue;
      const id = src.index.mentorshipIdOf(entry.path);
      toRow(src, entry, id === null ? null : (keyOf.get(id) ?? null));
      const wait = pause();
      if (wait) await wait;
    }
  }
}

/** Rows by entry: an unchanged entry in the same place keeps its row (large journals re-post models often). */
const rowCache = new WeakMap<Entry, { signature: string; row: TimelineEntry }>();

function toRow(src: TimelineSource, entry: Entry, mentorship: string | null): TimelineEntry {
  const text = src.textOf(entry);
  const rev = src.revOf(entry);
  const signature = `${src.journal}\n${mentorship}\n${rev}\n${text !== undefined}`;
  const cached = rowCache.get(entry);
  if (cached && cached.signature === signature) return cached.row;
  const owners = [...new Set(entry.items.map((i) => i.owner).filter((o): o is string => !!o))].sort();
  const itemGoals = [...new Set(entry.items.flatMap((i) => i.goals))].filter((g) => !entry.goalIds.includes(g)).sort();
  const row: TimelineEntry = {
    key: entryKey(src.journal, entry.path),
    journal: src.journal,
    path: entry.path,
    mentorship,
    type: entry.type as 'session' | 'note',
    date: entry.date,
    title: titleOf(entry, text),
    goals: entry.goalIds,
    itemGoals,
    owners,
    isPrivate: entry.isPrivate,
    rev,
    events: entry.items
      .filter((i) => EVENT_KINDS.has(i.kind))
      .map((i): TimelineEvent => ({ kind: i.kind as TimelineEvent['kind'], status: i.status, title: i.title, line: i.line, owner: i.owner, goals: i.goals })),
  };
  rowCache.set(entry, { signature, row });
  return row;
}

function countOpen(index: JournalIndex, mentorshipId: string, today: IsoDate): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const entry of index.entriesOf(mentorshipId)) {
    for (const item of entry.items) {
      if (item.kind !== 'action' || item.status !== 'open') continue;
      open++;
      if (item.due !== null && item.due < today) overdue++;
    }
  }
  return { open, overdue };
}
