// Reports for reading, never written into the journal: progress over a period, and what
// changed since the last session.
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { ProgressReportCommand } from './progressReport';
import { WhatChangedCommand } from './whatChanged';

export function register(services: Services): void {
  registerCommands(services, [new ProgressReportCommand(services), new WhatChangedCommand(services)]);
}
