// Where a line of an open document stands, read from the document's own (unsaved) lines the
// way the parser reads a file: in the front matter, in a code block or comment, or under which
// section. Only the lines above it are read, once per question.
import { closesFrontMatter, headingLevel, headingText, HiddenLines } from '../markdownLines';
import type { EntryType, SectionKind } from '../model';
import { inferType } from '../parseEntry';
import { sectionKind } from '../sections';

/** A document's lines, 0-based, without their line breaks (a VS Code TextDocument fits). */
export interface TextLines {
  readonly lineCount: number;
  lineAt(line: number): string;
}

/** The lines of a text, split as the parser splits them (for tests and the benchmark). */
export function linesOf(text: string): TextLines {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  return { lineCount: lines.length, lineAt: (n) => lines[n] ?? '' };
}

export interface Situation {
  /** 0-based line of the front matter's closing `---`; -1 when there is no front matter. */
  frontMatterEnd: number;
  /** The line is inside the front matter (between its `---` lines). */
  inFrontMatter: boolean;
  /** The line is code, a fence, or inside an HTML comment: never an item. */
  hidden: boolean;
  /** The kind of section the line stands in (an unknown sub-heading inherits its parent's), or null above the first heading. */
  section: SectionKind | null;
}

/** 0-based line of the front matter's closing line; -1 without front matter; the last line when it is never closed. */
export function frontMatterEnd(lines: TextLines): number {
  const first = lines.lineCount > 0 ? lines.lineAt(0) : '';
  if ((first.charCodeAt(0) === 0xfeff ? first.slice(1) : first).trimEnd() !== '---') return -1;
  for (let i = 1; i < lines.lineCount; i++) if (closesFrontMatter(lines.lineAt(i))) return i;
  return lines.lineCount - 1;
}

/** Where 0-based `line` stands. */
export function situationAt(lines: TextLines, line: number): Situation {
  const fmEnd = frontMatterEnd(lines);
  if (fmEnd >= 0 && line > 0 && line < fmEnd) return { frontMatterEnd: fmEnd, inFrontMatter: true, hidden: false, section: null };
  const hidden = new HiddenLines();
  const levels: number[] = [];
  const kinds: SectionKind[] = [];
  for (let i = fmEnd + 1; i < line; i++) {
    const visible = hidden.visible(lines.lineAt(i));
    if (visible === null) continue;
    const level = headingLevel(visible);
    if (level === 0) continue;
    while (levels.length && levels[levels.length - 1] >= level) {
      levels.pop();
      kinds.pop();
    }
    let kind = sectionKind(headingText(visible, level));
    if (kind === 'other' && kinds.length) kind = kinds[kinds.length - 1];
    levels.push(level);
    kinds.push(kind);
  }
  const own = line <= fmEnd ? null : hidden.visible(lines.lineAt(line));
  return { frontMatterEnd: fmEnd, inFrontMatter: false, hidden: line <= fmEnd || own === null, section: kinds.length ? kinds[kinds.length - 1] : null };
}

/** The entry's type: its front matter's `type:`, else what its place says (`sessions/` …), else null. */
export function entryTypeOf(lines: TextLines, path: string): EntryType | null {
  const end = frontMatterEnd(lines);
  for (let i = 1; i < end; i++) {
    const l = lines.lineAt(i);
    if (!l.startsWith('type:')) continue;
    const v = l.slice(5).trim().replace(/^["']|["']$/g, '');
    if (v === 'agreement' || v === 'goal' || v === 'session' || v === 'note') return v;
  }
  return inferType(path, path.slice(path.lastIndexOf('/') + 1));
}

/** The front-matter keys written in the document (top-level `key:` lines). */
export function frontMatterKeys(lines: TextLines): Set<string> {
  const keys = new Set<string>();
  const end = frontMatterEnd(lines);
  for (let i = 1; i < end; i++) {
    const l = lines.lineAt(i);
    const colon = l.indexOf(':');
    if (colon > 0 && isKey(l, colon)) keys.add(l.slice(0, colon));
  }
  return keys;
}

/** Whether `line[0, end)` is a key: a letter or `_`, then letters, digits, `_` or `-`. */
export function isKey(line: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && (i === 0 || !((c >= 48 && c <= 57) || c === 45))) return false;
  }
  return end > 0;
}
