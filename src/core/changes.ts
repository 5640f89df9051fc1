// What changed in a mentorship since its last session, for the mentor preparing the next one:
// sessions (in a few words) and notes written since, action items completed and added, goals
// whose milestones moved (or that are new), wins, feedback (with who gave it) and introductions
// made; every line links to where it was written. Private entries are left out.
import type { Entry, EntryType, IsoDate, Item } from './model';
import type { SharedView } from './journalIndex';
import { compareStrings } from './journalIndex';
import { nextMeeting } from './schedule';
import { attributed, feedbackGiver, link, linksFrom, type SourceLinks } from './sourceLinks';
import { sessionSummary } from './summaries';

export interface ChangesOptions {
  mentorshipId: string;
  today: IsoDate;
  /** A session file's text, for its summary; null: not read. */
  textOf?: (entry: Entry) => string | null;
}

export interface ChangeLine {
  text: string;
  owner: string | null;
  /** The day it happened: the completion day, or the day of the entry it is written in. */
  date: IsoDate | null;
  path: string;
  line: number;
  /** Feedback only: who gave it, when the line does not say so itself. */
  from?: string | null;
}

export interface ChangedEntry {
  path: string;
  type: EntryType;
  date: IsoDate;
  title: string;
  /** A session in a few words (its title when that says something); a note's title. */
  summary: string;
}

export interface GoalChange {
  id: string;
  title: string;
  path: string;
  done: number;
  total: number;
  /** Milestones completed since the last session. */
  milestones: ChangeLine[];
  /** Started since the last session. */
  isNew: boolean;
}

export interface Changes {
  mentorship: { id: string; title: string };
  today: IsoDate;
  /** The newest session held (today's included); null when none was held yet (then everything is new). */
  lastSession: { path: string; date: IsoDate } | null;
  entries: ChangedEntry[];
  completed: ChangeLine[];
  added: ChangeLine[];
  goals: GoalChange[];
  wins: ChangeLine[];
  feedback: ChangeLine[];
  introductions: ChangeLine[];
}

export function buildChanges(index: SharedView, o: ChangesOptions): Changes {
  const m = index.mentorship(o.mentorshipId);
  if (!m) throw new Error(`No mentorship "${o.mentorshipId}" in this journal`);
  const entries = index.entriesOf(m.id);
  // Sessions newest first; the last one held (today's, once it records the meeting), not one
  // only planned (a generated agenda, an empty New Session file).
  const last = nextMeeting(index, m.id, o.today).lastSession;
  const since = last?.date ?? null;
  const isAfter = (d: IsoDate | null) => since === null || (d !== null && d > since);
  // Notes written on the day of the last session come after it, as in the agenda.
  const writtenSince = (e: Entry) => e !== last && e.date !== null && (isAfter(e.date) || (e.date === since && e.type !== 'session'));
  const line = (item: Item, entry: Entry, date: IsoDate | null): ChangeLine => ({ text: item.title, owner: item.owner, date, path: entry.path, line: item.line });

  const changed: ChangedEntry[] = [];
  const completed: ChangeLine[] = [];
  const added: ChangeLine[] = [];
  const wins: ChangeLine[] = [];
  const feedback: ChangeLine[] = [];
  const introductions: ChangeLine[] = [];
  for (const entry of entries) {
    const isNew = (entry.type === 'session' || entry.type === 'note') && writtenSince(entry);
    if (isNew) {
      const summary = entry.type === 'session' ? sessionSummary(entry, o.textOf?.(entry) ?? null) || entry.title : entry.title;
      changed.push({ path: entry.path, type: entry.type, date: entry.date!, title: entry.title, summary });
    }
    for (const item of entry.items) {
      const done = item.status === 'done' && item.completion !== null && isAfter(item.completion);
      if (item.kind === 'action' && done) completed.push(line(item, entry, item.completion));
      else if (item.kind === 'action' && item.status === 'open' && isNew) added.push(line(item, entry, entry.date));
      else if (item.kind === 'intro' && done) introductions.push(line(item, entry, item.completion));
      else if (item.kind === 'win' && isNew && item.status !== 'cancelled') wins.push(line(item, entry, entry.date));
      else if (item.kind === 'feedback' && isNew && item.status !== 'cancelled') feedback.push({ ...line(item, entry, entry.date), from: feedbackGiver(item, entry) });
    }
  }

  const goals: GoalChange[] = [];
  for (const g of index.goals(m.id)) {
    const milestones = g.milestones.filter((i) => i.status === 'done' && i.completion !== null && isAfter(i.completion)).map((i) => line(i, g.entry, i.completion));
    const isNew = since !== null && g.entry.goal!.started !== null && g.entry.goal!.started > since;
    if (milestones.length === 0 && !isNew) continue;
    goals.push({ id: g.id, title: g.entry.title, path: g.entry.path, done: g.done, total: g.total, milestones: milestones.sort(byDate), isNew });
  }

  return {
    mentorship: { id: m.id, title: m.title },
    today: o.today,
    lastSession: last ? { path: last.path, date: last.date! } : null,
    entries: changed.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.path, b.path)),
    completed: completed.sort(byDate),
    added: added.sort(byDate),
    goals: goals.sort((a, b) => compareStrings(a.id, b.id)),
    wins: wins.sort(byDate),
    feedback: feedback.sort(byDate),
    introductions: introductions.sort(byDate),
  };
}

function byDate(a: ChangeLine, b: ChangeLine): number {
  return compareStrings(a.date ?? '', b.date ?? '') || compareStrings(a.path, b.path) || a.line - b.line;
}

/** The changes as Markdown; links start from the journal root unless `links` says otherwise. */
export function renderChanges(c: Changes, links: SourceLinks = linksFrom('')): string {
  const since = c.lastSession ? `since the session of ${link(c.lastSession.date, links(c.lastSession.path))}` : 'since the start (no session held yet)';
  const out: string[] = ['# What changed since the last session', '', `_${c.mentorship.title} · ${since} · as of ${c.today}_`, ''];
  section(out, 'New sessions and notes', c.entries.map((e) => `${link(e.date, links(e.path))} · ${e.type} · ${e.summary}`));
  const withSource = (l: ChangeLine) => `${attributed(l.text.replace(/\r?\n/g, ' '), l.from ?? null)} — ${link(l.date ?? `${l.path}:${l.line}`, links(l.path, l.line))}`;
  section(out, 'Action items completed', c.completed.map(withSource));
  section(out, 'New action items', c.added.map(withSource));
  section(
    out,
    'Goals that moved',
    c.goals.flatMap((g) => [
      `${link(g.title, links(g.path))} — ${g.done}/${g.total} milestones${g.isNew ? ' (new goal)' : ''}`,
      ...g.milestones.map((m) => `  - [x] ${m.text} (${link(m.date ?? `${m.path}:${m.line}`, links(m.path, m.line))})`),
    ]),
  );
  section(out, 'Wins', c.wins.map(withSource));
  section(out, 'Feedback', c.feedback.map(withSource));
  section(out, 'Introductions made', c.introductions.map(withSource));
  if (out.length === 4) out.push('Nothing has changed since the last session.');
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

function section(out: string[], title: string, lines: string[]): void {
  if (!lines.length) return;
  out.push(`## ${title}`, '');
  // Nested lines (a goal's milestones) are already indented list lines.
  for (const l of lines) out.push(l.startsWith('  - ') ? l : `- ${l}`);
  out.push('');
}
