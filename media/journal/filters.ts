// Which rows the timeline shows for the filters: pure functions over the model.
// Each thing is shown once, at the finest level the kind filter asks for: a session or note is
// one row (its wins, feedback and introductions are inside it); a win, feedback or introduction
// is a row of its own only when its entry is not shown.
import type { EventKind, JournalModel, TimelineEntry, TimelineEvent } from '../../src/shared/journalProtocol';
import type { Filters } from './state';

export interface Row {
  /** Unique per row: the entry key, plus the line for event rows. */
  key: string;
  kind: EventKind;
  entry: TimelineEntry;
  event?: TimelineEvent;
}

/** Search texts by entry key, as the extension sent them (after the model). */
export type SearchTexts = ReadonlyMap<string, { rev: number; text: string }>;

/** Lower-cased text to search per entry, computed once per entry object and text. */
const haystacks = new WeakMap<TimelineEntry, { text: string | undefined; words: string }>();

function haystack(e: TimelineEntry, texts: SearchTexts): string {
  const t = texts.get(e.key);
  const text = t && t.rev === e.rev ? t.text : undefined;
  let h = haystacks.get(e);
  if (!h || h.text !== text) {
    const events = e.events.map((v) => v.title).join('\n');
    h = { text, words: [e.title, e.path, e.date ?? '', e.goals.join(' '), e.owners.map((o) => '@' + o).join(' '), events, text ?? ''].join('\n').toLowerCase() };
    haystacks.set(e, h);
  }
  return h.words;
}

/** Every word of the query must appear (in any order). */
export function queryWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Until an entry's search text arrives, its title, path, chips and events are searched. */
export function filterRows(model: JournalModel, f: Filters, texts: SearchTexts): Row[] {
  const kinds = new Set(f.kinds);
  const words = queryWords(f.text);
  const owner = f.owner.replace(/^@/, '');
  const rows: Row[] = [];
  for (const entry of model.entries) {
    if (f.mentorship && entry.mentorship !== f.mentorship) continue;
    if (f.from && (entry.date === null || entry.date < f.from)) continue;
    if (f.to && (entry.date === null || entry.date > f.to)) continue;
    if (kinds.has(entry.type) && entryMatches(entry, f.goal, owner, words, texts)) {
      rows.push({ key: entry.key, kind: entry.type, entry });
      continue;
    }
    for (const event of entry.events) {
      if (kinds.has(event.kind) && eventMatches(entry, event, f.goal, owner, words)) rows.push({ key: `${entry.key}#${event.line}`, kind: event.kind, entry, event });
    }
  }
  return rows;
}

function entryMatches(e: TimelineEntry, goal: string, owner: string, words: string[], texts: SearchTexts): boolean {
  if (goal && !e.goals.includes(goal) && !e.itemGoals.includes(goal)) return false;
  if (owner && !e.owners.includes(owner)) return false;
  const text = words.length ? haystack(e, texts) : '';
  return words.every((w) => text.includes(w));
}

function eventMatches(e: TimelineEntry, i: TimelineEvent, goal: string, owner: string, words: string[]): boolean {
  if (goal && !i.goals.includes(goal) && !e.goals.includes(goal)) return false;
  if (owner && i.owner !== owner) return false;
  const text = words.length ? [i.title, i.owner ? '@' + i.owner : '', e.title, e.path].join('\n').toLowerCase() : '';
  return words.every((w) => text.includes(w));
}

/** Whether any filter narrows the timeline (for the "clear filters" button). */
export function isFiltered(f: Filters, allKinds: readonly EventKind[]): boolean {
  return !!(f.mentorship || f.goal || f.owner || f.from || f.to || f.text.trim()) || f.kinds.length !== allKinds.length;
}
