// Sets or clears an open action item's due date (`[due:: …]`, replacing an emoji date too).
import { setDueLine } from '../../core/edits';
import type { Command } from '../../host/command';
import { askDate } from '../../host/pickers';
import type { Services } from '../../host/services';
import { isOpenAction, itemTarget } from './itemTarget';

export class SetDueDateCommand implements Command {
  readonly id = 'mentorship.setDueDate';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<boolean> {
    const target = await itemTarget(this.services.store, arg, isOpenAction, 'Which action item gets a due date?');
    if (!target) return false;
    const { journal, path, item } = target;
    const due = await askDate(`Due date for "${item.title}" (empty removes it)`, item.due ?? undefined);
    if (due === undefined) return false;
    await this.services.writer.editItemLine(journal, path, item.line, item.raw, (raw) => setDueLine(raw, due === '' ? null : due));
    return true;
  }
}
