// The journal's problems in the Problems panel: one DiagnosticCollection. A file with unsaved
// edits is checked from its buffer as the user types (debounced), so a bad date shows before any
// save; every other file from the store's checks after every change (a saved buffer says what
// the file says). Only files whose
// problems changed are sent to the workbench, so a one-file edit in a large journal does not
// redraw thousands of markers. A problem sits on its token (the date, the handle, the goal id)
// when the check knows where it is, else on the whole line.
import * as vscode from 'vscode';
import { checkText } from '../../core/checks';
import type { Diagnostic, Severity } from '../../core/model';
import { Disposable } from '../../host/dispose';
import type { JournalStore } from '../../host/journalStore';

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
  /** What was last sent, per file URI, as a comparable key. */
  private sent = new Map<string, string>();
  /** The store's problems per file URI at the last update (for files that are not open). */
  private stored = new Map<string, { uri: vscode.Uri; list: Diagnostic[] }>();
  /** Open journal documents waiting for typing to pause, by URI. */
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly store: JournalStore) {
    super();
    this._register(store.onDidChange(() => this.update()));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)));
    this._register({ dispose: () => this.pending.forEach((t) => clearTimeout(t)) });
  }

  /** Recomputes every journal's problems and updates the files whose problems changed. */
  update(): ProblemCounts {
    const counts: ProblemCounts = { problems: 0, errors: 0, warnings: 0, files: 0, entries: 0 };
    const stored = new Map<string, { uri: vscode.Uri; list: Diagnostic[] }>();
    for (const [uri, list] of this.store.diagnostics()) stored.set(uri.toString(), { uri, list });
    // Files with unsaved edits say what their buffers say; the rest what the store read.
    const files: { key: string; uri: vscode.Uri; list: Diagnostic[] }[] = [];
    const open = new Set<string>();
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.live(doc)) continue;
      open.add(doc.uri.toString());
      files.push({ key: doc.uri.toString(), uri: doc.uri, list: this.check(doc) });
    }
    for (const [key, { uri, list }] of stored) if (!open.has(key)) files.push({ key, uri, list });
    const next = new Map<string, string>();
    for (const { key, uri, list } of files) {
      this.send(key, uri, list, next);
      if (list.length === 0) continue;
      counts.files++;
      counts.problems += list.length;
      counts.errors += list.filter((d) => d.severity === 'error').length;
      counts.warnings += list.filter((d) => d.severity === 'warning').length;
    }
    for (const key of this.sent.keys()) if (!next.has(key)) this.collection.delete(vscode.Uri.parse(key));
    this.sent = next;
    this.stored = stored;
    counts.entries = this.store.all().reduce((n, j) => n + j.index.size, 0);
    return counts;
  }

  /**
   * Checks an edited journal document once typing pauses; undone to what is saved, it has the store's
   * problems again. (A save changes nothing here: the store reads the file and updates everything.)
   */
  private schedule(doc: vscode.TextDocument): void {
    if (!isJournalFile(doc) || this.store.locate(doc.uri) === undefined) return;
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (doc.isClosed) return;
        this.send(key, doc.uri, this.live(doc) ? this.check(doc) : this.stored.get(key)?.list ?? [], this.sent);
      }, TYPING_PAUSE_MS),
    );
  }

  /** A closed document goes back to what the store read from its file. */
  private closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    if (!this.sent.has(key)) return;
    const stored = this.stored.get(key);
    if (stored) this.send(key, doc.uri, stored.list, this.sent);
    else {
      this.collection.delete(doc.uri);
      this.sent.delete(key);
    }
  }

  /** Whether `doc` is a journal file with unsaved edits: its problems come from its buffer. */
  private live(doc: vscode.TextDocument): boolean {
    return doc.isDirty && !doc.isClosed && isJournalFile(doc) && this.store.locate(doc.uri) !== undefined;
  }

  private check(doc: vscode.TextDocument): Diagnostic[] {
    const hit = this.store.locate(doc.uri)!;
    const problem = hit.journal.index.problem(hit.path);
    // A file the store could not read as text (not UTF-8 …): what it said stands.
    return problem ? [problem] : checkText(hit.journal.index, hit.path, doc.getText());
  }

  /** Sends `list` as the problems of `uri` when they changed, and notes what was sent in `into`. */
  private send(key: string, uri: vscode.Uri, list: Diagnostic[], into: Map<string, string>): void {
    if (list.length === 0) {
      if (this.sent.has(key)) this.collection.delete(uri);
      into.delete(key);
      return;
    }
    const fingerprint = JSON.stringify(list);
    if (this.sent.get(key) !== fingerprint) this.collection.set(uri, list.map(toVsDiagnostic));
    into.set(key, fingerprint);
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
