// Who changed what in a journal folder since a day, from git history through the built-in Git
// extension's API (repository.log and diffBetween): nothing is spawned, and without git (no
// repository, the Git extension disabled, VS Code for the Web on a virtual folder) it says so
// instead of failing, so the caller can fall back on what the files themselves say.
import * as vscode from 'vscode';
import type { IsoDate } from '../core/model';
import { localToday } from '../core/dates';

/** The part of the Git extension's API (git.d.ts, version 1) used here. */
interface GitCommit {
  hash: string;
  message: string;
  parents: string[];
  authorName?: string;
  authorEmail?: string;
  authorDate?: Date;
  commitDate?: Date;
}
interface GitChange {
  uri: vscode.Uri;
}
interface GitRepository {
  rootUri: vscode.Uri;
  log(options?: { maxEntries?: number; path?: string }): Promise<GitCommit[]>;
  diffBetween(ref1: string, ref2: string): Promise<GitChange[]>;
}
interface GitApi {
  state?: 'uninitialized' | 'initialized';
  onDidChangeState?: vscode.Event<'uninitialized' | 'initialized'>;
  repositories: GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

export interface Commit {
  hash: string;
  /** The first line of the message. */
  subject: string;
  author: string;
  /** The day it was made (local time). */
  day: IsoDate;
  /** The files it changed under the folder asked about, relative to that folder (`/`-separated). */
  files: string[];
}

export type History = { available: true; commits: Commit[]; more: boolean } | { available: false; reason: string };

/** Commits read per folder at most (newest first). */
const MAX_COMMITS = 30;

/**
 * The commits that touched `folder` after the day `since` (or all, newest first, when null),
 * with their authors and the files they changed there.
 */
export async function historySince(folder: vscode.Uri, since: IsoDate | null): Promise<History> {
  const api = await gitApi();
  if (typeof api === 'string') return { available: false, reason: api };
  const repo = api.getRepository(folder) ?? (await api.openRepository?.(folder).catch(() => null)) ?? null;
  if (!repo) return { available: false, reason: 'this folder is not in a git repository' };
  try {
    const log = await repo.log({ maxEntries: MAX_COMMITS + 1, path: folder.fsPath });
    const recent = log.filter((c) => {
      const when = c.commitDate ?? c.authorDate;
      return since === null || (when !== undefined && localToday(when) > since);
    });
    const commits: Commit[] = [];
    for (const c of recent.slice(0, MAX_COMMITS)) {
      const when = c.authorDate ?? c.commitDate;
      commits.push({
        hash: c.hash,
        subject: c.message.split('\n', 1)[0].trim(),
        author: c.authorName ?? c.authorEmail ?? 'someone',
        day: when ? localToday(when) : '',
        files: c.parents.length ? await filesOf(repo, c, folder) : [],
      });
    }
    return { available: true, commits, more: recent.length > MAX_COMMITS };
  } catch (e) {
    return { available: false, reason: `git could not read the history (${e instanceof Error ? e.message.split('\n', 1)[0] : String(e)})` };
  }
}

async function filesOf(repo: GitRepository, c: GitCommit, folder: vscode.Uri): Promise<string[]> {
  const prefix = folder.path.endsWith('/') ? folder.path : folder.path + '/';
  const changes = await repo.diffBetween(c.parents[0], c.hash).catch(() => [] as GitChange[]);
  return changes
    .map((ch) => ch.uri.path)
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length))
    .sort();
}

/** The Git extension's API, or why there is none. */
async function gitApi(): Promise<GitApi | string> {
  try {
    const ext = vscode.extensions.getExtension<{ enabled?: boolean; getAPI(version: 1): GitApi }>('vscode.git');
    if (!ext) return 'the Git extension is not available here';
    const exports = ext.isActive ? ext.exports : await ext.activate();
    if (exports.enabled === false) return 'git is disabled (git.enabled)';
    const api = exports.getAPI(1);
    // Right after start-up the extension may still be looking for repositories.
    if (api.state === 'uninitialized' && api.onDidChangeState) {
      await new Promise<void>((resolve) => {
        const done = api.onDidChangeState!((s) => {
          if (s === 'initialized') {
            done.dispose();
            resolve();
          }
        });
        setTimeout(() => {
          done.dispose();
          resolve();
        }, 5000);
      });
    }
    return api;
  } catch (e) {
    return `the Git extension could not be used (${e instanceof Error ? e.message : String(e)})`;
  }
}
