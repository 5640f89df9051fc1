// Toggles the item under the cursor from the keyboard (ctrl+alt+m x): an open item is completed
// (`[x]` with `[completion:: today]`), a done, cancelled or moved one reopened (`[ ]`, its dates
// gone), through the writer as from the tree. The buffer is read, not the index: unsaved lines count.
import * as vscode from 'vscode';
import { completeLine, reopenLine } from '../../core/edits';
import { parseEntry } from '../../core/parseEntry';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { Services } from '../../host/services';

export class ToggleItemCommand implements Command {
  readonly id = 'mentorship.toggleItem';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  /** Returns the item's new status, or undefined when there is no item under the cursor. */
  async execute(): Promise<'open' | 'done' | undefined> {
    const editor = vscode.window.activeTextEditor;
    await this.services.store.ready();
    const hit = editor && this.services.store.locate(editor.document.uri);
    const line = editor ? editor.selection.active.line + 1 : 0;
    const item = hit && parseEntry(hit.path, editor!.document.getText())?.items.find((i) => i.line === line && i.status !== null);
    if (!hit || !item) {
      void vscode.window.showInformationMessage('Mentorship: put the cursor on a checkbox item ("- [ ] …") in a journal file to tick it or open it again.');
      return undefined;
    }
    const done = item.status === 'open';
    const day = today();
    await this.services.writer.editItemLine(hit.journal, hit.path, item.line, item.raw, (raw) => (done ? completeLine(raw, day) : reopenLine(raw)));
    return done ? 'done' : 'open';
  }
}
