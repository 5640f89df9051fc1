// What in a line of journal text is a field, a date or a person: the chips the journal webview
// and VS Code's Markdown preview show in place of `[due:: 2026-12-01]`, `📅 2026-12-01` and
// `@sam`. One left-to-right pass over the text (linear time), no Markdown parser: callers hand
// it the text of one inline run.
import { isWhiteSpace } from './text';

// Obsidian Tasks' date emoji and what each one dates (as the parser reads them).
const EMOJI_KEY = new Map([
  [0x1f4c5, 'due'],
  [0x1f4c6, 'due'],
  [0x1f5d3, 'due'],
  [0x2705, 'completion'],
  [0x23f3, 'scheduled'],
  [0x231b, 'scheduled'],
  [0x1f6eb, 'start'],
  [0x2795, 'created'],
  [0x274c, 'cancelled'],
]);

export interface Chip {
  start: number;
  end: number;
  /** A field's key (lower case) and value, or a mention's handle. */
  key?: string;
  value?: string;
  handle?: string;
}

/**
 * What becomes a chip in `text`, left to right: a Dataview inline field (`[due:: 2026-12-01]`:
 * a letter, then letters, digits, `_` or `-`, `::`, the value up to the first `]`), an Obsidian
 * Tasks emoji date (`📅 2026-12-01`, `✅ 2026-11-20`), or an `@handle` at the start or after
 * white space or `(` (letters, digits, `_`, and `.` or `-` inside). One pass over the text.
 */
export function chipsOf(text: string): Chip[] {
  const chips: Chip[] = [];
  // The first `]` at or after the current position, found once for all the `[`s before it.
  let close = -1;
  for (let p = 0; p < text.length; ) {
    const c = text.charCodeAt(p);
    if (c === 91 /* [ */) {
      if (close < p) {
        close = text.indexOf(']', p);
        if (close < 0) close = text.length;
      }
      const field = close < text.length ? fieldAt(text, p, close) : null;
      if (field) {
        chips.push(field);
        p = field.end;
        continue;
      }
    } else if (EMOJI_KEY.has(c) || (c >= 0xd800 && c <= 0xdbff && EMOJI_KEY.has(text.codePointAt(p)!))) {
      const date = emojiDateAt(text, p, chips.length ? chips[chips.length - 1].end : 0);
      if (date) {
        chips.push(date);
        p = date.end;
        continue;
      }
    } else if (p === 0 && c === 64 /* @ */) {
      const mention = mentionAt(text, 0);
      if (mention) {
        chips.push(mention);
        p = mention.end;
        continue;
      }
    } else if ((c === 40 || isWhiteSpace(c)) && text.charCodeAt(p + 1) === 64) {
      const mention = mentionAt(text, p + 1);
      if (mention) {
        chips.push(mention);
        p = mention.end;
        continue;
      }
    }
    p++;
  }
  return chips;
}

/** `[key:: value]` opening at `open`, whose first `]` is at `close`. */
function fieldAt(text: string, open: number, close: number): Chip | null {
  let p = open + 1;
  if (!isAsciiLetter(text.charCodeAt(p))) return null;
  while (isKeyChar(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 58 || text.charCodeAt(p + 1) !== 58) return null;
  const key = text.slice(open + 1, p).toLowerCase();
  let from = p + 2;
  while (from < close && isSpaceOrTab(text.charCodeAt(from))) from++;
  let to = close;
  while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
  return { start: open, end: close + 1, key, value: text.slice(from, to) };
}

/**
 * `📅 2026-12-01` or `✅ 2026-11-20` (a variation selector and white space allowed) at `at`, as
 * the parser reads it: with the `.` `,` `;` after it, and with a `(` right before it only
 * together with the `)` right after it (a lone one stays in the words). Not before `notBefore`.
 */
function emojiDateAt(text: string, at: number, notBefore: number): Chip | null {
  const emoji = text.codePointAt(at)!;
  const key = EMOJI_KEY.get(emoji)!;
  let p = at + (emoji > 0xffff ? 2 : 1);
  if (text.charCodeAt(p) === 0xfe0f) p++;
  while (p < text.length && isWhiteSpace(text.charCodeAt(p))) p++;
  for (let k = 0; k < 10; k++) {
    const c = text.charCodeAt(p + k);
    if (k === 4 || k === 7 ? c !== 45 : !(c >= 48 && c <= 57)) return null;
  }
  const value = text.slice(p, p + 10);
  let start = at;
  let end = p + 10;
  let open = at - 1;
  while (open >= notBefore && (text.charCodeAt(open) === 32 || text.charCodeAt(open) === 9 || text.charCodeAt(open) === 0xa0)) open--;
  const opened = open >= notBefore && text.charCodeAt(open) === 40;
  const closed = text.charCodeAt(end) === 41;
  // A `)` without its `(` stays with the words, and so does what follows it.
  if (closed && !opened) return { start, end, key, value };
  if (closed) {
    start = open;
    end++;
  }
  while (end < text.length && (text.charCodeAt(end) === 46 || text.charCodeAt(end) === 44 || text.charCodeAt(end) === 59)) end++;
  return { start, end, key, value };
}

/** `@handle` at `at` (the `@`): it starts and ends with a letter, digit or `_`. */
function mentionAt(text: string, at: number): Chip | null {
  let p = at + 1;
  let lastGood = -1;
  while (p < text.length) {
    const cp = text.codePointAt(p)!;
    const size = cp > 0xffff ? 2 : 1;
    const word = HANDLE_WORD.test(String.fromCodePoint(cp));
    if (p === at + 1 ? !word : !word && cp !== 46 && cp !== 45) break;
    p += size;
    if (word) lastGood = p;
  }
  return lastGood < 0 ? null : { start: at, end: lastGood, handle: text.slice(at + 1, lastGood) };
}

const HANDLE_WORD = /^[\p{L}\p{N}\p{M}_]$/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isKeyChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

// A Map, not an object: a field named `constructor` or `toString` is a field like any other.
const FIELD_LABEL = new Map([
  ['due', 'due'],
  ['completion', 'done'],
  ['moved', 'moved'],
  ['created', 'created'],
  ['start', 'starts'],
  ['scheduled', 'scheduled'],
  ['cancelled', 'cancelled'],
]);

/** What a field's chip says: `#design-doc` for a goal, `due 2026-12-01`, `done 2026-11-20`, `mood: calm`. */
export function chipLabel(key: string, value: string): string {
  return key === 'goal' ? `#${value}` : `${FIELD_LABEL.get(key) ?? `${key}:`} ${value}`;
}
