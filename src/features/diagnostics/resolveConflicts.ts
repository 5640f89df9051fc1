// "Resolve Conflicts by the Journal's Rules", offered on a conflict marker's problem (with
// VS Code's merge editor beside it): the file is merged again from the three versions git keeps
// while its merge is in progress, by the journal's merge (core/merge/resolveConflicts.ts) — what
// the merge driver would have done on a clone that has not set it up — and written through the
// writer. Staging the result stays the user's step.
import * as vscode from 'vscode';
import { EditRefused } from '../../core/edits';
import { resolveConflicts, type Resolution } from '../../core/merge/resolveConflicts';
import type { Command } from '../../host/command';
import { mergeSides } from '../../host/git';
import type { Services } from '../../host/services';

export const RESOLVE_CONFLICTS = 'mentorship.resolveConflicts';
/** The Git extension's command: the merge editor on a conflicted file. */
const MERGE_EDITOR = 'git.openMergeEditor';
const CONFLICT_CODES = new Set(['conflict', 'conflict-item']);

export class ResolveConflictsCommand implements Command {
  readonly id = RESOLVE_CONFLICTS;
  readonly writes = true;

  constructor(private readonly services: Services) {}

  /** Returns how it went (for tests), or undefined when there was no file to resolve. */
  async execute(uri?: unknown): Promise<Resolution | undefined> {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) return undefined;
    await this.services.store.ready();
    const hit = this.services.store.locate(target);
    if (!hit) throw new EditRefused('open a journal file with conflict markers to resolve them');
    const sides = await mergeSides(target);
    if ('reason' in sides) throw new EditRefused(`${hit.path}: ${sides.reason}. Resolve it by hand or in the merge editor`);
    let result: Resolution | undefined;
    await this.services.writer.resolveConflicted(hit.journal, hit.path, (text) => {
      result = resolveConflicts(hit.path, text, sides);
      return result.text;
    });
    await this.services.store.reread(target);
    const { regions, left } = result!;
    const was = `${regions} conflict${regions === 1 ? '' : 's'}`;
    if (left === 0) void vscode.window.showInformationMessage(`Mentorship: ${hit.path} merged by the journal's rules (${was} before), nothing lost. Review it, then stage it.`);
    else void vscode.window.showWarningMessage(`Mentorship: ${hit.path} merged by the journal's rules; ${left} true conflict${left === 1 ? ' is' : 's are'} left marked (one item changed two ways): choose in the file or the merge editor.`);
    return result;
  }
}

/** On a conflict's problem: resolve it by the journal's rules, or open VS Code's merge editor. */
export class ConflictActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const conflict = context.diagnostics.filter((d) => d.source === 'mentorship' && CONFLICT_CODES.has(String(d.code)));
    if (conflict.length === 0) return [];
    const resolve = new vscode.CodeAction("Resolve conflicts by the journal's rules", vscode.CodeActionKind.QuickFix);
    resolve.diagnostics = conflict;
    resolve.isPreferred = true;
    resolve.command = { command: RESOLVE_CONFLICTS, title: resolve.title, arguments: [doc.uri] };
    const actions = [resolve];
    if (vscode.extensions.getExtension('vscode.git')) {
      const editor = new vscode.CodeAction('Open in the merge editor', vscode.CodeActionKind.QuickFix);
      editor.diagnostics = conflict;
      editor.command = { command: MERGE_EDITOR, title: editor.title, arguments: [doc.uri] };
      actions.push(editor);
    }
    return actions;
  }
}
