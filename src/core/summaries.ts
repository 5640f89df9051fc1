// Short texts for one-line views (tree rows, the status bar): a session's summary, an item's
// label without its owner, and days written the way people say them ("Wed 2 Dec").
import { daysBetween, toDate } from './dates';
import type { Entry, IsoDate, Item } from './model';
import { sectionsOf } from './parseEntry';

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
export function itemLabel(item: Item): string {
  if (!item.owner || item.kind === 'feedback' || item.kind === 'win') return item.title;
  const escaped = item.owner.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const stripped = item.title
    .replace(new RegExp(`(^|[\\s\\u00A0,])@${escaped}(?=$|[\\s\\u00A0.,;:!?)])`, 'g'), '$1')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
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
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
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

function isGenericTitle(entry: Entry): boolean {
  const t = entry.title
    .toLowerCase()
    .replace(/\d{4}-\d{2}-\d{2}/g, '')
    .replace(/[#:—–\-,.()]+\s*$/g, '')
    .replace(/^\s*[#:—–\-,.()]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return GENERIC_TITLES.has(t);
}

/** Lines `from` (the heading, 1-based) to `to` (1-based, inclusive) without code and comments. */
function* prose(lines: string[], from: number, to: number): Generator<string> {
  let fence = false;
  let comment = false;
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i];
    if (/^ {0,3}(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    if (line.includes('<!--') && !line.includes('-->')) {
      comment = true;
      continue;
    }
    yield line.replace(/<!--.*?-->/g, '');
  }
}

function firstBullet(lines: string[], from: number, to: number): string | null {
  for (const line of prose(lines, from, to)) {
    const m = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[.\]\s+)?(.*\S)/.exec(line);
    if (m) return plain(m[1]);
  }
  return null;
}

function firstSentence(lines: string[], from: number, to: number): string | null {
  const paragraph: string[] = [];
  for (const line of prose(lines, from, to)) {
    if (line.trim() === '' || /^\s*#/.test(line)) {
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

/** Markdown emphasis, code and links reduced to their words. */
function plain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}
