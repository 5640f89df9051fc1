// Carries out a quick fix chosen in the editor, through the one writer: line edits (each line
// must still say what the fix expects), a new goal file, a person added to the agreement, or Set
// Due Date's questions for an item whose date nobody can read.
import * as vscode from 'vscode';
import { EditRefused } from '../../core/edits';
import { goalIdProblem } from '../../core/editor/goalRename';
import { addPersonEdits, planLineFixes, type QuickFix } from '../../core/editor/quickFixes';
import { joinPath } from '../../core/paths';
import { parseEntry } from '../../core/parseEntry';
import { goalTemplate } from '../../core/templates';
import type { Mentorship } from '../../core/journalIndex';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { Journal } from '../../host/journalStore';
import type { ItemRefArg } from '../../host/nodes';
import { showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';
import { APPLY_QUICK_FIX } from './quickFixProvider';

export class ApplyQuickFixCommand implements Command {
  readonly id = APPLY_QUICK_FIX;
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(uri?: unknown, fix?: unknown): Promise<boolean> {
    if (!(uri instanceof vscode.Uri) || !isFix(fix)) return false;
    await this.services.store.ready();
    const hit = this.services.store.locate(uri);
    if (!hit) throw new EditRefused(`${uri.fsPath} is not in a journal`);
    const { journal, path } = hit;
    const { writer } = this.services;
    switch (fix.kind) {
      case 'edit':
        return writer.editPlanned(journal, path, (text) => planLineFixes(text, path, fix.edits));
      case 'createGoal': {
        const problem = goalIdProblem(fix.id);
        if (problem) throw new EditRefused(`"${fix.id}" cannot be a goal id: ${problem}`);
        const goalPath = joinPath(mentorshipOf(journal, path).prefix, 'goals', `${fix.id}.md`);
        await writer.createExact(journal, goalPath, goalTemplate({ title: titleOf(fix.id), started: today() }));
        await showEntry(journal, goalPath, 3);
        return true;
      }
      case 'addPerson': {
        const m = mentorshipOf(journal, path);
        if (journal.index.get(m.agreementPath)?.type !== 'agreement') throw new EditRefused('this mentorship has no mentorship.md to add people to');
        return writer.editPlanned(journal, m.agreementPath, (text) => addPersonEdits(text, m.agreementPath, fix.handle));
      }
      case 'chooseDue': {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const item = parseEntry(path, doc ? doc.getText() : await journal.fs.readFile(path))?.items.find((i) => i.raw === fix.raw);
        if (!item) throw new EditRefused(`${path}:${fix.line} changed since the fix was offered; nothing was changed`);
        const arg: ItemRefArg = { type: 'item', journal, path, item };
        return (await vscode.commands.executeCommand<boolean>('mentorship.setDueDate', arg)) === true;
      }
    }
  }

}

function mentorshipOf(journal: Journal, path: string): Mentorship {
  const id = journal.index.mentorshipIdOf(path);
  const m = id === null ? undefined : journal.index.mentorship(id);
  if (!m) throw new EditRefused(`${path} belongs to no mentorship (no mentorship.md in its folder or above)`);
  return m;
}

/** `design-docs` → `Design docs`: a title to start from (the user edits it). */
function titleOf(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isFix(x: unknown): x is QuickFix {
  const kind = typeof x === 'object' && x !== null ? (x as { kind?: unknown }).kind : undefined;
  return kind === 'edit' || kind === 'createGoal' || kind === 'addPerson' || kind === 'chooseDue';
}
