// Generate Agenda, from the palette, the Sessions view, a mentorship row or the status bar.
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { GenerateAgendaCommand } from './generateAgenda';

export function register(services: Services): void {
  registerCommands(services, [new GenerateAgendaCommand(services)]);
}
