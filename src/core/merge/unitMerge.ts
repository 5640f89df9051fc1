// A three-way merge of sequences of units (lines, front-matter keys or whole sections), each with
// a key that says which units are "the same one" across versions and a text. Units are aligned
// by key, so a unit both sides kept but changed (an item ticked on one side and given a due date
// on the other) is merged on its own, whatever its neighbours did. What the caller decides:
// how to merge one unit changed on both sides, and whether two insertions at one place combine.
import { diff3, matchSequences } from './diff';

export interface Unit {
  key: string;
  /** One or more lines, joined with `\n`. */
  text: string;
}

/** Merged output: lines, or a conflict between the two sides' lines. */
export type Piece = { lines: string[] } | { ours: string[]; theirs: string[] };

export interface UnitMergeRules<U extends Unit> {
  /** One unit kept by both sides (same key), changed by both: the merged pieces, or null to conflict. */
  both(base: U | null, ours: U, theirs: U): Piece[] | null;
  /** Both sides inserted units at the same place (nothing of the base there): may they combine? */
  combineInsertions(ours: readonly U[], theirs: readonly U[]): boolean;
  /**
   * Keys are unique within a version (sections, front-matter keys): insertions are combined by
   * key whatever their order on each side. Otherwise (lines) by a common subsequence of keys.
   */
  uniqueKeys?: boolean;
  /** Both sides changed a stretch of the base differently: a finer merge of it, else it conflicts whole. */
  changedBoth?(base: readonly U[], ours: readonly U[], theirs: readonly U[]): Piece[];
}

/** Merges three unit sequences; `base` may be empty (a file both sides created). */
export function mergeUnits<U extends Unit>(base: readonly U[], ours: readonly U[], theirs: readonly U[], rules: UnitMergeRules<U>): Piece[] {
  const ids = new Map<string, number>();
  const idsOf = (units: readonly U[]) => units.map((u) => {
    let id = ids.get(u.key);
    if (id === undefined) ids.set(u.key, (id = ids.size));
    return id;
  });
  const b = idsOf(base);
  const o = idsOf(ours);
  const t = idsOf(theirs);
  const out: Piece[] = [];
  for (const c of diff3(matchSequences(b, o), matchSequences(b, t), ours.length, theirs.length)) {
    const bs = base.slice(c.base[0], c.base[1]);
    const os = ours.slice(c.ours[0], c.ours[1]);
    const ts = theirs.slice(c.theirs[0], c.theirs[1]);
    if (c.stable) {
      for (let i = 0; i < bs.length; i++) out.push(...mergeOne(bs[i], os[i], ts[i], rules));
    } else if (sameTexts(os, bs)) {
      out.push(linesOf(ts));
    } else if (sameTexts(ts, bs) || sameTexts(os, ts)) {
      out.push(linesOf(os));
    } else if (bs.length === 0 && rules.combineInsertions(os, ts)) {
      out.push(...(rules.uniqueKeys ? unionByKey(os, ts, rules) : union(os, ts, rules)));
    } else if (bs.length > 0 && rules.changedBoth) {
      out.push(...rules.changedBoth(bs, os, ts));
    } else {
      out.push(...conflict(os.map((u) => u.text), ts.map((u) => u.text)));
    }
  }
  return out;
}

/**
 * Both sides' units where there is no common version to compare with: units with the same key
 * (in order) appear once, merged; the others keep their place, ours before theirs at one place.
 */
export function union<U extends Unit>(ours: readonly U[], theirs: readonly U[], rules: UnitMergeRules<U>): Piece[] {
  const ids = new Map<string, number>();
  const idOf = (u: U) => {
    let id = ids.get(u.key);
    if (id === undefined) ids.set(u.key, (id = ids.size));
    return id;
  };
  const match = matchSequences(ours.map(idOf), theirs.map(idOf));
  const out: Piece[] = [];
  let t = 0;
  for (let o = 0; o < ours.length; o++) {
    const m = match[o];
    if (m < 0) continue;
    // Ours' unmatched units before this one, then theirs'.
    let from = o;
    while (from > 0 && match[from - 1] < 0) from--;
    out.push(linesOf(ours.slice(from, o)), linesOf(theirs.slice(t, m)));
    out.push(...mergeOne(null, ours[o], theirs[m], rules));
    t = m + 1;
  }
  let from = ours.length;
  while (from > 0 && match[from - 1] < 0) from--;
  out.push(linesOf(ours.slice(from)), linesOf(theirs.slice(t)));
  return out;
}

/**
 * Both sides' units, each key once: ours in their order, theirs' own units after the unit that
 * precedes them on their side (or, first on their side, after ours' own units at that place).
 */
function unionByKey<U extends Unit>(ours: readonly U[], theirs: readonly U[], rules: UnitMergeRules<U>): Piece[] {
  const merged: { ours: U | null; theirs: U | null }[] = ours.map((u) => ({ ours: u, theirs: null }));
  // Theirs' units before the first one both have go before that one (after ours' own there).
  const keys = new Set(theirs.map((u) => u.key));
  const first = ours.findIndex((u) => keys.has(u.key));
  let after = (first < 0 ? ours.length : first) - 1;
  for (const u of theirs) {
    const at = merged.findIndex((m) => m.ours !== null && m.ours.key === u.key);
    if (at >= 0) {
      merged[at].theirs = u;
      after = at;
    } else {
      merged.splice(++after, 0, { ours: null, theirs: u });
    }
  }
  return merged.flatMap((m) => (m.ours && m.theirs ? mergeOne(null, m.ours, m.theirs, rules) : [linesOf([(m.ours ?? m.theirs)!])]));
}

function mergeOne<U extends Unit>(base: U | null, ours: U, theirs: U, rules: UnitMergeRules<U>): Piece[] {
  if (ours.text === theirs.text || (base !== null && theirs.text === base.text)) return [linesOf([ours])];
  if (base !== null && ours.text === base.text) return [linesOf([theirs])];
  return rules.both(base, ours, theirs) ?? conflict([ours.text], [theirs.text]);
}

/**
 * A conflict between two texts, narrowed to the lines that differ: lines both sides share at
 * its start and end stay outside the markers.
 */
export function conflict(oursTexts: readonly string[], theirsTexts: readonly string[]): Piece[] {
  const o = splitAll(oursTexts);
  const t = splitAll(theirsTexts);
  let head = 0;
  while (head < o.length && head < t.length && o[head] === t[head]) head++;
  let tail = 0;
  while (tail < o.length - head && tail < t.length - head && o[o.length - 1 - tail] === t[t.length - 1 - tail]) tail++;
  return [
    { lines: o.slice(0, head) },
    { ours: o.slice(head, o.length - tail), theirs: t.slice(head, t.length - tail) },
    { lines: o.slice(o.length - tail) },
  ];
}

export function linesOf(units: readonly Unit[]): { lines: string[] } {
  return { lines: splitAll(units.map((u) => u.text)) };
}

function splitAll(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) for (const l of t.split('\n')) out.push(l);
  return out;
}

function sameTexts(a: readonly Unit[], b: readonly Unit[]): boolean {
  return a.length === b.length && a.every((u, i) => u.text === b[i].text);
}
