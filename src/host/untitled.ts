// Reports and previews open as untitled Markdown documents: nothing is written to the journal, the user
// decides whether to save, copy or preview them.
import * as vscode from 'vscode';

export async function showUntitledMarkdown(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(doc, { preview: false });
}
