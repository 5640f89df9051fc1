// Add Reflection: a note of its own, shared (notes/) or private (private/, git-ignored), opened.
import * as vscode from 'vscode';
import { planLog } from '../../core/compose';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { askText, pickMentorship, showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';

export class AddReflectionCommand implements Command {
  readonly id = 'mentorship.addReflection';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const title = await askText('Title of the reflection', { placeHolder: 'What the design review taught me' });
    if (title === undefined) return undefined;
    const text = await askText('The reflection (you can go on in the file)');
    if (text === undefined) return undefined;
    const where = await vscode.window.showQuickPick(
      [
        { label: 'Private', description: 'private/: git-ignored, never in an agenda or a report', isPrivate: true },
        { label: 'Shared', description: 'notes/: your mentor sees it', isPrivate: false },
      ],
      { placeHolder: 'Who can read it?' },
    );
    if (!where) return undefined;
    const plan = planLog(ref.journal.index, ref.mentorship.id, today(), { kind: 'reflection', title, text, isPrivate: where.isPrivate });
    const path = await this.services.writer.applyPlan(ref.journal, plan);
    const editor = await showEntry(ref.journal, path);
    // Ready to go on writing at the end.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    return path;
  }
}
