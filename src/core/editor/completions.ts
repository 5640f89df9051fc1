// What to offer as someone types in a journal file: owners after `@`, days after `[due:: ` or
// `📅 `, goal ids after `[goal:: ` or in `goals:`, today after `[completion:: `, field names
// after `[`, an action-item line at the start of a line under Action items, front-matter keys
// and values, and section headings. Pure: the document's lines, the cursor, the mentorship's
// facts and today come in; the choices and the columns they replace go out.
import { describeDue, dueChoices, type DueContext } from '../dueChoices';
import { isIsoDate } from '../dates';
import type { EntryType, IsoDate, SectionKind } from '../model';
import { handleEnd } from '../people';
import { SECTION_TITLES, sectionKind } from '../sections';
import { headingLevel, headingText } from '../markdownLines';
import type { GoalFact, PersonFact } from './facts';
import { entryTypeOf, frontMatterKeys, isKey, situationAt, type TextLines } from './documentLines';

export type ChoiceKind = 'person' | 'date' | 'goal' | 'field' | 'key' | 'value' | 'heading' | 'snippet';

export interface Choice {
  label: string;
  /** Shown beside the label: a day's ISO date, a person's name, a goal's title. */
  description?: string;
  /** A second line: progress, how often someone owns items. */
  detail?: string;
  kind: ChoiceKind;
  /** What replaces the typed word; a snippet (`${1:…}`) when `snippet`. */
  insertText: string;
  snippet?: boolean;
  /** What the typed word is matched against (defaults to the label). */
  filterText?: string;
  sortText: string;
  /** Open the list again after inserting (a key whose value has choices of its own). */
  retrigger?: boolean;
}

export interface Completions {
  /** 0-based columns of the line that the choices replace (the word typed so far). */
  start: number;
  end: number;
  choices: Choice[];
  /**
   * Words typed after a date field that are no choice's and no ISO day (`next wed`): the caller
   * may read them as a day (chrono) and offer it with `dateChoice`.
   */
  words?: string;
  /** For `words`: the closing bracket to add after the day, if any. */
  close?: string;
}

export interface CompletionFacts {
  path: string;
  today: IsoDate;
  due: DueContext;
  people: readonly PersonFact[];
  goals: readonly GoalFact[];
}

// Inline fields whose value is a day to choose, and those whose value is today.
const DUE_FIELDS = new Set(['due', 'scheduled', 'start']);
const TODAY_FIELDS = new Set(['completion', 'done', 'created', 'cancelled', 'moved']);
const FIELD_KEYS: { key: string; what: string }[] = [
  { key: 'due', what: 'when it is due' },
  { key: 'goal', what: 'the goal it moves forward' },
  { key: 'completion', what: 'the day it was done' },
  { key: 'scheduled', what: 'the day you plan to do it' },
  { key: 'start', what: 'not before this day' },
  { key: 'created', what: 'the day it was written down' },
];
const FRONT_KEYS: Record<EntryType, string[]> = {
  agreement: ['mentor', 'mentee', 'cadence', 'channel', 'started', 'ends', 'focus', 'recurring', 'people'],
  goal: ['title', 'status', 'started', 'target', 'skills', 'achieved'],
  session: ['date', 'goals', 'mentor', 'mentee'],
  note: ['date', 'title'],
};
const FRONT_VALUES: Record<string, { value: string; what: string }[]> = {
  type: [
    { value: 'session', what: 'one meeting' },
    { value: 'goal', what: 'one goal, with milestones' },
    { value: 'note', what: 'a reflection or free note' },
    { value: 'agreement', what: 'the mentorship agreement' },
  ],
  status: [
    { value: 'active', what: 'being worked on' },
    { value: 'paused', what: 'on hold' },
    { value: 'achieved', what: 'done' },
    { value: 'dropped', what: 'no longer pursued' },
  ],
  cadence: [
    { value: 'weekly', what: 'every week' },
    { value: 'every 2 weeks', what: 'every other week' },
    { value: 'every 3 weeks', what: '' },
    { value: 'monthly', what: 'every month' },
  ],
};
const HEADINGS: Partial<Record<EntryType, { kind: SectionKind; title: string }[]>> = {
  session: [
    { kind: 'agenda', title: 'Agenda' },
    { kind: 'notes', title: 'Notes' },
    { kind: 'action', title: SECTION_TITLES.action },
    { kind: 'feedback', title: SECTION_TITLES.feedback },
    { kind: 'wins', title: SECTION_TITLES.win },
    { kind: 'intro', title: SECTION_TITLES.intro },
    { kind: 'next', title: SECTION_TITLES.topic },
  ],
  goal: [
    { kind: 'why', title: 'Why' },
    { kind: 'measure', title: 'Measure of success' },
    { kind: 'milestones', title: SECTION_TITLES.milestone },
    { kind: 'log', title: 'Log' },
  ],
  note: [
    { kind: 'wins', title: SECTION_TITLES.win },
    { kind: 'feedback', title: SECTION_TITLES.feedback },
    { kind: 'intro', title: SECTION_TITLES.intro },
  ],
};

/** The choices at 0-based `line`, `column` of a journal file, or null when nothing fits there. */
export function completionsAt(lines: TextLines, line: number, column: number, facts: CompletionFacts): Completions | null {
  const text = lines.lineAt(line);
  const before = text.slice(0, column);
  const where = situationAt(lines, line);
  if (where.inFrontMatter) return frontMatter(lines, line, text, column, facts);
  if (where.hidden) return null;
  return (
    owner(before, column, facts) ??
    fieldValue(text, before, column, facts) ??
    emojiDate(text, before, column, facts) ??
    fieldKey(text, before, column) ??
    heading(lines, line, text, before, column, facts.path) ??
    itemLine(text, before, column, where.section, facts)
  );
}

/** `@sa|` (at the start or after white space or `(`): the people, agreement first. */
function owner(before: string, column: number, facts: CompletionFacts): Completions | null {
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  const prev = at === 0 ? 32 : before.charCodeAt(at - 1);
  if (prev !== 32 && prev !== 9 && prev !== 40 && prev !== 44 && prev !== 0xa0) return null;
  // Only handle characters between the `@` and the cursor.
  if (at + 1 < column && lastHandleChar(before, at + 1) !== column) return null;
  const choices = facts.people.map((p, i): Choice => ({
    label: `@${p.handle}`,
    description: [p.name, p.role === 'person' ? null : p.role].filter(Boolean).join(' · ') || undefined,
    detail: p.uses ? `owns or is named on ${p.uses} item${p.uses === 1 ? '' : 's'}` : undefined,
    kind: 'person',
    insertText: `@${p.handle}`,
    filterText: `@${p.handle}${p.name ? ` ${p.name}` : ''}`,
    sortText: rank(i),
  }));
  return { start: at, end: column, choices };
}

/** Where the run of handle characters from `from` ends, trailing `.` and `-` included (being typed). */
function lastHandleChar(s: string, from: number): number {
  const end = handleEnd(s, from);
  let p = end;
  while (p < s.length && (s.charCodeAt(p) === 46 || s.charCodeAt(p) === 45)) p++;
  return p;
}

/** `[due:: fri|`, `(completion:: |`, `[goal:: design-doc, pub|`: the field's choices. */
function fieldValue(text: string, before: string, column: number, facts: CompletionFacts): Completions | null {
  const open = Math.max(before.lastIndexOf('['), before.lastIndexOf('('));
  if (open < 0) return null;
  const colons = before.indexOf('::', open);
  if (colons < 0 || !isKey(before.slice(open + 1, colons).trim(), before.slice(open + 1, colons).trim().length)) return null;
  if (hasCloser(before, colons + 2)) return null;
  const key = before.slice(open + 1, colons).trim().toLowerCase();
  const closer = text.charCodeAt(open) === 91 ? ']' : ')';
  // The word being typed: after the `::` (and, in a list of goals, after the last comma).
  let start = colons + 2;
  if (key === 'goal' || key === 'goals') start = Math.max(start, before.lastIndexOf(',') + 1);
  while (start < column && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  const end = wordEnd(text, column);
  const close = needsCloser(text, end, closer) ? closer : '';
  const typed = before.slice(start);
  if (key === 'goal' || key === 'goals') {
    const taken = new Set(before.slice(colons + 2, start).split(',').map((s) => s.trim()));
    return { start, end, choices: goalChoices(facts.goals, taken, close) };
  }
  if (DUE_FIELDS.has(key)) return dated(start, end, typed, close, dueDateChoices(facts, close));
  if (TODAY_FIELDS.has(key)) return { start, end, choices: [todayChoice(facts.today, close)] };
  if (key === 'owner') return { start, end, choices: facts.people.map((p, i) => ({ label: p.handle, description: p.name ?? undefined, kind: 'person', insertText: p.handle + close, sortText: rank(i) })) };
  return null;
}

/** Whether a bracket closes (or opens) between `from` and the end of `s`: then the field is no longer being typed. */
function hasCloser(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 93 || c === 41 || c === 91 || c === 40) return true;
  }
  return false;
}

/** The end of the word at `column` (what a choice replaces): up to white space, a comma or a bracket. */
function wordEnd(text: string, column: number): number {
  let end = column;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 9 || c === 44 || c === 93 || c === 41 || c === 91 || c === 40) break;
    end++;
  }
  return end;
}

/** Whether the field needs its closing bracket written: none follows before another opens. */
function needsCloser(text: string, from: number, closer: string): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === closer) return false;
    if (c === '[' || c === '(' || c === ']' || c === ')') return true;
  }
  return true;
}

/** The date choices, with what was typed when it is neither a choice nor a day (for a natural-language reading). */
function dated(start: number, end: number, typed: string, close: string, choices: Choice[]): Completions {
  const words = typed.trim().toLowerCase();
  const known = words === '' || isIsoDate(words) || choices.some((c) => (c.filterText ?? c.label).toLowerCase().includes(words));
  return known ? { start, end, choices } : { start, end, choices, words: typed.trim(), close };
}

/** `📅 |` (or 📆 🗓 ⏳ ⌛ 🛫): the due choices; `✅ |` or `➕ |`: today. */
function emojiDate(text: string, before: string, column: number, facts: CompletionFacts): Completions | null {
  let p = column;
  while (p > 0 && isDateWordChar(before.charCodeAt(p - 1))) p--;
  const start = p;
  while (p > 0 && (before.charCodeAt(p - 1) === 32 || before.charCodeAt(p - 1) === 0xa0)) p--;
  if (p > 0 && before.charCodeAt(p - 1) === 0xfe0f) p--;
  const emoji = p > 0 ? before.codePointAt(p >= 2 && isLowSurrogate(before.charCodeAt(p - 1)) ? p - 2 : p - 1)! : -1;
  const space = start === p || (start === p + 1 && before.charCodeAt(p) === 0xfe0f) ? ' ' : '';
  const end = wordEnd(text, column);
  if (DUE_EMOJI.has(emoji)) return dated(start, end, before.slice(start), '', dueDateChoices(facts, '').map((c) => ({ ...c, insertText: space + c.insertText })));
  if (TODAY_EMOJI.has(emoji)) return { start, end, choices: [{ ...todayChoice(facts.today, ''), insertText: space + facts.today }] };
  return null;
}

const DUE_EMOJI = new Set([0x1f4c5, 0x1f4c6, 0x1f5d3, 0x23f3, 0x231b, 0x1f6eb]);
const TODAY_EMOJI = new Set([0x2705, 0x2795]);

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Letters, digits and `-` `/` `.`: what a day is written with while it is typed. */
function isDateWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 47 || c === 46;
}

/** `[du|` on a list line: the fields the journal reads, each opening its own choices. */
function fieldKey(text: string, before: string, column: number): Completions | null {
  const open = before.lastIndexOf('[');
  if (open < 0 || !isListLine(text)) return null;
  const typed = before.slice(open + 1);
  // A checkbox (`- [`) is not a field.
  if (!/^[A-Za-z]*$/.test(typed) || isListLine(`${before.slice(0, open)}x`) === 'marker') return null;
  const end = wordEnd(text, column);
  const close = needsCloser(text, end, ']');
  return {
    start: open + 1,
    end,
    choices: FIELD_KEYS.map((f, i) => ({
      label: `${f.key}::`,
      description: f.what,
      kind: 'field',
      insertText: close ? `${f.key}:: $0]` : `${f.key}:: `,
      snippet: close,
      filterText: f.key,
      sortText: rank(i),
      retrigger: true,
    })),
  };
}

/**
 * Whether `text` is a list line (`- …`, `1. …`, also after `>`): false when it is not; `marker`
 * when nothing but its marker and spaces come before its last character (where a checkbox goes).
 */
function isListLine(text: string): boolean | 'marker' {
  let p = 0;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 62) p++;
  const c = text.charCodeAt(p);
  let q = p;
  if (c === 45 || c === 42 || c === 43) {
    q++;
  } else {
    while (text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
    if (q === p || q - p > 9 || (text.charCodeAt(q) !== 46 && text.charCodeAt(q) !== 41)) return false;
    q++;
  }
  if (text.charCodeAt(q) !== 32 && text.charCodeAt(q) !== 9) return false;
  while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
  return q === text.length - 1 ? 'marker' : true;
}

/** `## Ac|` in a session (or goal, or note): the sections it does not have yet. */
function heading(lines: TextLines, line: number, text: string, before: string, column: number, path: string): Completions | null {
  if (!/^#{1,6}(?:[ \t]|$)/.test(before) || text.slice(column).trim() !== '') return null;
  const type = entryTypeOf(lines, path);
  const offered = type ? HEADINGS[type] : undefined;
  if (!offered) return null;
  const present = new Set<SectionKind>();
  for (let i = 0; i < lines.lineCount; i++) {
    const l = lines.lineAt(i);
    const level = l.charCodeAt(0) === 35 ? headingLevel(l) : 0;
    if (level > 0 && i !== line) present.add(sectionKind(headingText(l, level)));
  }
  let hashes = 0;
  while (before.charCodeAt(hashes) === 35) hashes++;
  const level = hashes === 1 ? 2 : hashes;
  const prefix = '#'.repeat(level);
  const choices = offered
    .filter((h) => !present.has(h.kind))
    .map((h, i): Choice => ({ label: `${prefix} ${h.title}`, kind: 'heading', insertText: `${prefix} ${h.title}`, filterText: `${before.slice(0, hashes)} ${h.title}`, sortText: rank(i) }));
  return choices.length ? { start: 0, end: text.length, choices } : null;
}

/**
 * At the start of a line under Action items (empty, or just `-`): a whole action item to fill
 * in, owner and day offered as choices; with a goal too when the mentorship has goals.
 */
function itemLine(text: string, before: string, column: number, section: SectionKind | null, facts: CompletionFacts): Completions | null {
  if (section !== 'action' || text.slice(column).trim() !== '') return null;
  const words = before.trim();
  if (words !== '' && words !== '-' && words !== '*' && words !== '- [' && words !== '- [ ]') return null;
  const indent = before.length - before.trimStart().length;
  const owners = facts.people.slice(0, 6).map((p) => p.handle);
  const days = dueDateChoices(facts, '').map((c) => c.insertText);
  const ownerPart = owners.length ? ` @\${2|${owners.map(escapeChoice).join(',')}|}` : ' @${2:owner}';
  const duePart = ` [due:: \${3|${days.join(',')}|}]`;
  const choices: Choice[] = [
    {
      label: '- [ ] action item',
      description: 'what @owner [due:: day]',
      kind: 'snippet',
      insertText: `- [ ] \${1:What to do}${ownerPart}${duePart}$0`,
      snippet: true,
      filterText: `${words} action item`,
      sortText: rank(0),
    },
  ];
  const goals = facts.goals.filter((g) => g.status === 'active').map((g) => g.id);
  if (goals.length) {
    choices.push({
      label: '- [ ] action item for a goal',
      description: 'what @owner [due:: day] [goal:: id]',
      kind: 'snippet',
      insertText: `- [ ] \${1:What to do}${ownerPart}${duePart} [goal:: \${4|${goals.map(escapeChoice).join(',')}|}]$0`,
      snippet: true,
      filterText: `${words} action item goal`,
      sortText: rank(1),
    });
  }
  return { start: indent, end: text.length, choices };
}

/** A snippet choice's text with `,` `|` `$` `}` `\` escaped. */
function escapeChoice(s: string): string {
  return s.replace(/[,|$}\\]/g, '\\$&');
}

/** Keys for the entry's type, values for `type`, `status`, `cadence`, goal ids for `goals`. */
function frontMatter(lines: TextLines, line: number, text: string, column: number, facts: CompletionFacts): Completions | null {
  const before = text.slice(0, column);
  const colon = text.indexOf(':');
  // `  - des|` under `goals:`: a goal id.
  const dash = /^[ \t]*-[ \t]*/.exec(before);
  if (dash && keyAbove(lines, line) === 'goals') {
    const end = wordEnd(text, column);
    return { start: dash[0].length, end, choices: goalChoices(facts.goals, new Set(), '') };
  }
  if (colon < 0 || column <= colon) {
    if (!isKey(before, before.length) && before !== '') return null;
    const type = entryTypeOf(lines, facts.path);
    const have = frontMatterKeys(lines);
    const keys = [...(have.has('type') ? [] : ['type']), ...(type ? FRONT_KEYS[type] : [])].filter((k) => !have.has(k) || k === before);
    return {
      start: 0,
      end: colon < 0 ? text.length : colon + 1,
      choices: keys.map((k, i) => ({
        label: `${k}:`,
        kind: 'key',
        insertText: colon >= 0 ? `${k}:` : k === 'goals' ? 'goals: [$0]' : `${k}: `,
        snippet: colon < 0 && k === 'goals',
        filterText: k,
        sortText: rank(i),
        retrigger: k in FRONT_VALUES || k === 'goals',
      })),
    };
  }
  const key = text.slice(0, colon);
  let start = colon + 1;
  while (start < column && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  if (key === 'goals' || key === 'goal') {
    const open = before.indexOf('[', start);
    if (open < 0) {
      // `goals: |`: a new list.
      return { start, end: text.length, choices: goalChoices(facts.goals, new Set(), '').map((c) => ({ ...c, insertText: key === 'goals' ? `[${c.insertText}]` : c.insertText })) };
    }
    let from = Math.max(open + 1, before.lastIndexOf(',') + 1);
    while (from < column && text.charCodeAt(from) === 32) from++;
    const taken = new Set(before.slice(open + 1, from).split(',').map((s) => s.trim()));
    const end = wordEnd(text, column);
    return { start: from, end, choices: goalChoices(facts.goals, taken, needsCloser(text, end, ']') ? ']' : '') };
  }
  const values = FRONT_VALUES[key];
  if (!values) return null;
  return {
    start,
    end: text.trimEnd().length,
    choices: values.map((v, i) => ({ label: v.value, description: v.what || undefined, kind: 'value', insertText: v.value, sortText: rank(i) })),
  };
}

/** The key a block-list line belongs to: the nearest `key:` line above it with nothing after the colon. */
function keyAbove(lines: TextLines, line: number): string | null {
  for (let i = line - 1; i > 0; i--) {
    const l = lines.lineAt(i);
    if (/^[ \t]*-/.test(l)) continue;
    const colon = l.indexOf(':');
    return colon > 0 && l.slice(colon + 1).trim() === '' && isKey(l, colon) ? l.slice(0, colon) : null;
  }
  return null;
}

/** The goals, active first, with title and progress; ids already listed left out. */
function goalChoices(goals: readonly GoalFact[], taken: Set<string>, close: string): Choice[] {
  return goals
    .filter((g) => !taken.has(g.id))
    .map((g, i) => ({
      label: g.id,
      description: g.title,
      detail: `${g.done}/${g.total} milestones · ${g.status}${g.target ? ` · target ${g.target}` : ''}`,
      kind: 'goal' as const,
      insertText: g.id + close,
      filterText: `${g.id} ${g.title}`,
      sortText: rank(i),
    }));
}

/** Today, Friday, Next session, +1 week, End of month: each showing the day it writes. */
function dueDateChoices(facts: CompletionFacts, close: string): Choice[] {
  return dueChoices(facts.due).map((c, i) => dateChoice(c.label, c.date, facts.today, close, rank(i), c.words));
}

/** One day to offer: its name, its ISO date beside it. */
export function dateChoice(label: string, date: IsoDate, today: IsoDate, close: string, sortText: string, words = label): Choice {
  return {
    label,
    description: describeDue(date, today),
    kind: 'date',
    insertText: date + close,
    filterText: `${words} ${date}`,
    sortText,
  };
}

function todayChoice(today: IsoDate, close: string): Choice {
  return dateChoice('Today', today, today, close, rank(0), 'today');
}

function rank(i: number): string {
  return String(i).padStart(4, '0');
}
