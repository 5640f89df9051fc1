// The extension's entry in VS Code for the Web (vscode.dev, github.dev) and any web worker
// extension host: no Node built-ins, every read through workspace.fs. The CLI, git hooks and
// the local-disk fast path do not exist here.
import type * as vscode from 'vscode';
import { activateWith, type ExtensionApi } from './activate';

export type { ExtensionApi };

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateWith(context, undefined);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
