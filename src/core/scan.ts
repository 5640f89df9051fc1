// Builds a JournalIndex from a file system: list every Markdown file under the root, then read
// and index them. Reads run a few at a time so slow (remote, web) file systems overlap.
import { UndecodableFile } from './decode';
import type { JournalIndex } from './journalIndex';
import { isIgnoredFolder, isJournalFile, type JournalFs } from './journalFs';

export interface ScanProblem {
  path: string;
  message: string;
}

/** Every journal file under the root, relative, in no particular order. */
export async function listJournalFiles(fs: JournalFs, folder = ''): Promise<string[]> {
  const out: string[] = [];
  const pending = [folder];
  while (pending.length) {
    const dir = pending.pop()!;
    const children = await fs.readDirectory(dir);
    for (const [name, kind] of children) {
      const path = dir === '' ? name : `${dir}/${name}`;
      if (kind === 'directory') {
        if (!isIgnoredFolder(name)) pending.push(path);
      } else if (isJournalFile(name)) {
        out.push(path);
      }
    }
  }
  return out;
}

/** Reads every journal file into `index` (which should be empty); returns files it could not read. */
export async function scanJournal(fs: JournalFs, index: JournalIndex, concurrency = 16): Promise<ScanProblem[]> {
  const files = await listJournalFiles(fs);
  files.sort();
  const problems: ScanProblem[] = [];
  if (fs.readFileNow) {
    for (const path of files) {
      try {
        index.set(path, fs.readFileNow(path));
      } catch (e) {
        const problem = notRead(index, path, e);
        if (problem) problems.push(problem);
      }
    }
    return problems;
  }
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const problem = await readIntoIndex(fs, index, files[next++]);
      if (problem) problems.push(problem);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return problems;
}

/**
 * Reads one file into `index`: its entry, or, when its bytes are not UTF-8 text, the problem
 * the index keeps for it instead. Returns the failure when the file could not be read at all.
 */
export async function readIntoIndex(fs: JournalFs, index: JournalIndex, path: string): Promise<ScanProblem | null> {
  try {
    index.set(path, await fs.readFile(path));
    return null;
  } catch (e) {
    return notRead(index, path, e);
  }
}

function notRead(index: JournalIndex, path: string, e: unknown): ScanProblem | null {
  if (e instanceof UndecodableFile) {
    index.setProblem(path, { file: path, line: 1, severity: 'error', code: e.problem === 'binary' ? 'binary' : 'encoding', message: e.reason });
    return null;
  }
  return { path, message: e instanceof Error ? e.message : String(e) };
}
