// Group Action Items by owner / by due date: the view-title toggle. The choice is a setting
// (so it persists), and the context key `mentorship.groupBy` shows the opposite toggle.
import * as vscode from 'vscode';
import type { Command } from '../../host/command';
import { readSettings, type GroupBy } from '../../host/settings';

const SECTION = 'mentorship';
const KEY = 'actionItems.groupBy';

export class GroupByCommand implements Command {
  constructor(
    readonly id: string,
    private readonly value: GroupBy,
  ) {}

  async execute(): Promise<void> {
    const config = vscode.workspace.getConfiguration(SECTION);
    // Where it is already set for this workspace, change it there (a user-level value would be
    // shadowed); otherwise in the user's settings, never in the shared repository's .vscode.
    const target = config.inspect(KEY)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update(KEY, this.value, target);
    await syncGroupByContext();
  }
}

export function groupByCommands(): Command[] {
  return [new GroupByCommand('mentorship.groupByOwner', 'owner'), new GroupByCommand('mentorship.groupByDue', 'due')];
}

/** Sets the context key from the setting (at start and whenever the setting changes). */
export function syncGroupByContext(): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', 'mentorship.groupBy', readSettings().groupBy);
}
