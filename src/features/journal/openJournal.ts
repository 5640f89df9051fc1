// Mentorship: Open Journal — opens the journal panel, or reveals it when it is already open.
import type { Command } from '../../host/command';
import type { JournalPanels } from './journalPanels';

export class OpenJournalCommand implements Command {
  readonly id = 'mentorship.openJournal';

  constructor(private readonly panels: JournalPanels) {}

  execute(): void {
    this.panels.show();
  }
}
