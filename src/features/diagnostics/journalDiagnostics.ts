// The journal's problems in the Problems panel: one DiagnosticCollection.
// - Files as the store read them, kept up to date one change at a time (core/checkCache.ts): a
//   changed file is checked again, with the files of its mentorship only when what they are
//   checked against changed (goals, who may own items, follow-ups); only files whose problems
//   changed are sent to the workbench. A whole build is checked mentorship by mentorship,
//   yielding the thread between them.
// - A file with unsaved edits is checked from its buffer as the user types (debounced), so a bad
//   date shows before any save; undone, saved or closed, it shows what the store read again.
// A problem sits on its token (the date, the handle, the goal id) when the check knows where it
// is, else on the whole line.
import * as vscode from 'vscode';
import { CheckCache, mentorshipIds } from '../../core/checkCache';
import { checkText } from '../../core/checks';
import type { Diagnostic, Severity } from '../../core/model';
import { Disposable } from '../../host/dispose';
import type { Journal, JournalStore, StoreChange } from '../../host/journalStore';
import { slicer } from '../../host/slices';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A marker on a whole line (the checks know the line but not the token). */
const LINE_END = 10_000;
/** How long typing must pause before an open file is checked again. */
const TYPING_PAUSE_MS = 250;

export interface ProblemCounts {
  problems: number;
  errors: number;
  warnings: number;
  files: number;
  entries: number;
}

export class JournalDiagnostics extends Disposable {
  readonly collection = this._register(vscode.languages.createDiagnosticCollection('mentorship'));
  private caches = new Map<Journal, CheckCache>();
  /** Changes are applied in order, one at a time. */
  private work: Promise<void> = Promise.resolve();
  /** Open journal documents waiting for typing to pause, by URI. */
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose problems in the panel come from their buffers, by URI. */
  private readonly liveShown = new Set<string>();

  constructor(
    private readonly store: JournalStore,
    private readonly log: vscode.OutputChannel,
  ) {
    super();
    this._register(store.onDidChange((change) => this.enqueue(change)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)));
    this._register({ dispose: () => this.pending.forEach((t) => clearTimeout(t)) });
  }

  /** Waits until every change so far is in the Problems panel; counts what the store's files have. */
  async update(): Promise<ProblemCounts> {
    await this.store.ready();
    await this.work;
    const counts: ProblemCounts = { problems: 0, errors: 0, warnings: 0, files: 0, entries: 0 };
    for (const [journal, cache] of this.caches) {
      counts.entries += journal.index.size;
      for (const [, list] of cache.entries()) {
        counts.files++;
        counts.problems += list.length;
        counts.errors += list.filter((d) => d.severity === 'error').length;
        counts.warnings += list.filter((d) => d.severity === 'warning').length;
      }
    }
    return counts;
  }

  private enqueue(change: StoreChange): void {
    this.work = this.work
      .then(() => this.apply(change))
      .catch((e) => this.log.appendLine(`[diagnostics] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  }

  private async apply(change: StoreChange): Promise<void> {
    const journals = this.store.all();
    if (change.all || journals.some((j) => !this.caches.has(j))) return this.rebuild(journals);
    const sent = new Set<string>();
    for (const [journal, changes] of change.journals) {
      const cache = this.caches.get(journal);
      if (!cache) continue;
      for (const file of cache.update(journal.index, changes)) {
        this.sendFile(journal, file);
        sent.add(journal.uri(file).toString());
      }
    }
    // A buffer shown from its text is checked against what the store now knows (a goal just
    // created, a person just added), or, saved meanwhile, shows what the store read: few files.
    for (const key of [...this.liveShown]) {
      if (sent.has(key)) continue;
      const hit = this.store.locate(vscode.Uri.parse(key));
      if (hit) this.sendFile(hit.journal, hit.path);
      else this.liveShown.delete(key);
    }
  }

  /** Checks every journal again, a mentorship at a time; then replaces the panel's contents. */
  private async rebuild(journals: readonly Journal[]): Promise<void> {
    const pause = slicer();
    const caches = new Map<Journal, CheckCache>();
    for (const journal of journals) {
      const cache = new CheckCache();
      for (const id of mentorshipIds(journal.index)) {
        cache.checkMentorship(journal.index, id);
        const wait = pause();
        if (wait) await wait;
      }
      cache.checkUnreadable(journal.index);
      caches.set(journal, cache);
    }
    this.caches = caches;
    const all: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const [journal, cache] of caches) {
      for (const [file, list] of cache.entries()) {
        const uri = journal.uri(file);
        if (!this.liveDocument(uri)) all.push([uri, list.map(toVsDiagnostic)]);
      }
    }
    this.collection.clear();
    this.liveShown.clear();
    this.collection.set(all);
    // Files being edited show their buffers' problems.
    for (const doc of vscode.workspace.textDocuments) if (this.live(doc)) this.sendLive(doc);
  }

  /** The problems of one file: its buffer's while it has unsaved edits, else what the store read. */
  private sendFile(journal: Journal, file: string): void {
    const uri = journal.uri(file);
    const doc = this.liveDocument(uri);
    if (doc) return this.sendLive(doc);
    this.liveShown.delete(uri.toString());
    const list = this.caches.get(journal)?.get(file) ?? [];
    if (list.length) this.collection.set(uri, list.map(toVsDiagnostic));
    else this.collection.delete(uri);
  }

  /** Checks an edited journal document once typing pauses; undone to what is saved, it shows the store's problems again. */
  private schedule(doc: vscode.TextDocument): void {
    const hit = isJournalFile(doc) ? this.store.locate(doc.uri) : undefined;
    if (!hit) return;
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (!doc.isClosed) this.sendFile(hit.journal, hit.path);
      }, TYPING_PAUSE_MS),
    );
  }

  /** A closed document goes back to what the store read from its file. */
  private closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    const hit = isJournalFile(doc) ? this.store.locate(doc.uri) : undefined;
    if (hit) this.sendFile(hit.journal, hit.path);
  }

  /** The open document of `uri` when it has unsaved edits (its problems come from its buffer). */
  private liveDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && this.live(d));
  }

  private live(doc: vscode.TextDocument): boolean {
    return doc.isDirty && !doc.isClosed && isJournalFile(doc) && this.store.locate(doc.uri) !== undefined;
  }

  private sendLive(doc: vscode.TextDocument): void {
    const hit = this.store.locate(doc.uri)!;
    const problem = hit.journal.index.problem(hit.path);
    // A file the store could not read as text (not UTF-8 …): what it said stands.
    const list = problem ? [problem] : checkText(hit.journal.index, hit.path, doc.getText());
    this.liveShown.add(doc.uri.toString());
    if (list.length) this.collection.set(doc.uri, list.map(toVsDiagnostic));
    else this.collection.delete(doc.uri);
  }
}

function isJournalFile(doc: vscode.TextDocument): boolean {
  return doc.uri.path.toLowerCase().endsWith('.md');
}

function toVsDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const line = Math.max(0, d.line - 1);
  const range = d.column !== undefined && d.endColumn !== undefined ? new vscode.Range(line, d.column, line, d.endColumn) : new vscode.Range(line, 0, line, LINE_END);
  const out = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  out.code = d.code;
  out.source = 'mentorship';
  return out;
}
