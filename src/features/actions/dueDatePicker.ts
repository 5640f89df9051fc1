// Set Due Date's questions: the quick choices, each showing the day it writes, then free text
// (ISO or English, read by core/dueChoices) with the day it reads shown as the user types.
import * as vscode from 'vscode';
import { describeDue, dueChoices, loadNaturalDates, resolveDue, type DueContext } from '../../core/dueChoices';
import { EditRefused } from '../../core/edits';
import type { IsoDate, Item } from '../../core/model';

interface Choice extends vscode.QuickPickItem {
  /** A day, null to remove the due date, or undefined: ask for text. */
  date: IsoDate | null | undefined;
}

const EXAMPLES = '2026-12-01, "next wed", "in 2 weeks", "dec 3"';

/** The new due date (null: remove it), or undefined when the user cancelled. */
export async function askDueDate(item: Item, unreadable: string | null, ctx: DueContext): Promise<IsoDate | null | undefined> {
  const choices: Choice[] = dueChoices(ctx).map((c) => ({ label: c.label, description: describeDue(c.date, ctx.today), date: c.date }));
  choices.push({ label: 'Another day…', description: `a day or words: ${EXAMPLES}`, date: undefined });
  if (item.due !== null || unreadable !== null) {
    choices.push({ label: 'No due date', description: `removes ${item.due ?? `"${unreadable}"`}`, date: null });
  }
  const now = item.due ? ` (now ${item.due})` : unreadable !== null ? ` (now "${unreadable}", which is not a day)` : '';
  const pick = await vscode.window.showQuickPick(choices, { placeHolder: `Due date for "${item.title}"${now}`, matchOnDescription: true });
  if (!pick) return undefined;
  if (pick.date !== undefined) return pick.date;
  const chrono = await loadNaturalDates();
  const read = (v: string) => resolveDue(v, ctx, chrono);
  const text = await vscode.window.showInputBox({
    prompt: `Due date for "${item.title}": ${EXAMPLES}`,
    value: item.due ?? unreadable ?? '',
    placeHolder: 'next wed',
    ignoreFocusOut: true,
    validateInput: (v): vscode.InputBoxValidationMessage | undefined => {
      const answer = read(v);
      if ('error' in answer) return { message: answer.error, severity: vscode.InputBoxValidationSeverity.Error };
      return { message: answer.date === null ? 'Empty: removes the due date' : `Due ${describeDue(answer.date, ctx.today)}`, severity: vscode.InputBoxValidationSeverity.Info };
    },
  });
  if (text === undefined) return undefined;
  const answer = read(text);
  // The input box refuses to close on an error message; a caller that bypasses it gets a refusal.
  if ('error' in answer) throw new EditRefused(answer.error);
  return answer.date;
}
