// Check Journal: bring the Problems panel up to date, open it, and say in one line how it went.
import * as vscode from 'vscode';
import type { Command } from '../../host/command';
import type { JournalDiagnostics, ProblemCounts } from './journalDiagnostics';

export class CheckJournalCommand implements Command {
  readonly id = 'mentorship.checkJournal';

  constructor(private readonly diagnostics: JournalDiagnostics) {}

  /** Returns the message it shows (for tests and for other callers). */
  async execute(): Promise<string> {
    const counts = await this.diagnostics.update();
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const message = checkSummary(counts);
    void vscode.window.showInformationMessage(message);
    return message;
  }
}

/** "No problems in 21 entries", "3 problems in the journal (1 error, 2 warnings)". */
export function checkSummary(c: ProblemCounts): string {
  if (c.problems === 0) return `No problems in ${c.entries} ${c.entries === 1 ? 'entry' : 'entries'}`;
  const infos = c.problems - c.errors - c.warnings;
  const parts = [
    c.errors ? `${c.errors} error${c.errors === 1 ? '' : 's'}` : '',
    c.warnings ? `${c.warnings} warning${c.warnings === 1 ? '' : 's'}` : '',
    infos ? `${infos} note${infos === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const files = c.files === 1 ? '1 file' : `${c.files} files`;
  return `${c.problems} problem${c.problems === 1 ? '' : 's'} in ${files} of the journal (${parts.join(', ')})`;
}
