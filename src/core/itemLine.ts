// One list line: its checkbox, owner, inline fields (`[due:: …]`), Obsidian Tasks' emoji fields
// (`📅 2026-12-01`, `⏫`, `🔁 every week` …) and block link (`^abc123`). What Obsidian Tasks and
// Dataview read on such a line, this reads the same way, except where docs/format.md says why not.
import { isIsoDate, looksLikeIsoDate } from './dates';
import { intern, internList } from './intern';
import type { IsoDate, ItemStatus, Priority, TaskFields } from './model';
import { handleEnd } from './people';
import { trimEndWhere } from './text';

/**
 * `- [ ] text`, `* text`, `1. text`, also inside block quotes and callouts (`> - [ ] text`).
 * Group 1 the quote markers, 2 the indentation, 3 the list marker, 4 the checkbox's character
 * (any one: `[/]`, `[?]`, `[D]` are checkboxes too), 5 the text.
 */
export const LIST_LINE = /^((?:[ \t]*>)*)([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(?:\[([^])\](?:[ \t]+|$))?([^]*)$/u;

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
  taskFields: TaskFields;
  /** Dates that were written but are not real or not ISO: reported, never guessed. */
  badDates: { field: string; text: string }[];
}

/**
 * Obsidian Tasks' emoji fields, each a marker only when its value follows (an emoji in prose
 * stays prose): a date emoji needs a date after it, year, month and day (`📅 2026-12-01`; one
 * written otherwise, `📅 2026/12/1`, is reported), a priority emoji ends a word, `🔁` needs `every …`,
 * `🏁` a word (kept only when it is `keep` or `delete`), `🆔` an id and `⛔` a list of ids.
 * An opening `(` right before the emoji and a `)` right after the value go with it, so
 * `(📅 2026-12-02)` leaves no stray parenthesis. Every alternative starts with its own emoji and
 * no two quantifiers compete for the same characters: linear time.
 * Groups: 1 `(`, 2 date emoji, 3 date, 4 priority emoji, 5 recurrence, 6 on-completion,
 * 7 id, 8 depends-on ids, 9 `)`.
 */
export const EMOJI_FIELD =
  /(\([ \t\u00A0]*)?(?:([\u{1F4C5}\u{1F4C6}\u{1F5D3}\u2705\u23F3\u231B\u{1F6EB}\u2795\u274C])\uFE0F?\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\d*)[.,;]*|([\u{1F53A}\u23EB\u{1F53C}\u{1F53D}\u23EC])\uFE0F?(?![^\s)])|\u{1F501}\uFE0F?[ \t\u00A0]*([Ee]very(?![A-Za-z0-9])[A-Za-z0-9, !]*)|\u{1F3C1}\uFE0F?[ \t\u00A0]*([A-Za-z]+)(?![^\s)])|\u{1F194}\uFE0F?[ \t\u00A0]*([\w-]+)(?![^\s)])|\u26D4\uFE0F?[ \t\u00A0]*([\w-]+(?:[ \t]*,[ \t]*[\w-]+)*)(?![^\s)]))(\)[.,;]*)?/gu;
const DATE_EMOJI: Record<string, string> = {
  '\u{1F4C5}': 'due', '\u{1F4C6}': 'due', '\u{1F5D3}': 'due', '\u2705': 'completion', '\u23F3': 'scheduled',
  '\u231B': 'scheduled', '\u{1F6EB}': 'start', '\u2795': 'created', '\u274C': 'cancelled',
};
const PRIORITY_EMOJI: Record<string, Priority> = { '\u{1F53A}': 'highest', '\u23EB': 'high', '\u{1F53C}': 'medium', '\u{1F53D}': 'low', '\u23EC': 'lowest' };
// Whether a title holds any of those emoji: ⌛ ⏫ ⏬ ⏳ ⛔ ✅ ➕ ❌ in the BMP; 📅 📆 🗓 🛫 🔺 🔼 🔽 🔁
// and 🏁 🆔 as surrogate pairs.
const EMOJI_TEST = /[\u231B\u23EB\u23EC\u23F3\u26D4\u2705\u2795\u274C]|\uD83D[\uDCC5\uDCC6\uDDD3\uDEEB\uDD3A\uDD3C\uDD3D\uDD01]|\uD83C[\uDFC1\uDD94]/;
const TASK_ID = /^[\w-]+$/;
const RECURRENCE = /^[A-Za-z0-9, !]+$/;
const PRIORITIES = new Set(['highest', 'high', 'medium', 'low', 'lowest']);

const NO_GOALS: string[] = [];
const NO_IDS: string[] = Object.freeze([]) as unknown as string[];
/** The task fields of a line that has none: one frozen object for all of them. */
const NO_TASK_FIELDS: TaskFields = Object.freeze({
  created: null,
  start: null,
  scheduled: null,
  cancelledDate: null,
  priority: null,
  recurrence: null,
  taskId: null,
  dependsOn: NO_IDS,
  onCompletion: null,
  blockId: null,
});

/** The line's own task fields, made on the first one read. */
function taskFieldsOf(item: ParsedItemLine): TaskFields {
  if (item.taskFields === NO_TASK_FIELDS) item.taskFields = { ...NO_TASK_FIELDS };
  return item.taskFields;
}

const NO_BAD_DATES: { field: string; text: string }[] = [];

export function parseItemLine(line: string): ParsedItemLine | null {
  // By character codes rather than LIST_LINE, and slicing the line only once: this runs for every
  // list line while indexing. It accepts exactly what LIST_LINE accepts (a unit test compares them).
  const len = line.length;
  let p = 0;
  let c = line.charCodeAt(0);
  // Quote markers: `>`, `> > `, `>>>`; the indentation is what follows the last one.
  let start = 0;
  for (;;) {
    while (c === 32 || c === 9) c = line.charCodeAt(++p);
    if (c !== 62) break;
    start = ++p;
    c = line.charCodeAt(p);
  }
  // A tab indents as four spaces; inside a quote the one space after `>` belongs to the marker.
  let indent = p - start;
  for (let i = start; i < p; i++) if (line.charCodeAt(i) === 9) indent += 3;
  if (start > 0 && indent > 0) indent--;
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
  if (c === 91 && p + 1 < len) {
    // One character, a surrogate pair counting as one.
    const box = line.charCodeAt(p + 1);
    const width = box >= 0xd800 && box <= 0xdbff && isLowSurrogate(line.charCodeAt(p + 2)) ? 2 : 1;
    const after = p + 2 + width;
    if (line.charCodeAt(after - 1) === 93 && (after === len || line.charCodeAt(after) === 32 || line.charCodeAt(after) === 9)) {
      status = checkboxStatus(box);
      p = after;
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
    taskFields: NO_TASK_FIELDS,
    badDates: NO_BAD_DATES,
  };
  let title = takeBlockId(text, result);
  if (title.indexOf('::') >= 0) title = extractFields(title, result);
  if (EMOJI_TEST.test(title)) title = title.replace(EMOJI_FIELD, (...m: (string | undefined)[]) => emojiField(result, m));
  if (result.owner === null && title.indexOf('@') >= 0) result.owner = lastOwner(title);
  if (title !== text) result.title = collapseSpace(title);
  return result;
}

/** `[ ]` is open, `[x]`/`[X]` done, `[-]` cancelled, `[>]` moved; any other character open. */
function checkboxStatus(c: number): ItemStatus {
  switch (c) {
    case 120: case 88: return 'done';
    case 45: return 'cancelled';
    case 62: return 'moved';
    default: return 'open';
  }
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
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

/** An Obsidian block id closing the line, ` ^abc-123`: kept on the item, taken out of the title. */
function takeBlockId(text: string, result: ParsedItemLine): string {
  // From the end, over the last word only: most lines end in a field, a date or a word.
  let caret = text.length - 1;
  while (caret > 0 && isBlockIdChar(text.charCodeAt(caret))) caret--;
  if (caret < 1 || caret === text.length - 1 || text.charCodeAt(caret) !== 94 || text.charCodeAt(caret - 1) !== 32) return text;
  taskFieldsOf(result).blockId = text.slice(caret + 1);
  return text.slice(0, caret - 1);
}

function isBlockIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

/** One match of EMOJI_FIELD applied to `item`; what the title keeps in its place. */
function emojiField(item: ParsedItemLine, m: (string | undefined)[]): string {
  const [all, open, dateEmoji, date, priority, recurrence, onCompletion, id, dependsOn, close] = m;
  if (dateEmoji !== undefined) {
    applyField(item, DATE_EMOJI[dateEmoji], date!);
  } else if (priority !== undefined) {
    taskFieldsOf(item).priority = PRIORITY_EMOJI[priority];
  } else if (recurrence !== undefined) {
    taskFieldsOf(item).recurrence = trimEndWhere(recurrence, (c) => c === 32 || c === 44);
  } else if (onCompletion !== undefined) {
    const word = onCompletion.toLowerCase();
    if (word !== 'keep' && word !== 'delete') return all!;
    taskFieldsOf(item).onCompletion = word;
  } else if (id !== undefined) {
    taskFieldsOf(item).taskId = id;
  } else {
    taskFieldsOf(item).dependsOn = idList(dependsOn!);
  }
  // `(📅 2026-12-02)` goes whole; a parenthesis without its partner stays.
  if (open !== undefined) return close !== undefined ? ' ' : '( ';
  return close !== undefined ? ` ${close} ` : ' ';
}

function idList(value: string): string[] {
  return value.split(',').map((id) => id.trim()).filter((id) => id !== '');
}

/** Where the scan for fields is: reset for each text, so no object is made per item. */
let scanMatches: Int32Array | null = null;
const span = { open: 0, keyStart: 0, keyEnd: 0, valueStart: 0, close: 0 };

/**
 * Finds the next inline field of `text` at or after `from` and leaves it in `span`; false when
 * there is none. A field is `[key:: value]` or `(key:: value)` as Dataview reads it: the key is
 * the text between the bracket and the first `::` (no brackets in it, spaces around it
 * ignored), and the value runs to the bracket that closes the opening one, pairs opened inside
 * it closed first (`[goal:: [[design-doc]]]`), `\`-escaped brackets not counted. Stricter than
 * Dataview, as Obsidian Tasks is: a bracket of the other kind cannot close it, nor close a pair
 * opened inside it, so `[due:: 2021-08-22)` is no field. By hand and in linear time: each `::`
 * looks back only as far as the one before it, a scan that finds its field ends where the next
 * one starts, and after the first scan that fails, closing brackets come from one pass.
 */
function nextField(text: string, from: number): boolean {
  let lo = from;
  for (;;) {
    const colons = text.indexOf('::', from);
    if (colons < 0) return false;
    from = colons + 2;
    let open = colons - 1;
    while (open >= lo && !isBracket(text.charCodeAt(open))) open--;
    const floor = lo;
    lo = from;
    if (open < floor) continue;
    const oc = text.charCodeAt(open);
    if ((oc !== 91 && oc !== 40) || isEscaped(text, open)) continue;
    let keyStart = open + 1;
    let keyEnd = colons;
    while (keyStart < keyEnd && isSpace(text.charCodeAt(keyStart))) keyStart++;
    while (keyEnd > keyStart && isSpace(text.charCodeAt(keyEnd - 1))) keyEnd--;
    if (keyStart === keyEnd) continue;
    let close: number;
    if (scanMatches === null) {
      close = closingBracket(text, from, oc);
      // A failed scan may have read far: from now on the answers come from one pass instead.
      if (close < 0) close = (scanMatches = matchBrackets(text))[open];
    } else {
      close = scanMatches[open];
    }
    if (close < 0) continue;
    span.open = open;
    span.keyStart = keyStart;
    span.keyEnd = keyEnd;
    span.valueStart = from;
    span.close = close;
    return true;
  }
}

function isBracket(c: number): boolean {
  return c <= 93 && (c === 91 || c === 93 || c === 40 || c === 41);
}

/** Whether `text[at]` follows an odd run of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === 92) n++;
  return n % 2 === 1;
}

/**
 * The bracket closing `open` (`[` or `(`) for a value starting at `from`, or -1 when a bracket
 * of the wrong kind comes first or none comes.
 */
function closingBracket(text: string, from: number, open: number): number {
  const close = open === 91 ? 93 : 41;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Letters, digits and `-` (most of a value) are none of ( ) [ \ ].
    if (c > 93 || (c > 41 && c < 91) || c < 40) continue;
    if (c === close) return i;
    if (c === 93 || c === 41) return -1;
    return nestedClosingBracket(text, i, open);
  }
  return -1;
}

/** The brackets opened inside a value, innermost last (reused: no array per field). */
const inside: number[] = [];

/** closingBracket from `from`, where a bracket opens inside the value or a `\` escapes. */
function nestedClosingBracket(text: string, from: number, open: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i++;
    } else if (c === 91 || c === 40) {
      inside[depth++] = c;
    } else if (c === 93 || c === 41) {
      if (depth === 0) return c === (open === 91 ? 93 : 41) ? i : -1;
      if (c !== (inside[--depth] === 91 ? 93 : 41)) return -1;
    }
  }
  return -1;
}

/**
 * For every unescaped `[` and `(` of `text`, the index of the bracket closing it, else -1: the
 * same answers closingBracket gives, in one pass. A closing bracket of the wrong kind ends every
 * bracket still open (each would meet it first).
 */
function matchBrackets(text: string): Int32Array {
  const out = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i++;
    } else if (c === 91 || c === 40) {
      stack.push(i);
    } else if ((c === 93 || c === 41) && stack.length) {
      const top = stack.pop()!;
      if (c === (text.charCodeAt(top) === 91 ? 93 : 41)) out[top] = i;
      else stack.length = 0;
    }
  }
  return out;
}

/** Every inline field of `text`, known to the journal or not, found as Dataview finds them. */
export function inlineFields(text: string): { key: string; value: string; start: number; startValue: number; end: number; wrapping: string }[] {
  const out: { key: string; value: string; start: number; startValue: number; end: number; wrapping: string }[] = [];
  scanMatches = null;
  for (let from = 0; nextField(text, from); from = span.close + 1) {
    const { open, keyStart, keyEnd, valueStart, close } = span;
    out.push({ key: text.slice(keyStart, keyEnd), value: trimmedSlice(text, valueStart, close), start: open, startValue: valueStart, end: close + 1, wrapping: text[open] });
  }
  scanMatches = null;
  return out;
}

/**
 * Applies the known fields of `text` to `result` and returns the text with each replaced by a
 * space, a comma right after one included (`[due:: …], [priority:: high]`, as Obsidian Tasks
 * writes them to dodge a rendering bug). Fields the journal does not know, and known ones whose
 * value does not fit (`[id:: a*b]`), stay in the title as written.
 */
function extractFields(text: string, result: ParsedItemLine): string {
  let out = '';
  let copied = 0;
  // Where the first field opens, and whether only fields and spaces follow it: then the title
  // is the words before it, sliced once (the usual "words @owner [due:: …] [goal:: …]").
  let firstOpen = -1;
  let tailOnly = true;
  scanMatches = null;
  for (let from = 0; nextField(text, from); ) {
    const { open, keyStart, keyEnd, valueStart, close } = span;
    from = close + 1;
    const key = fieldKey(text, keyStart, keyEnd);
    if (key === null || !applyField(result, key, trimmedSlice(text, valueStart, close))) continue;
    let q = from;
    while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    if (text.charCodeAt(q) === 44) from = q + 1;
    if (firstOpen < 0) firstOpen = open;
    else if (tailOnly && !isBlank(text, copied, open)) tailOnly = false;
    out += text.slice(copied, open) + ' ';
    copied = from;
  }
  scanMatches = null;
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

// The journal's own keys and Dataview's date keys, read case-insensitively (`[Due:: …]`).
const FIELD_KEYS = ['goal', 'goals', 'owner', 'due', 'completion', 'done', 'moved', 'scheduled', 'start', 'created', 'cancelled'];
// Obsidian Tasks' other keys, read as Tasks spells them (it leaves `[dependson:: …]` alone).
const TASKS_KEYS = ['priority', 'repeat', 'id', 'dependsOn', 'onCompletion'];

/** The known key `text[from, to)` names; else null. */
function fieldKey(text: string, from: number, to: number): string | null {
  const length = to - from;
  next: for (const key of FIELD_KEYS) {
    if (key.length !== length) continue;
    // `| 0x20` lowers ASCII letters onto the (lower-case) known keys and maps nothing else onto them.
    for (let i = 0; i < length; i++) if ((text.charCodeAt(from + i) | 0x20) !== key.charCodeAt(i)) continue next;
    return key;
  }
  for (const key of TASKS_KEYS) if (key.length === length && text.startsWith(key, from)) return key;
  return null;
}

/**
 * The last standalone `@handle` owns the item: "Intro Sam to Lena (@lena) @priya" is Priya's.
 * `Name (@handle)` mentions someone without making them owner; `a@b.c` is an address.
 */
function lastOwner(s: string): string | null {
  for (let at = s.lastIndexOf('@'); at >= 0; at = at === 0 ? -1 : s.lastIndexOf('@', at - 1)) {
    const prev = at === 0 ? 32 : s.charCodeAt(at - 1);
    if (prev !== 32 && prev !== 9 && prev !== 44 && prev !== 0xa0) continue;
    const end = handleEnd(s, at + 1);
    if (end > at + 1) return intern(s.slice(at + 1, end));
  }
  return null;
}

/** Applies one known field; false when its value does not fit the key (it then stays text). */
function applyField(item: ParsedItemLine, key: string, value: string): boolean {
  switch (key) {
    case 'goal':
    case 'goals': {
      // One plain id, the usual case, needs no splitting. Arrays are made at their final size:
      // the index keeps tens of thousands of them.
      const ids =
        value.indexOf(',') < 0 && value.indexOf('[[') < 0 && value.indexOf(']]') < 0
          ? value ? [intern(value)] : []
          : value.split(',').map((g) => g.trim().replace(/^\[\[|\]\]$/g, '')).filter((id) => id !== '');
      item.goals = item.goals === NO_GOALS ? internList(ids) : item.goals.concat(ids);
      return true;
    }
    case 'owner':
      if (!item.owner) item.owner = intern(value.replace(/^@/, '')) || null;
      return true;
    case 'priority':
      if (!PRIORITIES.has(value)) return false;
      taskFieldsOf(item).priority = value as Priority;
      return true;
    case 'repeat':
      if (!RECURRENCE.test(value)) return false;
      taskFieldsOf(item).recurrence = value;
      return true;
    case 'onCompletion': {
      if (!/^[A-Za-z]+$/.test(value)) return false;
      const word = value.toLowerCase();
      taskFieldsOf(item).onCompletion = word === 'keep' || word === 'delete' ? word : null;
      return true;
    }
    case 'id':
      if (!TASK_ID.test(value)) return false;
      taskFieldsOf(item).taskId = value;
      return true;
    case 'dependsOn': {
      const ids = idList(value);
      if (ids.length === 0 || !ids.every((id) => TASK_ID.test(id))) return false;
      taskFieldsOf(item).dependsOn = ids;
      return true;
    }
  }
  const date = readDate(key, value, item);
  if (date === null) return true;
  switch (key) {
    case 'due': item.due = date; break;
    case 'completion': case 'done': item.completion = date; break;
    case 'moved': item.moved = date; break;
    case 'scheduled': taskFieldsOf(item).scheduled = date; break;
    case 'start': taskFieldsOf(item).start = date; break;
    case 'created': taskFieldsOf(item).created = date; break;
    case 'cancelled': taskFieldsOf(item).cancelledDate = date; break;
  }
  return true;
}

function readDate(field: string, value: string, item: ParsedItemLine): IsoDate | null {
  if (isIsoDate(value)) return intern(value);
  if (item.badDates === NO_BAD_DATES) item.badDates = [];
  item.badDates.push({ field, text: value });
  return null;
}

/** Where a token is on a line: 0-based UTF-16 offsets, end excluded. */
export interface Span {
  column: number;
  endColumn: number;
}

/**
 * Where the unreadable date `text` of `field` (as parseItemLine reported it) is written on
 * `raw`: the value of its inline field (the whole field when the value is empty), else the
 * text after an emoji. Only called for lines with a bad date: indexing never pays for it.
 */
export function badDateSpan(raw: string, field: string, text: string): Span | null {
  for (const f of inlineFields(raw)) {
    if (f.key.toLowerCase() !== field) continue;
    let column = f.startValue;
    let endColumn = f.end - 1;
    while (column < endColumn && isSpace(raw.charCodeAt(column))) column++;
    while (endColumn > column && isSpace(raw.charCodeAt(endColumn - 1))) endColumn--;
    if (raw.slice(column, endColumn) !== text) continue;
    return column < endColumn ? { column, endColumn } : { column: f.start, endColumn: f.end };
  }
  const at = text === '' ? -1 : raw.indexOf(text);
  return at < 0 ? null : { column: at, endColumn: at + text.length };
}

/**
 * How many UTF-16 units of `text` (an item's words) are a due-date emoji closing it with no date
 * after it (`- [ ] Book the room 📅`, with or without a variation selector): 0 when it has none.
 * A date emoji anywhere else, or ✅ at the end (`完成了第一次排练 ✅`), is prose.
 */
export function danglingDueEmoji(text: string): number {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0xfe0f) end--;
  if (end < 2 || text.charCodeAt(end - 2) !== 0xd83d) return 0;
  const low = text.charCodeAt(end - 1);
  return low === 0xdcc5 || low === 0xdcc6 || low === 0xddd3 ? text.length - end + 2 : 0;
}

/** Message for a date that could not be read, naming what was written. */
export function badDateMessage(field: string, text: string): string {
  // `date` itself (a session's) would otherwise read "date date".
  const what = field === 'date' ? 'date' : `${field} date`;
  if (text === '') return `${what} is empty (write YYYY-MM-DD)`;
  if (looksLikeIsoDate(text)) return `${what} "${text}" is not a real day`;
  return `${what} "${text}" is not an ISO date (write YYYY-MM-DD)`;
}
