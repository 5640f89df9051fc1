// A clone of the shared repository for the merge simulation: the journal's files (for the write
// paths) and git, run as a person runs it, with the simulated day as the commit date.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JournalIndex } from '../../src/core/journalIndex';
import { isIgnoredFolder, isJournalFile } from '../../src/core/journalFs';
import type { JournalFiles } from './writePaths';

/** The journal's folder inside each clone. */
export const ROOT = 'mentorship';

export class Clone implements JournalFiles {
  private cached: JournalIndex | null = null;
  readonly journal: string;
  /** Files written since the last commit. */
  dirty = false;
  /** The shared head when this clone last synced: the base of its next merge. */
  synced = '';
  /** The simulated day, for commit dates. */
  day = '2026-01-01';

  constructor(readonly name: string, readonly dir: string, private readonly env: NodeJS.ProcessEnv) {
    this.journal = path.join(dir, ROOT);
  }

  read(rel: string): string | undefined {
    try {
      return fs.readFileSync(path.join(this.journal, rel), 'utf8');
    } catch {
      return undefined;
    }
  }

  write(rel: string, text: string): void {
    const file = path.join(this.journal, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    this.cached = null;
    this.dirty = true;
  }

  names(folder: string): string[] {
    try {
      return fs.readdirSync(path.join(this.journal, folder));
    } catch {
      return [];
    }
  }

  index(): JournalIndex {
    if (this.cached) return this.cached;
    this.cached = indexFolder(this.journal);
    return this.cached;
  }

  /** Forgets the index: git changed the files. */
  changed(): void {
    this.cached = null;
  }

  /** Runs git in the clone; throws unless it exits 0 or `allowed` says the status is fine. */
  git(args: string[], allowed: (status: number) => boolean = (s) => s === 0): { status: number; stdout: string; stderr: string } {
    const when = `${this.day}T12:00:00Z`;
    const r = spawnSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...this.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when }, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    const status = r.status ?? -1;
    if (!allowed(status)) throw new Error(`${this.name}: git ${args.join(' ')} exited ${status}: ${r.stderr}`);
    return { status, stdout: r.stdout, stderr: r.stderr };
  }

  /** The commit HEAD is on (read from the ref file, as git writes it; gc is off in the simulation). */
  head(): string {
    const ref = fs.readFileSync(path.join(this.dir, '.git', 'HEAD'), 'utf8').trim().replace(/^ref: /, '');
    const file = path.join(this.dir, '.git', ref);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : this.git(['rev-parse', 'HEAD']).stdout.trim();
  }

  /** Sets `origin/main` to a commit of the other clone (their objects are shared): a fetch. */
  fetched(sha: string): void {
    const file = path.join(this.dir, '.git', 'refs', 'remotes', 'origin', 'main');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, sha + '\n');
    this.synced = sha;
  }

  /** A file at a revision ('' when it is not there). */
  show(rev: string, rel: string): string {
    const r = this.git(['show', `${rev}:${ROOT}/${rel}`], () => true);
    return r.status === 0 ? r.stdout : '';
  }
}

/** The index over every journal file under `root`, as the CLI builds it. */
export function indexFolder(root: string): JournalIndex {
  const index = new JournalIndex();
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory() && !isIgnoredFolder(d.name)) walk(p);
      else if (d.isFile() && isJournalFile(d.name)) index.set(p, fs.readFileSync(path.join(root, p), 'utf8'));
    }
  };
  walk('');
  return index;
}
