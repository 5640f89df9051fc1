// Every journal in the window: one per workspace folder that holds the journal root folder.
// Activation creates this store and nothing more; the index builds in the background on first
// use, then follows a file-system watcher limited to the journal roots, coalescing bursts (a
// branch switch touching thousands of files becomes one rescan). All reading happens here, under
// one set of rules (core/scan.ts): the root must be a real folder inside its workspace folder,
// links are never followed, what cannot be read is reported and skipped. The texts of entries
// are cached here too, once per version of a file (`texts`).
import * as vscode from 'vscode';
import { JournalIndex, type Mentorship } from '../core/journalIndex';
import type { Diagnostic } from '../core/model';
import { isIgnoredFolder, type JournalFs } from '../core/journalFs';
import { checkEntryInIndex } from '../core/checks';
import { readFolder, readOne, scanJournal } from '../core/scan';
import { Disposable } from './dispose';
import { EntryTexts } from './entryTexts';
import { readSettings, rootSegments } from './settings';
import { slicer } from './slices';
import { WorkspaceJournalFs } from './workspaceJournalFs';

/**
 * A faster reader for some roots (the Node extension host reads file: URIs with Node's fs), or
 * undefined where only workspace.fs works. Chosen by the composition root: the web build has none.
 */
export type LocalFs = (root: vscode.Uri) => JournalFs | undefined;

/** What one change event says changed, so listeners can do work the size of the change. */
export interface StoreChange {
  /** Everything may have changed: a build, a rescan, a reset. */
  readonly all: boolean;
  /** Per journal (when not `all`): the paths re-read, and whether mentorships came or went. */
  readonly journals: ReadonlyMap<Journal, { readonly paths: ReadonlySet<string>; readonly regrouped: boolean }>;
}

/**
 * Changes within this many milliseconds are applied together. VS Code delivers a burst of watcher
 * events in chunks up to ~200 ms apart, so a shorter wait would split one branch switch in two.
 */
const COALESCE_MS = 350;
/** A burst larger than this is cheaper to rescan than to apply file by file. */
const RESCAN_THRESHOLD = 300;

export class Journal {
  /** Replaced whole after a rescan, so queries never see a half-built index. */
  index = new JournalIndex();
  /** `node` when read with Node's fs (the local-disk fast path), else `workspace` (workspace.fs). */
  readonly fsKind: 'node' | 'workspace';
  readonly fs: JournalFs;
  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly root: vscode.Uri,
    localFs?: LocalFs,
  ) {
    const local = localFs?.(root);
    this.fs = local ?? new WorkspaceJournalFs(root);
    this.fsKind = local ? 'node' : 'workspace';
  }

  /** The journal-relative path of `uri`, or undefined when it is outside this journal. */
  pathOf(uri: vscode.Uri): string | undefined {
    const root = this.root.path.endsWith('/') ? this.root.path : this.root.path + '/';
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority || !uri.path.startsWith(root)) return undefined;
    return uri.path.slice(root.length);
  }

  uri(path: string): vscode.Uri {
    return path === '' ? this.root : vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  /** A label for this journal in multi-root windows (the workspace folder's name). */
  get label(): string {
    return this.folder.name;
  }
}

/** A mentorship together with the journal it lives in (unique across a multi-root window). */
export interface MentorshipRef {
  journal: Journal;
  mentorship: Mentorship;
  /** `folder-name` + `/` + mentorship id: stable across reloads, used in pickers and state. */
  key: string;
}

export class JournalStore extends Disposable {
  private journals: Journal[] = [];
  private building: Promise<void> | undefined;
  /** True once the latest build has finished (false again while a reset rebuilds). */
  private built = false;
  private readonly changed = this._register(new vscode.EventEmitter<StoreChange>());
  /** Fires once per applied batch of changes (after the index is up to date), saying what changed. */
  readonly onDidChange = this.changed.event;
  private readonly started = this._register(new vscode.EventEmitter<Promise<void>>());
  /** Fires when a build starts, with the promise of its end (views show progress meanwhile). */
  readonly onDidStartBuild = this.started.event;
  private readonly progressed = this._register(new vscode.EventEmitter<void>());
  /** Fires now and then while a build reads files (see `progress`). */
  readonly onDidProgress = this.progressed.event;
  /** Files read so far, of those found, while a build runs. */
  progress: { done: number; total: number } | undefined;
  private watchers: vscode.Disposable[] = [];
  private pending = new Map<Journal, Set<string>>();
  private rescanNeeded = new Set<Journal>();
  private deletedFolders: { journal: Journal; path: string }[] = [];
  private createdFolders: { journal: Journal; path: string }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Bumped by every build: a build that is no longer the latest throws its result away. */
  private buildGeneration = 0;
  private readonly log: vscode.OutputChannel;
  /** The one cache of entry texts (rendering, search, summaries, agenda comparisons). */
  readonly texts = new EntryTexts();
  /** Roots refused (setting outside the folder, or a symbolic link), by folder: said once. */
  private readonly refusedRoots = new Map<string, string>();
  /** Values derived from one mentorship's entries, by mentorship key, then name (see `derived`). */
  private readonly memos = new Map<string, Map<string, unknown>>();

  constructor(
    log: vscode.OutputChannel,
    private readonly localFs?: LocalFs,
  ) {
    super();
    this.log = log;
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reset()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mentorship.root')) this.reset();
      }),
    );
    this._register({ dispose: () => this.disposeWatchers() });
  }

  /** Resolves when every journal is indexed; starts the build on first call. */
  ready(): Promise<void> {
    if (!this.building) this.start();
    return this.settled();
  }

  /** Whether the journals are indexed (queries answer from a complete index). */
  get isReady(): boolean {
    return this.built;
  }

  /** Waits for the latest build, also when a reset replaced the one that was running. */
  private async settled(): Promise<void> {
    for (;;) {
      const current = this.building;
      await current;
      if (current === this.building) return;
    }
  }

  /** The journals found (after `ready()`). */
  all(): readonly Journal[] {
    return this.journals;
  }

  /** Every mentorship in every journal, in folder then id order. */
  mentorships(): MentorshipRef[] {
    return this.journals.flatMap((journal) =>
      journal.index.mentorships().map((mentorship) => ({ journal, mentorship, key: mentorshipKey(journal, mentorship.id) })),
    );
  }

  /** The journal that contains `uri`, with the path inside it. */
  locate(uri: vscode.Uri): { journal: Journal; path: string } | undefined {
    for (const journal of this.journals) {
      const path = journal.pathOf(uri);
      if (path !== undefined) return { journal, path };
    }
    return undefined;
  }

  /** The problems of one file in the context of its journal. */
  diagnosticsOf(journal: Journal, path: string): Diagnostic[] {
    const entry = journal.index.get(path);
    if (entry) return checkEntryInIndex(journal.index, entry);
    const problem = journal.index.problem(path);
    return problem ? [problem] : [];
  }

  /**
   * The keys of the mentorships a change touched (`mentorshipKey`), or undefined when anything
   * may have changed (a build, a rescan, mentorships that came or went).
   */
  touched(change: StoreChange): Set<string> | undefined {
    if (change.all) return undefined;
    const keys = new Set<string>();
    for (const [journal, { paths, regrouped }] of change.journals) {
      if (regrouped) return undefined;
      for (const path of paths) keys.add(mentorshipKey(journal, journal.index.mentorshipIdOf(path)));
    }
    return keys;
  }

  /**
   * A value computed from the entries of one mentorship (`key` from `mentorshipKey`), kept until
   * a change touches that mentorship: views ask for the same open items, sessions and counts
   * many times, and a change elsewhere in a large journal must not make them compute it again.
   * `name` says what it is (and anything else it depends on, e.g. the day).
   */
  derived<T>(key: string, name: string, compute: () => T): T {
    let memo = this.memos.get(key);
    if (!memo) this.memos.set(key, (memo = new Map()));
    if (memo.has(name)) return memo.get(name) as T;
    const value = compute();
    memo.set(name, value);
    return value;
  }

  /** Forgets derived values a change may have made stale: before listeners hear of it. */
  private forget(change: StoreChange): void {
    const keys = this.touched(change);
    if (!keys) this.memos.clear();
    else for (const key of keys) this.memos.delete(key);
  }

  private fire(change: StoreChange): void {
    this.forget(change);
    this.changed.fire(change);
  }

  /** Re-reads one file now (after our own write), without waiting for the watcher. */
  reread(uri: vscode.Uri): Promise<void> {
    return this.serially(async () => {
      const hit = this.locate(uri);
      if (!hit) return;
      await readOne(hit.journal.fs, hit.journal.index, hit.path);
      this.fireChanges([hit.journal], false);
    });
  }

  /**
   * Runs index updates one at a time: a change noticed while a rescan runs must land in the
   * index that rescan swaps in, not in the one it replaces.
   */
  private serially(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Drops everything and rebuilds (workspace folders or the root setting changed, or Refresh). */
  reset(): Promise<void> {
    this.disposeWatchers();
    this.journals = [];
    this.memos.clear();
    this.start();
    return this.building!;
  }

  private start(): void {
    this.built = false;
    const generation = ++this.buildGeneration;
    const building = this.build(generation);
    this.building = building;
    this.started.fire(building);
  }

  private async build(generation: number): Promise<void> {
    const started = Date.now();
    const journals: Journal[] = [];
    const watchers: vscode.Disposable[] = [];
    let lastProgress = 0;
    const progress = (done: number, total: number) => {
      this.progress = { done, total };
      if (Date.now() - lastProgress < 250) return;
      lastProgress = Date.now();
      this.progressed.fire();
    };
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = await this.rootOf(folder);
      if (!uri) continue;
      const journal = new Journal(folder, uri, this.localFs);
      // Watch even when the folder does not exist yet: Initialize or a git pull may create it.
      watchers.push(...this.watch(journal));
      if (await isDirectory(uri)) {
        const problems = await scanJournal(journal.fs, journal.index, { pause: slicer(), progress });
        for (const p of problems) this.log.appendLine(`Skipped ${p.path}: ${p.message}`);
      }
      journal.index.trackChanges();
      journals.push(journal);
    }
    this.progress = undefined;
    if (generation !== this.buildGeneration) {
      // A reset (folders or the root setting changed) started a newer build: this one is stale.
      for (const w of watchers) w.dispose();
      return;
    }
    this.watchers.push(...watchers);
    this.journals = journals;
    this.built = true;
    const entries = journals.reduce((n, j) => n + j.index.size, 0);
    const how = [...new Set(journals.map((j) => (j.fsKind === 'node' ? "Node's fs" : 'workspace.fs')))].join(' and ') || 'nothing to read';
    this.log.appendLine(`Indexed ${entries} entries in ${journals.length} folder(s) in ${Date.now() - started} ms (${how})`);
    void vscode.commands.executeCommand('setContext', 'mentorship.hasJournal', journals.some((j) => j.index.mentorships().length > 0));
    this.fire({ all: true, journals: new Map() });
  }

  /** Fires one change event for what the indexes of `journals` recorded since the last one. */
  private fireChanges(journals: Iterable<Journal>, all: boolean): void {
    const changes = new Map<Journal, { paths: ReadonlySet<string>; regrouped: boolean }>();
    for (const journal of journals) {
      const c = journal.index.takeChanges();
      if (c.paths.size || c.regrouped) changes.set(journal, c);
    }
    if (!all && changes.size === 0) return;
    this.fire({ all, journals: changes });
  }

  /**
   * The journal root of a workspace folder: the `mentorship.root` setting, which must name a
   * folder inside it (a repository's own settings could say `../elsewhere`) with no symbolic
   * link on the way. Otherwise the folder gets no journal, and the user is told why once.
   */
  private async rootOf(folder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
    const { root } = readSettings(folder);
    const segments = rootSegments(root);
    let refused: string | undefined;
    if (typeof segments === 'string') {
      refused = `the setting mentorship.root (${JSON.stringify(root)}) ${segments}`;
    } else {
      for (let i = 1; i <= segments.length && !refused; i++) {
        const uri = vscode.Uri.joinPath(folder.uri, ...segments.slice(0, i));
        try {
          if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) refused = `the journal folder ${segments.slice(0, i).join('/')} is a symbolic link, which could lead outside the workspace`;
        } catch {
          break; // Does not exist (yet): Initialize creates a real folder.
        }
      }
      if (!refused) return segments.length ? vscode.Uri.joinPath(folder.uri, ...segments) : folder.uri;
    }
    const message = `Mentorship: ${refused}; the journal in "${folder.name}" is not read.`;
    if (this.refusedRoots.get(folder.uri.toString()) !== message) {
      this.refusedRoots.set(folder.uri.toString(), message);
      this.log.appendLine(message);
      void vscode.window.showWarningMessage(message);
    }
    return undefined;
  }

  private watch(journal: Journal): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(journal.root, '**/*.md'));
    const note = (uri: vscode.Uri) => {
      const path = journal.pathOf(uri);
      if (path === undefined || path.split('/').some((s) => s.startsWith('.') || s === 'node_modules')) return;
      let set = this.pending.get(journal);
      if (!set) this.pending.set(journal, (set = new Set()));
      set.add(path);
      if (set.size > RESCAN_THRESHOLD) this.rescanNeeded.add(journal);
      this.schedule();
    };
    watcher.onDidCreate(note);
    watcher.onDidChange(note);
    watcher.onDidDelete(note);
    // A created or deleted folder arrives as one event for the folder (its files get none):
    // read everything under a new one, forget everything under a deleted one.
    const folderWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(journal.root, '**/'), false, true, false);
    folderWatcher.onDidCreate((uri) => {
      const path = journal.pathOf(uri);
      if (path === undefined || path === '' || path.toLowerCase().endsWith('.md') || path.split('/').some(isIgnoredFolder)) return;
      this.createdFolders.push({ journal, path });
      this.schedule();
    });
    folderWatcher.onDidDelete((uri) => {
      const path = journal.pathOf(uri);
      if (path === undefined || path.toLowerCase().endsWith('.md')) return;
      this.deletedFolders.push({ journal, path });
      this.schedule();
    });
    return [watcher, folderWatcher];
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.serially(() => this.flush()), COALESCE_MS);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const pending = this.pending;
    const rescans = this.rescanNeeded;
    const folders = this.deletedFolders;
    const created = this.createdFolders;
    this.pending = new Map();
    this.rescanNeeded = new Set();
    this.deletedFolders = [];
    this.createdFolders = [];
    await this.building;
    // Folders found real (no symbolic link) during this batch, per journal.
    const checked = new Map<Journal, Set<string>>();
    const real = (j: Journal) => checked.get(j) ?? checked.set(j, new Set()).get(j)!;
    for (const { journal, path } of folders) if (!rescans.has(journal)) journal.index.removeFolder(path);
    for (const { journal, path } of created) {
      if (!rescans.has(journal)) await readFolder(journal.fs, journal.index, path, real(journal));
    }
    for (const [journal, paths] of pending) {
      if (rescans.has(journal)) continue;
      for (const path of paths) await readOne(journal.fs, journal.index, path, real(journal));
    }
    for (const journal of rescans) {
      // Built aside and swapped in: until then queries keep answering from the old index.
      const fresh = new JournalIndex();
      if (await isDirectory(journal.root)) await scanJournal(journal.fs, fresh, { pause: slicer() });
      fresh.trackChanges();
      journal.index = fresh;
    }
    if (pending.size || rescans.size || folders.length || created.length) {
      void vscode.commands.executeCommand('setContext', 'mentorship.hasJournal', this.journals.some((j) => j.index.mentorships().length > 0));
      this.fireChanges(this.journals, rescans.size > 0);
    }
  }

  private disposeWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }
}

/** `folder-name` + `/` + mentorship id (`.`, `alex`; empty for entries under no mentorship): unique in a window. */
export function mentorshipKey(journal: Journal, id: string | null): string {
  return `${journal.folder.name}/${id ?? ''}`;
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}
