// Every write the extension makes, through the editor's buffers: WorkspaceEdit for existing
// files (unsaved edits, undo and external changes respected) and new files that never
// overwrite. Before a line changes, it must still say what the index read. Every method checks
// Workspace Trust itself, so no command can write in Restricted Mode by forgetting a `when`.
import * as vscode from 'vscode';
import { EditRefused, applyInsertion, assertEditable, insertItem, locateItem, type Insertion } from '../core/edits';
import type { ItemKind } from '../core/model';
import { parseEntry } from '../core/parseEntry';
import { uniqueFileName } from '../core/templates';
import type { Journal, JournalStore } from './journalStore';

export { EditRefused };

/** A line as the index read it: the identity of an item for edits. */
export interface LineRef {
  path: string;
  /** 1-based. */
  line: number;
  raw: string;
}

/** A file to create as `folder/base.md`, or `base-2.md` … when that name is taken. */
export interface NewFile {
  folder: string;
  base: string;
  content: string;
}

export class JournalWriter {
  constructor(private readonly store: JournalStore) {}

  /** Replaces the item line `raw` (read at `line`) of `path` with `transform(raw)`. */
  async editItemLine(journal: Journal, path: string, line: number, raw: string, transform: (raw: string) => string): Promise<void> {
    requireTrust();
    const doc = await this.openEditable(journal, path);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, lineRange(doc, path, { path, line, raw }), transform(raw));
    await this.apply(edit, [doc]);
  }

  /** Adds a list line under the section of `kind` in `path` (a new section when there is none). */
  async addItem(journal: Journal, path: string, kind: ItemKind, itemLine: string): Promise<void> {
    requireTrust();
    const doc = await this.openEditable(journal, path);
    const edit = new vscode.WorkspaceEdit();
    insertInto(edit, doc, kind, itemLine);
    await this.apply(edit, [doc]);
  }

  /**
   * Creates `folder/base.md` (or `base-2.md` …) with `content`; never overwrites. Returns the
   * new file's journal path.
   */
  async createFile(journal: Journal, folder: string, base: string, content: string): Promise<string> {
    requireTrust();
    const path = await this.freePath(journal, folder, base);
    const edit = new vscode.WorkspaceEdit();
    createIn(edit, journal.uri(path), content);
    await this.apply(edit, [], { path, uri: journal.uri(path) });
    return path;
  }

  /**
   * Marks an item line with `marked` and adds `carried` to the Action items of `target` (an
   * existing file, or a new one), as one WorkspaceEdit: either both happen or neither does.
   * Returns the target's journal path.
   */
  async moveItem(journal: Journal, source: LineRef, marked: string, target: { path: string } | NewFile, carried: string): Promise<string> {
    requireTrust();
    const src = await this.openEditable(journal, source.path);
    const range = lineRange(src, source.path, source);
    const edit = new vscode.WorkspaceEdit();
    if ('path' in target) {
      const doc = await this.openEditable(journal, target.path);
      edit.replace(src.uri, range, marked);
      insertInto(edit, doc, 'action', carried);
      await this.apply(edit, [src, doc]);
      return target.path;
    }
    // The new file first: when it cannot be created, nothing else of the edit is applied.
    const path = await this.freePath(journal, target.folder, target.base);
    createIn(edit, journal.uri(path), applyInsertion(target.content, insertItem(target.content, 'action', carried)));
    edit.replace(src.uri, range, marked);
    await this.apply(edit, [src], { path, uri: journal.uri(path) });
    return path;
  }

  /** Creates exactly `path` (no `-2`), refusing when it exists: for files with a fixed name. */
  async createExact(journal: Journal, path: string, content: string): Promise<void> {
    requireTrust();
    await assertNoLinkedFolders(journal, path.slice(0, Math.max(0, path.lastIndexOf('/'))));
    const edit = new vscode.WorkspaceEdit();
    createIn(edit, journal.uri(path), content);
    await this.apply(edit, [], { path, uri: journal.uri(path) });
  }

  /** Creates a folder (and its parents); nothing happens when it exists. */
  async createFolder(journal: Journal, path: string): Promise<void> {
    requireTrust();
    await assertNoLinkedFolders(journal, path);
    await vscode.workspace.fs.createDirectory(journal.uri(path));
  }

  /**
   * Inserts what `plan` computes from the document's current text (its buffer, unsaved edits
   * included); returns false, changing nothing, when `plan` returns null.
   */
  async insertPlanned(journal: Journal, path: string, plan: (text: string) => Insertion | null): Promise<boolean> {
    requireTrust();
    const doc = await this.openEditable(journal, path);
    const ins = plan(doc.getText());
    if (ins === null) return false;
    const atEnd = ins.line >= doc.lineCount;
    const pos = atEnd ? doc.lineAt(doc.lineCount - 1).range.end : new vscode.Position(ins.line, 0);
    const prefix = atEnd && doc.lineAt(doc.lineCount - 1).text !== '' ? eolOf(doc) : '';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, pos, prefix + ins.text);
    await this.apply(edit, [doc]);
    return true;
  }

  /** Appends `text` (one or more lines) at the end of an existing file, e.g. a `.gitignore`. */
  async appendText(journal: Journal, path: string, text: string): Promise<void> {
    requireTrust();
    const doc = await this.openEditable(journal, path);
    const end = doc.lineAt(doc.lineCount - 1);
    const eol = eolOf(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, end.range.end, (end.text === '' ? '' : eol) + text.replace(/\r?\n/g, eol));
    await this.apply(edit, [doc]);
  }

  /** The document (its buffer, with any unsaved edits) of `path`, when it is safe to edit. */
  private async openEditable(journal: Journal, path: string): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument(journal.uri(path));
    assertEditable(parseEntry(path, doc.getText()) ?? undefined, path);
    return doc;
  }

  /** `folder/base.md`, or `base-2.md` … when taken: the name a new file gets. */
  private async freePath(journal: Journal, folder: string, base: string): Promise<string> {
    await assertNoLinkedFolders(journal, folder);
    const existing = new Set<string>();
    try {
      for (const [name] of await journal.fs.readDirectory(folder)) existing.add(name);
    } catch {
      // The folder does not exist yet: the edit creates it.
    }
    const name = uniqueFileName((n) => existing.has(n), base);
    return folder === '' ? name : `${folder}/${name}`;
  }

  /** `created` is the new file of the edit, if any: named when it exists after all, then re-read. */
  private async apply(edit: vscode.WorkspaceEdit, docs: vscode.TextDocument[], created?: { path: string; uri: vscode.Uri }): Promise<void> {
    const wasDirty = docs.map((d) => d.isDirty);
    if (!(await vscode.workspace.applyEdit(edit))) {
      throw new EditRefused(created ? `could not create ${created.path} (does it exist already?)` : `could not edit ${docs.map((d) => vscode.workspace.asRelativePath(d.uri)).join(' and ')}`);
    }
    if (created) await this.store.reread(created.uri);
    // A clean document is saved so the file on disk (and git) sees the change; a dirty one keeps
    // the user's unsaved edits and ours together in the buffer, for them to save.
    for (const [i, doc] of docs.entries()) {
      if (!wasDirty[i]) await doc.save();
      await this.store.reread(doc.uri);
    }
    // The views follow the files on disk: say why they do not show the change yet.
    const waiting = docs.filter((_, i) => wasDirty[i]).map((d) => vscode.workspace.asRelativePath(d.uri));
    if (waiting.length) {
      void vscode.window.showInformationMessage(`Mentorship: ${waiting.join(' and ')} had unsaved edits, so the change waits in its editor with them; save the file to finish.`);
    }
  }
}

function lineRange(doc: vscode.TextDocument, path: string, ref: LineRef): vscode.Range {
  return doc.lineAt(locateItem(doc.getText(), path, ref.line, ref.raw) - 1).range;
}

function insertInto(edit: vscode.WorkspaceEdit, doc: vscode.TextDocument, kind: ItemKind, itemLine: string): void {
  const ins = insertItem(doc.getText(), kind, itemLine);
  const atEnd = ins.line >= doc.lineCount;
  const pos = atEnd ? doc.lineAt(doc.lineCount - 1).range.end : new vscode.Position(ins.line, 0);
  const prefix = atEnd && doc.lineAt(doc.lineCount - 1).text !== '' ? eolOf(doc) : '';
  edit.insert(doc.uri, pos, prefix + ins.text);
}

function createIn(edit: vscode.WorkspaceEdit, uri: vscode.Uri, content: string): void {
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(content) });
}

function eolOf(doc: vscode.TextDocument): string {
  return doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

/**
 * New files are written only into real folders of the journal: a symbolic link among the
 * folders on the way (a repository can carry one) could lead the write outside it.
 */
async function assertNoLinkedFolders(journal: Journal, folder: string): Promise<void> {
  let path = '';
  for (const segment of folder.split('/').filter(Boolean)) {
    path = path ? `${path}/${segment}` : segment;
    let type: vscode.FileType;
    try {
      type = (await vscode.workspace.fs.stat(journal.uri(path))).type;
    } catch {
      return; // Does not exist yet: the edit creates a real folder.
    }
    if (type & vscode.FileType.SymbolicLink) throw new EditRefused(`${path} is a symbolic link; Mentorship Journal only writes into real folders of the journal`);
  }
}

/** Writing needs a trusted folder; checked in every handler, not only in `when` clauses. */
export function requireTrust(): void {
  if (!vscode.workspace.isTrusted) {
    throw new EditRefused('this folder is in Restricted Mode: trust it (Manage Workspace Trust) before Mentorship Journal can write files');
  }
}
