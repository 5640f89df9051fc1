// Problems in the journal: what each file's parse reported, plus what only the whole journal
// shows (owners nobody introduced, links to goals that do not exist, entries without a mentorship).
import type { AgreementInfo, Diagnostic, Entry, Item } from './model';
import type { JournalIndex, Mentorship } from './journalIndex';
import { compareStrings } from './journalIndex';
import type { Span } from './itemLine';
import { offsetOfLine, splitLines } from './markdownLines';
import { doneLines, followUpOf, followUps, type FollowUp } from './openItems';
import { parseEntry } from './parseEntry';
import { firstHandle, mentionedHandles } from './people';
import { goalIdsInFrontMatter, goalIdSpanInItem, ownerSpan } from './tokens';

export function checkJournal(index: JournalIndex): Diagnostic[] {
  // Files that could not be read as text: one problem each, and nothing else to check in them.
  const out: Diagnostic[] = index.problems();
  const mentorships = index.mentorships();
  const ids: (string | null)[] = [...mentorships.map((m) => m.id), null];
  for (const id of ids) {
    const entries = index.entriesOf(id);
    if (entries.length === 0) continue;
    const context = contextOf(id === null ? null : mentorships.find((x) => x.id === id)!, entries);
    for (const entry of entries) checkEntryIn(entry, context, out);
  }
  return out.sort(byPlace);
}

/** What the checks of one entry need to know about its mentorship (null: entries under none). */
export interface MentorshipContext {
  mentorship: Mentorship | null;
  goalIds: Set<string>;
  /** Lower-case handles that may own items. */
  known: Set<string>;
  /** Open items a later entry lists again, ticked (openItems.ts followUps). */
  followed: Map<Item, FollowUp>;
}

/** The context of the mentorship `id` in `index` (its entries read once). */
export function mentorshipContext(index: JournalIndex, id: string | null): MentorshipContext {
  return contextOf(id === null ? null : index.mentorship(id) ?? null, index.entriesOf(id));
}

/** A string equal for two contexts exactly when every entry's checks come out the same under both. */
export function contextKey(c: MentorshipContext): string {
  // Follow-ups by where they are: an item followed up (or no longer) changes its file's checks.
  const followed = [...c.followed].map(([item, f]) => `${item.line}:${item.raw}>${f.path}:${f.line}:${f.date}`).sort();
  return JSON.stringify([c.mentorship !== null, [...c.goalIds].sort(), [...c.known].sort(), followed]);
}

function contextOf(m: Mentorship | null, entries: Entry[]): MentorshipContext {
  const goalIds = new Set(entries.filter((e) => e.type === 'goal' && e.goal).map((e) => e.goal!.id));
  return { mentorship: m, goalIds, known: knownHandles(m, entries), followed: followUps(entries) };
}

/** Every problem of one entry: its own, and those its mentorship's context shows; appended to `out`. */
export function checkEntryIn(entry: Entry, context: MentorshipContext, out: Diagnostic[]): void {
  out.push(...entry.diagnostics);
  if (context.mentorship === null && entry.type !== 'agreement' && !entry.people.mentee && !entry.people.mentor) {
    out.push({ file: entry.path, line: 1, severity: 'info', code: 'no-mentorship', message: 'no mentorship.md in this folder or above it, so this entry belongs to no mentorship' });
  }
  checkEntry(entry, context.goalIds, context.known, context.mentorship !== null, context.followed, out);
}

/** Diagnostics of one entry in the context of its mentorship: for updating one file's problems. */
export function checkEntryInIndex(index: JournalIndex, entry: Entry): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkEntryIn(entry, mentorshipContext(index, index.mentorshipIdOf(entry.path)), out);
  return out.sort(byPlace);
}

/** What checking one entry needs to know of its mentorship. */
interface MentorshipFacts {
  mentorship: Mentorship | null;
  goalIds: Set<string>;
  /** Handles that may own items, in lower case. */
  known: Set<string>;
  /** The other entries' newest ticked line of each item (what follows an item up). */
  done: Map<string, FollowUp>;
}

/** The facts of the last mentorship asked about, per index, while the index does not change. */
const factsMemo = new WeakMap<JournalIndex, { generation: number; id: string | null; except: string; facts: MentorshipFacts }>();

/**
 * The facts of the mentorship of `path` from every entry but `path` itself (whose text is at
 * hand): remembered until the index changes, so a check per keystroke costs a parse of the text.
 */
function factsFor(index: JournalIndex, path: string): MentorshipFacts {
  const id = index.mentorshipIdOf(path);
  const memo = factsMemo.get(index);
  if (memo && memo.generation === index.generation && memo.id === id && memo.except === path) return memo.facts;
  const entries = index.entriesOf(id).filter((e) => e.path !== path);
  const facts: MentorshipFacts = {
    mentorship: id === null ? null : index.mentorship(id) ?? null,
    goalIds: new Set(entries.filter((e) => e.type === 'goal' && e.goal).map((e) => e.goal!.id)),
    known: knownHandles(id === null ? null : index.mentorship(id) ?? null, entries),
    done: doneLines(entries),
  };
  factsMemo.set(index, { generation: index.generation, id, except: path, facts });
  return facts;
}

/**
 * The problems of `text` read as the file at `path` (an editor's buffer with its unsaved edits),
 * in the context of its mentorship in `index`: what the Problems panel would say once it is
 * saved, with each problem on its token where the line says where it is. Empty when the text is
 * no entry.
 */
export function checkText(index: JournalIndex, path: string, text: string): Diagnostic[] {
  const entry = parseEntry(path, text);
  if (!entry) return [];
  const base = factsFor(index, path);
  let { goalIds, known } = base;
  // What the text itself adds: it is a goal, it introduces someone, it is the agreement.
  if (entry.goal && !goalIds.has(entry.goal.id)) goalIds = new Set([...goalIds, entry.goal.id]);
  const introduced = knownHandles(entry.type === 'agreement' ? { agreement: entry.agreement } : null, [entry]);
  if ([...introduced].some((h) => !known.has(h))) known = new Set([...known, ...introduced]);
  const out = [...entry.diagnostics];
  let lines: string[] | undefined;
  const lineAt = (n: number) => (lines ??= splitLines(text.slice(0, offsetOfLine(text, entry.bodyLine))))[n - 1] ?? '';
  // An item is followed up by a later ticked line, in another entry or in this one.
  const own = doneLines([entry]);
  const followed = new Map<Item, FollowUp>();
  for (const item of entry.items) {
    const later = followUpOf(item, entry.date, base.done, own);
    if (later) followed.set(item, later);
  }
  checkEntry(entry, goalIds, known, base.mentorship !== null, followed, out, lineAt);
  return out.sort(byPlace);
}

/**
 * The entry's problems that need its mentorship. With `lineAt` (line n of the file's text, for a
 * text at hand such as an editor's buffer) a goal id in the front matter is pointed at where it
 * is written; item lines carry their own text.
 */
function checkEntry(
  entry: Entry,
  goalIds: Set<string>,
  known: Set<string>,
  hasAgreement: boolean,
  followed: ReadonlyMap<Item, FollowUp>,
  out: Diagnostic[],
  lineAt?: (line: number) => string,
): void {
  if (entry.type === 'session' && entry.goalIds.some((g) => !goalIds.has(g))) {
    const written = lineAt ? goalIdsInFrontMatter(lineAt, entry.bodyLine) : [];
    for (const g of entry.goalIds) {
      if (goalIds.has(g)) continue;
      const at = written.find((w) => w.id === g);
      const d: Diagnostic = { file: entry.path, line: at?.line ?? entry.goalsLine, severity: 'warning', code: 'missing-goal', message: missingGoal(g) };
      if (at) withSpan(d, at);
      out.push(d);
    }
  }
  for (const item of entry.items) {
    for (const g of item.goals) {
      if (!goalIds.has(g)) out.push(withSpan({ file: entry.path, line: item.line, severity: 'warning', code: 'missing-goal', message: missingGoal(g) }, goalIdSpanInItem(item.raw, g)));
    }
    if (hasAgreement && item.owner && !known.has(item.owner.toLowerCase())) {
      const d: Diagnostic = {
        file: entry.path,
        line: item.line,
        severity: 'warning',
        code: 'unknown-owner',
        message: `owner @${item.owner} is neither the mentor nor the mentee, nor introduced in this mentorship`,
      };
      out.push(withSpan(d, ownerSpan(item.raw, item.owner)));
    }
    const later = followed.get(item);
    if (later) {
      out.push({
        file: entry.path,
        line: item.line,
        severity: 'info',
        code: 'followed-up',
        message: `done later: ${later.path}:${later.line} (${later.date}) lists this item again, ticked; it no longer counts as open (tick it here too)`,
      });
    }
  }
}

function missingGoal(id: string): string {
  return `goal "${id}" does not exist (no goals/${id}.md in this mentorship)`;
}

function withSpan(d: Diagnostic, span: Span | null): Diagnostic {
  if (span) {
    d.column = span.column;
    d.endColumn = span.endColumn;
  }
  return d;
}

/** Handles that may own items: mentor, mentee, `people:` in the agreement, anyone introduced. */
function knownHandles(m: { agreement: AgreementInfo | null } | null, entries: Entry[]): Set<string> {
  const known = new Set<string>();
  const add = (h: string | null | undefined) => h && known.add(h.toLowerCase());
  add(m?.agreement?.mentor?.handle);
  add(m?.agreement?.mentee?.handle);
  const agreementEntry = entries.find((e) => e.type === 'agreement');
  const people = agreementEntry?.frontMatter.people;
  if (Array.isArray(people)) for (const p of people) if (typeof p === 'string') add(firstHandle(p));
  for (const e of entries) {
    add(e.people.mentor?.handle);
    add(e.people.mentee?.handle);
    for (const i of e.items) {
      if (i.kind !== 'intro') continue;
      for (const h of mentionedHandles(i.text)) add(h);
    }
  }
  return known;
}

export function byPlace(a: Diagnostic, b: Diagnostic): number {
  return compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.code, b.code);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
