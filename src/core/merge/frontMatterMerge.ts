// Front matter, merged key by key: a key changed by one side takes that side's lines; a key both
// changed to the same value (however written) is kept once; two lists of words (e.g. `goals:`)
// combine what each side added and removed; two different values conflict on that key alone.
import { parseSimpleYaml } from '../frontMatter';
import type { FrontMatterBlock } from './structure';
import { mergeUnits, type Piece, type Unit, type UnitMergeRules } from './unitMerge';

const FRONT_MATTER_RULES: UnitMergeRules<Unit> = {
  both(base, ours, theirs) {
    const [b, o, t] = [base && valueOf(base), valueOf(ours), valueOf(theirs)];
    if (o === undefined || t === undefined) return null;
    if (same(o, t)) return [{ lines: ours.text.split('\n') }];
    if (!isWordList(o) || !isWordList(t) || (b != null && !isWordList(b))) return null;
    const before = Array.isArray(b) ? b : [];
    const list = [...o.filter((w) => t.includes(w) || !before.includes(w)), ...t.filter((w) => !o.includes(w) && !before.includes(w))];
    const line = `${ours.text.slice(0, ours.text.indexOf(':'))}: [${list.map(flowWord).join(', ')}]`;
    const back = parseSimpleYaml([line]);
    return back && same(Object.values(back)[0], list) ? [{ lines: [line] }] : null;
  },
  // New keys from both sides: both kept; the same key from both, merged as above.
  combineInsertions: () => true,
  uniqueKeys: true,
};

/** Merges the front matter blocks of three versions (null: that version has none). */
export function mergeFrontMatter(base: FrontMatterBlock | null, ours: FrontMatterBlock | null, theirs: FrontMatterBlock | null, plain: (b: Unit[], o: Unit[], t: Unit[]) => Piece[]): Piece[] {
  if (ours === null && theirs === null) return [];
  const keyed = [base, ours, theirs].every((f) => f === null || f.entries !== null);
  if (ours !== null && theirs !== null && keyed) {
    const inner = mergeUnits(base?.entries ?? [], ours.entries!, theirs.entries!, FRONT_MATTER_RULES);
    return [{ lines: [ours.open] }, ...inner, { lines: [ours.close] }];
  }
  // A block only one side has, or keys that repeat: line by line, as any text.
  const lines = (f: FrontMatterBlock | null): Unit[] => (f === null ? [] : [f.open, ...f.inner, f.close].map((l) => ({ key: l, text: l })));
  return plain(lines(base), lines(ours), lines(theirs));
}

function valueOf(entry: Unit): unknown {
  const data = parseSimpleYaml(entry.text.split('\n'));
  if (data === undefined) return undefined;
  const values = Object.values(data);
  return values.length === 1 ? values[0] : undefined;
}

function isWordList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((w) => typeof w === 'string');
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

function flowWord(w: string): string {
  return /^[\w][\w .@-]*$/.test(w) && w.trim() === w ? w : JSON.stringify(w);
}
