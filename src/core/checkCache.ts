// The journal's problems kept up to date one change at a time: after a change only the changed
// files are checked again, plus every entry of a mentorship whose context changed (a goal came or
// went, an agreement or an introduction changed who may own items). The result always equals
// `checkJournal` on the same index (a property test applies generated edit sequences).
import { byPlace, checkEntryIn, contextKey, mentorshipContext, type MentorshipContext } from './checks';
import type { IndexChanges, JournalIndex } from './journalIndex';
import type { Diagnostic } from './model';

export class CheckCache {
  /** Problems by file, only files that have some. */
  private readonly byFile = new Map<string, Diagnostic[]>();
  /** Mentorship id (null: entries under none) → the key of the context its entries were checked in. */
  private readonly contexts = new Map<string | null, string>();

  /** The problems of one file, in line order. */
  get(file: string): readonly Diagnostic[] {
    return this.byFile.get(file) ?? [];
  }

  /** Files that have problems, with them. */
  entries(): IterableIterator<[string, Diagnostic[]]> {
    return this.byFile.entries();
  }

  /** Every problem, in the order `checkJournal` gives. */
  all(): Diagnostic[] {
    return [...this.byFile.values()].flat().sort(byPlace);
  }

  /** Checks one mentorship's entries (null: those under none); returns the files whose problems changed. */
  checkMentorship(index: JournalIndex, id: string | null): string[] {
    const context = mentorshipContext(index, id);
    this.contexts.set(id, contextKey(context));
    return index.entriesOf(id).flatMap((e) => (this.recheck(index, e.path, context) ? [e.path] : []));
  }

  /**
   * Forgets everything, for a build in steps: `checkMentorship` for each of `mentorshipIds(index)`,
   * then `checkUnreadable`. Returns the files that had problems (they may have none now).
   */
  reset(): string[] {
    const had = [...this.byFile.keys()];
    this.byFile.clear();
    this.contexts.clear();
    return had;
  }

  /** Records what could not be read; returns those files. */
  checkUnreadable(index: JournalIndex): string[] {
    return index.problems().map((d) => {
      this.byFile.set(d.file, [d]);
      return d.file;
    });
  }

  /** Everything again, at once. Returns the files whose problems may have changed. */
  rebuild(index: JournalIndex): Set<string> {
    const touched = new Set(this.reset());
    for (const id of mentorshipIds(index)) for (const f of this.checkMentorship(index, id)) touched.add(f);
    for (const f of this.checkUnreadable(index)) touched.add(f);
    return touched;
  }

  /** After `changes` to `index`: checks what they can have changed; returns the files whose problems changed. */
  update(index: JournalIndex, changes: IndexChanges): Set<string> {
    if (changes.regrouped) return this.rebuild(index);
    const byMentorship = new Map<string | null, string[]>();
    for (const path of changes.paths) {
      const id = index.mentorshipIdOf(path);
      const list = byMentorship.get(id);
      if (list) list.push(path);
      else byMentorship.set(id, [path]);
    }
    const changed = new Set<string>();
    for (const [id, paths] of byMentorship) {
      const context = mentorshipContext(index, id);
      const key = contextKey(context);
      const all = this.contexts.get(id) !== key;
      this.contexts.set(id, key);
      const targets = all ? new Set([...paths, ...index.entriesOf(id).map((e) => e.path)]) : paths;
      for (const path of targets) if (this.recheck(index, path, context)) changed.add(path);
    }
    return changed;
  }

  /** Checks one path again; true when its problems changed. */
  private recheck(index: JournalIndex, path: string, context: MentorshipContext): boolean {
    const entry = index.get(path);
    const next: Diagnostic[] = [];
    if (entry) {
      checkEntryIn(entry, context, next);
      next.sort(byPlace);
    } else {
      const problem = index.problem(path);
      if (problem) next.push(problem);
    }
    const before = this.byFile.get(path);
    if (next.length) this.byFile.set(path, next);
    else this.byFile.delete(path);
    return !sameDiagnostics(before ?? [], next);
  }
}

/** The groups `checkJournal` checks: every mentorship, then the entries under none. */
export function mentorshipIds(index: JournalIndex): (string | null)[] {
  return [...index.mentorships().map((m) => m.id), null];
}

/** Equal problems, whatever fields a diagnostic carries. */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && (a.length === 0 || JSON.stringify(a) === JSON.stringify(b));
}
