// Short texts for one-line views (tree rows, the status bar): a session's summary, an item's
// label without its owner, and days written the way people say them ("Wed 2 Dec").
import { daysBetween, toDate } from './dates';
import type { Entry, IsoDate, Item } from './model';
import { HiddenLines, splitLines } from './markdownLines';
import { sectionsOf } from './parseEntry';
import { charIn, isLineBreak, isWhiteSpace, trimEndWhere, withoutMention, withoutTrailingMarks } from './text';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Titles that say nothing about the session beyond its being one. */
const GENERIC_TITLES = new Set([
  '', 'session', 'sessions', 'session notes', 'notes', 'meeting', 'meeting notes', '1:1', '1-1', 'one on one',
  'mentoring session', 'mentorship session', 'check-in', 'check in', 'catch-up', 'catch up',
]);

/** `Wed 2 Dec`, with the year when it is not `today`'s year (`Fri 8 Jan 2027`). */
export function shortDay(day: IsoDate, today: IsoDate): string {
  const d = toDate(day);
  const text = `${DAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]}`;
  return day.slice(0, 4) === today.slice(0, 4) ? text : `${text} ${day.slice(0, 4)}`;
}

/** `today`, `tomorrow`, `yesterday`, or the short day. */
export function relativeDay(day: IsoDate, today: IsoDate): string {
  const n = daysBetween(today, day);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return shortDay(day, today);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What a row shows for an item: its title without the `@owner` that the row shows elsewhere.
 * Feedback keeps its text whole: "From @priya: …" reads wrong without the name.
 */
export function itemLabel(item: Pick<Item, 'kind' | 'owner' | 'title'>): string {
  if (!item.owner || item.kind === 'feedback' || item.kind === 'win') return item.title;
  const stripped = withoutMention(item.title, item.owner, charIn(',')).replace(/\s+/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
  return stripped || item.title;
}

/**
 * A session in a few words: its title when the title says something ("Incident debrief"),
 * else the first agenda point, else the first sentence of its notes, else its first action item.
 * `text` is the file's content; without it only the title and items are used.
 */
export function sessionSummary(entry: Entry, text: string | null, maxLength = 60): string {
  if (!isGenericTitle(entry)) return truncate(entry.title, maxLength);
  if (text !== null) {
    const lines = splitLines(text);
    const sections = sectionsOf(entry.path, text);
    for (const kind of ['agenda', 'notes'] as const) {
      const section = sections.find((s) => s.kind === kind);
      if (!section) continue;
      const found = kind === 'agenda' ? firstBullet(lines, section.line, section.endLine) : firstSentence(lines, section.line, section.endLine);
      if (found) return truncate(found, maxLength);
    }
  }
  const first = entry.items.find((i) => i.kind === 'action');
  return first ? truncate(itemLabel(first), maxLength) : '';
}

const TITLE_MARKS = charIn('#:\u2014\u2013-,.()');

function isGenericTitle(entry: Entry): boolean {
  const t = withoutTrailingMarks(entry.title.toLowerCase().replace(/\d{4}-\d{2}-\d{2}/g, ''), TITLE_MARKS)
    .replace(/^\s*[#:—–\-,.()]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return GENERIC_TITLES.has(t);
}

/**
 * Lines `from` (the heading, 1-based) to `to` (1-based, inclusive) without code and comments,
 * read as the parser reads them (a section never starts inside a code block or comment).
 */
function* prose(lines: string[], from: number, to: number): Generator<string> {
  const hidden = new HiddenLines();
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = hidden.visible(lines[i]);
    if (line !== null) yield line;
  }
}

function firstBullet(lines: string[], from: number, to: number): string | null {
  for (const line of prose(lines, from, to)) {
    const words = bulletWords(line);
    if (words !== null) return plain(words);
  }
  return null;
}

function firstSentence(lines: string[], from: number, to: number): string | null {
  const paragraph: string[] = [];
  for (const line of prose(lines, from, to)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) {
      if (paragraph.length) break;
      continue;
    }
    paragraph.push(line.trim());
  }
  if (!paragraph.length) return null;
  const text = plain(paragraph.join(' '));
  const end = /[.!?](?=\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/**
 * The words of a bullet (`- words`, `1. words`, `- [x] words`): the rest of the line after the
 * marker and a checkbox, up to a line break, without trailing white space; null when it is none.
 */
function bulletWords(line: string): string | null {
  let p = 0;
  while (p < line.length && isWhiteSpace(line.charCodeAt(p))) p++;
  const c = line.charCodeAt(p);
  if (c === 45 || c === 42 || c === 43) {
    p++;
  } else {
    const digits = p;
    while (isDigit(line.charCodeAt(p))) p++;
    if (p === digits || p - digits > 9 || (line.charCodeAt(p) !== 46 && line.charCodeAt(p) !== 41)) return null;
    p++;
  }
  const marker = p;
  while (p < line.length && isWhiteSpace(line.charCodeAt(p))) p++;
  if (p === marker) return null;
  // `[.]` and white space before the words: a checkbox, when words follow it.
  if (line.charCodeAt(p) === 91 && line.charCodeAt(p + 2) === 93 && !isLineBreak(line.charCodeAt(p + 1)) && isWhiteSpace(line.charCodeAt(p + 3))) {
    let q = p + 3;
    while (q < line.length && isWhiteSpace(line.charCodeAt(q))) q++;
    if (wordsAt(line, q) !== '') p = q;
  }
  const words = wordsAt(line, p);
  return words === '' ? null : words;
}

/** From `at` to the first line break, without trailing white space. */
function wordsAt(line: string, at: number): string {
  let end = at;
  while (end < line.length && !isLineBreak(line.charCodeAt(end))) end++;
  return trimEndWhere(line.slice(at, end), isWhiteSpace);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Markdown emphasis, code and links reduced to their words. */
function plain(text: string): string {
  return withoutLinkTargets(text)
    .replace(/[*_`]+/g, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `[words](target)` and `![words](target)` → `words`, in one pass. */
function withoutLinkTargets(text: string): string {
  let out = '';
  let copied = 0;
  let close = -1;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    if (close < open) close = text.indexOf(']', open + 1);
    // No `]` after this `[`: none after any later one either.
    if (close < 0) break;
    if (text.charCodeAt(close + 1) !== 40) continue;
    const end = text.indexOf(')', close + 2);
    if (end < 0) break;
    const from = open > copied && text.charCodeAt(open - 1) === 33 ? open - 1 : open;
    out += text.slice(copied, from) + text.slice(open + 1, close);
    copied = end + 1;
    open = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const TRAILING_PUNCTUATION = charIn(',;:.-\u2013\u2014');

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${trimEndWhere(space > max / 2 ? cut.slice(0, space) : cut, (c) => isWhiteSpace(c) || TRAILING_PUNCTUATION(c))}…`;
}

/** What Obsidian Tasks and Dataview fields add to an item, in words: priority, dates, recurrence, ids. */
export function taskFieldWords(item: Pick<Item, 'taskFields'>): (string | null)[] {
  const t = item.taskFields;
  return [
    t.priority && `${t.priority} priority`,
    t.recurrence && `repeats ${t.recurrence}`,
    t.scheduled && `scheduled ${t.scheduled}`,
    t.start && `starts ${t.start}`,
    t.created && `created ${t.created}`,
    t.cancelledDate && `cancelled ${t.cancelledDate}`,
    t.taskId && `id ${t.taskId}`,
    t.dependsOn.length > 0 ? `after ${t.dependsOn.join(', ')}` : null,
  ];
}
