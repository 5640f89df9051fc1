// What every feature receives: the journals, the one writer, the log. Passed explicitly to each
// feature's `register` (no global singletons).
import type * as vscode from 'vscode';
import type { JournalStore } from './journalStore';
import type { JournalWriter } from './journalWriter';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly store: JournalStore;
  readonly writer: JournalWriter;
  readonly log: vscode.OutputChannel;
}
