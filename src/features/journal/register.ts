// The journal webview: the Open Journal command, the panel serializer, and a hook for the tests.
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { JournalPanels } from './journalPanels';
import { OpenJournalCommand } from './openJournal';

export function register(services: Services): Record<string, unknown> {
  const panels = new JournalPanels(services);
  services.context.subscriptions.push(panels);
  registerCommands(services, [new OpenJournalCommand(panels)]);
  return { journalPanel: () => panels.current };
}
