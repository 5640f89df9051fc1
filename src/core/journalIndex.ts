// The index over one journal root: every entry by path, grouped by mentorship, kept current one
// file at a time. Any sequence of `set`/`remove` calls leaves it equal to a fresh build of the
// same files (a property the tests check with generated edit sequences).
import type { AgreementInfo, Entry, Item } from './model';
import { parseEntry } from './parseEntry';
import { formatPerson } from './people';

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

export class JournalIndex {
  private readonly entries = new Map<string, Entry>();
  /** Folder prefix (`` or `a/b/`) → agreement entry. */
  private readonly agreements = new Map<string, Entry>();
  /** Mentorship id (null: entries under no agreement) → its entries by path. */
  private readonly groups = new Map<string | null, Map<string, Entry>>();
  /** Folder prefix → mentorship id, memoised; cleared whenever an agreement comes or goes. */
  private readonly folderOwner = new Map<string, string | null>();
  /** Set when an agreement came or went: `groups` is rebuilt on the next query, once. */
  private stale = false;
  private version = 0;

  /** Bumped on every change, so callers can cache what they derive. */
  get generation(): number {
    return this.version;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Parses `text` as the file at `path` (relative, `/`-separated) and replaces what was there. */
  set(path: string, text: string): Entry | null {
    const entry = parseEntry(path, text);
    if (entry) this.put(entry);
    else this.remove(path);
    return entry;
  }

  /** Forgets the file at `path`. */
  remove(path: string): void {
    const old = this.entries.get(path);
    if (!old) return;
    this.version++;
    this.entries.delete(path);
    if (this.isAgreement(old)) {
      this.agreements.delete(folderPrefix(path));
      this.invalidateGroups();
    } else if (!this.stale) {
      this.groups.get(this.ownerOf(path))?.delete(path);
    }
  }

  /** Removes every entry whose path starts with `prefix` (a deleted or renamed folder). */
  removeFolder(prefix: string): void {
    const p = prefix === '' || prefix.endsWith('/') ? prefix : prefix + '/';
    for (const path of [...this.entries.keys()]) if (path.startsWith(p)) this.remove(path);
  }

  clear(): void {
    this.entries.clear();
    this.agreements.clear();
    this.groups.clear();
    this.folderOwner.clear();
    this.stale = false;
    this.version++;
  }

  get(path: string): Entry | undefined {
    return this.entries.get(path);
  }

  /** Every entry, in path order. */
  all(): Entry[] {
    return [...this.entries.values()].sort((a, b) => compareStrings(a.path, b.path));
  }

  mentorships(): Mentorship[] {
    return [...this.agreements.values()]
      .map((e) => toMentorship(e))
      .sort((a, b) => compareStrings(a.id, b.id));
  }

  mentorship(id: string): Mentorship | undefined {
    const e = this.agreements.get(id === '.' ? '' : id + '/');
    return e ? toMentorship(e) : undefined;
  }

  /** Finds a mentorship by id (`.`, `alex`) or by its mentee's handle (with or without `@`). */
  findMentorship(idOrHandle: string): Mentorship | undefined {
    const id = idOrHandle.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
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
    return this.entriesOf(mentorshipId)
      .filter((e) => e.type === 'session')
      .sort(newestFirst);
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
    if (this.isAgreement(entry)) {
      this.agreements.set(folderPrefix(entry.path), entry);
      if (!wasAgreement) return this.invalidateGroups();
    } else if (wasAgreement) {
      this.agreements.delete(folderPrefix(entry.path));
      return this.invalidateGroups();
    }
    if (this.stale) return;
    const owner = this.ownerOf(entry.path);
    let g = this.groups.get(owner);
    if (!g) this.groups.set(owner, (g = new Map()));
    g.set(entry.path, entry);
  }

  private isAgreement(e: Entry): boolean {
    return e.type === 'agreement' && e.path.endsWith(AGREEMENT_FILE) && (e.path === AGREEMENT_FILE || e.path.endsWith('/' + AGREEMENT_FILE));
  }

  private invalidateGroups(): void {
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
    this.folderOwner.set(folder, owner);
    return owner;
  }
}

/** `a/b/c.md` → `a/b/`; `c.md` → ``. */
export function folderPrefix(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function toMentorship(e: Entry): Mentorship {
  const prefix = folderPrefix(e.path);
  const a = e.agreement!;
  const mentee = a.mentee ? formatPerson(a.mentee).replace(/ \(@.*\)$/, '') : null;
  const mentor = a.mentor ? formatPerson(a.mentor).replace(/ \(@.*\)$/, '') : null;
  const title = mentee && mentor ? `${mentee} ← ${mentor}` : mentee ?? mentor ?? (prefix || 'Mentorship');
  return { id: prefix === '' ? '.' : prefix.slice(0, -1), prefix, agreementPath: e.path, agreement: a, title };
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

/** `2026-10-07.md` sorts before `2026-10-07-2.md`, and `-2` before `-10`. */
function sessionOrderKey(path: string): string {
  const m = /-(\d+)\.md$/.exec(path);
  const base = path.replace(/(?:-(\d+))?\.md$/, '');
  const n = m && /\d{4}-\d{2}-\d{2}-\d+\.md$/.test(path) ? Number(m[1]) : 1;
  return `${m && n > 1 ? path.slice(0, path.length - m[0].length) : base}\u0000${String(n).padStart(6, '0')}`;
}
