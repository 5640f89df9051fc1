// Applies a core WritePlan (append a line, or create a file) through the writer, and tells the
// user where it went with a way to open it.
import * as vscode from 'vscode';
import type { WritePlan } from '../../core/compose';
import type { Journal } from '../../host/journalStore';
import { showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';

/** Returns the journal path written to. */
export async function writePlan(services: Services, journal: Journal, plan: WritePlan): Promise<string> {
  if (plan.kind === 'append') {
    await services.writer.addItem(journal, plan.path, plan.itemKind, plan.line);
    return plan.path;
  }
  return services.writer.createFile(journal, plan.folder, plan.base, plan.content);
}

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
