// Carries an open action item into the next session: the source becomes `- [>] … [moved:: today]`
// and the item, open, joins the Action items of the planned session (or a new one for the next
// meeting day), both in one edit.
import * as vscode from 'vscode';
import { carriedLine, moveLine } from '../../core/edits';
import { planMoveTarget } from '../../core/moveTarget';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { Services } from '../../host/services';
import { isOpenAction, itemTarget } from './itemTarget';

export class MoveItemToNextSessionCommand implements Command {
  readonly id = 'mentorship.moveItemToNextSession';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const target = await itemTarget(this.services.store, arg, isOpenAction, 'Which action item moves to the next session?');
    if (!target) return undefined;
    const { journal, path, item } = target;
    const day = today();
    const to = planMoveTarget(journal.index, path, day);
    const written = await this.services.writer.moveItem(journal, { path, line: item.line, raw: item.raw }, moveLine(item.raw, day), to, carriedLine(item.raw));
    void vscode.window.showInformationMessage(`Mentorship: moved "${item.title}" to the session of ${to.date} (${written}).`);
    return written;
  }
}
