// Refresh: forget the index and read every journal again (for changes the watcher cannot see,
// e.g. on some network drives). The trees redraw on the store's change event.
import type { Command } from '../../host/command';
import type { JournalStore } from '../../host/journalStore';

export class RefreshCommand implements Command {
  readonly id = 'mentorship.refresh';

  constructor(private readonly store: JournalStore) {}

  execute(): Promise<void> {
    return this.store.reset();
  }
}
