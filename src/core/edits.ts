// Line edits on items, as pure functions from the line as read to the line to write. The
// extension applies them through WorkspaceEdit after `locateItem` confirms the line is unchanged.
import type { Entry, IsoDate, ItemKind } from './model';
import { parseItemLine } from './itemLine';
import { frontMatterLineCount, headingLevel, headingText, HiddenLines, lineBreakOf, offsetOfLine, splitLines } from './markdownLines';
import { itemsOf } from './parseEntry';
import { SECTION_TITLES, bulletKind, sectionKind } from './sections';
import { isWhiteSpace } from './text';

export class EditRefused extends Error {}

/**
 * `line` without its `[key:: …]` / `(key:: …)` fields and the spaces before them, as the parser
 * reads fields: the key matched without regard to case (`[Due:: …]`, `[ due :: …]` are due
 * dates), a `[` closed by `]` and a `(` by `)`, the value holding no bracket of its kind.
 * Linear: each bracket is looked at once, its value scanned once.
 */
function withoutField(line: string, key: string): string {
  let out = '';
  let copied = 0;
  for (let open = nextBracket(line, 0); open >= 0; open = nextBracket(line, open + 1)) {
    const round = line.charCodeAt(open) === 40;
    let k = open + 1;
    while (isSpaceOrTab(line.charCodeAt(k))) k++;
    if (!hasKeyAt(line, k, key)) continue;
    const close = closerOf(line, k + key.length, round);
    if (close < 0) continue;
    let from = open;
    while (from > copied && isSpaceOrTab(line.charCodeAt(from - 1))) from--;
    out += line.slice(copied, from);
    copied = close + 1;
    open = close;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

function nextBracket(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 91 || c === 40) return i;
  }
  return -1;
}

/**
 * After a key ending at `from`: spaces, `::`, then the value up to the bracket that closes the
 * field (`)` when `round`, else `]`); -1 when a bracket of the field's kind opens first or none closes.
 */
function closerOf(line: string, from: number, round: boolean): number {
  let p = from;
  while (isSpaceOrTab(line.charCodeAt(p))) p++;
  if (line.charCodeAt(p) !== 58 || line.charCodeAt(p + 1) !== 58) return -1;
  const openCode = round ? 40 : 91;
  const closeCode = round ? 41 : 93;
  for (let i = p + 2; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === closeCode) return i;
    if (c === openCode) return -1;
  }
  return -1;
}

/** Whether `key` (in lower case, matched in any case) is written at `at`, not followed by more key characters. */
function hasKeyAt(line: string, at: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if ((line.charCodeAt(at + i) | 0x20) !== key.charCodeAt(i)) return false;
  const next = line.charCodeAt(at + key.length);
  return next === 58 || isSpaceOrTab(next);
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Spaces or tabs, then something other than white space. */
function isIndentedText(line: string): boolean {
  let p = 0;
  while (isSpaceOrTab(line.charCodeAt(p))) p++;
  return p > 0 && p < line.length && !isWhiteSpace(line.charCodeAt(p));
}

// Obsidian Tasks' emoji dates: 📅, 📆 or 🗓 (due), ✅ (done).
const DUE_EMOJI = [0x1f4c5, 0x1f4c6, 0x1f5d3];
const DONE_EMOJI = [0x2705];

/**
 * `line` without its emoji dates of one kind (`📅 2026-12-02`, also `📅 2026-12-02.` or
 * `(📅 2026-12-02)` with its parentheses) and the spaces before them. An emoji without a date
 * after it stays.
 */
function withoutEmojiDate(line: string, emoji: readonly number[]): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < line.length; i++) {
    const cp = line.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (!emoji.includes(cp)) {
      i += size - 1;
      continue;
    }
    let p = i + size;
    if (line.charCodeAt(p) === 0xfe0f) p++;
    while (p < line.length && isWhiteSpace(line.charCodeAt(p))) p++;
    if (!isDateAt(line, p)) {
      i += size - 1;
      continue;
    }
    let end = p + 10;
    // `(📅 2026-12-02)`: the parentheses go too.
    let from = i;
    while (from > copied && isSpaceNbsp(line.charCodeAt(from - 1))) from--;
    if (from > copied && line.charCodeAt(from - 1) === 40 && line.charCodeAt(end) === 41) {
      from--;
      end++;
    } else {
      from = i;
      if (line.charCodeAt(end) === 46 || line.charCodeAt(end) === 41) end++;
    }
    while (from > copied && isSpaceNbsp(line.charCodeAt(from - 1))) from--;
    out += line.slice(copied, from);
    copied = end;
    i = end - 1;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

function isSpaceNbsp(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Whether `YYYY-MM-DD` (ASCII digits) is written at `at`. */
function isDateAt(s: string, at: number): boolean {
  for (let k = 0; k < 10; k++) {
    const c = s.charCodeAt(at + k);
    if (k === 4 || k === 7 ? c !== 45 : !(c >= 48 && c <= 57)) return false;
  }
  return true;
}

function setCheckbox(line: string, mark: string): string {
  if (!parseItemLine(line)?.hasCheckbox) throw new EditRefused('this line is not a checkbox item');
  // The first `[` of a checkbox item is its checkbox: only indentation, a quote's `>` and a
  // marker come before. Its one character may be any (Tasks' statuses), even outside the BMP.
  const at = line.indexOf('[');
  const size = line.codePointAt(at + 1)! > 0xffff ? 2 : 1;
  return line.slice(0, at + 1) + mark + line.slice(at + 1 + size);
}

function appendField(line: string, key: string, value: string): string {
  return `${line.trimEnd()} [${key}:: ${value}]`;
}

export function completeLine(line: string, today: IsoDate): string {
  let out = withoutEmojiDate(withoutField(setCheckbox(line, 'x'), 'completion'), DONE_EMOJI);
  out = appendField(out, 'completion', today);
  return out;
}

export function reopenLine(line: string): string {
  return withoutField(withoutEmojiDate(withoutField(setCheckbox(line, ' '), 'completion'), DONE_EMOJI), 'moved').trimEnd();
}

export function cancelLine(line: string): string {
  return setCheckbox(line, '-');
}

/** Sets (or with null, removes) the due date, replacing `[due:: …]` or an emoji due date. */
export function setDueLine(line: string, due: IsoDate | null): string {
  const cleared = withoutEmojiDate(withoutField(line, 'due'), DUE_EMOJI).trimEnd();
  return due === null ? cleared : appendField(cleared, 'due', due);
}

/**
 * Moves an open item to the meeting of `date` on its own line: the checkbox stays as it is (the
 * item is still open, and that meeting's agenda lists it), `[moved:: date]` replaces an earlier
 * move. One line in one file: a tick made meanwhile on another clone merges with it
 * (`- [x] … [moved:: …] [completion:: …]`), and nothing is copied that could stay open twice.
 */
export function moveLine(line: string, date: IsoDate): string {
  if (!parseItemLine(line)?.hasCheckbox) throw new EditRefused('this line is not a checkbox item');
  return appendField(withoutField(line, 'moved'), 'moved', date);
}

/**
 * Where an item still is in `text`: its 1-based line, or a refusal naming what changed. Only
 * lines the parser reads as items count: a copy of the line quoted in a code block, a comment
 * or the front matter is never the item.
 */
export function locateItem(text: string, path: string, expectedLine: number, raw: string): number {
  const items = itemsOf(path, text);
  if (items.some((i) => i.line === expectedLine && i.raw === raw)) return expectedLine;
  const matches = items.filter((i) => i.raw === raw).map((i) => i.line);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) throw new EditRefused(`${path}: the item "${raw.trim()}" appears ${matches.length} times; edit it in the file`);
  throw new EditRefused(`${path}:${expectedLine} changed since it was read (the item "${raw.trim()}" is no longer there); refresh and try again`);
}

/** Refuses to edit a file with conflict markers or broken front matter. */
export function assertEditable(entry: Entry | undefined, path: string): void {
  if (entry?.unsafeToEdit) {
    const why = entry.diagnostics.find((d) => d.code === 'conflict' || d.code === 'front-matter' || d.code === 'duplicate-key');
    const what =
      why?.code === 'conflict' ? 'has unresolved git conflict markers' : why?.code === 'duplicate-key' ? 'has a front-matter key written twice' : 'has front matter that cannot be read';
    throw new EditRefused(`${path} ${what}; fix it before editing`);
  }
}

export interface Insertion {
  /** 0-based line before which `text` goes (may equal the line count: append). */
  line: number;
  text: string;
}

/**
 * Where to add a list line of `kind` to a document: after the last list line of the first
 * section of that kind, or a new section at the end of the file. Never in front matter, a code
 * block or a comment, where the parser would not read it. The new lines end as the line above
 * them does, so a file keeps its line endings, mixed ones included.
 */
export function insertItem(docText: string, kind: ItemKind, itemLine: string): Insertion {
  const lines = splitLines(docText);
  const hidden = new HiddenLines();
  let start = -1;
  let level = 0;
  let lastItem = -1;
  for (let i = frontMatterLineCount(lines); i < lines.length; i++) {
    const l = hidden.visible(lines[i]);
    if (l === null) continue;
    const h = headingLevel(l);
    if (h > 0) {
      if (start >= 0 && h <= level) break;
      if (start < 0 && bulletKind(sectionKind(headingText(l, h))) === kind) {
        start = i;
        level = h;
        lastItem = i;
      }
      continue;
    }
    if (start < 0) continue;
    if (parseItemLine(l) !== null) lastItem = i;
    // An indented line right after an item continues it: insert after the whole item.
    else if (lastItem === i - 1 && lastItem !== start && isIndentedText(l)) lastItem = i;
  }
  if (start >= 0) {
    if (lastItem === start) {
      // A heading with no items yet: keep one blank line on each side of the new list.
      const at = lines[start + 1] !== undefined && lines[start + 1].trim() === '' ? start + 2 : start + 1;
      const eol = lineBreakOf(docText, at - 1);
      const before = at === start + 1 ? eol : '';
      const next = lines[at];
      const after = next !== undefined && next.trim() !== '' ? eol : '';
      return { line: at, text: before + itemLine + eol + after };
    }
    return { line: lastItem + 1, text: itemLine + lineBreakOf(docText, lastItem) };
  }
  // No such section: a new one at the end, separated by a blank line; never inside a code block
  // or comment left open at the end, where the parser would not see it.
  if (hidden.inFence || hidden.inComment) {
    throw new EditRefused(`the file ends inside an unclosed ${hidden.inFence ? 'code block' : 'HTML comment'}; close it first, or the new line would be hidden`);
  }
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  const eol = lineBreakOf(docText, Math.max(0, end - 1));
  return { line: end, text: `${end > 0 ? eol : ''}## ${SECTION_TITLES[kind]}${eol}${eol}${itemLine}${eol}` };
}

/**
 * Applies an insertion to text (for tests and for files not open in an editor). Every other
 * line keeps its own line ending.
 */
export function applyInsertion(docText: string, ins: Insertion): string {
  const at = offsetOfLine(docText, ins.line);
  if (at < docText.length || (at > 0 && docText.charCodeAt(at - 1) === 10)) return docText.slice(0, at) + ins.text + docText.slice(at);
  // Past the last line: after a line break ended as the other lines are.
  const base = docText === '' ? '' : docText + lineBreakOf(docText, Number.MAX_SAFE_INTEGER);
  return base + ins.text;
}
