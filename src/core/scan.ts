// Reading a journal into its index: the first scan and every later single-file update follow
// the same rules. What cannot be read (a folder without permission, a name that is not valid
// text, nesting too deep, a file that vanished, a symbolic link on the way) is skipped with one
// problem each, recorded in the index as a diagnostic, and the rest is read: one odd folder never
// stops the journal from loading. A file whose bytes are not UTF-8 text (decode.ts) is one such
// problem too: reported by name, never indexed as garbage.
import { UndecodableFile } from './decode';
import type { JournalIndex } from './journalIndex';
import { isIgnoredFolder, isJournalFile, type JournalFs } from './journalFs';
import type { Diagnostic } from './model';

export interface ScanProblem {
  path: string;
  message: string;
  /** A folder that could not be listed: a warning (it may hold no entries). A file is an error: an entry is missing. */
  folder?: boolean;
  /** The diagnostic's code: `unreadable`, or for files that are not text `encoding` / `binary`. */
  code?: string;
}

/** Folders deeper than this below the root are not read (a journal is a few levels deep). */
export const MAX_DEPTH = 32;

/**
 * How a scan shares the thread (the extension host must never be blocked for long): `pause` is
 * asked after every file and folder and returns a promise when the caller wants the scan to wait
 * (e.g. one turn of the event loop after 20 ms of work), nothing otherwise. The clock stays with
 * the caller. `progress` hears how many files are read of how many.
 */
export interface ScanOptions {
  /** Files read at once when the file system has no synchronous read (default 16). */
  concurrency?: number;
  pause?: () => Promise<void> | undefined;
  progress?: (done: number, total: number) => void;
}

/** Every journal file under `folder`, relative, in no particular order; unreadable folders go to `problems`. */
export async function listJournalFiles(fs: JournalFs, folder = '', problems: ScanProblem[] = [], pause?: ScanOptions['pause']): Promise<string[]> {
  const out: string[] = [];
  const pending: [string, number][] = [[folder, folder === '' ? 0 : folder.split('/').length]];
  while (pending.length) {
    const wait = pause?.();
    if (wait) await wait;
    const [dir, depth] = pending.pop()!;
    let children: [string, 'file' | 'directory'][];
    try {
      children = await fs.readDirectory(dir);
    } catch (e) {
      problems.push({ path: dir, folder: true, message: `could not read this folder (${reason(e)}); skipped` });
      continue;
    }
    for (const [name, kind] of children) {
      const path = dir === '' ? name : `${dir}/${name}`;
      if (kind === 'directory') {
        if (isIgnoredFolder(name)) continue;
        if (depth + 1 > MAX_DEPTH) problems.push({ path, folder: true, message: `folders nested more than ${MAX_DEPTH} deep are not read; skipped` });
        else pending.push([path, depth + 1]);
      } else if (isJournalFile(name)) {
        out.push(path);
      }
    }
  }
  return out;
}

/** Reads every journal file into `index` (which should be empty); returns what it skipped, also recorded in the index. */
export async function scanJournal(fs: JournalFs, index: JournalIndex, options: ScanOptions = {}): Promise<ScanProblem[]> {
  const problems: ScanProblem[] = [];
  const files = await listJournalFiles(fs, '', problems, options.pause);
  files.sort();
  problems.push(...(await readFiles(fs, index, files, options)));
  for (const p of problems) index.setProblem(p.path, problemDiagnostic(p));
  return problems;
}

/** Reads `files` into `index`; returns those it could not read (not yet recorded in the index). */
export async function readFiles(fs: JournalFs, index: JournalIndex, files: readonly string[], options: ScanOptions = {}): Promise<ScanProblem[]> {
  const { concurrency = 16, pause, progress } = options;
  const problems: ScanProblem[] = [];
  let done = 0;
  if (fs.readFileNow) {
    for (const path of files) {
      try {
        index.set(path, fs.readFileNow(path));
      } catch (e) {
        problems.push(notRead(path, e));
      }
      const wait = pause?.();
      if (wait) {
        progress?.(++done, files.length);
        await wait;
      } else done++;
    }
  } else {
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const path = files[next++];
        try {
          index.set(path, await fs.readFile(path));
        } catch (e) {
          problems.push(notRead(path, e));
        }
        done++;
        const wait = pause?.();
        if (wait) {
          progress?.(done, files.length);
          await wait;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  }
  return problems;
}

/**
 * Reads one file into the index after a change (the file-system watcher), under the scan's
 * rules: a path with a symbolic link on the way is not read (a `git pull` can bring one that
 * points outside the journal), a file that is gone leaves the index, an unreadable one is a
 * problem. `checked` remembers folders already found to be real, across one batch of changes.
 */
export async function readOne(fs: JournalFs, index: JournalIndex, path: string, checked = new Set<string>()): Promise<void> {
  const link = await linkOnTheWay(fs, path, checked);
  if (link !== null) {
    index.remove(path);
    return;
  }
  let text: string;
  try {
    text = await fs.readFile(path);
  } catch (e) {
    if (isGone(e)) index.remove(path);
    else index.setProblem(path, problemDiagnostic(notRead(path, e)));
    return;
  }
  index.set(path, text);
}

/** The journal files under a folder that appeared (a `git pull`, an unzip), read under the scan's rules. */
export async function readFolder(fs: JournalFs, index: JournalIndex, folder: string, checked = new Set<string>()): Promise<void> {
  if ((await linkOnTheWay(fs, folder, checked)) !== null) return;
  const problems: ScanProblem[] = [];
  const files = await listJournalFiles(fs, folder, problems);
  for (const p of problems) index.setProblem(p.path, problemDiagnostic(p));
  for (const file of files) await readOne(fs, index, file, checked);
}

/** The first segment of `path` (itself included) that is a symbolic link, or null. */
export async function linkOnTheWay(fs: JournalFs, path: string, checked = new Set<string>()): Promise<string | null> {
  if (!fs.isLink) return null;
  const segments = path.split('/');
  for (let i = 1; i <= segments.length; i++) {
    const prefix = segments.slice(0, i).join('/');
    if (checked.has(prefix)) continue;
    if (await fs.isLink(prefix)) return prefix;
    // Only folders are remembered: the file itself is checked every time.
    if (i < segments.length) checked.add(prefix);
  }
  return null;
}

/** Why the file at `path` has no entry: its bytes are not text, or it could not be read at all. */
function notRead(path: string, e: unknown): ScanProblem {
  if (e instanceof UndecodableFile) return { path, message: e.reason, code: e.problem === 'binary' ? 'binary' : 'encoding' };
  return { path, message: `could not read this file (${reason(e)})` };
}

/** The diagnostic that stands for something that could not be read. */
export function problemDiagnostic(p: ScanProblem): Diagnostic {
  return { file: p.path, line: 1, severity: p.folder ? 'warning' : 'error', code: p.code ?? 'unreadable', message: p.message };
}

function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

function isGone(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  return code === 'ENOENT' || code === 'FileNotFound' || name === 'EntryNotFound (FileSystemError)' || (typeof name === 'string' && name.includes('EntryNotFound'));
}
