// Every write the extension makes, and every rule about writing, in one place:
// - trust: nothing is written in Restricted Mode (checked here, whoever calls);
// - one at a time: writes run in one queue, so two creates never pick the same free name and
//   two edits never interleave;
// - read before write: a file is read from disk first; bytes that are not UTF-8, a symbolic link
//   on the way, conflict markers or broken front matter refuse the write, and a clean editor
//   buffer that no longer matches the disk (another program wrote the file) is never saved over it;
// - through the editor: existing files change by WorkspaceEdit (unsaved edits and undo survive),
//   computed from the buffer in the same tick as the edit is applied, so a line typed meanwhile
//   cannot shift it; VS Code rejects the edit if the buffer changed after all;
// - new files never overwrite: created without overwrite, under a name picked inside the queue.
import * as vscode from 'vscode';
import type { WritePlan } from '../core/compose';
import { decodeJournalFile } from '../core/decode';
import { EditRefused, applyInsertion, assertEditable, insertItem, locateItem, type Insertion } from '../core/edits';
import { applyLineEdits, hasMixedEols, withEol, type LineEdit } from '../core/lineEdits';
import type { ItemKind } from '../core/model';
import { parseEntry } from '../core/parseEntry';
import { uniqueFileName } from '../core/templates';
import { Journal, type JournalStore } from './journalStore';

export { EditRefused };

/** A line as the index read it: the identity of an item for edits. */
export interface LineRef {
  path: string;
  /** 1-based. */
  line: number;
  raw: string;
}

/** What goalRenameEdit gives: the edit for VS Code to apply, the files it changes, and the files it must leave. */
export interface GoalRenameEdit {
  edit: vscode.WorkspaceEdit;
  changed: string[];
  refused: string[];
}

/** A file to create as `folder/base.md`, or `base-2.md` … when that name is taken. */
export interface NewFile {
  folder: string;
  base: string;
  content: string;
}

/** An existing file, read from disk and opened, checked safe to edit. */
interface Target {
  path: string;
  doc: vscode.TextDocument;
  /** The file's text as read from disk just now. */
  disk: string;
  /** The buffer had unsaved edits when the write began: they stay unsaved, with ours. */
  dirty: boolean;
}

/** What one write does: line edits per target, computed from their buffers; at most one new file. */
interface Change {
  edits: Map<Target, LineEdit[]>;
  create?: { path: string; uri: vscode.Uri; content: string };
}

export class JournalWriter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: JournalStore) {}

  /** Replaces the item line `raw` (read at `line`) of `path` with `transform(raw)`. */
  editItemLine(journal: Journal, path: string, line: number, raw: string, transform: (raw: string) => string): Promise<void> {
    return this.run(async () => {
      const target = await this.open(journal, path);
      await this.commit(() => ({ edits: new Map([[target, [replaceItem(target, { path, line, raw }, transform(raw))]]]) }));
    });
  }

  /** Adds a list line under the section of `kind` in `path` (a new section when there is none). */
  addItem(journal: Journal, path: string, kind: ItemKind, itemLine: string): Promise<void> {
    return this.run(async () => {
      const target = await this.open(journal, path);
      await this.commit(() => ({ edits: new Map([[target, [insertion(insertItem(target.doc.getText(), kind, itemLine))]]]) }));
    });
  }

  /** Carries out a core WritePlan (a line for an existing file, or a new file); returns the path written. */
  applyPlan(journal: Journal, plan: WritePlan): Promise<string> {
    if (plan.kind === 'append') return this.addItem(journal, plan.path, plan.itemKind, plan.line).then(() => plan.path);
    const { orAppend } = plan;
    if (!orAppend) return this.createFile(journal, plan.folder, plan.base, plan.content);
    const path = `${plan.folder ? plan.folder + '/' : ''}${plan.base}.md`;
    // Decided inside the queue: a log written meanwhile (another command, the composer) is
    // appended to, never shadowed by a `-2` file.
    return this.run(async () => {
      await this.assertReal(journal, path);
      if (await exists(journal.uri(path))) {
        const target = await this.open(journal, path);
        await this.commit(() => ({ edits: new Map([[target, [insertion(insertItem(target.doc.getText(), orAppend.itemKind, orAppend.line))]]]) }));
      } else {
        await this.commit(() => ({ edits: new Map(), create: { path, uri: journal.uri(path), content: plan.content } }));
      }
      return path;
    });
  }

  /** Creates `folder/base.md` (or `base-2.md` …) with `content`; never overwrites. Returns the journal path. */
  createFile(journal: Journal, folder: string, base: string, content: string): Promise<string> {
    return this.run(() => this.createFree(journal, folder, base, (path) => ({ edits: new Map(), create: { path, uri: journal.uri(path), content } })));
  }

  /** Creates exactly `path` (no `-2`), refusing when it exists: for files with a fixed name. */
  createExact(journal: Journal, path: string, content: string): Promise<void> {
    return this.run(async () => {
      await this.assertReal(journal, path);
      await this.commit(() => ({ edits: new Map(), create: { path, uri: journal.uri(path), content } }));
    });
  }

  /**
   * Marks an item line with `marked` and adds `carried` to the Action items of `target` (an
   * existing file, or a new one), as one WorkspaceEdit: either both happen or neither does.
   * Returns the target's journal path.
   */
  moveItem(journal: Journal, source: LineRef, marked: string, target: { path: string } | NewFile, carried: string): Promise<string> {
    return this.run(async () => {
      const src = await this.open(journal, source.path);
      if ('path' in target) {
        const dest = await this.open(journal, target.path);
        await this.commit(() => ({
          edits: new Map([
            [src, [replaceItem(src, source, marked)]],
            [dest, [insertion(insertItem(dest.doc.getText(), 'action', carried))]],
          ]),
        }));
        return target.path;
      }
      const content = applyInsertion(target.content, insertItem(target.content, 'action', carried));
      return this.createFree(journal, target.folder, target.base, (path) => ({
        edits: new Map([[src, [replaceItem(src, source, marked)]]]),
        create: { path, uri: journal.uri(path), content },
      }));
    });
  }

  /**
   * Saves `content` where the user chose in a save dialog: inside a workspace folder under the
   * rules of every new file (never over a file, never through a symbolic link); outside every
   * workspace folder, where the dialog said (it asked before replacing a file there).
   */
  saveChosen(uri: vscode.Uri, content: string): Promise<void> {
    return this.run(async () => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
        return;
      }
      const journal = new Journal(folder, folder.uri);
      const path = uri.path.slice(folder.uri.path.length).split('/').filter(Boolean).join('/');
      if (await exists(uri)) throw new EditRefused(`${path} exists; a report never replaces a file in the workspace, so save it under another name`);
      await this.assertReal(journal, path);
      await this.commit(() => ({ edits: new Map(), create: { path, uri, content } }));
    });
  }

  /** Creates a folder (and its parents); nothing happens when it exists. */
  createFolder(journal: Journal, path: string): Promise<void> {
    return this.run(async () => {
      await this.assertReal(journal, path);
      await vscode.workspace.fs.createDirectory(journal.uri(path));
    });
  }

  /**
   * Inserts what `plan` computes from the document's current text (its buffer, unsaved edits
   * included); returns false, changing nothing, when `plan` returns null.
   */
  insertPlanned(journal: Journal, path: string, plan: (text: string) => Insertion | null): Promise<boolean> {
    return this.editPlanned(journal, path, (text) => {
      const ins = plan(text);
      return ins ? [insertion(ins)] : null;
    });
  }

  /**
   * Applies the line edits `plan` computes from the document's current text (its buffer, unsaved
   * edits included) as one edit: several insertions, a section rewritten in place (`splice`); the
   * plan refuses with EditRefused when a line no longer says what it expects. Returns false,
   * changing nothing, when `plan` returns null.
   */
  editPlanned(journal: Journal, path: string, plan: (text: string) => LineEdit[] | null): Promise<boolean> {
    return this.run(async () => {
      const target = await this.open(journal, path);
      let planned = true;
      await this.commit(() => {
        const edits = plan(target.doc.getText());
        planned = edits !== null;
        return { edits: new Map(edits?.length ? [[target, edits]] : []) };
      });
      return planned;
    });
  }

  /**
   * The edit that renames goal `from` to `to` in the files `paths` (journal-relative): the line
   * edits `plan` computes from each buffer, under the checks of every edit (read from disk first,
   * editable, a clean buffer caught up with the disk), and with `file`, the goal file's own rename.
   * Not applied here: VS Code applies it, as the result of a rename participant's `waitUntil`
   * (Explorer) or of F2, so it is one step the user can undo. Files that must not be edited (and
   * clean files with mixed line endings, which the editor's buffer would make uniform) are left
   * out, each with the reason in `refused`.
   */
  goalRenameEdit(
    journal: Journal,
    paths: readonly string[],
    plan: (path: string, text: string) => LineEdit[],
    file?: { from: vscode.Uri; to: vscode.Uri },
  ): Promise<GoalRenameEdit> {
    return this.run(async () => {
      const targets: Target[] = [];
      const refused: string[] = [];
      for (const path of paths) {
        try {
          const target = await this.open(journal, path);
          if (!target.dirty && hasMixedEols(target.disk)) throw new EditRefused(`${path} mixes line endings, so its goal links were left for you to change`);
          targets.push(target);
        } catch (e) {
          if (!(e instanceof EditRefused)) throw e;
          refused.push(e.message);
        }
      }
      // Every file's edits from its buffer, with nothing awaited in between.
      const edit = new vscode.WorkspaceEdit();
      const changed: string[] = [];
      for (const target of targets) {
        const edits = plan(target.path, target.doc.getText());
        if (edits.length) changed.push(target.path);
        for (const e of edits) toWorkspaceEdit(edit, target.doc, e);
      }
      if (file) edit.renameFile(file.from, file.to, { overwrite: false });
      return { edit, changed, refused };
    });
  }

  /**
   * Appends `text` (one or more lines) at the end of an existing file, e.g. a `.gitignore`;
   * only when `when` (given the file's current text) says so.
   */
  appendText(journal: Journal, path: string, text: string, when: (current: string) => boolean = () => true): Promise<void> {
    return this.run(async () => {
      const target = await this.open(journal, path);
      await this.commit(() => ({
        edits: new Map(when(target.doc.getText()) ? [[target, [{ kind: 'insert', line: target.doc.lineCount, text: text.endsWith('\n') ? text : text + '\n' }]]] : []),
      }));
    });
  }

  /** Trust first (a synchronous refusal), then one write at a time. */
  private run<T>(work: () => Promise<T>): Promise<T> {
    try {
      requireTrust();
    } catch (e) {
      return Promise.reject(e);
    }
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The name a new file gets, chosen inside the queue; once more if another program took it meanwhile. */
  private async createFree(journal: Journal, folder: string, base: string, change: (path: string) => Change): Promise<string> {
    await this.assertReal(journal, folder);
    for (let attempt = 0; ; attempt++) {
      const path = await this.freePath(journal, folder, base);
      try {
        await this.commit(() => change(path));
        return path;
      } catch (e) {
        if (!(e instanceof NameTaken) || attempt > 0) throw e;
      }
    }
  }

  /**
   * Replaces the whole text of a file that has git conflict markers by `resolve(text)`: the one
   * write into a conflicted file, made to resolve it. Every other rule of a write stands, and a
   * buffer with unsaved edits (someone resolving it by hand) is left alone.
   */
  resolveConflicted(journal: Journal, path: string, resolve: (text: string) => string): Promise<void> {
    return this.run(async () => {
      const target = await this.open(journal, path, true);
      if (target.dirty) throw new EditRefused(`${path} has unsaved edits; save or revert them, then resolve its conflicts`);
      await this.commit(() => ({ edits: new Map([[target, [{ kind: 'splice', line: 0, remove: target.doc.lineCount, text: resolve(target.doc.getText()) }]]]) }));
    });
  }

  /** Reads `path` from disk and opens its buffer; refuses what must not be edited (conflict markers aside when `conflicted`). */
  private async open(journal: Journal, path: string, conflicted = false): Promise<Target> {
    await this.assertReal(journal, path);
    const uri = journal.uri(path);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      throw new EditRefused(`${path} no longer exists; nothing was written`);
    }
    const decoded = decodeJournalFile(bytes);
    if (!('text' in decoded)) throw new EditRefused(`${path}: ${decoded.message}. Nothing was written`);
    const doc = await vscode.workspace.openTextDocument(uri);
    const dirty = doc.isDirty;
    if (!conflicted) assertEditable(parseEntry(path, doc.getText()) ?? undefined, path);
    // A clean buffer must say what the disk says: a program that rewrote the file keeping its
    // size and time (rsync -t, cp -p, unzip, sync clients) leaves VS Code's copy stale, and
    // saving it would silently undo that change.
    if (!dirty && !(await caughtUp(doc, decoded.text))) {
      throw new EditRefused(`${path} was changed on disk by another program after VS Code read it; nothing was written. Run "File: Revert File" on it (or reopen it) and try again`);
    }
    return { path, doc, disk: decoded.text, dirty };
  }

  /**
   * Builds the change from the buffers and applies it in the same tick (no await in between),
   * then saves what was clean. A clean file with mixed line endings is written from its own
   * text instead, since VS Code's buffer has already made its endings uniform.
   */
  private async commit(build: () => Change): Promise<void> {
    const change = build();
    const edit = new vscode.WorkspaceEdit();
    const direct: [Target, LineEdit[]][] = [];
    const versions = new Map<Target, number>();
    for (const [target, edits] of change.edits) {
      if (!target.dirty && hasMixedEols(target.disk)) {
        direct.push([target, edits]);
        continue;
      }
      versions.set(target, target.doc.version);
      for (const e of edits) toWorkspaceEdit(edit, target.doc, e);
    }
    if (change.create) edit.createFile(change.create.uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(change.create.content) });
    // `edit.size` counts text edits only, not the file to create.
    if ((versions.size > 0 || change.create) && !(await vscode.workspace.applyEdit(edit))) {
      const moved = [...versions].filter(([t, v]) => t.doc.version !== v).map(([t]) => t.path);
      if (moved.length) throw new EditRefused(`${moved.join(' and ')} changed while the edit was being made; nothing was written. Try again`);
      if (change.create && (await exists(change.create.uri))) throw new NameTaken(`could not create ${change.create.path}: another file of that name appeared`);
      throw new EditRefused(`could not edit ${[...change.edits.keys()].map((t) => t.path).join(' and ') || change.create?.path}; nothing was written`);
    }
    for (const [target, edits] of direct) await this.writeDirect(target, edits);
    if (change.create) {
      // Never report a write that did not happen: the new file must hold what we wrote.
      const back = decodeJournalFile(await vscode.workspace.fs.readFile(change.create.uri));
      if (!('text' in back) || back.text !== change.create.content) throw new EditRefused(`${change.create.path} was overwritten by another program while it was created`);
      await this.store.reread(change.create.uri);
    }
    for (const target of versions.keys()) {
      // A clean document is saved so the file on disk (and git) sees the change; a dirty one keeps
      // the user's unsaved edits and ours together in the buffer, for them to save.
      if (!target.dirty && !(await target.doc.save())) throw new EditRefused(`${target.path} could not be saved; the change is in its editor, unsaved`);
      await this.store.reread(target.doc.uri);
    }
    const waiting = [...versions.keys()].filter((t) => t.dirty).map((t) => t.path);
    if (waiting.length) {
      void vscode.window.showInformationMessage(`Mentorship: ${waiting.join(' and ')} had unsaved edits, so the change waits in its editor with them; save the file to finish.`);
    }
  }

  /** Writes line edits into the file's own text, keeping each line's ending; the clean buffer reloads. */
  private async writeDirect(target: Target, edits: LineEdit[]): Promise<void> {
    const now = decodeJournalFile(await vscode.workspace.fs.readFile(target.doc.uri));
    if (!('text' in now) || now.text !== target.disk) throw new EditRefused(`${target.path} changed on disk while the edit was being made; nothing was written to it. Try again`);
    // The decoded text keeps a byte-order mark, so the file keeps it.
    await vscode.workspace.fs.writeFile(target.doc.uri, new TextEncoder().encode(applyLineEdits(target.disk, edits)));
    await this.store.reread(target.doc.uri);
  }

  /** `folder/base.md`, or `base-2.md` … when taken: the name a new file gets. */
  private async freePath(journal: Journal, folder: string, base: string): Promise<string> {
    const existing = new Set<string>();
    try {
      // Every name, links included (the journal's own listing leaves links out).
      for (const [name] of await vscode.workspace.fs.readDirectory(journal.uri(folder))) existing.add(name);
    } catch {
      // The folder does not exist yet: the edit creates it.
    }
    const name = uniqueFileName((n) => existing.has(n), base);
    return folder === '' ? name : `${folder}/${name}`;
  }

  /**
   * Every folder on the way from the workspace folder to `path`, and `path` itself, is real:
   * a symbolic link (a repository can carry one, a `git pull` can bring one) could lead the
   * write outside the workspace. What does not exist yet is created as a real folder or file.
   */
  private async assertReal(journal: Journal, path: string): Promise<void> {
    const folder = journal.folder.uri;
    const rel = journal.root.path.slice(folder.path.replace(/\/$/, '').length).split('/').filter(Boolean);
    const segments = [...rel, ...path.split('/').filter(Boolean)];
    for (let i = 1; i <= segments.length; i++) {
      let type: vscode.FileType;
      try {
        type = (await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, ...segments.slice(0, i)))).type;
      } catch {
        return;
      }
      if (type & vscode.FileType.SymbolicLink) {
        throw new EditRefused(`${segments.slice(0, i).join('/')} is a symbolic link; Mentorship Journal only writes into real files and folders of the workspace`);
      }
    }
  }
}

/** A new file's name was taken between choosing it and creating it. */
class NameTaken extends EditRefused {}

function replaceItem(target: Target, ref: LineRef, text: string): LineEdit {
  return { kind: 'replace', line: locateItem(target.doc.getText(), ref.path, ref.line, ref.raw) - 1, text };
}

function insertion(ins: Insertion): LineEdit {
  return { kind: 'insert', line: ins.line, text: ins.text };
}

function toWorkspaceEdit(edit: vscode.WorkspaceEdit, doc: vscode.TextDocument, e: LineEdit): void {
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  if (e.kind === 'splice') {
    const last = doc.lineAt(doc.lineCount - 1);
    const start = e.line < doc.lineCount ? new vscode.Position(e.line, 0) : last.range.end;
    const end = e.line + e.remove < doc.lineCount ? new vscode.Position(e.line + e.remove, 0) : last.range.end;
    // Past a last line with words: the new lines start on a line of their own.
    const lead = e.line >= doc.lineCount && last.text !== '' ? eol : '';
    edit.replace(doc.uri, new vscode.Range(start, end), lead + withEol(e.text, eol));
    return;
  }
  if (e.kind === 'replace') {
    edit.replace(doc.uri, doc.lineAt(e.line).range, e.text);
    return;
  }
  if (e.line < doc.lineCount) {
    edit.insert(doc.uri, new vscode.Position(e.line, 0), withEol(e.text, eol));
    return;
  }
  const last = doc.lineAt(doc.lineCount - 1);
  edit.insert(doc.uri, last.range.end, (last.text === '' ? '' : eol) + withEol(e.text, eol));
}

/** How long a clean buffer may take to reload a file changed on disk before it counts as stale. */
const RELOAD_WAIT_MS = 2000;

/**
 * Whether the clean buffer `doc` says what the disk says, waiting a little for VS Code to reload
 * it when the file was just changed (it does so when the file's time or size changed).
 */
async function caughtUp(doc: vscode.TextDocument, disk: string): Promise<boolean> {
  // The buffer has no byte-order mark; the decoded text keeps one.
  const want = withEol(disk.charCodeAt(0) === 0xfeff ? disk.slice(1) : disk, '\n');
  for (const end = Date.now() + RELOAD_WAIT_MS; ; ) {
    if (!doc.isDirty && withEol(doc.getText(), '\n') === want) return true;
    if (doc.isDirty || Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writing needs a trusted folder; the writer checks it for every write. */
export function requireTrust(): void {
  if (!vscode.workspace.isTrusted) {
    throw new EditRefused('this folder is in Restricted Mode: trust it (Manage Workspace Trust) before Mentorship Journal can write files');
  }
}
