// The three-way merge of one journal file, as git's merge driver runs it (`mentorship
// merge-driver`). Item-aware: front matter key by key, the body section by section (sections
// matched by their heading), lines aligned with items keyed by identity, so that
//  - appends by both sides at one place combine (items once, by identity);
//  - different items on neighbouring lines merge (git needs an unchanged line between);
//  - one item ticked on one side and given a due date on the other gets both; ticked on both,
//    the earlier completion;
//  - a file both sides created (no base) merges section by section; two agendas generated for
//    one meeting on two clones keep one line per agenda line (ours when only numbers differ), one
//    marker, written anew over the merged lines when neither side had edited its agenda;
//  - true conflicts (two due dates, a move against a tick, two edits of one prose line) stay,
//    as git's conflict markers around the smallest region.
// The result is checked (check.ts): if an item would be lost, repeated or moved under another
// heading, it falls back to a plain line merge, and if that fails too, to one conflict over the
// whole file. Pure: no file system, no clock.
import { refreshMarker } from '../agendaBlock';
import type { Item } from '../model';
import { parseEntry } from '../parseEntry';
import { checkMerge } from './check';
import { mergeFrontMatter } from './frontMatterMerge';
import { mergeItemLine } from './itemMerge';
import { structureOf, type LineUnit, type SectionUnit } from './structure';
import { conflict, mergeUnits, type Piece, type Unit, type UnitMergeRules } from './unitMerge';

export interface MergeOptions {
  /** Written after `<<<<<<<` and `>>>>>>>` (git passes its own with %X and %Y). */
  oursLabel?: string;
  theirsLabel?: string;
  /** Length of the conflict markers (git's %L, default 7). */
  markerSize?: number;
}

export interface MergeResult {
  text: string;
  /** Conflict regions left in `text`. */
  conflicts: number;
  /** How the result was made: by item (the journal merge), by line, or one conflict over the whole file. */
  method: 'same' | 'items' | 'lines' | 'whole';
}

/** Merges `ours` and `theirs`, two versions of the file at `path` (journal-relative or not) from `base` ('' when there is none). */
export function mergeJournalFile(base: string, ours: string, theirs: string, path: string, options: MergeOptions = {}): MergeResult {
  const trivial = trivialMerge(base, ours, theirs);
  if (trivial) return trivial;
  const [b, o, t] = [frame(base), frame(ours), frame(theirs)];
  const [eo, et] = [parseEntry(path, o.text), parseEntry(path, t.text)];
  if (eo === null || et === null) return render(plainMerge(b.lines, o.lines, t.lines), 'lines', [b, o, t], options);
  const eb = b.lines.length ? parseEntry(path, b.text) : null;
  const attempts: [MergeResult['method'], () => Piece[]][] = [
    ['items', () => itemMerge(path, [b, o, t], [eb?.items ?? [], eo.items, et.items])],
    ['lines', () => plainMerge(b.lines, o.lines, t.lines)],
  ];
  for (const [method, attempt] of attempts) {
    const pieces = attempt();
    const plainText = render(pieces, method, [b, o, t], {}, false).text;
    if (checkMerge(path, b.text, o.text, t.text, plainText).length === 0) {
      const result = render(pieces, method, [b, o, t], options);
      // Two generated agendas merged are a generated agenda: its marker says so again.
      return result.conflicts === 0 ? { ...result, text: refreshMarker(result.text, [ours, theirs]) } : result;
    }
  }
  return render(conflict(o.lines, t.lines), 'whole', [b, o, t], options);
}

/** A plain three-way line merge (diff3, as git's): for files that are not journal entries. */
export function mergeText(base: string, ours: string, theirs: string, options: MergeOptions = {}): MergeResult {
  const trivial = trivialMerge(base, ours, theirs);
  if (trivial) return trivial;
  const [b, o, t] = [frame(base), frame(ours), frame(theirs)];
  return render(plainMerge(b.lines, o.lines, t.lines), 'lines', [b, o, t], options);
}

function trivialMerge(base: string, ours: string, theirs: string): MergeResult | null {
  if (ours === theirs || theirs === base) return { text: ours, conflicts: 0, method: 'same' };
  if (ours === base) return { text: theirs, conflicts: 0, method: 'same' };
  return null;
}

const PLAIN_RULES: UnitMergeRules<Unit> = { both: () => null, combineInsertions: () => false };

function plainMerge(base: readonly string[], ours: readonly string[], theirs: readonly string[]): Piece[] {
  const units = (lines: readonly string[]) => lines.map((l) => ({ key: l, text: l }));
  return mergeUnits(units(base), units(ours), units(theirs), PLAIN_RULES);
}

const LINE_RULES: UnitMergeRules<LineUnit> = {
  both(base, ours, theirs) {
    // Two agendas generated for one meeting on two clones: one line each, ours.
    if (base === null && ours.generated && theirs.generated) return [{ lines: [ours.text] }];
    // Both refreshed one agenda: one marker (written anew over the merged lines, refreshMarker).
    if (ours.marker && theirs.marker) return [{ lines: [ours.text] }];
    if (!ours.item || !theirs.item) return null;
    const line = mergeItemLine(base?.text ?? null, ours.text, theirs.text);
    return line === null ? null : [{ lines: [line] }];
  },
  // Lines both sides added at one place within a section stay in that section; a heading among
  // them would carry the lines after it away, so then they conflict.
  combineInsertions: (ours, theirs) => !ours.some((u) => u.heading) && !theirs.some((u) => u.heading),
};

const SECTION_RULES: UnitMergeRules<SectionUnit> = {
  both(base, ours, theirs) {
    // The heading (same key on every side) on its own, then the lines under it.
    const h = ours.lines[0].heading ? 1 : 0;
    const [b, o, t] = [base?.lines ?? [], ours.lines, theirs.lines];
    return [...mergeUnits(b.slice(0, h), o.slice(0, h), t.slice(0, h), LINE_RULES), ...mergeUnits(b.slice(h), o.slice(h), t.slice(h), LINE_RULES)];
  },
  // Sections both sides added: one per heading, their lines combined.
  combineInsertions: () => true,
  uniqueKeys: true,
  // Headings renamed, added or removed on both sides: line by line over the sections involved.
  changedBoth: (base, ours, theirs) => mergeUnits(flat(base), flat(ours), flat(theirs), LINE_RULES),
};

function flat(sections: readonly SectionUnit[]): LineUnit[] {
  return sections.flatMap((s) => s.lines);
}

function itemMerge(path: string, [b, o, t]: Framed[], [ib, io, it]: Item[][]): Piece[] {
  const sb = b.lines.length ? structureOf(path, b.text, b.lines, ib) : null;
  const so = structureOf(path, o.text, o.lines, io);
  const st = structureOf(path, t.text, t.lines, it);
  const plain = (bu: Unit[], ou: Unit[], tu: Unit[]) => mergeUnits(bu, ou, tu, PLAIN_RULES);
  return [
    ...mergeFrontMatter(sb?.frontMatter ?? null, so.frontMatter, st.frontMatter, plain),
    ...mergeUnits(sb?.sections ?? [], so.sections, st.sections, SECTION_RULES),
  ];
}

interface Framed {
  bom: boolean;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
  /** Without BOM, `\r\n` read as `\n`. */
  text: string;
  lines: string[];
}

function frame(raw: string): Framed {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const withoutBom = bom ? raw.slice(1) : raw;
  const crlf = withoutBom.split('\r\n').length - 1;
  const lf = withoutBom.split('\n').length - 1;
  const text = crlf ? withoutBom.replace(/\r\n/g, '\n') : withoutBom;
  const finalNewline = text.endsWith('\n');
  const lines = text === '' ? [] : (finalNewline ? text.slice(0, -1) : text).split('\n');
  // The line break most lines use.
  return { bom, eol: crlf * 2 > lf ? '\r\n' : '\n', finalNewline, text, lines };
}

/**
 * The merged text: each side's BOM, line breaks and final newline kept when both agree, else the
 * one that changed from the base (ours when both did).
 */
function render(pieces: Piece[], method: MergeResult['method'], [b, o, t]: Framed[], options: MergeOptions, framed = true): MergeResult {
  const pick = <K extends 'bom' | 'eol' | 'finalNewline'>(k: K): Framed[K] => (o[k] === t[k] || b.lines.length === 0 || o[k] !== b[k] ? o[k] : t[k]);
  const size = options.markerSize ?? 7;
  const out: string[] = [];
  let conflicts = 0;
  let pending: { ours: string[]; theirs: string[] } | null = null;
  const flush = () => {
    if (pending === null) return;
    out.push(`${'<'.repeat(size)} ${options.oursLabel ?? 'ours'}`, ...pending.ours, '='.repeat(size), ...pending.theirs, `${'>'.repeat(size)} ${options.theirsLabel ?? 'theirs'}`);
    conflicts++;
    pending = null;
  };
  for (const p of pieces) {
    if ('lines' in p) {
      if (p.lines.length === 0) continue;
      flush();
      out.push(...p.lines);
    } else if (p.ours.length || p.theirs.length) {
      // Two conflicts with nothing between them are one region.
      pending ??= { ours: [], theirs: [] };
      pending.ours.push(...p.ours);
      pending.theirs.push(...p.theirs);
    }
  }
  const endsInConflict = pending !== null;
  flush();
  const eol = framed ? pick('eol') : '\n';
  const finalNewline = out.length > 0 && (pick('finalNewline') || endsInConflict);
  const text = (framed && pick('bom') ? '\uFEFF' : '') + out.join(eol) + (finalNewline ? eol : '');
  return { text, conflicts, method };
}
