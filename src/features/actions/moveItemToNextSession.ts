// Moves an open action item to the next meeting, on its own line: it stays open and gets
// `[moved:: <that meeting's day>]` (core/moveTarget.ts, edits.ts moveLine), so the agenda of that
// meeting lists it. One line in one file: nothing is copied that a tick on another clone could
// leave open twice.
import * as vscode from 'vscode';
import { moveLine } from '../../core/edits';
import { planMoveTarget } from '../../core/moveTarget';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { Services } from '../../host/services';
import { isOpenAction, itemTarget } from './itemTarget';

export class MoveItemToNextSessionCommand implements Command {
  readonly id = 'mentorship.moveItemToNextSession';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  /** Returns the day of the meeting the item moved to. */
  async execute(arg?: unknown): Promise<string | undefined> {
    const target = await itemTarget(this.services.store, arg, isOpenAction, 'Which action item moves to the next session?');
    if (!target) return undefined;
    const { journal, path, item } = target;
    const to = planMoveTarget(journal.index, path, today());
    await this.services.writer.editItemLine(journal, path, item.line, item.raw, (raw) => moveLine(raw, to.date));
    const where = to.planned ? ` (its agenda in ${to.planned} lists it once generated again)` : '';
    void vscode.window.showInformationMessage(`Mentorship: moved "${item.title}" to the session of ${to.date}${where}.`);
    return to.date;
  }
}
