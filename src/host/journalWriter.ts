// Every write the extension makes, through the editor's buffers: WorkspaceEdit for existing
// files (unsaved edits, undo and external changes respected) and createFile that never
// overwrites. Before a line changes, it must still say what the index read.
import * as vscode from 'vscode';
import { EditRefused, assertEditable, insertItem, locateItem } from '../core/edits';
import type { ItemKind } from '../core/model';
import { parseEntry } from '../core/parseEntry';
import { uniqueFileName } from '../core/templates';
import type { Journal, JournalStore } from './journalStore';

export { EditRefused };

export class JournalWriter {
  constructor(private readonly store: JournalStore) {}

  /** Replaces the item line `raw` (read at `line`) of `path` with `transform(raw)`. */
  async editItemLine(journal: Journal, path: string, line: number, raw: string, transform: (raw: string) => string): Promise<void> {
    requireTrust();
    const uri = journal.uri(path);
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText();
    assertEditable(parseEntry(path, text) ?? undefined, path);
    const at = locateItem(text, path, line, raw);
    const range = doc.lineAt(at - 1).range;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, range, transform(raw));
    await this.apply(edit, doc);
  }

  /** Adds a list line under the section of `kind` in `path` (a new section when there is none). */
  async addItem(journal: Journal, path: string, kind: ItemKind, itemLine: string): Promise<void> {
    requireTrust();
    const uri = journal.uri(path);
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText();
    assertEditable(parseEntry(path, text) ?? undefined, path);
    const ins = insertItem(text, kind, itemLine);
    const pos = ins.line >= doc.lineCount ? doc.lineAt(doc.lineCount - 1).range.end : new vscode.Position(ins.line, 0);
    const prefix = ins.line >= doc.lineCount && doc.lineAt(doc.lineCount - 1).text !== '' ? eolOf(doc) : '';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, pos, prefix + ins.text);
    await this.apply(edit, doc);
  }

  /**
   * Creates `folder/base.md` (or `base-2.md` …) with `content`; never overwrites. Returns the
   * new file's journal path.
   */
  async createFile(journal: Journal, folder: string, base: string, content: string): Promise<string> {
    requireTrust();
    const existing = new Set<string>();
    try {
      for (const [name] of await journal.fs.readDirectory(folder)) existing.add(name);
    } catch {
      // The folder does not exist yet: createFile makes it.
    }
    const name = uniqueFileName((n) => existing.has(n), base);
    const path = folder === '' ? name : `${folder}/${name}`;
    const uri = journal.uri(path);
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(content) });
    if (!(await vscode.workspace.applyEdit(edit))) throw new EditRefused(`could not create ${path} (does it exist already?)`);
    await this.store.reread(uri);
    return path;
  }

  private async apply(edit: vscode.WorkspaceEdit, doc: vscode.TextDocument): Promise<void> {
    const wasDirty = doc.isDirty;
    if (!(await vscode.workspace.applyEdit(edit))) throw new EditRefused(`could not edit ${vscode.workspace.asRelativePath(doc.uri)}`);
    // A clean document is saved so the file on disk (and git) sees the change; a dirty one keeps
    // the user's unsaved edits and ours together in the buffer, for them to save.
    if (!wasDirty) await doc.save();
    await this.store.reread(doc.uri);
  }
}

function eolOf(doc: vscode.TextDocument): string {
  return doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

/** Writing needs a trusted folder; checked in every handler, not only in `when` clauses. */
export function requireTrust(): void {
  if (!vscode.workspace.isTrusted) {
    throw new EditRefused('this folder is in Restricted Mode: trust it (Manage Workspace Trust) before Mentorship Journal can write files');
  }
}
