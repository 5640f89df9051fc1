// The journal webview's model, built from the indexes: timeline entries newest first, goal
// progress and open/overdue counts per mentorship. Pure (no vscode) so it is unit-tested; the
// panel supplies each journal's index, its mentorships' keys and the files' texts.
import type { JournalIndex, Mentorship } from '../../core/journalIndex';
import { newestFirst } from '../../core/journalIndex';
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
}

/** Longest body text sent for search per entry: enough for any real session, bounded for odd files. */
const MAX_SEARCH_TEXT = 50_000;
const EVENT_KINDS = new Set<string>(['win', 'feedback', 'intro']);

export function buildModel(sources: readonly TimelineSource[], today: IsoDate, trusted: boolean, me: string | null = null): JournalModel {
  const mentorships: MentorshipSummary[] = [];
  const goals: GoalSummary[] = [];
  const entries: { entry: Entry; row: TimelineEntry }[] = [];
  const owners = new Set<string>();
  const health: HealthView[] = [];
  for (const src of sources) {
    const keyOf = new Map(src.mentorships.map((m) => [m.mentorship.id, m.key]));
    for (const { key, mentorship } of src.mentorships) {
      const view = healthView(src.journal, src.index, key, mentorship, today);
      if (view) health.push(view);
      mentorships.push({ key, title: mentorship.title, journalLabel: src.label, ...countOpen(src.index, mentorship.id, today), sessionDate: proposedSessionDate(src.index.shared(), mentorship.id, today) });
      for (const g of src.index.goals(mentorship.id)) {
        goals.push({ journal: src.journal, path: g.entry.path, mentorship: key, id: g.id, title: g.entry.goal!.title, status: g.entry.goal!.status, done: g.done, total: g.total });
      }
    }
    for (const entry of src.index.all()) {
      if (entry.type !== 'session' && entry.type !== 'note') continue;
      const id = src.index.mentorshipIdOf(entry.path);
      const row = toRow(src, entry, id === null ? null : (keyOf.get(id) ?? null));
      row.owners.forEach((o) => owners.add(o));
      entries.push({ entry, row });
    }
  }
  // Newest first across every journal; on one day the later file (`-2`) first, as in the index.
  entries.sort((a, b) => newestFirst(a.entry, b.entry) || (a.row.journal < b.row.journal ? -1 : a.row.journal > b.row.journal ? 1 : 0));
  const imageRoots = sources.flatMap((s) => (s.imageRoot ? [s.imageRoot.endsWith('/') ? s.imageRoot : s.imageRoot + '/'] : []));
  return { today, trusted, mentorships, goals, entries: entries.map((e) => e.row), owners: [...owners].sort(), me, imageRoots, health };
}

/**
 * The search texts of the timeline's entries, except those the webview already has at that rev
 * (`sent`: key → rev, updated here). Sent after the model, so the first paint does not wait for them.
 */
export function searchTexts(sources: readonly TimelineSource[], sent: Map<string, number>): SearchText[] {
  const out: SearchText[] = [];
  for (const src of sources) {
    for (const entry of src.index.all()) {
      if (entry.type !== 'session' && entry.type !== 'note') continue;
      const key = entryKey(src.journal, entry.path);
      const rev = src.revOf(entry);
      const text = src.textOf(entry);
      if (sent.get(key) === rev || text === undefined) continue;
      sent.set(key, rev);
      out.push({ key, rev, text: bodyOf(text, entry.bodyLine).slice(0, MAX_SEARCH_TEXT) });
    }
  }
  return out;
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

function toRow(src: TimelineSource, entry: Entry, mentorship: string | null): TimelineEntry {
  const owners = [...new Set(entry.items.map((i) => i.owner).filter((o): o is string => !!o))].sort();
  const itemGoals = [...new Set(entry.items.flatMap((i) => i.goals))].filter((g) => !entry.goalIds.includes(g)).sort();
  const text = src.textOf(entry);
  return {
    key: entryKey(src.journal, entry.path),
    journal: src.journal,
    path: entry.path,
    mentorship,
    type: entry.type as 'session' | 'note',
    date: entry.date,
    // Sessions are usually titled "Session": the tree's summary (agenda, notes) says more.
    title: (entry.type === 'session' ? sessionSummary(entry, text ?? null, 90) : entry.title) || entry.title || entry.path,
    goals: entry.goalIds,
    itemGoals,
    owners,
    isPrivate: entry.isPrivate,
    rev: src.revOf(entry),
    events: entry.items
      .filter((i) => EVENT_KINDS.has(i.kind))
      .map((i): TimelineEvent => ({ kind: i.kind as TimelineEvent['kind'], status: i.status, title: i.title, line: i.line, owner: i.owner, goals: i.goals })),
  };
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
