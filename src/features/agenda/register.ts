// Generate Agenda, from the palette, the Sessions view, a mentorship row or the status bar; and
// its other two outputs as commands of their own, where the user acts (clipboard, cursor).
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { GenerateAgendaCommand } from './generateAgenda';

export function register(services: Services): void {
  registerCommands(services, [
    new GenerateAgendaCommand(services),
    new GenerateAgendaCommand(services, 'mentorship.generateAgendaToClipboard', 'clipboard'),
    new GenerateAgendaCommand(services, 'mentorship.generateAgendaAtCursor', 'cursor'),
  ]);
}
