// The journal merge on generated files: a random session (front matter, prose, items under
// every kind of heading, non-English words, sometimes CRLF and a BOM), two random sets of edits
// made with the extension's own edit functions (complete, set due, move, reopen, add an item,
// prose), merged. The expected result is worked out from the edits themselves, not from the
// merge's code: every item either side has is there exactly once, under its heading, in the
// state the rules give — or, for the true conflicts the test made, inside conflict markers.
import * as assert from 'node:assert/strict';
import { findConflictRegions, sideOf } from '../../src/core/conflictRegions';
import { applyInsertion, completeLine, insertItem, moveLine, reopenLine, setDueLine } from '../../src/core/edits';
import { itemIdentity } from '../../src/core/itemIdentity';
import { checkMerge } from '../../src/core/merge/check';
import { mergeJournalFile } from '../../src/core/merge/mergeJournalFile';
import type { ItemKind } from '../../src/core/model';
import { parseEntry } from '../../src/core/parseEntry';
import { picker, prng } from './helpers';

const PATH = 'sessions/2026-11-24.md';
const WORDS = ['draft', 'review', 'große', 'Überprüfung', 'Tomás', '日本語', 'outline', 'rollout', 'metrics', 'pairing', 'café', 'slides', 'runbook'];
const DAYS = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-12-01', '2026-12-03'];
const SECTIONS: { heading: string; kind: ItemKind | null; box: boolean }[] = [
  { heading: 'Action items', kind: 'action', box: true },
  { heading: 'Wins', kind: 'win', box: false },
  { heading: 'Feedback', kind: 'feedback', box: false },
  { heading: 'Next time', kind: 'topic', box: false },
];

interface Expected {
  kind: ItemKind;
  box: string;
  due: string | null;
  completion: string | null;
  moved: string | null;
  /** Made conflicting on purpose: must be inside conflict markers. */
  conflict: boolean;
}

type Rand = () => number;

/** A session file, and the items it holds by identity. */
function generate(rand: Rand, counter: { n: number }, title = '2026-11-24', open = false): { text: string; items: Map<string, Expected> } {
  const pick = picker(rand);
  const words = () => `${pick(WORDS)} ${pick(WORDS)} n${counter.n++}`;
  const items = new Map<string, Expected>();
  const lines = ['---', 'type: session', `date: ${title}`, 'goals: [design-doc]', '---', '', `# Session ${title}`, '', '## Notes', ''];
  for (let i = 0; i < 1 + Math.floor(rand() * 4); i++) lines.push(`Prose ${words()}.`);
  lines.push('');
  for (const s of SECTIONS) {
    if (rand() < 0.25) continue;
    lines.push(`## ${s.heading}`, '');
    for (let i = 0; i < 1 + Math.floor(rand() * 4); i++) {
      const text = `${words()}${rand() < 0.5 ? ' @sam' : ' @priya'}`;
      if (!s.box) {
        lines.push(`- ${text}`);
        items.set(text, { kind: s.kind!, box: '', due: null, completion: null, moved: null, conflict: false });
        continue;
      }
      const due = !open && rand() < 0.5 ? pick(DAYS) : null;
      const done = !open && rand() < 0.2 ? pick(DAYS) : null;
      lines.push(`- [${done ? 'x' : ' '}] ${text}${due ? ` [due:: ${due}]` : ''}${done ? ` [completion:: ${done}]` : ''}`);
      items.set(text, { kind: 'action', box: done ? 'x' : ' ', due, completion: done, moved: null, conflict: false });
    }
    lines.push('');
  }
  return { text: lines.join('\n'), items };
}

/** Applies `edit` to the line holding item `text` (the words after the checkbox, without dates). */
function editItem(file: string, text: string, edit: (line: string) => string): string {
  const lines = file.split('\n');
  const i = lines.findIndex((l) => /^- /.test(l) && itemIdentity(l.replace(/^- (\[.\] )?/, '')) === text);
  assert.ok(i >= 0, `no line for "${text}" in\n${file}`);
  lines[i] = edit(lines[i]);
  return lines.join('\n');
}

type Edit = { what: 'tick' | 'due' | 'move' | 'oldMove' | 'reopen'; day: string };

/**
 * Two sides' edits of one file: each side edits some items (a pair on the same item only where
 * the rules combine them, unless `conflicts`), adds items and prose. Returns both texts and what
 * the merged file must hold.
 */
function editPair(rand: Rand, counter: { n: number }, base: string, baseItems: Map<string, Expected>, conflicts: boolean) {
  const pick = picker(rand);
  let ours = base;
  let theirs = base;
  const expected = new Map([...baseItems].map(([k, v]) => [k, { ...v }]));
  const checkboxes = [...baseItems].filter(([, v]) => v.box !== '').map(([k]) => k);
  for (const text of checkboxes) {
    const state = baseItems.get(text)!;
    const choose = (): Edit | null => {
      const r = rand();
      const day = pick(DAYS);
      if (state.box === 'x') return r < 0.3 ? { what: 'reopen', day } : null;
      if (r < 0.3) return { what: 'tick', day };
      if (r < 0.5) return { what: 'due', day };
      if (r < 0.6) return { what: 'move', day };
      return null;
    };
    let o = rand() < 0.6 ? choose() : null;
    let t = rand() < 0.6 ? choose() : null;
    // Two edits of one item only where the rules combine them, except the true conflicts made
    // on purpose: two different due dates, or a move against a tick.
    // A move is `[moved:: day]` on the open item: it combines with a tick, a due date, another move.
    const combinable = (a: Edit, b: Edit) => (a.what !== 'oldMove' && b.what !== 'oldMove' && a.what !== 'reopen' && b.what !== 'reopen' && !(a.what === 'due' && b.what === 'due' && a.day !== b.day)) || (a.what === b.what && a.day === b.day);
    if (o && t && !combinable(o, t)) t = null;
    if (conflicts && state.box === ' ' && rand() < 0.35) {
      // Two due dates, or a move written the old way (`- [>]`, still read) against a tick.
      [o, t] = rand() < 0.5 ? [{ what: 'due', day: '2027-01-04' }, { what: 'due', day: '2027-01-05' }] : [{ what: 'oldMove', day: DAYS[0] }, { what: 'tick', day: DAYS[1] }];
    }
    if (o) ours = editItem(ours, text, apply(o));
    if (t) theirs = editItem(theirs, text, apply(t));
    expected.set(text, expect(state, o, t));
  }
  // New items: each side some of its own, and sometimes the same item both wrote (a carried one).
  for (const [side, n] of [['ours', 1 + Math.floor(rand() * 3)], ['theirs', 1 + Math.floor(rand() * 3)], ['both', rand() < 0.5 ? 1 : 0]] as const) {
    for (let i = 0; i < n; i++) {
      const s = pick(SECTIONS);
      const text = `${pick(WORDS)} new n${counter.n++} @sam`;
      const line = s.box ? `- [ ] ${text}` : `- ${text}`;
      if (side !== 'theirs') ours = applyInsertion(ours, insertItem(ours, s.kind!, line));
      if (side !== 'ours') theirs = applyInsertion(theirs, insertItem(theirs, s.kind!, line));
      expected.set(text, { kind: s.kind!, box: s.box ? ' ' : '', due: null, completion: null, moved: null, conflict: false });
    }
  }
  // Prose: ours rewrites the first line of Notes (when an unchanged line follows it: edits of
  // neighbouring prose lines conflict, as in git); both may add a line at its end.
  if (rand() < 0.5 && /^Prose .*\nProse .*\nProse /m.test(ours)) ours = ours.replace(/^Prose (.*)\.$/m, 'Prose $1, rewritten.');
  if (rand() < 0.5) ours = ours.replace(/(^Prose .*\n)(?!Prose)/m, `$1Ours adds ${pick(WORDS)}.\n`);
  if (rand() < 0.5) theirs = theirs.replace(/(^Prose .*\n)(?!Prose)/m, `$1Theirs adds ${pick(WORDS)}.\n`);
  return { ours, theirs, expected };
}

function apply(e: Edit): (line: string) => string {
  switch (e.what) {
    case 'tick': return (l) => completeLine(l, e.day);
    case 'due': return (l) => setDueLine(l, e.day);
    case 'move': return (l) => moveLine(l, e.day);
    case 'oldMove': return (l) => `${l.replace('- [ ]', '- [>]')} [moved:: ${e.day}]`;
    case 'reopen': return reopenLine;
  }
}

/**
 * What the rules say an item becomes after edit `o` on our side and `t` on theirs, part by part:
 * the checkbox and the due date from the side that changed them (both, differently: a conflict),
 * the completion and moved days from the side that changed them (both: the earlier day).
 */
function expect(base: Expected, o: Edit | null, t: Edit | null): Expected {
  const after = (e: Edit | null): Expected => {
    if (e === null) return base;
    if (e.what === 'tick') return { ...base, box: 'x', completion: e.day };
    if (e.what === 'due') return { ...base, due: e.day };
    if (e.what === 'move') return { ...base, moved: e.day };
    if (e.what === 'oldMove') return { ...base, box: '>', moved: e.day };
    return { ...base, box: ' ', completion: null, moved: null };
  };
  const [a, b] = [after(o), after(t)];
  const side = <T>(x: T, y: T, z: T): { v: T } | null => (y === z || z === x ? { v: y } : y === x ? { v: z } : null);
  const earlier = (x: string | null, y: string | null, z: string | null) => (y === z || z === x ? y : y === x ? z : y === null ? z : z === null ? y : y < z ? y : z);
  const box = side(base.box, a.box, b.box);
  const due = side(base.due, a.due, b.due);
  if (box === null || due === null) return { ...a, conflict: true };
  return { ...base, box: box.v, due: due.v, completion: earlier(base.completion, a.completion, b.completion), moved: earlier(base.moved, a.moved, b.moved) };
}

/** What the merged file holds, item by identity: as listed by the parser, and whether inside markers. */
function read(text: string) {
  const lines = text.split(/\r?\n/);
  const regions = findConflictRegions(lines);
  const inConflict = (line: number) => regions.some((r) => r.start < line - 1 && line - 1 < r.end && sideOf(r, line - 1) !== 'marker');
  const listed = new Map<string, { kind: ItemKind; box: string; due: string | null; completion: string | null; moved: string | null; inside: boolean }[]>();
  for (const item of parseEntry(PATH, text)!.items) {
    const key = itemIdentity(item.text);
    const box = /^- \[(.)\]/.exec(item.raw)?.[1] ?? '';
    if (!listed.has(key)) listed.set(key, []);
    listed.get(key)!.push({ kind: item.kind, box, due: item.due, completion: item.completion, moved: item.moved, inside: inConflict(item.line) });
  }
  return { listed, regions };
}

function crlf(text: string, on: boolean): string {
  return on ? '\ufeff' + text.replace(/\n/g, '\r\n') : text;
}

function verify(label: string, base: string, ours: string, theirs: string, expected: Map<string, Expected>, wantConflicts: boolean) {
  const result = mergeJournalFile(base, ours, theirs, PATH);
  const context = `${label}\n--- base\n${base}\n--- ours\n${ours}\n--- theirs\n${theirs}\n--- merged\n${result.text}`;
  assert.deepEqual(checkMerge(PATH, base, ours, theirs, result.text), [], context);
  if (!wantConflicts) assert.equal(result.conflicts, 0, context);
  const { listed } = read(result.text);
  for (const [text, want] of expected) {
    const got = listed.get(text) ?? [];
    assert.equal(got.length, 1, `"${text}" listed ${got.length} times\n${context}`);
    assert.equal(got[0].kind, want.kind, `"${text}" moved to another section\n${context}`);
    if (want.conflict) {
      assert.ok(got[0].inside, `"${text}" should be inside conflict markers\n${context}`);
      continue;
    }
    if (!got[0].inside) assert.deepEqual([got[0].box, got[0].due, got[0].completion, got[0].moved], [want.box, want.due, want.completion, want.moved], `state of "${text}"\n${context}`);
  }
  assert.equal(listed.size, expected.size, `items nobody wrote appeared\n${context}`);
  return result;
}

describe('merge property: generated journals, random edit pairs', function () {
  // Hundreds of merges: generous on a shared, busy machine (this is not a timing assertion).
  this.timeout(120000);

  it('merges compatible edits cleanly: every item once, under its heading, in the state the rules give (300 cases)', () => {
    for (let n = 0; n < 300; n++) {
      const rand = prng(5000 + n);
      const counter = { n: 0 };
      const { text, items } = generate(rand, counter);
      const { ours, theirs, expected } = editPair(rand, counter, text, items, false);
      const eol = rand() < 0.25;
      const result = verify(`case ${n}`, crlf(text, eol), crlf(ours, eol), crlf(theirs, eol), expected, false);
      assert.equal(result.text.includes('\r\n'), eol, `case ${n}: line breaks kept`);
      // The other way round: the same items in the same states (order may differ).
      const swapped = mergeJournalFile(crlf(text, eol), crlf(theirs, eol), crlf(ours, eol), PATH);
      const states = (t: string) => [...read(t).listed].map(([k, v]) => `${k} ${JSON.stringify(v)}`).sort();
      assert.deepEqual(states(swapped.text), states(result.text), `case ${n} swapped: ${swapped.method}\n${swapped.text}\n--- the other way\n${result.text}`);
    }
  });

  it('leaves the true conflicts it was given inside conflict markers, every other item merged (300 cases)', () => {
    let made = 0;
    for (let n = 0; n < 300; n++) {
      const rand = prng(9000 + n);
      const counter = { n: 0 };
      const { text, items } = generate(rand, counter);
      const { ours, theirs, expected } = editPair(rand, counter, text, items, true);
      const conflicted = [...expected.values()].filter((e) => e.conflict).length;
      const result = verify(`case ${n}`, text, ours, theirs, expected, true);
      if (conflicted > 0) {
        made++;
        assert.ok(result.conflicts >= 1 && result.conflicts <= conflicted, `case ${n}: ${result.conflicts} regions for ${conflicted} conflicting items`);
      }
    }
    assert.ok(made > 75, `only ${made} cases had a true conflict`);
  });

  it('merges files both sides created for the same meeting: the union of their items (300 cases)', () => {
    for (let n = 0; n < 300; n++) {
      const rand = prng(13000 + n);
      const counter = { n: 0 };
      // The same carried items on both sides, open and undated (as two people's agendas carry the
      // same open items), then each side's own edits and additions. Without a base, an item
      // ticked on one side only is done, a due date set on one side is kept, two ticks keep the
      // earlier day: what the edits say.
      const { text, items } = generate(rand, counter, '2026-12-08', true);
      const { ours, theirs, expected } = editPair(rand, counter, text, items, false);
      verify(`case ${n}`, '', ours, theirs, expected, false);
    }
  });
});
