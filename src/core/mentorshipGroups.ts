// Reading a journal one mentorship at a time (the CLI): an entry belongs to the agreement in its
// nearest ancestor folder, so once the agreements are known every file's group is known from its
// path alone, and each group can be read, used and dropped before the next. Memory then holds one
// mentorship instead of the whole journal, and `--mentorship` reads only that mentorship's folder.
//
// Each group's index answers exactly as the whole journal's index would for that group's entries:
// the group holds every entry of its mentorship and the agreement itself, nothing that could be
// nearer. Files under no agreement form one group (their implicit mentorships, from sessions that
// name their people, are worked out among them). One layout breaks this (an agreement inside a
// `sessions/`, `goals/`, `notes/` or `private/` folder, whose entries' home is the folder above);
// then `planGroups` says so and the caller reads the whole journal.
import { JournalIndex } from './journalIndex';
import type { JournalFs } from './journalFs';
import { listJournalFiles, problemDiagnostic, readFiles, type ScanOptions, type ScanProblem } from './scan';

const AGREEMENT_FILE = 'mentorship.md';
const TYPED_FOLDER = /(?:^|\/)(?:sessions|goals|notes|private)\/$/;

export interface MentorshipGroup {
  /** The agreement's folder (`` for the root, else `a/b/`), or null for the files under no agreement. */
  prefix: string | null;
  /** Its files in path order (the agreement included). */
  files: string[];
}

export interface GroupPlan {
  /** Agreement groups in prefix order, then the files under no agreement (when there are any). */
  groups: MentorshipGroup[];
  /** The agreements alone, read (to name and find mentorships before reading their groups). */
  agreements: JournalIndex;
  /** Folders that could not be listed (files that cannot be read are found by `readGroup`). */
  problems: ScanProblem[];
  /** Every file, in path order. */
  files: string[];
}

/**
 * Lists the journal under `folder` (`` for all of it) and sorts its files into mentorship groups,
 * reading only the `mentorship.md` files. Null when grouping could differ from the whole index.
 */
export async function planGroups(fs: JournalFs, folder = ''): Promise<GroupPlan | null> {
  const problems: ScanProblem[] = [];
  const files = (await listJournalFiles(fs, folder, problems)).sort();
  // Which `mentorship.md` files really are agreements: read them on their own.
  const probe = new JournalIndex();
  const candidates = files.filter((f) => f === AGREEMENT_FILE || f.endsWith('/' + AGREEMENT_FILE));
  await readFiles(fs, probe, candidates);
  const prefixes = new Set(candidates.filter((f) => probe.get(f)?.type === 'agreement').map((f) => f.slice(0, f.length - AGREEMENT_FILE.length)));
  if ([...prefixes].some((p) => TYPED_FOLDER.test(p))) return null;
  const byPrefix = new Map<string | null, string[]>();
  for (const file of files) {
    const prefix = nearestAgreement(file, prefixes);
    const list = byPrefix.get(prefix);
    if (list) list.push(file);
    else byPrefix.set(prefix, [file]);
  }
  const groups: MentorshipGroup[] = [...prefixes].sort().map((prefix) => ({ prefix, files: byPrefix.get(prefix) ?? [] }));
  const none = byPrefix.get(null);
  if (none) groups.push({ prefix: null, files: none });
  const agreements = new JournalIndex();
  await readFiles(fs, agreements, [...prefixes].map((p) => p + AGREEMENT_FILE));
  return { groups, agreements, problems, files };
}

/** Reads one group into an index of its own (what cannot be read is recorded there, as a scan does). */
export async function readGroup(fs: JournalFs, group: MentorshipGroup, options: ScanOptions = {}): Promise<JournalIndex> {
  const index = new JournalIndex();
  for (const p of await readFiles(fs, index, group.files, options)) index.setProblem(p.path, problemDiagnostic(p));
  return index;
}

/** The mentorship id of an agreement group (`.` for the root), as the index names it. */
export function groupId(group: MentorshipGroup): string | null {
  return group.prefix === null ? null : group.prefix === '' ? '.' : group.prefix.slice(0, -1);
}

/** The folder prefix of the nearest agreement above `file`, or null. */
function nearestAgreement(file: string, prefixes: ReadonlySet<string>): string | null {
  for (let cut = file.lastIndexOf('/'); ; cut = file.lastIndexOf('/', cut - 1)) {
    const prefix = cut < 0 ? '' : file.slice(0, cut + 1);
    if (prefixes.has(prefix)) return prefix;
    if (cut < 0) return null;
  }
}
