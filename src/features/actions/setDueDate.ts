// Sets or clears an open action item's due date (`[due:: …]`, replacing an emoji date or an
// unreadable one too), from quick choices or words (features/actions/dueDatePicker.ts).
import { setDueLine } from '../../core/edits';
import { dueContextOf } from '../../core/editor/facts';
import { unreadableDueOf } from '../../core/unreadableDates';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { Services } from '../../host/services';
import { askDueDate } from './dueDatePicker';
import { isOpenAction, itemTarget } from './itemTarget';

export class SetDueDateCommand implements Command {
  readonly id = 'mentorship.setDueDate';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<boolean> {
    const target = await itemTarget(this.services.store, arg, isOpenAction, 'Which action item gets a due date?');
    if (!target) return false;
    const { journal, path, item } = target;
    const due = await askDueDate(item, unreadableDueOf(item.raw), dueContextOf(journal.index, path, today()));
    if (due === undefined) return false;
    await this.services.writer.editItemLine(journal, path, item.line, item.raw, (raw) => setDueLine(raw, due));
    return true;
  }
}

