// What the simulation checks after every merge, and how its people resolve a conflict.
//  - Per file both sides changed: the core's merge check (every item either side has there
//    exactly as often as the edits say, under its heading, in the state the rules give — or
//    inside conflict markers).
//  - The whole journal: the CLI's index over the merged files (scanJournal, as `mentorship
//    items` reads them) lists exactly the union of both sides' items, counted per file, heading
//    and identity.
import { findConflictRegions } from '../../src/core/conflictRegions';
import { itemIdentity } from '../../src/core/itemIdentity';
import { JournalIndex } from '../../src/core/journalIndex';
import { checkMerge, type MergeProblem } from '../../src/core/merge/check';
import { diff3, matchSequences } from '../../src/core/merge/diff';
import type { Item } from '../../src/core/model';
import { parseEntry } from '../../src/core/parseEntry';
import { scanJournal } from '../../src/core/scan';
import { NodeJournalFs } from '../../src/node/nodeJournalFs';
import { type Clone, ROOT } from './clone';

export interface MergeFindings {
  /** Journal files both sides changed. */
  files: number;
  conflictedFiles: number;
  /** Why they conflicted, per file: both sides created it (no base: one name for two new files)… */
  conflictedCreated: number;
  /** … both appended at one place (and edited no line of the base both changed) … */
  conflictedAppends: number;
  /** … or both edited the same or neighbouring lines. */
  conflictedEdits: number;
  problems: (MergeProblem & { path: string })[];
  /** Items the index lists fewer (missing) or more (extra) times than the union of both sides. */
  indexMissing: number;
  indexExtra: number;
  examples: string[];
}

/** Checks the merge just made in `clone` of `ours` and `theirs` (revisions) from `base`. */
export async function checkMergeResult(clone: Clone, base: string, ours: string, theirs: string, conflicted: Set<string>): Promise<MergeFindings> {
  const changed = (from: string, to: string) =>
    new Set(clone.git(['diff', '--name-only', '--no-renames', from, to, '--', ROOT]).stdout.split('\n').filter((p) => p.endsWith('.md')).map((p) => p.slice(ROOT.length + 1)));
  const byOurs = changed(base, ours);
  const byTheirs = changed(base, theirs);
  const findings: MergeFindings = { files: 0, conflictedFiles: 0, conflictedCreated: 0, conflictedAppends: 0, conflictedEdits: 0, problems: [], indexMissing: 0, indexExtra: 0, examples: [] };
  // The union the index must show, per file: both sides' items counted as the merge rules count them.
  const expected = new Map<string, number>();
  const add = (path: string, counts: Map<string, number>) => {
    for (const [key, n] of counts) if (n > 0) expected.set(`${path}\u0000${key}`, n);
  };
  const index = new JournalIndex();
  await scanJournal(new NodeJournalFs(clone.journal), index);
  // Files neither side changed read as before; the others are checked.
  const paths = new Set([...byOurs, ...byTheirs]);
  for (const path of paths) {
    if (byOurs.has(path) && byTheirs.has(path)) {
      findings.files++;
      const [b, o, t] = [clone.show(base, path), clone.show(ours, path), clone.show(theirs, path)];
      if (conflicted.has(path)) findings.conflictedFiles++;
      if (conflicted.has(path)) {
        const cause = b === '' ? 'created' : lineConflicts(b, o, t);
        if (cause === 'created') findings.conflictedCreated++;
        else if (cause === 'appends') findings.conflictedAppends++;
        else findings.conflictedEdits++;
      }
      for (const p of checkMerge(path, b, o, t, clone.read(path) ?? '')) {
        findings.problems.push({ ...p, path });
        if (findings.examples.length < 5) findings.examples.push(`${path}: ${p.kind} "${p.item}" (${p.detail})`);
      }
      const [cb, co, ct] = [b, o, t].map((text) => counts(path, text));
      const keys = new Set([...cb.keys(), ...co.keys(), ...ct.keys()]);
      add(path, new Map([...keys].map((k) => {
        const [nb, no, nt] = [cb.get(k) ?? 0, co.get(k) ?? 0, ct.get(k) ?? 0];
        return [k, no === nt || nt === nb ? no : no === nb ? nt : Math.max(no, nt)];
      })));
    } else {
      add(path, counts(path, clone.show(byTheirs.has(path) ? theirs : ours, path)));
    }
  }
  const listed = new Map<string, number>();
  for (const { entry, item } of index.items()) {
    if (!paths.has(entry.path)) continue;
    const key = `${entry.path}\u0000${keyOf(item)}`;
    listed.set(key, (listed.get(key) ?? 0) + 1);
  }
  for (const key of new Set([...expected.keys(), ...listed.keys()])) {
    const diff = (listed.get(key) ?? 0) - (expected.get(key) ?? 0);
    if (diff < 0) findings.indexMissing -= diff;
    if (diff > 0) findings.indexExtra += diff;
    if (diff !== 0 && findings.examples.length < 5) findings.examples.push(`index lists ${key.replace(/\u0000/g, ' | ')} ${listed.get(key) ?? 0} times, expected ${expected.get(key) ?? 0}`);
  }
  return findings;
}

/** What makes a line merge (git's) of an existing file conflict: appends at one place only, or edits. */
function lineConflicts(base: string, ours: string, theirs: string): 'appends' | 'edits' {
  const ids = new Map<string, number>();
  const idsOf = (text: string) => text.split('\n').map((l) => ids.get(l) ?? (ids.set(l, ids.size), ids.size - 1));
  const [b, o, t] = [idsOf(base), idsOf(ours), idsOf(theirs)];
  const changed = diff3(matchSequences(b, o), matchSequences(b, t), o.length, t.length).filter((c) => {
    if (c.stable) return false;
    const same = (x: number[], [f1, t1]: number[], y: number[], [f2, t2]: number[]) => t1 - f1 === t2 - f2 && x.slice(f1, t1).every((v, i) => v === y[f2 + i]);
    return !same(o, c.ours, b, c.base) && !same(t, c.theirs, b, c.base) && !same(o, c.ours, t, c.theirs);
  });
  return changed.every((c) => c.base[0] === c.base[1]) ? 'appends' : 'edits';
}

function counts(path: string, text: string): Map<string, number> {
  const out = new Map<string, number>();
  if (text === '') return out;
  for (const item of parseEntry(path, text)?.items ?? []) out.set(keyOf(item), (out.get(keyOf(item)) ?? 0) + 1);
  return out;
}

function keyOf(item: Item): string {
  return `${item.kind}\u0000${item.section ?? ''}\u0000${itemIdentity(item.text)}`;
}

/**
 * How the simulated person resolves a conflicted file: each region becomes our side's lines,
 * then the items only their side has (so no item is lost by the resolution itself).
 */
export function resolveConflicts(text: string): string {
  const lines = text.split('\n');
  const regions = findConflictRegions(lines);
  const out: string[] = [];
  let at = 0;
  for (const r of regions) {
    out.push(...lines.slice(at, r.start));
    const ours = lines.slice(r.start + 1, r.base >= 0 ? r.base : r.separator);
    const mine = new Set(ours.map(identityOfLine).filter((k) => k !== null));
    const theirsOnly = lines.slice(r.separator + 1, r.end).filter((l) => {
      const k = identityOfLine(l);
      return k !== null && !mine.has(k);
    });
    out.push(...ours, ...theirsOnly);
    at = r.end + 1;
  }
  out.push(...lines.slice(at));
  return out.join('\n');
}

function identityOfLine(line: string): string | null {
  const m = /^\s*[-*+] (?:\[.\] )?(.*)$/.exec(line);
  return m ? itemIdentity(m[1]) : null;
}
