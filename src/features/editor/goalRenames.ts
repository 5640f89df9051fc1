// Renaming a goal keeps its references: renaming or moving a goal file in the Explorer changes
// every `[goal:: id]` and `goals: [...]` naming it, in the same step (one undo); F2 on a goal id
// renames the goal file, which changes the references the same way. The edits are built by the
// writer (its checks) and applied by VS Code.
import * as vscode from 'vscode';
import { factsOf } from '../../core/editor/facts';
import { filesNamingGoal, goalIdProblem, renameGoalEdits } from '../../core/editor/goalRename';
import { Disposable } from '../../host/dispose';
import type { Journal } from '../../host/journalStore';
import type { GoalRenameEdit } from '../../host/journalWriter';
import type { Services } from '../../host/services';
import { readyJournalDocument } from './journalDocument';
import { goalIdAt } from './linkProviders';

interface GoalRename {
  journal: Journal;
  from: string;
  to: string;
  /** The files that name the goal (journal-relative). */
  paths: string[];
}

export class GoalRenames extends Disposable implements vscode.RenameProvider {
  constructor(private readonly services: Services) {
    super();
    this._register(vscode.workspace.onWillRenameFiles((e) => this.willRename(e)));
  }

  /** Explorer (or any workspace edit) renames a goal file: its references change with it. */
  private willRename(e: vscode.FileWillRenameEvent): void {
    for (const f of e.files) {
      const rename = this.renameOf(f.oldUri, f.newUri);
      if (rename) e.waitUntil(this.edit(rename));
    }
  }

  /** What renaming the file `from` to `to` means for goal ids; undefined when it changes none. */
  private renameOf(from: vscode.Uri, to: vscode.Uri): GoalRename | undefined {
    const { store } = this.services;
    const old = store.locate(from);
    const entry = old && old.journal.index.get(old.path);
    if (!old || !entry?.goal) return undefined;
    const next = store.locate(to);
    // Moved out of the journal, or into another mentorship: its references cannot follow.
    if (!next || next.journal !== old.journal || !next.path.toLowerCase().endsWith('.md')) return undefined;
    const index = old.journal.index;
    const mentorship = index.mentorshipIdOf(old.path);
    if (index.mentorshipIdOf(next.path) !== mentorship) return undefined;
    const id = next.path.slice(next.path.lastIndexOf('/') + 1).slice(0, -3);
    if (id === entry.goal.id) return undefined;
    const problem = goalIdProblem(id);
    if (problem !== null) {
      void vscode.window.showWarningMessage(`Mentorship: the references to goal "${entry.goal.id}" were left as they are: "${id}" cannot be a goal id (${problem}).`);
      return undefined;
    }
    return { journal: old.journal, from: entry.goal.id, to: id, paths: filesNamingGoal(index, mentorship, entry.goal.id) };
  }

  private async edit(rename: GoalRename, file?: { from: vscode.Uri; to: vscode.Uri }): Promise<GoalRenameEdit['edit'] | undefined> {
    try {
      const { edit, refused } = await this.services.writer.goalRenameEdit(rename.journal, rename.paths, (path, text) => renameGoalEdits(path, text, rename.from, rename.to), file);
      if (refused.length) void vscode.window.showWarningMessage(`Mentorship: goal "${rename.from}" is now "${rename.to}", but not everywhere: ${refused.join('; ')}`);
      return edit;
    } catch (e) {
      // A rename the references cannot follow (Restricted Mode …) still happens; say why they did not.
      this.services.log.appendLine(`[goal rename] ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      void vscode.window.showWarningMessage(`Mentorship: the references to goal "${rename.from}" were not changed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  async prepareRename(doc: vscode.TextDocument, pos: vscode.Position): Promise<{ range: vscode.Range; placeholder: string }> {
    const hit = await readyJournalDocument(this.services.store, doc);
    const ref = hit && goalIdAt(doc, pos);
    // Anything else here (a heading, a link) is for the Markdown extension's rename.
    if (!hit || !ref) throw new Error('Only a goal id can be renamed here');
    if (!factsOf(hit.journal.index, hit.path).goals.some((g) => g.id === ref.id)) throw new Error(`There is no goal "${ref.id}" to rename`);
    return { range: ref.range, placeholder: ref.id };
  }

  async provideRenameEdits(doc: vscode.TextDocument, pos: vscode.Position, newName: string): Promise<GoalRenameEdit['edit'] | undefined> {
    const hit = await readyJournalDocument(this.services.store, doc);
    const ref = hit && goalIdAt(doc, pos);
    const goal = hit && ref && factsOf(hit.journal.index, hit.path).goals.find((g) => g.id === ref.id);
    if (!hit || !ref || !goal) return undefined;
    const to = newName.trim().replace(/\.md$/i, '');
    const index = hit.journal.index;
    const folder = goal.path.slice(0, goal.path.lastIndexOf('/') + 1);
    const problem = goalIdProblem(to) ?? (to !== goal.id && index.get(`${folder}${to}.md`) ? `there is a goal "${to}" already` : null);
    if (problem || to === goal.id) {
      // Refused with an empty edit, not an error: an error would hand the rename to the Markdown
      // extension, which reads `[goal:: …]` as a reference link and would rename that.
      if (problem) void vscode.window.showErrorMessage(`Mentorship: "${to}" cannot be the new id of goal "${goal.id}": ${problem}.`);
      return this.edit({ ...unchanged(goal.id), journal: hit.journal });
    }
    // The file's rename only: renaming it runs willRename (above), which changes the references in
    // the same step, exactly as when the file is renamed in the Explorer.
    return this.edit({ ...unchanged(goal.id), journal: hit.journal }, { from: hit.journal.uri(goal.path), to: hit.journal.uri(`${folder}${to}.md`) });
  }
}

/** A rename that changes no reference (the edit then holds at most the file's own rename). */
function unchanged(id: string): Omit<GoalRename, 'journal'> {
  return { from: id, to: id, paths: [] };
}
