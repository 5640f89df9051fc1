// Who changed what in a journal folder since a day, from git history through the built-in Git
// extension's API (repository.log and diffBetween): nothing is spawned, and without git (no
// repository, the Git extension disabled, VS Code for the Web on a virtual folder) it says so
// instead of failing, so the caller can fall back on what the files themselves say.
import * as vscode from 'vscode';
import { repositoryOf, type GitChange, type GitCommit, type GitRepository } from './git';
import type { IsoDate } from '../core/model';
import { localToday } from '../core/dates';

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
  const repo = await repositoryOf(folder);
  if (typeof repo === 'string') return { available: false, reason: repo };
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
