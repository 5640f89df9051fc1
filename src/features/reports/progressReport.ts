// Progress Report: a period's sessions (each in a few words), goals moved, action items, wins,
// feedback and introductions, on a read-only page that links every line to where it was written
// (for a review or a retrospective); Save as Markdown keeps a copy.
import { buildReport, renderReport } from '../../core/report';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { pickMentorship } from '../../host/pickers';
import type { Services } from '../../host/services';
import { pickPeriod } from './period';
import { reportFileName, sessionTexts } from './reportInputs';
import type { ReportView } from './reportView';

export class ProgressReportCommand implements Command {
  readonly id = 'mentorship.progressReport';
  constructor(
    private readonly services: Services,
    private readonly view: ReportView,
  ) {}

  /** Returns the report's Markdown (links from the journal root). */
  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const period = await pickPeriod(today());
    if (!period) return undefined;
    const { journal, mentorship } = ref;
    const shared = journal.index.shared();
    const textOf = await sessionTexts(this.services.store, journal, shared.sessions(mentorship.id).filter((s) => s.date !== null && s.date >= period.from && s.date <= period.to));
    const report = buildReport(shared, { mentorshipId: mentorship.id, ...period, textOf });
    await this.view.show({
      kind: 'progress',
      title: `Progress report: ${mentorship.title}`,
      fileName: reportFileName('progress-report', mentorship, `${period.from}-to-${period.to}`),
      journal,
      render: (links) => renderReport(report, links),
    });
    return renderReport(report);
  }
}
