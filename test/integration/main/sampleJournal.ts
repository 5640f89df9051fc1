// Puts the workspace's journal back to the sample (examples/mentorship) before tests that assert
// its exact contents: other suites' tests in this window complete, move and create items. Only
// files that differ are written, so an untouched journal causes no file events at all.
import * as vscode from 'vscode';
import type { JournalStore } from '../../../src/host/journalStore';
import { EXTENSION_ID, workspaceFolder } from '../helpers';

export async function restoreSample(store: JournalStore): Promise<void> {
  const source = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'examples', 'mentorship');
  const target = vscode.Uri.joinPath(workspaceFolder().uri, 'mentorship');
  if (await sync(source, target)) {
    await store.reset();
    await settle(store);
  }
}

/** Makes `target` a copy of `source`; true when anything had to change. */
async function sync(source: vscode.Uri, target: vscode.Uri): Promise<boolean> {
  let changed = false;
  const want = new Map(await vscode.workspace.fs.readDirectory(source));
  const have = new Map(await list(target));
  for (const [name, type] of have) {
    if (want.get(name) !== type) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(target, name), { recursive: true, useTrash: false });
      changed = true;
    }
  }
  for (const [name, type] of want) {
    const from = vscode.Uri.joinPath(source, name);
    const to = vscode.Uri.joinPath(target, name);
    if (type === vscode.FileType.Directory) {
      if (!have.has(name)) await vscode.workspace.fs.createDirectory(to);
      changed = (await sync(from, to)) || changed;
    } else {
      const bytes = await vscode.workspace.fs.readFile(from);
      const current = have.get(name) === type ? await vscode.workspace.fs.readFile(to) : undefined;
      if (!current || Buffer.compare(Buffer.from(bytes), Buffer.from(current)) !== 0) {
        await vscode.workspace.fs.writeFile(to, bytes);
        changed = true;
      }
    }
  }
  return changed;
}

async function list(dir: vscode.Uri): Promise<[string, vscode.FileType][]> {
  try {
    return await vscode.workspace.fs.readDirectory(dir);
  } catch {
    await vscode.workspace.fs.createDirectory(dir);
    return [];
  }
}

/** Resolves once the store has been quiet for `quietMs` (the watcher delivered what it had). */
export async function settle(store: JournalStore, quietMs = 1200, timeoutMs = 30_000): Promise<void> {
  let last = Date.now();
  const sub = store.onDidChange(() => (last = Date.now()));
  const end = Date.now() + timeoutMs;
  try {
    while (Date.now() - last < quietMs) {
      if (Date.now() > end) throw new Error('the journal store never settled');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    sub.dispose();
  }
}
