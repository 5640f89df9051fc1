// The journal's problems in the Problems panel: one DiagnosticCollection kept up to date one change
// at a time (core/checkCache.ts). A changed file is checked again, with the files of its
// mentorship only when what they are checked against changed (goals, who may own items); only
// files whose problems changed are sent to the workbench. A whole build is checked mentorship by
// mentorship, yielding the thread between them.
import * as vscode from 'vscode';
import { CheckCache, mentorshipIds } from '../../core/checkCache';
import type { Diagnostic, Severity } from '../../core/model';
import { Disposable } from '../../host/dispose';
import type { Journal, JournalStore, StoreChange } from '../../host/journalStore';
import { slicer } from '../../host/slices';

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
  private caches = new Map<Journal, CheckCache>();
  /** Changes are applied in order, one at a time. */
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: JournalStore,
    private readonly log: vscode.OutputChannel,
  ) {
    super();
    this._register(store.onDidChange((change) => this.enqueue(change)));
  }

  /** Waits until every change so far is in the Problems panel; counts what is there. */
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
    for (const [journal, changes] of change.journals) {
      const cache = this.caches.get(journal);
      if (cache) this.send(journal, cache, cache.update(journal.index, changes));
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
    for (const [journal, cache] of caches) for (const [file, list] of cache.entries()) all.push([journal.uri(file), list.map(toVsDiagnostic)]);
    this.collection.clear();
    this.collection.set(all);
  }

  private send(journal: Journal, cache: CheckCache, files: Iterable<string>): void {
    for (const file of files) {
      const list = cache.get(file);
      if (list.length) this.collection.set(journal.uri(file), list.map(toVsDiagnostic));
      else this.collection.delete(journal.uri(file));
    }
  }
}

function toVsDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const line = Math.max(0, d.line - 1);
  const out = new vscode.Diagnostic(new vscode.Range(line, 0, line, LINE_END), d.message, SEVERITY[d.severity]);
  out.code = d.code;
  out.source = 'mentorship';
  return out;
}
