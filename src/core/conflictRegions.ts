// Git conflict regions left in a file (`<<<<<<<`, optional `|||||||` base, `=======`, `>>>>>>>`),
// and what they mean for the items inside them while they remain: the ours side's items are
// listed; an item the theirs side repeats (same identity) is listed once, not twice; the base
// side (diff3 style) is history, never listed; every listed item inside a region is flagged.
import { itemIdentity } from './itemIdentity';
import type { Diagnostic, Entry, Item } from './model';

export interface ConflictRegion {
  /** 0-based line indexes of the markers; `base` is -1 without a `|||||||` part. */
  start: number;
  base: number;
  /** The `=======` line, or `end` when there is none (a region cut short). */
  separator: number;
  /** The `>>>>>>>` line, or the line count when the region is never closed. */
  end: number;
}

const START = /^<{7}(?: |$)/;
const BASE = /^\|{7}(?: |$)/;
const SEPARATOR = /^={7}$/;
const END = /^>{7}(?: |$)/;

/** The conflict regions of `lines` (without line breaks), in order. */
export function findConflictRegions(lines: readonly string[]): ConflictRegion[] {
  const out: ConflictRegion[] = [];
  let open: ConflictRegion | null = null;
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i].charCodeAt(0);
    if (c !== 60 && c !== 124 && c !== 61 && c !== 62) continue;
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (open === null) {
      if (START.test(line)) open = { start: i, base: -1, separator: -1, end: -1 };
    } else if (open.separator < 0 && open.base < 0 && BASE.test(line)) {
      open.base = i;
    } else if (open.separator < 0 && SEPARATOR.test(line)) {
      open.separator = i;
    } else if (END.test(line)) {
      open.end = i;
      if (open.separator < 0) open.separator = i;
      out.push(open);
      open = null;
    }
  }
  if (open !== null) {
    open.end = lines.length;
    if (open.separator < 0) open.separator = lines.length;
    out.push(open);
  }
  return out;
}

/** Which part of `region` 0-based line `i` is in. */
export function sideOf(region: ConflictRegion, i: number): 'ours' | 'base' | 'theirs' | 'marker' {
  if (i === region.start || i === region.base || i === region.separator || i === region.end) return 'marker';
  if (i < (region.base >= 0 ? region.base : region.separator)) return 'ours';
  return i < region.separator ? 'base' : 'theirs';
}

/**
 * Settles the items of a parsed entry whose text has conflict markers: drops the base side's
 * items and the theirs side's repeats of ours' items, and flags the rest (a diagnostic on the
 * item naming the region). `text` is the entry's text without BOM.
 */
export function settleConflictItems(entry: Entry, text: string): void {
  const lines = text.split('\n');
  const regions = findConflictRegions(lines);
  if (regions.length === 0) return;
  // Each item's region (index) and side, in one walk: items and regions are both in line order.
  const placed: { item: Item; region: number; side: ReturnType<typeof sideOf> | null }[] = [];
  const oursItems = new Map<string, number>();
  let r = 0;
  for (const item of entry.items) {
    const i = item.line - 1;
    while (r < regions.length && regions[r].end < i) r++;
    const side = r < regions.length && regions[r].start < i ? sideOf(regions[r], i) : null;
    placed.push({ item, region: r, side });
    if (side === 'ours') oursItems.set(`${r}\u0000${item.kind}\u0000${itemIdentity(item.text)}`, item.line);
  }
  const kept: Item[] = [];
  const flags: Diagnostic[] = [];
  for (const { item, region, side } of placed) {
    if (side === null || side === 'marker') {
      kept.push(item);
      continue;
    }
    if (side === 'base') continue;
    const where = `lines ${regions[region].start + 1}–${Math.min(regions[region].end, lines.length - 1) + 1}`;
    const twin = side === 'theirs' ? oursItems.get(`${region}\u0000${item.kind}\u0000${itemIdentity(item.text)}`) : undefined;
    if (twin !== undefined) {
      flags.push(flag(entry, item, 'info', `the same item as line ${twin}, on the other side of the git conflict at ${where}: counted once until the conflict is resolved`));
      continue;
    }
    kept.push(item);
    flags.push(flag(entry, item, 'warning', `this item is inside the unresolved git conflict at ${where} (${side === 'ours' ? 'our' : 'their'} side); resolve the conflict to edit it`));
  }
  entry.items = kept;
  entry.diagnostics = [...entry.diagnostics, ...flags].sort((a, b) => a.line - b.line);
}

function flag(entry: Entry, item: Item, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { file: entry.path, line: item.line, severity, code: 'conflict-item', message };
}
