// Above a session's Action items: "3 open · 1 overdue" and "Generate agenda here" (while the
// session has no agenda yet). Off with the setting `mentorship.editor.codeLens`.
import * as vscode from 'vscode';
import { updateAgenda } from '../../core/agendaBlock';
import { isOverdue } from '../../core/openItems';
import { parseEntry, sectionsOf } from '../../core/parseEntry';
import { today } from '../../host/clock';
import { Disposable } from '../../host/dispose';
import type { JournalStore } from '../../host/journalStore';
import { readSettings } from '../../host/settings';
import { readyJournalDocument } from './journalDocument';

export const GENERATE_AGENDA_HERE = 'mentorship.generateAgendaHere';

export class ActionItemsLens extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly store: JournalStore) {
    super();
    this._register(store.onDidChange(() => this.changed.fire()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('mentorship.editor.codeLens') && this.changed.fire()));
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!readSettings(doc.uri).codeLens) return [];
    const hit = await readyJournalDocument(this.store, doc);
    if (!hit) return [];
    const text = doc.getText();
    const entry = parseEntry(hit.path, text);
    if (entry?.type !== 'session') return [];
    const day = today();
    const lenses: vscode.CodeLens[] = [];
    // The agenda goes into an empty Agenda section, or before the first section: only while there is none.
    const canAddAgenda = !entry.unsafeToEdit && hit.journal.index.mentorshipIdOf(hit.path) !== null && agendaFits(text);
    for (const section of sectionsOf(hit.path, text)) {
      if (section.kind !== 'action') continue;
      const items = entry.items.filter((i) => i.kind === 'action' && i.line > section.line && i.line <= section.endLine);
      const open = items.filter((i) => i.status === 'open').length;
      const overdue = items.filter((i) => isOverdue(i, day)).length;
      const range = new vscode.Range(section.line - 1, 0, section.line - 1, 0);
      lenses.push(new vscode.CodeLens(range, { title: `${open} open · ${overdue} overdue`, command: '' }));
      if (canAddAgenda) lenses.push(new vscode.CodeLens(range, { title: 'Generate agenda here', command: GENERATE_AGENDA_HERE, arguments: [doc.uri] }));
      break;
    }
    return lenses;
  }
}

/**
 * Whether an agenda can go into `text`: none yet, or one generated before and not edited since
 * (it is refreshed in place); no code block left open at its end.
 */
function agendaFits(text: string): boolean {
  try {
    return updateAgenda(text, '## Agenda\n\n-\n').kind === 'write';
  } catch {
    return false;
  }
}
