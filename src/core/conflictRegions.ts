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
 * Settles the items of a parsed entry whose text has conflict markers. Each side is read as
 * the file would read with the conflicts resolved its way (so an item keeps the heading it has
 * on its own side): the lines outside the conflicts and ours' sides give the items; theirs' sides
 * add the items ours' side of the same conflict does not have; the base sides (diff3) none.
 * Every item inside a conflict gets a diagnostic naming it. `text` is the entry's text without
 * BOM; `parse` reads a text as the same file.
 */
export function settleConflictItems(entry: Entry, text: string, parse: (text: string) => Entry | null): void {
  const lines = text.split('\n');
  const regions = findConflictRegions(lines);
  if (regions.length === 0) return;
  const where = (r: ConflictRegion) => `lines ${r.start + 1}–${Math.min(r.end, lines.length - 1) + 1}`;
  // Items of one side's reading, with their lines in `text` and the conflict (index) they are in.
  const read = (side: 'ours' | 'theirs') => {
    const kept: string[] = [];
    const origin: { line: number; region: number }[] = [];
    let at = 0;
    regions.forEach((r, n) => {
      for (; at < r.start; at++) kept.push(lines[at]), origin.push({ line: at, region: -1 });
      const [from, to] = side === 'ours' ? [r.start + 1, r.base >= 0 ? r.base : r.separator] : [r.separator + 1, r.end];
      for (let i = from; i < to; i++) kept.push(lines[i]), origin.push({ line: i, region: n });
      at = r.end + 1;
    });
    for (; at < lines.length; at++) kept.push(lines[at]), origin.push({ line: at, region: -1 });
    return (parse(kept.join('\n'))?.items ?? []).map((item) => ({ item: { ...item, line: origin[item.line - 1].line + 1 }, region: origin[item.line - 1].region }));
  };
  const ours = read('ours');
  const key = (region: number, item: Item) => `${region}\u0000${item.kind}\u0000${itemIdentity(item.text)}`;
  const oursLine = new Map(ours.filter((o) => o.region >= 0).map((o) => [key(o.region, o.item), o.item.line]));
  const items: Item[] = [];
  const flags: Diagnostic[] = [];
  for (const { item, region } of ours) {
    items.push(item);
    if (region >= 0) flags.push(flag(entry, item, 'warning', `this item is inside the unresolved git conflict at ${where(regions[region])} (our side); resolve the conflict to edit it`));
  }
  for (const { item, region } of read('theirs')) {
    if (region < 0) continue;
    const twin = oursLine.get(key(region, item));
    if (twin !== undefined) {
      flags.push(flag(entry, item, 'info', `the same item as line ${twin}, on the other side of the git conflict at ${where(regions[region])}: counted once until the conflict is resolved`));
      continue;
    }
    items.push(item);
    flags.push(flag(entry, item, 'warning', `this item is inside the unresolved git conflict at ${where(regions[region])} (their side); resolve the conflict to edit it`));
  }
  entry.items = items.sort((a, b) => a.line - b.line);
  entry.diagnostics = [...entry.diagnostics, ...flags].sort((a, b) => a.line - b.line);
}

function flag(entry: Entry, item: Item, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { file: entry.path, line: item.line, severity, code: 'conflict-item', message };
}
