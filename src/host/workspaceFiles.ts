// Small reads of workspace files outside a journal's index (a `.gitignore`, whether an agreement
// exists yet): here, so that only src/host touches workspace.fs.
import * as vscode from 'vscode';
import { textOf } from '../core/decode';

/** Whether anything exists at `uri`. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The text of the file at `uri`; throws an UndecodableFile when it is not UTF-8 text. */
export async function readText(uri: vscode.Uri): Promise<string> {
  return textOf(vscode.workspace.asRelativePath(uri), await vscode.workspace.fs.readFile(uri));
}
