// Problems-panel diagnostics from the core's checks, and the Check Journal command.
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { CheckJournalCommand } from './checkJournalCommand';
import { JournalDiagnostics } from './journalDiagnostics';

export function register(services: Services): Record<string, unknown> {
  const diagnostics = new JournalDiagnostics(services.store, services.log);
  services.context.subscriptions.push(diagnostics);
  registerCommands(services, [new CheckJournalCommand(diagnostics)]);
  return { diagnostics };
}
