// Quick fixes for the journal's problems that have an obvious fix: a goal id that does not exist
// (the closest ids, or create the goal), an owner nobody introduced (the closest known handles, or
// add them to the agreement), a date that is not ISO or not a day (the day meant, when it can be
// read; otherwise ask), a missing or wrong `type`, a due-date emoji with no date, an item without
// a checkbox. Pure: each fix is line edits that name the line they expect, or an action for the
// host (create a goal, add a person, ask for a day).
import { isIsoDate, looksLikeIsoDate } from '../dates';
import { describeDue, resolveDue, type DueContext, type NaturalDates } from '../dueChoices';
import { EditRefused } from '../edits';
import type { LineEdit } from '../lineEdits';
import { frontMatterLineCount, splitLines } from '../markdownLines';
import type { EntryType } from '../model';
import type { GoalFact, PersonFact } from './facts';

/** One line a fix changes: 1-based `line`, which must still read `expect`. */
export interface LineFix {
  line: number;
  expect: string;
  /** The line's new words (undefined: the line stays). */
  text?: string;
  /** A line inserted after it. */
  after?: string;
}

export type QuickFix = { title: string; preferred?: boolean } & (
  | { kind: 'edit'; edits: LineFix[] }
  | { kind: 'createGoal'; id: string }
  | { kind: 'addPerson'; handle: string }
  | { kind: 'chooseDue'; line: number; raw: string }
);

/** A problem as the Problems panel has it (core Diagnostic or VS Code's, converted). */
export interface Problem {
  code: string;
  /** 1-based. */
  line: number;
  column?: number;
  endColumn?: number;
  message: string;
}

export interface FixFacts {
  today: string;
  due: DueContext;
  goals: readonly GoalFact[];
  people: readonly PersonFact[];
  /** What the file's place says it is (for a missing `type`). */
  placeType: EntryType | null;
  /** The day in the file's name (`2026-11-25.md`), for a session without a date. */
  nameDate: string | null;
  /** English dates, when loaded (only for a problem with a date that is not ISO). */
  chrono: NaturalDates | null;
}

const STATUSES = ['active', 'paused', 'achieved', 'dropped'];
const CADENCES = ['weekly', 'every 2 weeks', 'monthly'];
const TYPES = ['session', 'goal', 'note', 'agreement'];

/** The fixes for one problem on `lineText` (its 1-based line `problem.line`). */
export function quickFixes(problem: Problem, lineText: string, facts: FixFacts, firstLine: string): QuickFix[] {
  const token = problem.column !== undefined && problem.endColumn !== undefined ? lineText.slice(problem.column, problem.endColumn) : null;
  const replace = (title: string, value: string, preferred = false): QuickFix => ({
    title,
    preferred,
    kind: 'edit',
    edits: [{ line: problem.line, expect: lineText, text: lineText.slice(0, problem.column) + value + lineText.slice(problem.endColumn) }],
  });
  switch (problem.code) {
    case 'missing-goal': {
      const id = token ?? quoted(problem.message);
      if (id === null) return [];
      const near = closest(id, facts.goals.map((g) => g.id));
      const fixes: QuickFix[] = token === null ? [] : near.map((g, i) => replace(`Change to goal "${g}" (${facts.goals.find((x) => x.id === g)!.title})`, g, near.length === 1 && i === 0));
      fixes.push({ title: `Create goal "${id}" (goals/${id}.md)`, kind: 'createGoal', id });
      return fixes;
    }
    case 'unknown-owner': {
      if (token === null) return [];
      const known = facts.people.filter((p) => p.role !== null).map((p) => p.handle);
      const near = closest(token, known);
      const fixes = near.map((h, i) => replace(`Change to @${h}${nameOf(facts, h)}`, h, near.length === 1 && i === 0));
      fixes.push({ title: `Add @${token} to the agreement's people`, kind: 'addPerson', handle: token });
      return fixes;
    }
    case 'bad-date': {
      if (token === null) return [];
      const day = readDay(token, facts);
      const fixes: QuickFix[] = [];
      if (day) fixes.push(replace(`Change "${token}" to ${day} (${describeDue(day, facts.today).split(' · ')[0]})`, day, true));
      // A due date on an item: Set Due Date's choices, for a day nobody can read ("2026-12-32").
      if (problem.message.startsWith('due date') && isItemLine(lineText)) fixes.push({ title: 'Choose a due date…', kind: 'chooseDue', line: problem.line, raw: lineText });
      return fixes;
    }
    case 'unknown-type': {
      // The message ends "read as a session": the type the file is read as, which the fix writes.
      const said = problem.message.slice(problem.message.lastIndexOf(' ') + 1);
      const want = TYPES.includes(said) ? said : facts.placeType;
      if (!want) return [];
      if (token !== null) return [replace(`Set type: ${want}`, want, true)];
      if (firstLine.trimEnd() !== '---') return [];
      return [{ title: `Add "type: ${want}"`, preferred: true, kind: 'edit', edits: [{ line: 1, expect: firstLine, after: `type: ${want}` }] }];
    }
    case 'missing-date': {
      if (firstLine.trimEnd() !== '---') return [];
      const day = facts.nameDate ?? facts.today;
      return [{ title: `Add "date: ${day}"`, preferred: true, kind: 'edit', edits: [{ line: 1, expect: firstLine, after: `date: ${day}` }] }];
    }
    case 'emoji-no-date': {
      if (token === null) return [];
      let from = problem.column!;
      while (from > 0 && (lineText.charCodeAt(from - 1) === 32 || lineText.charCodeAt(from - 1) === 0xa0)) from--;
      return [{ title: `Remove the ${token} with no date`, preferred: true, kind: 'edit', edits: [{ line: problem.line, expect: lineText, text: lineText.slice(0, from) + lineText.slice(problem.endColumn) }] }];
    }
    case 'no-checkbox': {
      const marker = /^([ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/.exec(lineText);
      if (!marker) return [];
      return [{ title: 'Make it a checkbox item ("- [ ]")', preferred: true, kind: 'edit', edits: [{ line: problem.line, expect: lineText, text: `${marker[1]}[ ] ${lineText.slice(marker[1].length)}` }] }];
    }
    case 'bad-status':
      return token === null ? [] : ranked(token, STATUSES).map((s, i) => replace(`Set status: ${s}`, s, i === 0 && distance(token.toLowerCase(), s) <= 2));
    case 'bad-cadence':
      return token === null ? [] : ranked(token, CADENCES).map((c) => replace(`Set cadence: ${c}`, c));
    default:
      return [];
  }
}

/** The day `text` means, when it can be read without guessing: `2026/12/1`, `friday`, `next wed`. */
function readDay(text: string, facts: FixFacts): string | null {
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (parts) {
    const day = `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
    return isIsoDate(day) ? day : null;
  }
  // A day that does not exist (2026-02-30, 2026-12-32): which one was meant is anyone's guess.
  if (looksLikeIsoDate(text.trim()) || facts.chrono === null) return null;
  const answer = resolveDue(text, facts.due, facts.chrono);
  return 'date' in answer && answer.date !== null ? answer.date : null;
}

function isItemLine(text: string): boolean {
  return /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/u.test(text);
}

function quoted(message: string): string | null {
  const open = message.indexOf('"');
  const close = message.indexOf('"', open + 1);
  return open >= 0 && close > open ? message.slice(open + 1, close) : null;
}

function nameOf(facts: FixFacts, handle: string): string {
  const p = facts.people.find((x) => x.handle === handle);
  return p?.name ? ` (${p.name})` : '';
}

/** The candidates within a few edits of `word`, nearest first (at most three). */
function closest(word: string, candidates: readonly string[]): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  return candidates
    .map((c) => ({ c, d: c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase()) ? Math.min(1, distance(w, c.toLowerCase())) : distance(w, c.toLowerCase()) }))
    .filter((x) => x.d <= limit && x.d > 0)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.c);
}

/** All candidates, nearest to `word` first. */
function ranked(word: string, candidates: readonly string[]): string[] {
  const w = word.toLowerCase();
  return [...candidates].sort((a, b) => distance(w, a) - distance(w, b));
}

/** Edit distance (insertions, deletions, substitutions and swaps of neighbours). */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  // Only short words are compared in full; a long one is far from every id anyway.
  if (Math.abs(a.length - b.length) > 8 || a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * The line edits for `fixes` on the document's current text: each line must still read what the
 * fix expects, where it was or (moved by an edit above it) as the only line saying so; otherwise
 * the fix is refused, naming what changed.
 */
export function planLineFixes(text: string, path: string, fixes: readonly LineFix[]): LineEdit[] {
  const lines = splitLines(text);
  const out: LineEdit[] = [];
  for (const fix of fixes) {
    let at = fix.line - 1;
    if (lines[at] !== fix.expect) {
      const same = lines.flatMap((l, i) => (l === fix.expect ? [i] : []));
      if (same.length !== 1) throw new EditRefused(`${path}:${fix.line} changed since the fix was offered ("${fix.expect.trim()}" is no longer there); nothing was changed`);
      at = same[0];
    }
    if (fix.text !== undefined) out.push({ kind: 'replace', line: at, text: fix.text });
    if (fix.after !== undefined) out.push({ kind: 'insert', line: at + 1, text: `${fix.after}\n` });
  }
  return out;
}

/**
 * The line edits that add `@handle` to the `people:` of an agreement's `text`: a new item of its
 * block list, a new entry of its flow list, or a new `people:` list before the closing `---`.
 * Written quoted (`"@lena"`): a YAML value cannot start with `@`.
 */
export function addPersonEdits(text: string, path: string, handle: string): LineEdit[] {
  const lines = splitLines(text);
  const end = frontMatterLineCount(lines) - 1;
  if (end <= 0) throw new EditRefused(`${path} has no front matter to add @${handle} to`);
  const entry = `"@${handle}"`;
  const key = lines.findIndex((l, i) => i > 0 && i < end && l.startsWith('people:'));
  if (key < 0) return [{ kind: 'insert', line: end, text: `people:\n  - ${entry}\n` }];
  const value = lines[key].slice('people:'.length).trim();
  if (value.startsWith('[') && value.endsWith(']')) {
    const inner = value.slice(1, -1).trim();
    return [{ kind: 'replace', line: key, text: `people: [${inner ? `${inner}, ` : ''}${entry}]` }];
  }
  if (value !== '') throw new EditRefused(`people: in ${path} is not a list; add @${handle} to it by hand`);
  let last = key;
  let indent = '  ';
  for (let i = key + 1; i < end; i++) {
    const m = /^([ \t]*)- /.exec(lines[i]);
    if (!m) break;
    last = i;
    indent = m[1];
  }
  return [{ kind: 'insert', line: last + 1, text: `${indent}- ${entry}\n` }];
}
