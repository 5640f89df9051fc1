// One version of a journal file as the merge sees it: front matter split into its keys, and the
// body split into sections at every heading (as the core's parser finds headings: never in code
// blocks or comments), each a sequence of lines whose items are keyed by identity.
import { AGENDA_MARKER_START } from '../agendaBlock';
import { itemIdentity } from '../itemIdentity';
import type { Item, SectionKind } from '../model';
import { sectionsOf } from '../parseEntry';
import type { Unit } from './unitMerge';

export interface LineUnit extends Unit {
  /** An item (its key is its identity), merged by the item rules. */
  item: boolean;
  heading: boolean;
  /**
   * A line of a generated agenda (prose under Agenda): keyed without its numbers, which change
   * from one day's agenda to the next ("overdue 3 days", `#L12` links).
   */
  generated: boolean;
  /** The marker after a generated agenda's lines, holding their hash. */
  marker?: boolean;
}

export interface SectionUnit extends Unit {
  lines: LineUnit[];
}

export interface FrontMatterBlock {
  open: string;
  close: string;
  /** Its lines between the `---` lines. */
  inner: string[];
  /** One unit per top-level key (a key line and the lines indented under it); null when a key repeats. */
  entries: Unit[] | null;
}

export interface Structure {
  frontMatter: FrontMatterBlock | null;
  sections: SectionUnit[];
}

const PREAMBLE = '\u0000preamble';
const DIGITS = /\d+/g;
const FM_HEAD = '\u0000head';
// A top-level `key:` (not indented, not a list dash or a comment); the key ends at the first colon.
const KEY_LINE = /^([^\s#\-:][^:]*):(?:[ \t]|$)/;

/**
 * The structure of `text` (a file without BOM, with `\n` line breaks), split into `lines` (no
 * final empty line); `items` are the core parser's items of the same text.
 */
export function structureOf(path: string, text: string, lines: readonly string[], items: readonly Item[]): Structure {
  let body = 0;
  let frontMatter: FrontMatterBlock | null = null;
  if (lines.length > 0 && lines[0].trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.length <= 5 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
    if (close > 0) {
      const inner = lines.slice(1, close);
      frontMatter = { open: lines[0], close: lines[close], inner, entries: keyEntries(inner) };
      body = close + 1;
    }
  }
  const keys = new Map<number, string>();
  for (const item of items) keys.set(item.line - 1, `I${leadingSpace(item.raw)}:${itemIdentity(item.text)}`);
  const headings = sectionsOf(path, text).filter((s) => s.line - 1 >= body);
  const unit = (i: number, heading: boolean, agenda: boolean): LineUnit => {
    const key = keys.get(i);
    if (key !== undefined) return { key, text: lines[i], item: true, heading, generated: false };
    const generated = agenda && !heading && lines[i].trim() !== '';
    // The agenda's marker (agendaBlock.ts): one per agenda, whatever hash each side wrote.
    if (generated && lines[i].trimStart().startsWith(AGENDA_MARKER_START)) return { key: 'M', text: lines[i], item: false, heading, generated, marker: true };
    return { key: generated ? `G${lines[i].replace(DIGITS, '#')}` : `L${lines[i]}`, text: lines[i], item: false, heading, generated };
  };
  const sections: SectionUnit[] = [];
  const section = (key: string, from: number, to: number, kind: SectionKind = 'other') => {
    if (to <= from) return;
    const units: LineUnit[] = [];
    for (let i = from; i < to; i++) units.push(unit(i, i === from && key !== PREAMBLE, kind === 'agenda'));
    sections.push({ key, text: lines.slice(from, to).join('\n'), lines: units });
  };
  section(PREAMBLE, body, headings.length ? headings[0].line - 1 : lines.length);
  // A heading's key is the path of headings it stands under, so "### Notes" under two different
  // "##" headings are two sections; a repeated path gets a number.
  const stack: { level: number; text: string }[] = [];
  const seen = new Map<string, number>();
  headings.forEach((h, n) => {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    stack.push({ level: h.level, text: h.heading.trim() });
    const path = stack.map((s) => `${s.level} ${s.text}`).join('\n');
    const count = seen.get(path) ?? 0;
    seen.set(path, count + 1);
    section(count ? `${path}\n#${count}` : path, h.line - 1, n + 1 < headings.length ? headings[n + 1].line - 1 : lines.length, h.kind);
  });
  return { frontMatter, sections };
}

function keyEntries(inner: readonly string[]): Unit[] | null {
  const entries: { key: string; lines: string[] }[] = [];
  const keys = new Set<string>();
  for (const line of inner) {
    const m = KEY_LINE.exec(line);
    if (m) {
      const key = m[1].trim();
      if (keys.has(key)) return null;
      keys.add(key);
      entries.push({ key, lines: [line] });
    } else if (entries.length) {
      entries[entries.length - 1].lines.push(line);
    } else {
      entries.push({ key: FM_HEAD, lines: [line] });
      keys.add(FM_HEAD);
    }
  }
  return entries.map((e) => ({ key: e.key, text: e.lines.join('\n') }));
}

function leadingSpace(raw: string): number {
  let n = 0;
  while (raw.charCodeAt(n) === 32 || raw.charCodeAt(n) === 9) n++;
  return n;
}
