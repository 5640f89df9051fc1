// Which open documents the editor helpers work on: Markdown files inside a journal root (other
// Markdown is left alone), and the document's lines as the core reads them.
import type * as vscode from 'vscode';
import type { TextLines } from '../../core/editor/documentLines';
import type { Journal, JournalStore } from '../../host/journalStore';

export interface JournalDocument {
  journal: Journal;
  /** Journal-relative, `/`-separated. */
  path: string;
}

/** The journal file `doc` is, or undefined when it is no Markdown file of a journal. */
export function journalDocument(store: JournalStore, doc: vscode.TextDocument): JournalDocument | undefined {
  if (!doc.uri.path.toLowerCase().endsWith('.md')) return undefined;
  return store.locate(doc.uri);
}

/** The same, once the journals are indexed (the first call starts the index). */
export async function readyJournalDocument(store: JournalStore, doc: vscode.TextDocument): Promise<JournalDocument | undefined> {
  if (!doc.uri.path.toLowerCase().endsWith('.md')) return undefined;
  await store.ready();
  return store.locate(doc.uri);
}

/** A document's lines for the core (read on demand, nothing copied). */
export function linesOfDocument(doc: vscode.TextDocument): TextLines {
  return { lineCount: doc.lineCount, lineAt: (n) => (n >= 0 && n < doc.lineCount ? doc.lineAt(n).text : '') };
}
