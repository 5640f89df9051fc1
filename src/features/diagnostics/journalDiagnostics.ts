// The journal's problems in the Problems panel: one DiagnosticCollection fed from the store's
// checks after every change. Only files whose problems changed are sent to the workbench, so a
// one-file edit in a large journal does not redraw thousands of markers.
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../../core/model';
import { Disposable } from '../../host/dispose';
import type { JournalStore } from '../../host/journalStore';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Markers span the whole line: the checks know lines, not columns. */
const LINE_END = 10_000;

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

  constructor(private readonly store: JournalStore) {
    super();
    this._register(store.onDidChange(() => this.update()));
  }

  /** Recomputes every journal's problems and updates the files whose problems changed. */
  update(): ProblemCounts {
    const next = new Map<string, string>();
    const counts: ProblemCounts = { problems: 0, errors: 0, warnings: 0, files: 0, entries: 0 };
    for (const [uri, list] of this.store.diagnostics()) {
      const key = uri.toString();
      const fingerprint = JSON.stringify(list);
      next.set(key, fingerprint);
      if (this.sent.get(key) !== fingerprint) this.collection.set(uri, list.map(toVsDiagnostic));
      counts.files++;
      counts.problems += list.length;
      counts.errors += list.filter((d) => d.severity === 'error').length;
      counts.warnings += list.filter((d) => d.severity === 'warning').length;
    }
    for (const key of this.sent.keys()) if (!next.has(key)) this.collection.delete(vscode.Uri.parse(key));
    this.sent = next;
    counts.entries = this.store.all().reduce((n, j) => n + j.index.size, 0);
    return counts;
  }
}

function toVsDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const line = Math.max(0, d.line - 1);
  const out = new vscode.Diagnostic(new vscode.Range(line, 0, line, LINE_END), d.message, SEVERITY[d.severity]);
  out.code = d.code;
  out.source = 'mentorship';
  return out;
}
