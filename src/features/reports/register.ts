// Reports for reading, never written into the journal: progress over a period, and what changed
// since the last session, each on a read-only page that can be saved or copied.
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { ProgressReportCommand } from './progressReport';
import { CopyReportCommand, OpenReportSourceCommand, SaveReportCommand } from './reportActions';
import { ReportView } from './reportView';
import { WhatChangedCommand } from './whatChanged';

export function register(services: Services): Record<string, unknown> {
  const reportView = new ReportView();
  services.context.subscriptions.push(reportView);
  registerCommands(services, [
    new ProgressReportCommand(services, reportView),
    new WhatChangedCommand(services, reportView),
    new OpenReportSourceCommand(services.store),
    new SaveReportCommand(services, reportView),
    new CopyReportCommand(reportView),
  ]);
  return { reportView };
}
