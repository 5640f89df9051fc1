// What a merge of a journal file must keep, checked on the result: every item either side has
// (kind, heading, identity) is there exactly as often as the two sides' edits say — once for an
// item both kept, added or changed — outside conflict markers, or else inside them; never more
// often outside them; never under another heading; and in the state the item rules give. The
// driver checks its own result with it (and falls back to a plainer merge when it fails); the
// merge simulation checks git's and the driver's results with it.
import { findConflictRegions } from '../conflictRegions';
import { itemIdentity } from '../itemIdentity';
import type { Item } from '../model';
import { parseEntry } from '../parseEntry';
import { itemState, mergeItemState, sameState, type ItemState } from './itemMerge';

export interface MergeProblem {
  kind: 'lost' | 'duplicated' | 'state';
  /** The item's words as one side wrote them. */
  item: string;
  /** The heading it stands under (null: none). */
  section: string | null;
  detail: string;
}

/**
 * The problems of `merged` (which may hold conflict markers) as a merge of `ours` and `theirs`
 * from `base` (empty: a file both sides created). All texts without BOM, any line endings.
 */
export function checkMerge(path: string, base: string, ours: string, theirs: string, merged: string): MergeProblem[] {
  const [b, o, t] = [base, ours, theirs].map((text) => itemsByKey(path, text));
  const lines = merged.split(/\r?\n/);
  const regions = findConflictRegions(lines);
  // The result read twice: with each conflict resolved for our side, then for theirs. A line
  // outside every region reads the same in both.
  const view = (side: 'ours' | 'theirs') => {
    const kept: string[] = [];
    const inside: boolean[] = [];
    let at = 0;
    for (const r of regions) {
      for (; at < r.start; at++) kept.push(lines[at]), inside.push(false);
      const [from, to] = side === 'ours' ? [r.start + 1, r.base >= 0 ? r.base : r.separator] : [r.separator + 1, r.end];
      for (let i = from; i < to; i++) kept.push(lines[i]), inside.push(true);
      at = r.end + 1;
    }
    for (; at < lines.length; at++) kept.push(lines[at]), inside.push(false);
    const out = new Map<string, { outside: Item[]; inside: number }>();
    for (const item of parseEntry(path, kept.join('\n'))?.items ?? []) {
      const key = keyOf(item);
      if (!out.has(key)) out.set(key, { outside: [], inside: 0 });
      if (inside[item.line - 1]) out.get(key)!.inside++;
      else out.get(key)!.outside.push(item);
    }
    return out;
  };
  const vo = view('ours');
  const vt = view('theirs');
  const problems: MergeProblem[] = [];
  for (const key of new Set([...b.keys(), ...o.keys(), ...t.keys(), ...vo.keys(), ...vt.keys()])) {
    const [cb, co, ct] = [b, o, t].map((m) => m.get(key)?.length ?? 0);
    const expected = co === ct || ct === cb ? co : co === cb ? ct : null;
    const outside = Math.max(vo.get(key)?.outside.length ?? 0, vt.get(key)?.outside.length ?? 0);
    const inside = Math.max(vo.get(key)?.inside ?? 0, vt.get(key)?.inside ?? 0);
    const sample = (o.get(key) ?? t.get(key) ?? b.get(key) ?? vo.get(key)?.outside ?? vt.get(key)?.outside ?? [])[0];
    const report = (kind: MergeProblem['kind'], detail: string) => problems.push({ kind, item: sample?.text ?? key, section: sample?.section ?? null, detail });
    const most = expected ?? Math.max(co, ct);
    // Outside the markers and again inside them: resolving the conflict either way could keep both.
    if (outside > 0 && outside + inside > most) report('duplicated', `${outside} times outside conflict markers and ${inside} inside, expected ${most}`);
    else if (outside + inside < (expected ?? Math.min(co, ct))) report('lost', `${outside + inside} times, expected ${expected ?? Math.min(co, ct)}`);
    else if (expected === 1 && outside === 1 && cb <= 1 && co <= 1 && ct <= 1) {
      const want = expectedState(b.get(key)?.[0], o.get(key)?.[0], t.get(key)?.[0]);
      const got = itemState((vo.get(key)?.outside[0] ?? vt.get(key)!.outside[0]).raw);
      if (want === null) report('state', 'the two sides\' edits conflict, but the item is outside conflict markers');
      else if (got === null || !sameState(got, want)) report('state', `merged as ${describe(got)}, the rules say ${describe(want)}`);
    }
  }
  return problems;
}

function itemsByKey(path: string, text: string): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  if (text === '') return out;
  for (const item of parseEntry(path, text)?.items ?? []) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

function keyOf(item: Item): string {
  return `${item.kind}\u0000${item.section ?? ''}\u0000${itemIdentity(item.text)}`;
}

/** The state the item rules give an item present once in each version that has it. */
function expectedState(base: Item | undefined, ours: Item | undefined, theirs: Item | undefined): ItemState | null {
  const [b, o, t] = [base, ours, theirs].map((i) => (i ? itemState(i.raw) : null));
  if (o && t) return mergeItemState(b, o, t);
  return o ?? t ?? b;
}

function describe(s: ItemState | null): string {
  if (s === null) return 'no item';
  const parts = [`[${s.box}]`];
  if (s.due) parts.push(`due ${s.due}`);
  if (s.completion) parts.push(`done ${s.completion}`);
  if (s.moved) parts.push(`moved ${s.moved}`);
  return parts.join(' ');
}
