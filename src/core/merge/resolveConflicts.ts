// "Resolve conflicts by the journal's rules": a file git's own merge left with conflict markers
// (the merge driver was not set up on this clone) is merged again from the three versions git
// keeps while the merge is in progress (base, ours, theirs) by the journal's merge, as the driver
// would have merged it: what the rules combine is combined, true conflicts stay marked.
// Refused when the file holds lines none of the three versions has: someone has started
// resolving it by hand, and their work must not be replaced.
import { findConflictRegions } from '../conflictRegions';
import { EditRefused } from '../edits';
import { splitLines } from '../markdownLines';
import { mergeJournalFile } from './mergeJournalFile';

export interface Sides {
  /** '' when both sides created the file. */
  base: string;
  ours: string;
  theirs: string;
}

export interface Resolution {
  text: string;
  /** Conflict regions in the file before. */
  regions: number;
  /** True conflicts left marked in `text`. */
  left: number;
}

/** The file at `path` (whose text is `working`, with conflict markers) merged again from `sides`. */
export function resolveConflicts(path: string, working: string, sides: Sides): Resolution {
  const lines = splitLines(working);
  const regions = findConflictRegions(lines);
  if (regions.length === 0) throw new EditRefused(`${path} has no conflict markers left; nothing to resolve`);
  const known = new Set<string>();
  for (const side of [sides.base, sides.ours, sides.theirs]) for (const line of splitLines(side)) known.add(line);
  const markers = new Set<number>();
  for (const r of regions) for (const i of [r.start, r.base, r.separator, r.end]) if (i >= 0) markers.add(i);
  const typed = lines.findIndex((line, i) => !markers.has(i) && !known.has(line));
  if (typed >= 0) {
    throw new EditRefused(`${path}:${typed + 1} is in none of the versions git is merging: it looks resolved by hand already, so it was left as it is. Finish it by hand or in the merge editor`);
  }
  const merged = mergeJournalFile(sides.base, sides.ours, sides.theirs, path, { oursLabel: 'ours', theirsLabel: 'theirs' });
  return { text: merged.text, regions: regions.length, left: merged.conflicts };
}
