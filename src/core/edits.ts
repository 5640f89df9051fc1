// Line edits on items, as pure functions from the line as read to the line to write. The
// extension applies them through WorkspaceEdit after `locateItem` confirms the line is unchanged.
import type { Entry, IsoDate, ItemKind } from './model';
import { LIST_LINE } from './itemLine';
import { SECTION_TITLES, bulletKind, sectionKind } from './sections';

export class EditRefused extends Error {}

// Field names are read case-insensitively (`[Due:: …]`, `[ due:: …]` are due dates), so they are
// replaced so too; a `[` closes with `]`, a `(` with `)`. The spaces before a field go with it:
// `(?<![ \t])` starts the match where they start, so a long run of spaces is crossed once, and
// a value holds no bracket, so no two tries read the same characters: linear time.
const FIELD = (key: string) => new RegExp(`(?<![ \\t])[ \\t]*(?:\\[[ \\t]*${key}[ \\t]*::[^[\\]]*\\]|\\([ \\t]*${key}[ \\t]*::[^()]*\\))`, 'gi');
// An emoji date, with the parentheses around it when it is written `(📅 2026-12-02)`.
const emojiDate = (emoji: string) =>
  new RegExp(`(?<![ \\t\\u00A0])[ \\t\\u00A0]*(?:\\([ \\t\\u00A0]*(?:${emoji})\\uFE0F?[\\s\\u00A0]*\\d{4}-\\d{2}-\\d{2}\\)|(?:${emoji})\\uFE0F?[\\s\\u00A0]*\\d{4}-\\d{2}-\\d{2}[.)]?)`, 'gu');
const DUE_EMOJI = emojiDate('\\u{1F4C5}|\\u{1F4C6}|\\u{1F5D3}');
const DONE_EMOJI = emojiDate('\\u2705');

function setCheckbox(line: string, mark: string): string {
  const m = LIST_LINE.exec(line);
  if (!m || m[4] === undefined) throw new EditRefused('this line is not a checkbox item');
  const at = line.indexOf('[', m[1].length + m[2].length + m[3].length);
  return line.slice(0, at + 1) + mark + line.slice(at + 1 + m[4].length);
}

function appendField(line: string, key: string, value: string): string {
  return `${line.trimEnd()} [${key}:: ${value}]`;
}

export function completeLine(line: string, today: IsoDate): string {
  let out = setCheckbox(line, 'x').replace(FIELD('completion'), '').replace(DONE_EMOJI, '');
  out = appendField(out, 'completion', today);
  return out;
}

export function reopenLine(line: string): string {
  return setCheckbox(line, ' ').replace(FIELD('completion'), '').replace(DONE_EMOJI, '').replace(FIELD('moved'), '').trimEnd();
}

export function cancelLine(line: string): string {
  return setCheckbox(line, '-');
}

/** Sets (or with null, removes) the due date, replacing `[due:: …]` or an emoji due date. */
export function setDueLine(line: string, due: IsoDate | null): string {
  const cleared = line.replace(FIELD('due'), '').replace(DUE_EMOJI, '').trimEnd();
  return due === null ? cleared : appendField(cleared, 'due', due);
}

/** Marks the source line moved on `date`: `- [>] … [moved:: date]`. */
export function moveLine(line: string, date: IsoDate): string {
  return appendField(setCheckbox(line, '>').replace(FIELD('moved'), ''), 'moved', date);
}

/** The line that carries a moved item into the next session: open, same words and fields. */
export function carriedLine(line: string): string {
  const m = LIST_LINE.exec(line);
  if (!m) throw new EditRefused('this line is not a list item');
  const text = m[5].replace(FIELD('moved'), '').replace(FIELD('completion'), '').trim();
  return `- [ ] ${text}`;
}

/** Where an item still is in `text`: its 1-based line, or a refusal naming what changed. */
export function locateItem(text: string, path: string, expectedLine: number, raw: string): number {
  // The parser reads a file without its BOM, so `raw` of line 1 has none either.
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  if (lines[expectedLine - 1] === raw) return expectedLine;
  const matches: number[] = [];
  lines.forEach((l, i) => l === raw && matches.push(i + 1));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) throw new EditRefused(`${path}: the item "${raw.trim()}" appears ${matches.length} times; edit it in the file`);
  throw new EditRefused(`${path}:${expectedLine} changed since it was read (the item "${raw.trim()}" is no longer there); refresh and try again`);
}

/** Refuses to edit a file with conflict markers or broken front matter. */
export function assertEditable(entry: Entry | undefined, path: string): void {
  if (entry?.unsafeToEdit) {
    const why = entry.diagnostics.find((d) => d.code === 'conflict' || d.code === 'front-matter');
    throw new EditRefused(`${path} ${why?.code === 'conflict' ? 'has unresolved git conflict markers' : 'has front matter that cannot be read'}; fix it before editing`);
  }
}

export interface Insertion {
  /** 0-based line before which `text` goes (may equal the line count: append). */
  line: number;
  text: string;
}

/**
 * Where to add a list line of `kind` to a document: after the last list line of the first
 * section of that kind, or a new section at the end of the file.
 */
export function insertItem(docText: string, kind: ItemKind, itemLine: string): Insertion {
  const lines = docText.split(/\r?\n/);
  const eol = docText.includes('\r\n') ? '\r\n' : '\n';
  // Fences and HTML comments hide lines from the parser: never count them, never insert in them.
  let fence: string | null = null;
  let inComment = false;
  let start = -1;
  let level = 0;
  let lastItem = -1;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    if (fence !== null) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(l);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null;
      continue;
    }
    if (inComment) {
      const end = l.indexOf('-->');
      if (end < 0) continue;
      inComment = false;
      l = l.slice(end + 3);
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (open) {
      fence = open[1];
      continue;
    }
    const c = l.indexOf('<!--');
    if (c >= 0) {
      const rest = l.slice(c + 4);
      const end = rest.lastIndexOf('-->');
      if (end < 0 || rest.lastIndexOf('<!--') > end) inComment = true;
      if (l.slice(0, c).trim() === '') continue;
    }
    const h = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(l);
    if (h) {
      if (start >= 0 && h[1].length <= level) break;
      if (start < 0 && bulletKind(sectionKind(h[2])) === kind) {
        start = i;
        level = h[1].length;
        lastItem = i;
      }
      continue;
    }
    if (start >= 0 && LIST_LINE.test(l)) lastItem = i;
    // An indented line right after an item continues it: insert after the whole item.
    else if (start >= 0 && lastItem === i - 1 && lastItem !== start && /^[ \t]+\S/.test(l)) lastItem = i;
  }
  if (start >= 0) {
    if (lastItem === start) {
      // A heading with no items yet: keep one blank line on each side of the new list.
      const at = lines[start + 1] !== undefined && lines[start + 1].trim() === '' ? start + 2 : start + 1;
      const before = at === start + 1 ? eol : '';
      const next = lines[at];
      const after = next !== undefined && next.trim() !== '' ? eol : '';
      return { line: at, text: before + itemLine + eol + after };
    }
    return { line: lastItem + 1, text: itemLine + eol };
  }
  // No such section: a new one at the end, separated by a blank line; never inside a code block
  // or comment left open at the end, where the parser would not see it.
  if (fence !== null || inComment) {
    throw new EditRefused(`the file ends inside an unclosed ${fence !== null ? 'code block' : 'HTML comment'}; close it first, or the new line would be hidden`);
  }
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  return { line: end, text: `${end > 0 ? eol : ''}## ${SECTION_TITLES[kind]}${eol}${eol}${itemLine}${eol}` };
}

/** Applies an insertion to text (for tests and for files not open in an editor). */
export function applyInsertion(docText: string, ins: Insertion): string {
  const eol = docText.includes('\r\n') ? '\r\n' : '\n';
  const lines = docText.split(/\r?\n/);
  if (ins.line >= lines.length) {
    const base = docText.endsWith(eol) || docText === '' ? docText : docText + eol;
    return base + ins.text;
  }
  const before = lines.slice(0, ins.line).join(eol);
  const after = lines.slice(ins.line).join(eol);
  return (ins.line > 0 ? before + eol : '') + ins.text + after;
}
