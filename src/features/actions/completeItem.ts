// Ticks an action item (or a milestone, an introduction …): `[x]` and `[completion:: today]`.
import * as vscode from 'vscode';
import { completeLine } from '../../core/edits';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { Services } from '../../host/services';
import { itemTarget } from './itemTarget';

export class CompleteItemCommand implements Command {
  readonly id = 'mentorship.completeItem';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<boolean> {
    const target = await itemTarget(this.services.store, arg, (i) => i.status === 'open', 'Which action item is done?');
    if (!target) return false;
    if (target.item.status === 'done') {
      void vscode.window.showInformationMessage(`Mentorship: "${target.item.title}" is already done.`);
      return false;
    }
    const { journal, path, item } = target;
    await this.services.writer.editItemLine(journal, path, item.line, item.raw, (raw) => completeLine(raw, today()));
    return true;
  }
}
