// One list line: its checkbox, owner, inline fields (`[due:: …]`) and Obsidian Tasks emoji dates.
import { isIsoDate, looksLikeIsoDate } from './dates';
import { intern, internList } from './intern';
import type { IsoDate, ItemStatus } from './model';

/** `- [ ] text`, `* text`, `1. text`; group 1 indentation, 2 marker, 3 checkbox char, 4 text. */
export const LIST_LINE = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(?:\[([ xX\-\/>])\](?:[ \t]+|$))?(.*)$/;

export interface ParsedItemLine {
  indent: number;
  hasCheckbox: boolean;
  status: ItemStatus | null;
  text: string;
  title: string;
  owner: string | null;
  due: IsoDate | null;
  completion: IsoDate | null;
  moved: IsoDate | null;
  goals: string[];
  /** Dates that were written but are not real or not ISO: reported, never guessed. */
  badDates: { field: string; text: string }[];
}

// `[key:: value]` or `(key:: value)` — Dataview inline fields.
// A value may hold `[[wiki links]]`, as Dataview users write `[goal:: [[design-doc]]]`.
export const FIELD = /[\[(]([A-Za-z][\w -]*?)::[ \t]*((?:\[\[[^\]]*\]\]|[^\])])*?)[ \t]*[\])]/g;
// Obsidian Tasks emoji dates; the value may be followed by `.`/`)`/`,` and preceded by NBSP.
// An opening `(` right before the emoji is captured, so `(📅 2026-12-02)` leaves no stray parenthesis.
const EMOJI = /(\([ \t\u00A0]*)?(\u{1F4C5}|\u{1F5D3}|\u2705|\u23F3|\u{1F6EB}|\u2795|\u274C)\uFE0F?[\s\u00A0]*([^\s\u00A0]*)/gu;
const EMOJI_FIELD: Record<string, string> = {
  '\u{1F4C5}': 'due', '\u{1F5D3}': 'due', '\u2705': 'completion', '\u23F3': 'scheduled',
  '\u{1F6EB}': 'start', '\u2795': 'created', '\u274C': 'cancelled',
};
const DATE_FIELDS = new Set(['due', 'completion', 'moved', 'scheduled', 'start', 'created', 'cancelled', 'done']);

const NO_GOALS: string[] = [];
// The emoji we read: ✅ ⏳ ➕ ❌ in the BMP, 📅 🗓 🛫 as surrogate pairs starting \uD83D.
const EMOJI_TEST = /[\u2705\u23F3\u2795\u274C]|\uD83D[\uDCC5\uDDD3\uDEEB]/;

export function parseItemLine(line: string): ParsedItemLine | null {
  // By character codes rather than LIST_LINE, and slicing the line only once: this runs for every
  // list line while indexing. It accepts exactly what LIST_LINE accepts (a unit test compares them).
  const len = line.length;
  let p = 0;
  let c = line.charCodeAt(0);
  let tabs = 0;
  while (c === 32 || c === 9) {
    if (c === 9) tabs++;
    c = line.charCodeAt(++p);
  }
  // A tab indents as four spaces.
  const indent = p + 3 * tabs;
  if (c === 45 || c === 42 || c === 43) {
    p++;
  } else {
    const digitsStart = p;
    while (c >= 48 && c <= 57) c = line.charCodeAt(++p);
    if (p === digitsStart || p - digitsStart > 9 || (c !== 46 && c !== 41)) return null;
    p++;
  }
  c = line.charCodeAt(p);
  if (c !== 32 && c !== 9) return null;
  while (c === 32 || c === 9) c = line.charCodeAt(++p);
  let status: ItemStatus | null = null;
  if (c === 91 && line.charCodeAt(p + 2) === 93) {
    const box = checkboxStatus(line.charCodeAt(p + 1));
    const after = line.charCodeAt(p + 3);
    if (box !== null && (p + 3 === len || after === 32 || after === 9)) {
      status = box;
      p += 3;
    }
  }
  // The words, trimmed as String.trim trims.
  let end = len;
  while (p < end && isSpace(line.charCodeAt(p))) p++;
  while (end > p && isSpace(line.charCodeAt(end - 1))) end--;
  const text = p === 0 && end === len ? line : line.slice(p, end);
  const result: ParsedItemLine = {
    indent,
    hasCheckbox: status !== null,
    status,
    text,
    title: text,
    owner: null,
    due: null,
    completion: null,
    moved: null,
    goals: NO_GOALS,
    badDates: NO_BAD_DATES,
  };
  let title = text;
  if (text.indexOf('::') >= 0) title = extractFields(text, result);
  if (EMOJI_TEST.test(title)) {
    title = title.replace(EMOJI, (_all, open: string | undefined, emoji: string, value: string) => {
      applyField(result, EMOJI_FIELD[emoji], value.replace(/[.,;)\]]+$/, ''));
      return open !== undefined && !/\)[.,;]*$/.test(value) ? '( ' : ' ';
    });
  }
  if (result.owner === null && title.indexOf('@') >= 0) result.owner = lastOwner(title);
  if (title !== text) result.title = collapseSpace(title);
  return result;
}

function checkboxStatus(c: number): ItemStatus | null {
  switch (c) {
    case 32: case 47 /* / */: return 'open';
    case 120: case 88: return 'done';
    case 45: return 'cancelled';
    case 62: return 'moved';
    default: return null;
  }
}

/** What `\s` matches and String.trim removes: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const RUN_OF_SPACE = /[^\S ]|\s\s/;

/** `s.replace(/\s+/g, ' ').trim()`, without building a new string when there is nothing to do. */
function collapseSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  // White space other than a single space somewhere: collapse it.
  if (RUN_OF_SPACE.test(s)) return s.replace(/\s+/g, ' ').trim();
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const NO_BAD_DATES: { field: string; text: string }[] = [];

/**
 * Applies every `[key:: value]` / `(key:: value)` field of `text` to `result` and returns the
 * text with each field replaced by a space. By hand rather than with FIELD.replace: it runs for
 * most action items while indexing. Same grammar as FIELD (a unit test compares them): the key
 * starts with a letter and holds word characters, spaces and dashes; the value may hold
 * `[[wiki links]]` and ends at the first other `]` or `)`.
 */
function extractFields(text: string, result: ParsedItemLine): string {
  let out = '';
  let copied = 0;
  let from = 0;
  // Where the first field opens, and whether only fields and spaces follow it: then the title
  // is the words before it, sliced once (the usual "words @owner [due:: …] [goal:: …]").
  let firstOpen = -1;
  let tailOnly = true;
  for (;;) {
    const colons = text.indexOf('::', from);
    if (colons < 0) break;
    // The opening bracket: the nearest `[`/`(` before the key, the key starting with a letter.
    let open = colons - 1;
    while (open >= copied && isKeyChar(text.charCodeAt(open))) open--;
    const oc = text.charCodeAt(open);
    if (open < copied || (oc !== 91 && oc !== 40)) {
      from = colons + 2;
      continue;
    }
    let keyStart = open + 1;
    // FIELD's key is lazy and must start with a letter: the first letter after the bracket.
    while (keyStart < colons && !isLetter(text.charCodeAt(keyStart))) keyStart++;
    if (keyStart !== open + 1 || keyStart >= colons) {
      from = colons + 2;
      continue;
    }
    let v = colons + 2;
    let close = -1;
    while (v < text.length) {
      const c = text.charCodeAt(v);
      if (c === 91 && text.charCodeAt(v + 1) === 91) {
        const end = text.indexOf(']]', v + 2);
        const stray = text.indexOf(']', v + 2);
        if (end >= 0 && stray === end) {
          v = end + 2;
          continue;
        }
      }
      if (c === 93 || c === 41) {
        close = v;
        break;
      }
      v++;
    }
    // An unbalanced `[[` (as FIELD backtracks): the first `]` or `)` ends the value after all.
    if (close < 0) {
      for (v = colons + 2; v < text.length; v++) {
        const c = text.charCodeAt(v);
        if (c === 93 || c === 41) {
          close = v;
          break;
        }
      }
    }
    if (close < 0) break;
    const key = fieldKey(text, keyStart, colons);
    if (key !== null) applyField(result, key, trimmedSlice(text, colons + 2, close));
    if (firstOpen < 0) firstOpen = open;
    else if (tailOnly && !isBlank(text, copied, open)) tailOnly = false;
    out += text.slice(copied, open) + ' ';
    copied = close + 1;
    from = copied;
  }
  if (copied === 0) return text;
  if (tailOnly && isBlank(text, copied, text.length)) {
    let end = firstOpen;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    return text.slice(0, end);
  }
  return out + text.slice(copied);
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** `s.slice(from, to).trim()`, slicing once. */
function trimmedSlice(s: string, from: number, to: number): string {
  while (from < to && isSpace(s.charCodeAt(from))) from++;
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  return s.slice(from, to);
}

// The field keys that mean something to the journal; any other key is kept in the text's title
// untouched and otherwise ignored.
const FIELD_KEYS = ['goal', 'goals', 'owner', 'due', 'completion', 'done', 'moved', 'scheduled', 'start', 'created', 'cancelled'];

/** The known key `text[from, to)` names, case-insensitively and without trailing spaces; else null. */
function fieldKey(text: string, from: number, to: number): string | null {
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  const length = to - from;
  next: for (const key of FIELD_KEYS) {
    if (key.length !== length) continue;
    // Key characters are letters, digits, `_`, `-` and space: `| 0x20` lowers only the letters
    // onto the (lower-case) known keys.
    for (let i = 0; i < length; i++) if ((text.charCodeAt(from + i) | 0x20) !== key.charCodeAt(i)) continue next;
    return key;
  }
  return null;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isKeyChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 32 || c === 45;
}

/**
 * The last standalone `@handle` owns the item: "Intro Sam to Lena (@lena) @priya" is Priya's.
 * `Name (@handle)` mentions someone without making them owner; `a@b.c` is an address.
 */
function lastOwner(s: string): string | null {
  for (let at = s.lastIndexOf('@'); at >= 0; at = at === 0 ? -1 : s.lastIndexOf('@', at - 1)) {
    const prev = at === 0 ? 32 : s.charCodeAt(at - 1);
    if (prev !== 32 && prev !== 9 && prev !== 44 && prev !== 0xa0) continue;
    let end = at + 1;
    while (end < s.length && isHandleChar(s.charCodeAt(end))) end++;
    while (end > at + 1 && (s.charCodeAt(end - 1) === 46 || s.charCodeAt(end - 1) === 45)) end--;
    if (end > at + 1) return intern(s.slice(at + 1, end));
  }
  return null;
}

function isHandleChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

function applyField(item: ParsedItemLine, key: string, value: string): void {
  if (key === 'goal' || key === 'goals') {
    // One plain id, the usual case, needs no splitting. Arrays are made at their final size:
    // the index keeps tens of thousands of them.
    const ids =
      value.indexOf(',') < 0 && value.indexOf('[[') < 0 && value.indexOf(']]') < 0
        ? value ? [intern(value)] : []
        : value.split(',').map((g) => g.trim().replace(/^\[\[|\]\]$/g, '')).filter((id) => id !== '');
    item.goals = item.goals === NO_GOALS ? internList(ids) : item.goals.concat(ids);
    return;
  }
  if (key === 'owner' && !item.owner) {
    item.owner = intern(value.replace(/^@/, '')) || null;
    return;
  }
  if (!DATE_FIELDS.has(key)) return;
  const date = readDate(key, value, item);
  if (date === null) return;
  if (key === 'due') item.due = date;
  else if (key === 'completion' || key === 'done') item.completion = date;
  else if (key === 'moved') item.moved = date;
}

function readDate(field: string, value: string, item: ParsedItemLine): IsoDate | null {
  if (isIsoDate(value)) return intern(value);
  if (item.badDates === NO_BAD_DATES) item.badDates = [];
  item.badDates.push({ field, text: value });
  return null;
}

/** Message for a date that could not be read, naming what was written. */
export function badDateMessage(field: string, text: string): string {
  // `date` itself (a session's) would otherwise read "date date".
  const what = field === 'date' ? 'date' : `${field} date`;
  if (text === '') return `${what} is empty (write YYYY-MM-DD)`;
  if (looksLikeIsoDate(text)) return `${what} "${text}" is not a real day`;
  return `${what} "${text}" is not an ISO date (write YYYY-MM-DD)`;
}
