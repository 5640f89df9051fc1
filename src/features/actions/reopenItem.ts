// Reopens a done, cancelled or moved item: `[ ]`, without its completion or moved date.
import { reopenLine } from '../../core/edits';
import type { Command } from '../../host/command';
import type { Services } from '../../host/services';
import { isClosed, itemTarget } from './itemTarget';

export class ReopenItemCommand implements Command {
  readonly id = 'mentorship.reopenItem';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<boolean> {
    const target = await itemTarget(this.services.store, arg, isClosed, 'Which action item to reopen?');
    if (!target) return false;
    const { journal, path, item } = target;
    await this.services.writer.editItemLine(journal, path, item.line, item.raw, reopenLine);
    return true;
  }
}
