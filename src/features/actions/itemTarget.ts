// Which item an item command acts on: the tree row it was run on, else the item under the cursor
// in the active editor (any kind: a milestone can be ticked there too), else an action item
// picked from a list.
import * as vscode from 'vscode';
import type { Item } from '../../core/model';
import { parseEntry } from '../../core/parseEntry';
import type { JournalStore } from '../../host/journalStore';
import { isItemArg, type ItemRefArg } from '../../host/nodes';
import { pickItem } from '../../host/pickers';

export const isOpenAction = (i: Item): boolean => i.kind === 'action' && i.status === 'open';
export const isClosed = (i: Item): boolean => i.status === 'done' || i.status === 'cancelled' || i.status === 'moved';

export async function itemTarget(store: JournalStore, arg: unknown, want: (item: Item) => boolean, placeHolder: string): Promise<ItemRefArg | undefined> {
  if (isItemArg(arg)) return arg;
  await store.ready();
  const editor = vscode.window.activeTextEditor;
  const hit = editor && store.locate(editor.document.uri);
  if (editor && hit) {
    // The buffer, not the index: it may hold unsaved lines, and its line numbers are the truth.
    const line = editor.selection.active.line + 1;
    const item = parseEntry(hit.path, editor.document.getText())?.items.find((i) => i.line === line);
    if (item && want(item)) return { type: 'item', journal: hit.journal, path: hit.path, item };
  }
  return pickItem(store, (i) => i.kind === 'action' && want(i), placeHolder);
}
