// Problems-panel diagnostics from the core's checks, the Check Journal command, and resolving
// the conflicts git's own merge left.
import * as vscode from 'vscode';
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { CheckJournalCommand } from './checkJournalCommand';
import { JournalDiagnostics } from './journalDiagnostics';
import { ConflictActions, ResolveConflictsCommand } from './resolveConflicts';

export function register(services: Services): Record<string, unknown> {
  const diagnostics = new JournalDiagnostics(services.store, services.log);
  services.context.subscriptions.push(
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ConflictActions(), { providedCodeActionKinds: ConflictActions.kinds }),
  );
  registerCommands(services, [new CheckJournalCommand(diagnostics), new ResolveConflictsCommand(services)]);
  return { diagnostics };
}
