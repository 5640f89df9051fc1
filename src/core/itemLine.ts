// One list line: its checkbox, owner, inline fields (`[due:: …]`) and Obsidian Tasks emoji dates.
import { isIsoDate, looksLikeIsoDate } from './dates';
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

const STATUS: Record<string, ItemStatus> = { ' ': 'open', x: 'done', X: 'done', '-': 'cancelled', '>': 'moved', '/': 'open' };

// `[key:: value]` or `(key:: value)` — Dataview inline fields.
const FIELD = /[\[(]([A-Za-z][\w -]*?)::[ \t]*([^\])]*?)[ \t]*[\])]/g;
// Obsidian Tasks emoji dates; the value may be followed by `.`/`)`/`,` and preceded by NBSP.
const EMOJI = /(\u{1F4C5}|\u{1F5D3}|\u2705|\u23F3|\u{1F6EB}|\u2795|\u274C)\uFE0F?[\s\u00A0]*([^\s\u00A0]*)/gu;
const EMOJI_FIELD: Record<string, string> = {
  '\u{1F4C5}': 'due', '\u{1F5D3}': 'due', '\u2705': 'completion', '\u23F3': 'scheduled',
  '\u{1F6EB}': 'start', '\u2795': 'created', '\u274C': 'cancelled',
};
// An owner is a standalone `@handle`; `Name (@handle)` mentions someone without making them owner.
const OWNER = /(?:^|[\s,])@([A-Za-z0-9][\w.-]*[A-Za-z0-9_]|[A-Za-z0-9])/g;
const DATE_FIELDS = new Set(['due', 'completion', 'moved', 'scheduled', 'start', 'created', 'cancelled', 'done']);

export function parseItemLine(line: string): ParsedItemLine | null {
  const m = LIST_LINE.exec(line);
  if (!m) return null;
  const checkbox = m[3];
  const text = m[4].trim();
  const result: ParsedItemLine = {
    indent: m[1].replace(/\t/g, '    ').length,
    hasCheckbox: checkbox !== undefined,
    status: checkbox === undefined ? null : STATUS[checkbox],
    text,
    title: text,
    owner: null,
    due: null,
    completion: null,
    moved: null,
    goals: [],
    badDates: [],
  };
  if (text.indexOf('::') < 0 && !hasEmojiDate(text) && text.indexOf('@') < 0) return result;

  let title = text;
  if (text.indexOf('::') >= 0) {
    title = title.replace(FIELD, (_all, key: string, value: string) => {
      applyField(result, key.trim().toLowerCase(), value.trim());
      return ' ';
    });
  }
  if (hasEmojiDate(title)) {
    title = title.replace(EMOJI, (_all, emoji: string, value: string) => {
      applyField(result, EMOJI_FIELD[emoji], value.replace(/[.,;)\]]+$/, ''));
      return ' ';
    });
  }
  if (result.owner === null) {
    // The last standalone handle owns the item: "Intro Sam to Lena (@lena) @priya" is Priya's.
    for (const m of title.matchAll(OWNER)) result.owner = m[1];
  }
  result.title = title.replace(/[\s\u00A0]+/g, ' ').trim();
  return result;
}

function hasEmojiDate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every emoji we read is either astral (surrogate pair) or in the U+2700/U+2300 blocks.
    if (c >= 0xd800 || c === 0x2705 || c === 0x23f3 || c === 0x2795 || c === 0x274c) return true;
  }
  return false;
}

function applyField(item: ParsedItemLine, key: string, value: string): void {
  if (key === 'goal' || key === 'goals') {
    for (const g of value.split(',')) {
      const id = g.trim().replace(/^\[\[|\]\]$/g, '');
      if (id) item.goals.push(id);
    }
    return;
  }
  if (key === 'owner' && !item.owner) {
    item.owner = value.replace(/^@/, '') || null;
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
  if (isIsoDate(value)) return value;
  item.badDates.push({ field, text: value });
  return null;
}

/** Message for a date that could not be read, naming what was written. */
export function badDateMessage(field: string, text: string): string {
  if (text === '') return `${field} date is empty (write YYYY-MM-DD)`;
  if (looksLikeIsoDate(text)) return `${field} date "${text}" is not a real day`;
  return `${field} date "${text}" is not an ISO date (write YYYY-MM-DD)`;
}
