// After a write: tells the user where it went, with a way to open it, and where to start typing.
import * as vscode from 'vscode';
import type { Journal } from '../../host/journalStore';
import { showEntry } from '../../host/pickers';

/** A toast naming the file, with an Open button (not awaited: the command is done). */
export function announce(journal: Journal, path: string, what: string): void {
  void vscode.window.showInformationMessage(`Mentorship: ${what} in ${path}.`, 'Open').then((answer) => {
    if (answer === 'Open') return showEntry(journal, path);
    return undefined;
  });
}

/** The 1-based line just below `heading` in `content`: where a person starts typing. */
export function lineAfter(content: string, heading: string): number | undefined {
  const i = content.split('\n').indexOf(heading);
  return i < 0 ? undefined : i + 2;
}
