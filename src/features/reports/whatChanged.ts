// What Changed Since the Last Session: for the mentor preparing a meeting, on a read-only page that
// links every line to where it was written (core/changes decides what counts).
import { buildChanges, renderChanges } from '../../core/changes';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { pickMentorship } from '../../host/pickers';
import type { Services } from '../../host/services';
import { reportFileName, sessionTexts } from './reportInputs';
import type { ReportView } from './reportView';

export class WhatChangedCommand implements Command {
  readonly id = 'mentorship.whatChanged';
  constructor(
    private readonly services: Services,
    private readonly view: ReportView,
  ) {}

  /** Returns the Markdown shown (links from the journal root). */
  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const { journal, mentorship } = ref;
    const day = today();
    const shared = journal.index.shared();
    // The sessions that can be new: from the last one before today on.
    const sessions = shared.sessions(mentorship.id).filter((s) => s.date !== null);
    const since = sessions.find((s) => s.date! < day)?.date ?? '';
    const textOf = await sessionTexts(this.services.store, journal, sessions.filter((s) => s.date! >= since));
    const changes = buildChanges(shared, { mentorshipId: mentorship.id, today: day, textOf });
    await this.view.show({
      kind: 'changes',
      title: `What changed: ${mentorship.title}`,
      fileName: reportFileName('what-changed', mentorship, day),
      journal,
      render: (links) => renderChanges(changes, links),
    });
    return renderChanges(changes);
  }
}
