// The "next 1:1" status bar item. It needs the index, so the build starts right after activation
// (not during it: activate() stays free of scanning).
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { AgendaForNextMeetingCommand } from './agendaForNextMeeting';
import { NextSessionStatusBar } from './nextSessionStatusBar';

export function register(services: Services): Record<string, unknown> {
  const statusBar = new NextSessionStatusBar(services.store);
  services.context.subscriptions.push(statusBar);
  // The store fires its change event when the build ends; update() then shows the item.
  const start = setTimeout(() => void services.store.ready(), 0);
  services.context.subscriptions.push({ dispose: () => clearTimeout(start) });
  registerCommands(services, [new AgendaForNextMeetingCommand(services.store)]);
  return { statusBar };
}
