// Sets or clears an open action item's due date (`[due:: …]`, replacing an emoji date or an
// unreadable one too), from quick choices or words (features/actions/dueDatePicker.ts).
import type { DueContext } from '../../core/dueChoices';
import { setDueLine } from '../../core/edits';
import { nextMeeting, nextMeetingDay } from '../../core/schedule';
import { unreadableDueOf } from '../../core/unreadableDates';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { Journal } from '../../host/journalStore';
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
    const due = await askDueDate(item, unreadableDueOf(item.raw), dueContext(journal, path));
    if (due === undefined) return false;
    await this.services.writer.editItemLine(journal, path, item.line, item.raw, (raw) => setDueLine(raw, due));
    return true;
  }
}

/** Today, and the next meeting of the mentorship `path` belongs to (none without a cadence or a planned session). */
function dueContext(journal: Journal, path: string): DueContext {
  const day = today();
  const shared = journal.index.shared();
  const id = journal.index.mentorshipIdOf(path);
  const m = id === null ? undefined : shared.mentorship(id);
  if (id === null || !m) return { today: day, nextSession: null };
  const known = m.agreement.cadence !== null || nextMeeting(shared, id, day).planned !== null;
  return { today: day, nextSession: known ? nextMeetingDay(shared, id, day) : null };
}
