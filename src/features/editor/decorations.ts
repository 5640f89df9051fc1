// In a journal file open in an editor: overdue due dates marked (the theme's color
// `mentorship.overdueForeground`, which defaults to the editor's error color), done and cancelled
// items dimmed. From the document's own text, redrawn when typing pauses.
import * as vscode from 'vscode';
import { isOverdue } from '../../core/openItems';
import { itemsOf } from '../../core/parseEntry';
import { dueSpan } from '../../core/tokens';
import { today } from '../../host/clock';
import { Disposable } from '../../host/dispose';
import type { JournalStore } from '../../host/journalStore';
import { journalDocument } from './journalDocument';

const PAUSE_MS = 150;

export class ItemDecorations extends Disposable {
  private readonly overdue = this._register(
    vscode.window.createTextEditorDecorationType({
      color: new vscode.ThemeColor('mentorship.overdueForeground'),
      fontWeight: 'bold',
      overviewRulerColor: new vscode.ThemeColor('mentorship.overdueForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
  );
  private readonly closed = this._register(vscode.window.createTextEditorDecorationType({ opacity: '0.55' }));
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: JournalStore) {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (!vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refreshAll(), PAUSE_MS);
    }));
    this._register(store.onDidChange(() => this.refreshAll()));
    this._register({ dispose: () => clearTimeout(this.timer) });
    this.refreshAll();
  }

  /** Redraws every visible Markdown editor (the journals are indexed first, once). */
  refreshAll(): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.path.toLowerCase().endsWith('.md'));
    if (editors.length) void this.store.ready().then(() => editors.forEach((e) => this.refresh(e)));
  }

  /** The ranges drawn in `editor` (for tests): overdue dates and dimmed items. */
  refresh(editor: vscode.TextEditor): { overdue: vscode.Range[]; closed: vscode.Range[] } {
    const hit = journalDocument(this.store, editor.document);
    const overdue: vscode.Range[] = [];
    const closed: vscode.Range[] = [];
    if (hit) {
      const day = today();
      for (const item of itemsOf(hit.path, editor.document.getText())) {
        const line = item.line - 1;
        if (isOverdue(item, day)) {
          const span = dueSpan(item.raw);
          if (span) overdue.push(new vscode.Range(line, span.column, line, span.endColumn));
        } else if (item.status === 'done' || item.status === 'cancelled') {
          const start = item.raw.length - item.raw.trimStart().length;
          closed.push(new vscode.Range(line, start, line, item.raw.length));
        }
      }
    }
    editor.setDecorations(this.overdue, overdue);
    editor.setDecorations(this.closed, closed);
    return { overdue, closed };
  }
}
