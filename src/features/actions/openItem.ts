// Opens the file a tree row stands for, with the cursor on the item's (or entry's) line; a
// mentorship row opens its agreement.
import type { Command } from '../../host/command';
import { isEntryArg, isItemArg, isMentorshipArg } from '../../host/nodes';
import { showEntry } from '../../host/pickers';

export class OpenItemCommand implements Command {
  readonly id = 'mentorship.openItem';

  async execute(arg?: unknown): Promise<void> {
    if (isItemArg(arg)) await showEntry(arg.journal, arg.path, arg.item.line, true);
    else if (isEntryArg(arg)) await showEntry(arg.journal, arg.path, arg.line ?? 1, true);
    else if (isMentorshipArg(arg)) await showEntry(arg.ref.journal, arg.ref.mentorship.agreementPath, 1, true);
  }
}
