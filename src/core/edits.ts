// Line edits on items, as pure functions from the line as read to the line to write. The
// extension applies them through WorkspaceEdit after `locateItem` confirms the line is unchanged.
import type { Entry, IsoDate, ItemKind } from './model';
import { LIST_LINE } from './itemLine';
import { SECTION_TITLES, bulletKind, sectionKind } from './sections';

export class EditRefused extends Error {}

const FIELD = (key: string) => new RegExp(`[ \\t]*[\\[(]${key}::[^\\])]*[\\])]`, 'g');
const DUE_EMOJI = /[ \t\u00A0]*(?:\u{1F4C5}|\u{1F5D3})\uFE0F?[\s\u00A0]*\d{4}-\d{2}-\d{2}[.)]?/gu;
const DONE_EMOJI = /[ \t\u00A0]*\u2705\uFE0F?[\s\u00A0]*\d{4}-\d{2}-\d{2}[.)]?/gu;

function setCheckbox(line: string, mark: string): string {
  const m = LIST_LINE.exec(line);
  if (!m || m[3] === undefined) throw new EditRefused('this line is not a checkbox item');
  const at = line.indexOf('[', m[1].length + m[2].length);
  return line.slice(0, at + 1) + mark + line.slice(at + 2);
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
  const text = m[4].replace(FIELD('moved'), '').replace(FIELD('completion'), '').trim();
  return `- [ ] ${text}`;
}

/** Where an item still is in `text`: its 1-based line, or a refusal naming what changed. */
export function locateItem(text: string, path: string, expectedLine: number, raw: string): number {
  const lines = text.split(/\r?\n/);
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
  let inFence = false;
  let start = -1;
  let level = 0;
  let lastItem = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^ {0,3}(`{3,}|~{3,})/.test(l)) inFence = !inFence;
    if (inFence) continue;
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
  // No such section: a new one at the end, separated by a blank line.
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
