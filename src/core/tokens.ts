// Where a goal id or an owner is written on a line: for diagnostics that point at the token
// rather than the whole line, for hovers and links on it, and for renaming a goal. Fields are
// found as the parser finds them (inlineFields); every scan is linear in the line.
import { inlineFields, type Span } from './itemLine';
import { handleEnd } from './people';

/** Where each goal id of an item line's `[goal:: …]` fields is written, with the id. */
export function goalIdsInItem(raw: string): (Span & { id: string })[] {
  if (raw.indexOf('::') < 0) return [];
  const out: (Span & { id: string })[] = [];
  for (const f of inlineFields(raw)) {
    const key = f.key.toLowerCase();
    if (key === 'goal' || key === 'goals') listIds(raw, f.startValue, f.end - 1, out);
  }
  return out;
}

/** Where goal `id` is written on item line `raw`, or null. */
export function goalIdSpanInItem(raw: string, id: string): Span | null {
  return goalIdsInItem(raw).find((g) => g.id === id) ?? null;
}

/**
 * The ids of a comma-separated list written in `text[from, to)` (`a, [[b]], "c"`), each without
 * the brackets, quotes and spaces around it.
 */
function listIds(text: string, from: number, to: number, out: (Span & { id: string })[]): void {
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 44 /* , */) continue;
    let column = start;
    let endColumn = i;
    while (column < endColumn && isIdEdge(text.charCodeAt(column))) column++;
    while (endColumn > column && isIdEdge(text.charCodeAt(endColumn - 1))) endColumn--;
    if (column < endColumn) out.push({ column, endColumn, id: text.slice(column, endColumn) });
    start = i + 1;
  }
}

/** Space, tab, CR, brackets and quotes: what surrounds an id in a list but is not part of it. */
function isIdEdge(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 91 || c === 93 || c === 34 || c === 39 || c === 0xa0;
}

/**
 * The goal ids of an entry's front matter, each with its 1-based line and columns: `goals: [a, b]`,
 * `goals: a`, `goal: a`, or a block list of `- a` lines under the key. `lineAt(n)` gives line n
 * (1-based) of the file; `bodyLine` is the first line after the front matter.
 */
export function goalIdsInFrontMatter(lineAt: (line: number) => string, bodyLine: number): { line: number; column: number; endColumn: number; id: string }[] {
  const out: { line: number; column: number; endColumn: number; id: string }[] = [];
  for (let n = 2; n < bodyLine - 1; n++) {
    const text = lineAt(n);
    const key = text.startsWith('goals:') ? 6 : text.startsWith('goal:') ? 5 : 0;
    if (key === 0) continue;
    const found: (Span & { id: string })[] = [];
    const rest = text.slice(key).trim();
    if (rest !== '') {
      listIds(text, key, text.length, found);
      for (const f of found) out.push({ line: n, ...f });
      continue;
    }
    // A block list: `  - id` lines right under the key.
    for (let m = n + 1; m < bodyLine - 1; m++) {
      const item = lineAt(m);
      let p = 0;
      while (item.charCodeAt(p) === 32 || item.charCodeAt(p) === 9) p++;
      if (item.charCodeAt(p) !== 45 /* - */ || (item.charCodeAt(p + 1) !== 32 && item.length > p + 1)) break;
      const ids: (Span & { id: string })[] = [];
      listIds(item, p + 1, item.length, ids);
      for (const f of ids.slice(0, 1)) out.push({ line: m, ...f });
    }
  }
  return out;
}

/**
 * Where the owner `@handle` of item line `raw` is written (the handle without its `@`): the last
 * standalone mention, as the parser picks it, or the value of an `[owner:: …]` field.
 */
export function ownerSpan(raw: string, owner: string): Span | null {
  if (raw.indexOf('::') >= 0) {
    for (const f of inlineFields(raw)) {
      if (f.key.toLowerCase() !== 'owner') continue;
      const at = raw.indexOf(owner, f.startValue);
      if (at >= 0 && at < f.end) return { column: at, endColumn: at + owner.length };
    }
  }
  for (let at = raw.lastIndexOf('@'); at >= 0; at = at === 0 ? -1 : raw.lastIndexOf('@', at - 1)) {
    const prev = at === 0 ? 32 : raw.charCodeAt(at - 1);
    if (prev !== 32 && prev !== 9 && prev !== 44 && prev !== 0xa0) continue;
    const end = handleEnd(raw, at + 1);
    if (end > at + 1 && raw.slice(at + 1, end) === owner) return { column: at + 1, endColumn: end };
  }
  return null;
}

/** Every standalone `@handle` on `line` (after white space, `(`, `,` or at the start), with its columns (without the `@`). */
export function mentionsIn(line: string): (Span & { handle: string })[] {
  const out: (Span & { handle: string })[] = [];
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
    const prev = at === 0 ? 32 : line.charCodeAt(at - 1);
    if (prev !== 32 && prev !== 9 && prev !== 44 && prev !== 40 && prev !== 0xa0) continue;
    const end = handleEnd(line, at + 1);
    if (end > at + 1) out.push({ column: at + 1, endColumn: end, handle: line.slice(at + 1, end) });
  }
  return out;
}

/**
 * Where the due date of item line `raw` is written (the day, not the field around it): the value
 * of its `[due:: …]` field, else the day after `📅` (or `📆`, `🗓`). Null when it has none.
 */
export function dueSpan(raw: string): Span | null {
  if (raw.indexOf('::') >= 0) {
    for (const f of inlineFields(raw)) {
      if (f.key.toLowerCase() !== 'due') continue;
      let column = f.startValue;
      let endColumn = f.end - 1;
      while (column < endColumn && raw.charCodeAt(column) === 32) column++;
      while (endColumn > column && raw.charCodeAt(endColumn - 1) === 32) endColumn--;
      return { column, endColumn };
    }
  }
  for (let i = raw.indexOf('\uD83D'); i >= 0; i = raw.indexOf('\uD83D', i + 1)) {
    const low = raw.charCodeAt(i + 1);
    if (low !== 0xdcc5 && low !== 0xdcc6 && low !== 0xddd3) continue;
    let p = i + 2;
    if (raw.charCodeAt(p) === 0xfe0f) p++;
    while (raw.charCodeAt(p) === 32 || raw.charCodeAt(p) === 0xa0) p++;
    if (/^\d{4}-\d{2}-\d{2}/.test(raw.slice(p, p + 10))) return { column: p, endColumn: p + 10 };
  }
  return null;
}
