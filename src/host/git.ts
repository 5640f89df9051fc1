// The built-in Git extension's API (git.d.ts, version 1), the one way the extension asks git
// anything: nothing is spawned, and without git (no repository, the Git extension disabled, VS
// Code for the Web on a virtual folder) each question gets a sentence saying why instead.
import * as vscode from 'vscode';

/** The part of the Git extension's API (git.d.ts, version 1) used here. */
export interface GitCommit {
  hash: string;
  message: string;
  parents: string[];
  authorName?: string;
  authorEmail?: string;
  authorDate?: Date;
  commitDate?: Date;
}
export interface GitChange {
  uri: vscode.Uri;
}
export interface GitRepository {
  rootUri: vscode.Uri;
  log(options?: { maxEntries?: number; path?: string }): Promise<GitCommit[]>;
  diffBetween(ref1: string, ref2: string): Promise<GitChange[]>;
  /** `git show <ref>:<path>` as text (`:1:`, `:2:`, `:3:` are a conflicted file's base, ours and theirs). */
  show(ref: string, path: string): Promise<string>;
}
export interface GitApi {
  state?: 'uninitialized' | 'initialized';
  onDidChangeState?: vscode.Event<'uninitialized' | 'initialized'>;
  repositories: GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

/** The repository `uri` is in, or why there is none. */
export async function repositoryOf(uri: vscode.Uri): Promise<GitRepository | string> {
  const api = await gitApi();
  if (typeof api === 'string') return api;
  return api.getRepository(uri) ?? (await api.openRepository?.(uri).catch(() => null)) ?? 'this folder is not in a git repository';
}

/** The three versions of a file git left conflicted: `base` is '' when both sides added it. */
export type MergeSides = { base: string; ours: string; theirs: string } | { reason: string };

/** The base, ours and theirs of `file` in the merge (or rebase, cherry-pick) git is in the middle of. */
export async function mergeSides(file: vscode.Uri): Promise<MergeSides> {
  const repo = await repositoryOf(file);
  if (typeof repo === 'string') return { reason: repo };
  let ours: string, theirs: string;
  try {
    [ours, theirs] = await Promise.all([repo.show(':2', file.fsPath), repo.show(':3', file.fsPath)]);
  } catch {
    return { reason: 'git has no two sides of it: the merge that left these markers is no longer in progress' };
  }
  const base = await repo.show(':1', file.fsPath).catch(() => '');
  return { base, ours, theirs };
}

/** The Git extension's API, or why there is none. */
export async function gitApi(): Promise<GitApi | string> {
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
