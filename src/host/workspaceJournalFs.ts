// The core's JournalFs over workspace.fs: works on disk, in remote windows and in VS Code for the Web.
import * as vscode from 'vscode';
import { textOf } from '../core/decode';
import type { FileKind, JournalFs } from '../core/journalFs';

export class WorkspaceJournalFs implements JournalFs {
  constructor(private readonly root: vscode.Uri) {}

  async readDirectory(rel: string): Promise<[string, FileKind][]> {
    const entries = await vscode.workspace.fs.readDirectory(this.uri(rel));
    const out: [string, FileKind][] = [];
    for (const [name, type] of entries) {
      // Symbolic links are not followed: one could lead outside the journal, or loop.
      if (type & vscode.FileType.SymbolicLink) continue;
      if (type & vscode.FileType.Directory) out.push([name, 'directory']);
      else if (type & vscode.FileType.File) out.push([name, 'file']);
    }
    return out;
  }

  /** The file's text; throws an UndecodableFile when its bytes are not UTF-8 text (never decoded leniently). */
  async readFile(rel: string): Promise<string> {
    return textOf(rel, await vscode.workspace.fs.readFile(this.uri(rel)));
  }

  async isLink(rel: string): Promise<boolean> {
    try {
      return ((await vscode.workspace.fs.stat(this.uri(rel))).type & vscode.FileType.SymbolicLink) !== 0;
    } catch {
      return false;
    }
  }

  uri(rel: string): vscode.Uri {
    return rel === '' ? this.root : vscode.Uri.joinPath(this.root, ...rel.split('/'));
  }
}
