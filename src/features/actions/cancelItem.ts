// Drops an open item that no longer makes sense: `[-]` (cancelled), kept in the file as a record
// that it was dropped; Reopen Action Item brings it back.
import * as vscode from 'vscode';
import { cancelLine } from '../../core/edits';
import type { Command } from '../../host/command';
import type { Services } from '../../host/services';
import { itemTarget } from './itemTarget';

export class CancelItemCommand implements Command {
  readonly id = 'mentorship.cancelItem';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<boolean> {
    const target = await itemTarget(this.services.store, arg, (i) => i.status === 'open', 'Which action item to drop?');
    if (!target) return false;
    const { journal, path, item } = target;
    if (item.status !== 'open') {
      void vscode.window.showInformationMessage(`Mentorship: "${item.title}" is not open (${item.status ?? 'no checkbox'}); nothing to drop.`);
      return false;
    }
    await this.services.writer.editItemLine(journal, path, item.line, item.raw, cancelLine);
    void vscode.window.showInformationMessage(`Mentorship: dropped "${item.title}" (marked [-] in ${path}); Reopen Action Item brings it back.`);
    return true;
  }
}
