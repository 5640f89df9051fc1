// Group Action Items by owner / by due date: the view-title toggle. The choice is view state,
// kept in the workspace's memento (VS Code's storage, not a file): toggling a view never writes
// the repository's `.vscode/settings.json` — in Restricted Mode least of all. The setting
// `mentorship.actionItems.groupBy` is the default; changing it clears the toggled choice.
import * as vscode from 'vscode';
import type { Command } from '../../host/command';
import { readSettings, type GroupBy } from '../../host/settings';

const KEY = 'mentorship.actionItems.groupBy';

export class Grouping {
  private readonly changed = new vscode.EventEmitter<GroupBy>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  get value(): GroupBy {
    const chosen = this.memento.get<GroupBy>(KEY);
    return chosen === 'owner' || chosen === 'due' ? chosen : readSettings().groupBy;
  }

  async set(value: GroupBy | undefined): Promise<void> {
    await this.memento.update(KEY, value);
    await vscode.commands.executeCommand('setContext', 'mentorship.groupBy', this.value);
    this.changed.fire(this.value);
  }

  /** The context key that shows the opposite toggle, from the current value. */
  sync(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', 'mentorship.groupBy', this.value);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export class GroupByCommand implements Command {
  constructor(
    readonly id: string,
    private readonly grouping: Grouping,
    private readonly value: GroupBy,
  ) {}

  execute(): Promise<void> {
    return this.grouping.set(this.value);
  }
}

export function groupByCommands(grouping: Grouping): Command[] {
  return [new GroupByCommand('mentorship.groupByOwner', grouping, 'owner'), new GroupByCommand('mentorship.groupByDue', grouping, 'due')];
}
