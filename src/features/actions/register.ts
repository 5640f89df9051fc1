// Item actions, from a tree row, the item under the cursor, or a picker.
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { CancelItemCommand } from './cancelItem';
import { CompleteItemCommand } from './completeItem';
import { MoveItemToNextSessionCommand } from './moveItemToNextSession';
import { OpenItemCommand } from './openItem';
import { ReopenItemCommand } from './reopenItem';
import { SetDueDateCommand } from './setDueDate';
import { ToggleItemCommand } from './toggleItem';

export function register(services: Services): void {
  registerCommands(services, [
    new CompleteItemCommand(services),
    new ReopenItemCommand(services),
    new CancelItemCommand(services),
    new SetDueDateCommand(services),
    new MoveItemToNextSessionCommand(services),
    new ToggleItemCommand(services),
    new OpenItemCommand(),
  ]);
}
