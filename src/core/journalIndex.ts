// The index over one journal root: every entry by path, grouped by mentorship, kept current one
// file at a time. Any sequence of `set`/`remove` calls leaves it equal to a fresh build of the
// same files (a property the tests check with generated edit sequences).
import type { AgreementInfo, Diagnostic, Entry, Item, Person } from './model';
import { parseEntry } from './parseEntry';
import { formatPerson } from './people';
import { trimEndWhere } from './text';

export interface Mentorship {
  /** The agreement's folder relative to the journal root; `.` for the root itself. */
  id: string;
  /** The same folder as a path prefix: `` for the root, else `a/b/`. */
  prefix: string;
  agreementPath: string;
  agreement: AgreementInfo;
  /** e.g. "Sam Okafor ← Priya Raman". */
  title: string;
}

export interface GoalView {
  entry: Entry;
  id: string;
  milestones: Item[];
  done: number;
  total: number;
}

export interface ItemRef {
  item: Item;
  entry: Entry;
  mentorship: string | null;
}

const AGREEMENT_FILE = 'mentorship.md';

/** What changed in an index between two looks (see `JournalIndex.takeChanges`). */
export interface IndexChanges {
  readonly paths: ReadonlySet<string>;
  /** Mentorships came or went, so entries may belong to another mentorship than before. */
  readonly regrouped: boolean;
}

/** The queries over a journal's entries. */
export interface JournalView {
  /** True only for the shared view: everything written into shared files reads through it. */
  readonly isShared: boolean;
  get(path: string): Entry | undefined;
  all(): Entry[];
  mentorships(): Mentorship[];
  mentorship(id: string): Mentorship | undefined;
  findMentorship(idOrHandle: string): Mentorship | undefined;
  mentorshipIdOf(path: string): string | null;
  entriesOf(mentorshipId: string | null): Entry[];
  sessions(mentorshipId: string | null): Entry[];
  goals(mentorshipId: string | null): GoalView[];
  items(mentorshipId?: string | null): ItemRef[];
}

/**
 * The journal as anything shared may see it: without private entries (under a `private/`
 * folder). Agendas, reports, "what changed", schedules and the files the extension writes for
 * both people take this type, so no caller can hand them a private note by forgetting a filter.
 */
export interface SharedView extends JournalView {
  readonly isShared: true;
}

export class JournalIndex implements JournalView {
  readonly isShared = false;
  private sharedView: SharedView | undefined;
  private readonly entries = new Map<string, Entry>();
  /** Folder prefix (`` or `a/b/`) → agreement entry. */
  private readonly agreements = new Map<string, Entry>();
  /** Mentorship id (null: entries under no agreement) → its entries by path. */
  private readonly groups = new Map<string | null, Map<string, Entry>>();
  /** Folder prefix → mentorship id, memoised; cleared whenever an agreement comes or goes. */
  private readonly folderOwner = new Map<string, string | null>();
  /**
   * Folder prefix → paths of entries there that name a mentor or mentee in their own front
   * matter: under no agreement, such a folder is a mentorship of its own (an implicit one).
   */
  private readonly peopleHomes = new Map<string, Set<string>>();
  /**
   * Files and folders that are in the journal but could not be read (not UTF-8, UTF-16, binary,
   * no permission, nested too deep): no entry, one problem each, until read again or gone.
   */
  private readonly unreadable = new Map<string, Diagnostic>();
  /** Set when an agreement came or went: `groups` is rebuilt on the next query, once. */
  private stale = false;
  private version = 0;
  /** What changed since the last `takeChanges()`, when `trackChanges()` was called (the extension). */
  private changes: { paths: Set<string>; regrouped: boolean } | undefined;

  /** Bumped on every change, so callers can cache what they derive. */
  get generation(): number {
    return this.version;
  }

  get size(): number {
    return this.entries.size;
  }

  /** From now on, remember which paths change (for `takeChanges`); the CLI never asks. */
  trackChanges(): void {
    this.changes ??= { paths: new Set(), regrouped: false };
  }

  /**
   * The paths set, removed or found unreadable since the last call, and whether mentorships came,
   * went or changed members meanwhile (then anything may belong elsewhere). Resets the record.
   */
  takeChanges(): IndexChanges {
    const taken = this.changes ?? { paths: new Set<string>(), regrouped: false };
    if (this.changes) this.changes = { paths: new Set(), regrouped: false };
    return taken;
  }

  /** Parses `text` as the file at `path` (relative, `/`-separated) and replaces what was there. */
  set(path: string, text: string): Entry | null {
    this.changes?.paths.add(path);
    if (this.unreadable.delete(path)) this.version++;
    const entry = parseEntry(path, text);
    if (entry) this.put(entry);
    else this.remove(path);
    return entry;
  }

  /**
   * Records that the file (or folder) at `path` cannot be read (`problem` says why, for `check`
   * and the Problems panel): it has no entry, so nothing reads its items or edits it.
   */
  setProblem(path: string, problem: Diagnostic): void {
    this.changes?.paths.add(path);
    this.remove(path);
    this.unreadable.set(path, problem);
    this.version++;
  }

  /** The problem of a file that could not be read as text, if `path` is one. */
  problem(path: string): Diagnostic | undefined {
    return this.unreadable.get(path);
  }

  /** The problems of every file that could not be read as text, in path order. */
  problems(): Diagnostic[] {
    return [...this.unreadable.values()].sort((a, b) => compareStrings(a.file, b.file));
  }

  /** Forgets the file at `path`. */
  remove(path: string): void {
    this.changes?.paths.add(path);
    if (this.unreadable.delete(path)) this.version++;
    const old = this.entries.get(path);
    if (!old) return;
    this.version++;
    this.entries.delete(path);
    const implicitChanged = this.notePeople(path, hasPeople(old), false);
    if (this.isAgreement(old)) {
      this.agreements.delete(folderPrefix(path));
      this.invalidateGroups();
    } else if (implicitChanged) {
      this.invalidateGroups();
    } else if (!this.stale) {
      this.groups.get(this.ownerOf(path))?.delete(path);
    }
  }

  /** Removes every entry whose path starts with `prefix` (a deleted or renamed folder). */
  removeFolder(prefix: string): void {
    const p = prefix === '' || prefix.endsWith('/') ? prefix : prefix + '/';
    for (const path of [...this.entries.keys()]) if (path.startsWith(p)) this.remove(path);
    for (const path of [...this.unreadable.keys()]) {
      if (path.startsWith(p) || path === prefix) {
        this.changes?.paths.add(path);
        this.unreadable.delete(path);
        this.version++;
      }
    }
  }

  clear(): void {
    this.entries.clear();
    this.unreadable.clear();
    this.agreements.clear();
    this.groups.clear();
    this.folderOwner.clear();
    this.peopleHomes.clear();
    this.stale = false;
    this.version++;
    if (this.changes) this.changes.regrouped = true;
  }

  get(path: string): Entry | undefined {
    return this.entries.get(path);
  }

  /** The same journal without its private entries (see SharedView). */
  shared(): SharedView {
    return (this.sharedView ??= new SharedJournal(this));
  }

  /** Every entry, in path order. */
  all(): Entry[] {
    return [...this.entries.values()].sort((a, b) => compareStrings(a.path, b.path));
  }

  mentorships(): Mentorship[] {
    const implicit = [...this.peopleHomes.keys()].map((home) => this.implicitMentorship(home)).filter((m): m is Mentorship => m !== undefined);
    return [...[...this.agreements.values()].map((e) => toMentorship(e)), ...implicit].sort((a, b) => compareStrings(a.id, b.id));
  }

  mentorship(id: string): Mentorship | undefined {
    const prefix = id === '.' ? '' : id + '/';
    const e = this.agreements.get(prefix);
    return e ? toMentorship(e) : this.implicitMentorship(prefix);
  }

  /** Finds a mentorship by id (`.`, `alex`) or by its mentee's handle (with or without `@`). */
  findMentorship(idOrHandle: string): Mentorship | undefined {
    const id = trimEndWhere(idOrHandle.replace(/\\/g, '/').replace(/^(?:\.\/)+/, ''), (c) => c === 47);
    const byId = this.mentorship(id || '.');
    if (byId) return byId;
    const handle = idOrHandle.replace(/^@/, '').toLowerCase();
    return this.mentorships().find((m) => m.agreement.mentee?.handle?.toLowerCase() === handle);
  }

  /** The mentorship an entry belongs to: the agreement in its nearest ancestor folder. */
  mentorshipIdOf(path: string): string | null {
    this.freshGroups();
    return this.ownerOf(path);
  }

  /** The entries of one mentorship (null: under no agreement), in path order. */
  entriesOf(mentorshipId: string | null): Entry[] {
    const g = this.freshGroups().get(mentorshipId);
    return g ? [...g.values()].sort((a, b) => compareStrings(a.path, b.path)) : [];
  }

  /** Sessions newest first; on one day, the later file (`-2`) first. */
  sessions(mentorshipId: string | null): Entry[] {
    return sortNewestFirst(
      this.entriesOf(mentorshipId).filter((e) => e.type === 'session'),
      (e) => e,
    );
  }

  goals(mentorshipId: string | null): GoalView[] {
    return this.entriesOf(mentorshipId)
      .filter((e) => e.type === 'goal' && e.goal)
      .map((entry) => {
        const milestones = entry.items.filter((i) => i.kind === 'milestone');
        const done = milestones.filter((i) => i.status === 'done').length;
        const total = milestones.filter((i) => i.status !== 'cancelled').length;
        return { entry, id: entry.goal!.id, milestones, done, total };
      });
  }

  /** Every item of every entry, or of one mentorship, in file then line order. */
  items(mentorshipId?: string | null): ItemRef[] {
    this.freshGroups();
    const entries = mentorshipId === undefined ? this.all() : this.entriesOf(mentorshipId);
    const out: ItemRef[] = [];
    for (const entry of entries) {
      const mentorship = mentorshipId === undefined ? this.ownerOf(entry.path) : mentorshipId;
      for (const item of entry.items) out.push({ item, entry, mentorship });
    }
    return out;
  }

  private put(entry: Entry): void {
    this.version++;
    const old = this.entries.get(entry.path);
    this.entries.set(entry.path, entry);
    const wasAgreement = old !== undefined && this.isAgreement(old);
    // Memberships change only when an agreement or an implicit mentorship comes or goes.
    let regroup = false;
    if (this.isAgreement(entry)) {
      this.agreements.set(folderPrefix(entry.path), entry);
      regroup = !wasAgreement;
    } else if (wasAgreement) {
      this.agreements.delete(folderPrefix(entry.path));
      regroup = true;
    }
    if (this.notePeople(entry.path, old !== undefined && hasPeople(old), hasPeople(entry))) regroup = true;
    if (regroup) return this.invalidateGroups();
    if (this.stale) return;
    const owner = this.ownerOf(entry.path);
    let g = this.groups.get(owner);
    if (!g) this.groups.set(owner, (g = new Map()));
    g.set(entry.path, entry);
  }

  /**
   * Tracks whether `path` names people; true when a folder thereby gained its first or lost its
   * last such entry, i.e. an implicit mentorship appeared or went (memberships change).
   */
  private notePeople(path: string, before: boolean, after: boolean): boolean {
    if (before === after) return false;
    const home = homePrefix(folderPrefix(path));
    let set = this.peopleHomes.get(home);
    if (after) {
      if (!set) this.peopleHomes.set(home, (set = new Set()));
      set.add(path);
      return set.size === 1;
    }
    set?.delete(path);
    if (set && set.size === 0) {
      this.peopleHomes.delete(home);
      return true;
    }
    return false;
  }

  /** The mentorship of a folder whose entries name their people, when no agreement covers it. */
  private implicitMentorship(home: string): Mentorship | undefined {
    const paths = this.peopleHomes.get(home);
    if (!paths || paths.size === 0 || this.agreementAbove(home)) return undefined;
    // The newest entry that names people says who they are now.
    const named = [...paths].map((p) => this.entries.get(p)!).sort(newestFirst);
    const newest = named[0];
    const mentor = named.find((e) => e.people.mentor)?.people.mentor ?? null;
    const mentee = named.find((e) => e.people.mentee)?.people.mentee ?? null;
    const started = named.reduce<string | null>((d, e) => (e.date && (d === null || e.date < d) ? e.date : d), null);
    const agreement: AgreementInfo = { mentor, mentee, cadence: null, channel: null, started, ends: null, focus: [], recurring: [] };
    return { id: home === '' ? '.' : home.slice(0, -1), prefix: home, agreementPath: newest.path, agreement, title: titleOf(agreement, home) };
  }

  private agreementAbove(folder: string): boolean {
    for (let f = folder; ; ) {
      if (this.agreements.has(f)) return true;
      if (f === '') return false;
      const cut = f.lastIndexOf('/', f.length - 2);
      f = cut < 0 ? '' : f.slice(0, cut + 1);
    }
  }

  private isAgreement(e: Entry): boolean {
    return e.type === 'agreement' && e.path.endsWith(AGREEMENT_FILE) && (e.path === AGREEMENT_FILE || e.path.endsWith('/' + AGREEMENT_FILE));
  }

  private invalidateGroups(): void {
    if (this.changes) this.changes.regrouped = true;
    this.stale = true;
    this.folderOwner.clear();
    this.groups.clear();
  }

  /** Recomputes every entry's mentorship, once after agreements came or went. */
  private freshGroups(): Map<string | null, Map<string, Entry>> {
    if (!this.stale) return this.groups;
    this.stale = false;
    for (const e of this.entries.values()) {
      const owner = this.ownerOf(e.path);
      let g = this.groups.get(owner);
      if (!g) this.groups.set(owner, (g = new Map()));
      g.set(e.path, e);
    }
    return this.groups;
  }

  private ownerOf(path: string): string | null {
    const folder = folderPrefix(path);
    const cached = this.folderOwner.get(folder);
    if (cached !== undefined) return cached;
    let owner: string | null = null;
    let f = folder;
    for (;;) {
      if (this.agreements.has(f)) {
        owner = f === '' ? '.' : f.slice(0, -1);
        break;
      }
      if (f === '') break;
      const cut = f.lastIndexOf('/', f.length - 2);
      f = cut < 0 ? '' : f.slice(0, cut + 1);
    }
    if (owner === null && this.peopleHomes.size) {
      // No agreement above: the nearest folder whose entries name their people, if any.
      for (let h = homePrefix(folder); ; ) {
        if (this.peopleHomes.has(h)) {
          owner = h === '' ? '.' : h.slice(0, -1);
          break;
        }
        if (h === '') break;
        const cut = h.lastIndexOf('/', h.length - 2);
        h = cut < 0 ? '' : h.slice(0, cut + 1);
      }
    }
    this.folderOwner.set(folder, owner);
    return owner;
  }
}

/** The index seen through the privacy rule: every query leaves out private entries. */
class SharedJournal implements SharedView {
  readonly isShared = true;
  constructor(private readonly index: JournalIndex) {}

  get(path: string): Entry | undefined {
    const e = this.index.get(path);
    return e && !e.isPrivate ? e : undefined;
  }
  all(): Entry[] {
    return this.index.all().filter(isShared);
  }
  mentorships(): Mentorship[] {
    return this.index.mentorships().filter((m) => this.get(m.agreementPath) !== undefined);
  }
  mentorship(id: string): Mentorship | undefined {
    const m = this.index.mentorship(id);
    return m && this.get(m.agreementPath) ? m : undefined;
  }
  findMentorship(idOrHandle: string): Mentorship | undefined {
    const m = this.index.findMentorship(idOrHandle);
    return m && this.get(m.agreementPath) ? m : undefined;
  }
  mentorshipIdOf(path: string): string | null {
    return this.get(path) ? this.index.mentorshipIdOf(path) : null;
  }
  entriesOf(mentorshipId: string | null): Entry[] {
    return this.index.entriesOf(mentorshipId).filter(isShared);
  }
  sessions(mentorshipId: string | null): Entry[] {
    return this.index.sessions(mentorshipId).filter(isShared);
  }
  goals(mentorshipId: string | null): GoalView[] {
    return this.index.goals(mentorshipId).filter((g) => !g.entry.isPrivate);
  }
  items(mentorshipId?: string | null): ItemRef[] {
    return this.index.items(mentorshipId).filter((r) => !r.entry.isPrivate);
  }
}

function isShared(e: Entry): boolean {
  return !e.isPrivate;
}

/** `a/b/c.md` → `a/b/`; `c.md` → ``. */
export function folderPrefix(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function toMentorship(e: Entry): Mentorship {
  const prefix = folderPrefix(e.path);
  const a = e.agreement!;
  return { id: prefix === '' ? '.' : prefix.slice(0, -1), prefix, agreementPath: e.path, agreement: a, title: titleOf(a, prefix) };
}

function titleOf(a: AgreementInfo, prefix: string): string {
  const mentee = a.mentee ? nameOf(a.mentee) : null;
  const mentor = a.mentor ? nameOf(a.mentor) : null;
  return mentee && mentor ? `${mentee} ← ${mentor}` : mentee ?? mentor ?? (prefix || 'Mentorship');
}

/** How a person is called in a title: their name, else `@handle`. */
function nameOf(p: Person): string {
  return p.name ?? formatPerson(p);
}

function hasPeople(e: Entry): boolean {
  return e.type !== 'agreement' && (e.people.mentor !== null || e.people.mentee !== null);
}

/** The folder a mentorship lives in: `a/sessions/` → `a/`; entries sit in its typed subfolders. */
function homePrefix(folder: string): string {
  return folder.replace(/(?:^|\/)(?:sessions|goals|notes|private)\/$/, (m) => (m.startsWith('/') ? '/' : ''));
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first by date, then by path descending so `2026-10-07-2.md` precedes `2026-10-07.md`. */
export function newestFirst(a: Entry, b: Entry): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return compareStrings(sessionOrderKey(b.path), sessionOrderKey(a.path));
}

/**
 * `list` sorted as `newestFirst` sorts its entries, computing each entry's order key once (a large
 * journal's timeline sorts thousands of entries; the comparison's key takes two regular expressions).
 */
export function sortNewestFirst<T>(list: readonly T[], entryOf: (t: T) => Entry, tie?: (a: T, b: T) => number): T[] {
  const keyed = list.map((t) => {
    const e = entryOf(t);
    return { t, date: e.date ?? '', key: sessionOrderKey(e.path) };
  });
  keyed.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : compareStrings(b.key, a.key) || (tie ? tie(a.t, b.t) : 0)));
  return keyed.map((k) => k.t);
}

/** `2026-10-07.md` sorts before `2026-10-07-2.md`, and `-2` before `-10`. */
function sessionOrderKey(path: string): string {
  const m = /-(\d+)\.md$/.exec(path);
  const base = path.replace(/(?:-(\d+))?\.md$/, '');
  const n = m && /\d{4}-\d{2}-\d{2}-\d+\.md$/.test(path) ? Number(m[1]) : 1;
  return `${m && n > 1 ? path.slice(0, path.length - m[0].length) : base}\u0000${String(n).padStart(6, '0')}`;
}
