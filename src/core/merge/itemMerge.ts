// Merging two people's edits of one item line (same identity: same words, perhaps another
// checkbox and other dates). Rules, per part of the item:
//  - checkbox, due date: what the side that changed it wrote; both changed it differently →
//    conflict (two different due dates, a move against a tick …);
//  - completion and moved dates: both changed them → the earlier day (the same tick made twice
//    keeps the first one);
//  - with no common version (both wrote the item), a closed checkbox wins over an open one
//    (one of them has done it) and a date over none.
import { LIST_LINE, parseItemLine } from '../itemLine';
import type { IsoDate } from '../model';

export interface ItemState {
  /** The checkbox character, `x` for `X` too; `''` for a plain bullet. */
  box: string;
  due: IsoDate | null;
  completion: IsoDate | null;
  moved: IsoDate | null;
}

/** The state of an item line, or null when it is not a list line. */
export function itemState(line: string): ItemState | null {
  const { rest } = splitQuote(line);
  const parsed = parseItemLine(rest);
  if (parsed === null) return null;
  // LIST_LINE's groups: 1 quote, 2 indentation, 3 marker, 4 checkbox character, 5 text.
  const m = LIST_LINE.exec(rest);
  const box = m?.[4] === undefined ? '' : m[4] === 'X' ? 'x' : m[4];
  return { box, due: parsed.due, completion: parsed.completion, moved: parsed.moved };
}

/** The merged state of an item, or null when the two sides' edits conflict. */
export function mergeItemState(base: ItemState | null, ours: ItemState, theirs: ItemState): ItemState | null {
  const box = base ? pickBox(base.box, ours.box, theirs.box) : pickFirstBox(ours.box, theirs.box);
  const due = base ? pickDate(base.due, ours.due, theirs.due) : pickFirstDate(ours.due, theirs.due);
  if (box === null || due === undefined) return null;
  return { box, due, completion: earlier(base?.completion, ours.completion, theirs.completion), moved: earlier(base?.moved, ours.moved, theirs.moved) };
}

/**
 * One line for an item whose base, ours and theirs lines have the same identity: the merged
 * state written into the line closest to it (ours on a tie), or null when the edits conflict.
 */
export function mergeItemLine(base: string | null, ours: string, theirs: string): string | null {
  const [b, o, t] = [base === null ? null : itemState(base), itemState(ours), itemState(theirs)];
  if (o === null || t === null) return null;
  const merged = mergeItemState(b, o, t);
  if (merged === null) return null;
  const start = distance(t, merged) < distance(o, merged) ? theirs : ours;
  const line = writeState(start, merged);
  const check = line === null ? null : itemState(line);
  return check !== null && sameState(check, merged) ? line : null;
}

export function sameState(a: ItemState, b: ItemState): boolean {
  return a.box === b.box && a.due === b.due && a.completion === b.completion && a.moved === b.moved;
}

/** Three-way: the side that changed the checkbox; null when both did, differently. */
function pickBox(base: string, ours: string, theirs: string): string | null {
  if (ours === theirs || theirs === base) return ours;
  return ours === base ? theirs : null;
}

/** Three-way: the side that changed the date; undefined when both did, differently. */
function pickDate(base: IsoDate | null, ours: IsoDate | null, theirs: IsoDate | null): IsoDate | null | undefined {
  if (ours === theirs || theirs === base) return ours;
  return ours === base ? theirs : undefined;
}

const OPEN = new Set(['', ' ', '/']);

/** Without a common version: a closed checkbox over an open one, in progress over not started. */
function pickFirstBox(ours: string, theirs: string): string | null {
  if (ours === theirs) return ours;
  if (OPEN.has(ours) && OPEN.has(theirs)) return ours === '/' || theirs === '/' ? '/' : ours;
  if (OPEN.has(ours)) return theirs;
  if (OPEN.has(theirs)) return ours;
  return null;
}

/** Without a common version: a date over none; two different dates conflict (undefined). */
function pickFirstDate(ours: IsoDate | null, theirs: IsoDate | null): IsoDate | null | undefined {
  if (ours === theirs || theirs === null) return ours;
  return ours === null ? theirs : undefined;
}

/** Completion or moved day: the side that changed it; when both did, the earlier day. */
function earlier(base: IsoDate | null | undefined, ours: IsoDate | null, theirs: IsoDate | null): IsoDate | null {
  if (ours === theirs) return ours;
  if (base !== undefined && theirs === base) return ours;
  if (base !== undefined && ours === base) return theirs;
  if (ours === null) return theirs;
  if (theirs === null) return ours;
  return ours < theirs ? ours : theirs;
}

function distance(a: ItemState, b: ItemState): number {
  return Number(a.box !== b.box) + Number(a.due !== b.due) + Number(a.completion !== b.completion) + Number(a.moved !== b.moved);
}

/** `line` with `state` written in: the checkbox replaced, each changed date field replaced in place or appended. */
function writeState(line: string, state: ItemState): string | null {
  const { prefix, rest } = splitQuote(line);
  const now = itemState(rest);
  if (now === null) return null;
  let out = rest;
  if (now.box !== state.box) {
    const m = LIST_LINE.exec(out);
    if (!m || m[4] === undefined || state.box === '') return null;
    const at = out.indexOf('[', m[1].length + m[2].length + m[3].length);
    out = out.slice(0, at + 1) + state.box + out.slice(at + 1 + m[4].length);
  }
  if (now.due !== state.due) out = setField(out, 'due', state.due);
  if (now.completion !== state.completion) out = setField(out, 'completion', state.completion);
  if (now.moved !== state.moved) out = setField(out, 'moved', state.moved);
  return prefix + out;
}

// A Dataview field of one key, and the emoji date that means the same (📅 due, ✅ done). No
// leading white space in the patterns (a run of spaces would be rescanned from each of its
// characters): the spaces before a field are trimmed by hand.
const FIELDS: Record<string, RegExp> = {
  due: /[\[(][ \t]*due[ \t]*::[^\[\]()]*[\])]/gi,
  completion: /[\[(][ \t]*(?:completion|done)[ \t]*::[^\[\]()]*[\])]/gi,
  moved: /[\[(][ \t]*moved[ \t]*::[^\[\]()]*[\])]/gi,
};
const EMOJI: Record<string, RegExp | null> = {
  due: /(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3})\uFE0F?[\s\u00A0]*\d{4}-\d{2}-\d{2}[.)]?/gu,
  completion: /\u2705\uFE0F?[\s\u00A0]*\d{4}-\d{2}-\d{2}[.)]?/gu,
  moved: null,
};

/** Sets `[key:: value]` where the field is written (or at the end), or removes it (value null). */
function setField(line: string, key: string, value: IsoDate | null): string {
  const removed = removeAll(line, FIELDS[key]);
  const emoji = EMOJI[key];
  const out = emoji ? removeAll(removed.text, emoji).text : removed.text;
  if (value === null) return out.trimEnd();
  const written = ` [${key}:: ${value}]`;
  // In place of the first field when there was one: the line keeps its order.
  if (removed.first >= 0 && removed.first <= out.length) return out.slice(0, removed.first) + written + out.slice(removed.first);
  return out.trimEnd() + written;
}

/** `text` without the matches of `re` and the spaces before each; `first`: where the first one was (-1: none). */
function removeAll(text: string, re: RegExp): { text: string; first: number } {
  let out = '';
  let from = 0;
  let first = -1;
  for (const m of text.matchAll(re)) {
    let cut = m.index!;
    while (cut > from && isBlank(text.charCodeAt(cut - 1))) cut--;
    out += text.slice(from, cut);
    if (first < 0) first = out.length;
    from = m.index! + m[0].length;
  }
  return { text: out + text.slice(from), first };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

const QUOTE = /^(?:[ \t]*>)+[ \t]?/;

/** A blockquote's `> ` markers before a list line, and the rest. */
function splitQuote(line: string): { prefix: string; rest: string } {
  const m = line.charCodeAt(0) === 62 || line.trimStart().charCodeAt(0) === 62 ? QUOTE.exec(line) : null;
  return m ? { prefix: m[0], rest: line.slice(m[0].length) } : { prefix: '', rest: line };
}
