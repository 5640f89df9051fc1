// Progress Report: a period's sessions, goals moved, action items, wins, feedback and
// introductions, as an untitled Markdown document (for a review or a retrospective).
import { buildReport, renderReport } from '../../core/report';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { pickMentorship } from '../../host/pickers';
import type { Services } from '../../host/services';
import { pickPeriod } from './period';
import { showUntitledMarkdown } from '../../host/untitled';

export class ProgressReportCommand implements Command {
  readonly id = 'mentorship.progressReport';
  constructor(private readonly services: Services) {}

  /** Returns the report's Markdown. */
  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const period = await pickPeriod(today());
    if (!period) return undefined;
    const markdown = renderReport(buildReport(ref.journal.index.shared(), { mentorshipId: ref.mentorship.id, ...period }));
    await showUntitledMarkdown(markdown);
    return markdown;
  }
}
