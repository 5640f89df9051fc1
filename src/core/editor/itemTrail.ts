// Where an action item came from: the entry it was first written in and each session it moved
// out of since ("Move to next session" marks the source `[>] … [moved:: day]` and writes an open
// copy into the next session). Copies are one item when their words, without the dates that edits
// change, are the same (core/itemIdentity.ts, which the merge driver uses too).
import { itemIdentity } from '../itemIdentity';
import type { JournalView } from '../journalIndex';
import type { IsoDate } from '../model';

export interface TrailStop {
  path: string;
  /** The entry's day (a session's date), or null. */
  date: IsoDate | null;
  line: number;
}

export interface ItemTrail {
  /** Where it was written first (the oldest copy), or null when it exists only here. */
  first: TrailStop | null;
  /** Each session it moved out of, oldest first, with the day it moved. */
  moves: (TrailStop & { on: IsoDate | null })[];
}

/** The trail of the item whose words are `text` (as parsed: after the checkbox), written at `path`. */
export function itemTrail(view: JournalView, mentorshipId: string | null, text: string, path: string): ItemTrail {
  const identity = itemIdentity(text);
  const copies = view
    .items(mentorshipId)
    .filter((r) => r.item.kind === 'action' && r.item.status !== null && itemIdentity(r.item.text) === identity)
    .sort((a, b) => ((a.entry.date ?? '') < (b.entry.date ?? '') ? -1 : (a.entry.date ?? '') > (b.entry.date ?? '') ? 1 : a.entry.path < b.entry.path ? -1 : 1));
  const stop = (r: (typeof copies)[number]): TrailStop => ({ path: r.entry.path, date: r.entry.date, line: r.item.line });
  const first = copies.length && copies[0].entry.path !== path ? stop(copies[0]) : null;
  const moves = copies.filter((r) => r.item.status === 'moved').map((r) => ({ ...stop(r), on: r.item.moved }));
  return { first, moves };
}
