// Problems in the journal: what each file's parse reported, plus what only the whole journal
// shows (owners nobody introduced, links to goals that do not exist, entries without a mentorship).
import type { Diagnostic, Entry, Item } from './model';
import type { JournalIndex, Mentorship } from './journalIndex';
import { compareStrings } from './journalIndex';
import { followUps, type FollowUp } from './openItems';
import { firstHandle, mentionedHandles } from './people';

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

function checkEntry(entry: Entry, goalIds: Set<string>, known: Set<string>, hasAgreement: boolean, followed: Map<Item, FollowUp>, out: Diagnostic[]): void {
  if (entry.type === 'session') {
    for (const g of entry.goalIds) {
      if (!goalIds.has(g)) out.push({ file: entry.path, line: entry.goalsLine, severity: 'warning', code: 'missing-goal', message: `goal "${g}" does not exist (no goals/${g}.md in this mentorship)` });
    }
  }
  for (const item of entry.items) {
    for (const g of item.goals) {
      if (!goalIds.has(g)) out.push({ file: entry.path, line: item.line, severity: 'warning', code: 'missing-goal', message: `goal "${g}" does not exist (no goals/${g}.md in this mentorship)` });
    }
    if (hasAgreement && item.owner && !known.has(item.owner.toLowerCase())) {
      out.push({
        file: entry.path,
        line: item.line,
        severity: 'warning',
        code: 'unknown-owner',
        message: `owner @${item.owner} is neither the mentor nor the mentee, nor introduced in this mentorship`,
      });
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

/** Handles that may own items: mentor, mentee, `people:` in the agreement, anyone introduced. */
function knownHandles(m: Mentorship | null, entries: Entry[]): Set<string> {
  const known = new Set<string>();
  const add = (h: string | null | undefined) => h && known.add(h.toLowerCase());
  add(m?.agreement.mentor?.handle);
  add(m?.agreement.mentee?.handle);
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
