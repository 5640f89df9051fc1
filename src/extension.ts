// The extension's entry in a Node extension host (desktop, remote: SSH, containers, WSL). Journals
// on the local disk (file: URIs) are read with Node's fs, which is 10× cheaper per file than a
// workspace.fs round trip, under the same rules (no symbolic links followed, strict UTF-8);
// every other scheme goes through workspace.fs. MENTORSHIP_FS=workspace forces workspace.fs
// everywhere (the integration tier runs both ways).
import type * as vscode from 'vscode';
import { activateWith, type ExtensionApi } from './activate';
import type { LocalFs } from './host/journalStore';
import { NodeJournalFs } from './node/nodeJournalFs';

export type { ExtensionApi };

const localFs: LocalFs = (root) => (root.scheme === 'file' && process.env.MENTORSHIP_FS !== 'workspace' ? new NodeJournalFs(root.fsPath) : undefined);

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateWith(context, localFs);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
