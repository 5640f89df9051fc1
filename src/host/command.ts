// Commands as small named units (markdown-language-features style), registered in one place
// that turns failures into one short sentence for the user and the full story in the log.
import * as vscode from 'vscode';
import { EditRefused } from '../core/edits';
import { requireTrust } from './journalWriter';
import type { Services } from './services';

export interface Command {
  readonly id: string;
  /**
   * The command writes files: in Restricted Mode the registry refuses it before it asks anything
   * (the writer refuses the write itself too, whoever calls it).
   */
  readonly writes?: boolean;
  execute(...args: unknown[]): unknown;
}

export function registerCommands(services: Services, commands: Command[]): void {
  for (const command of commands) {
    services.context.subscriptions.push(
      vscode.commands.registerCommand(command.id, async (...args: unknown[]) => {
        try {
          if (command.writes) requireTrust();
          return await command.execute(...args);
        } catch (e) {
          reportError(services, command.id, e);
          return undefined;
        }
      }),
    );
  }
}

/** One sentence to the user, never a stack; details go to the output channel. */
export function reportError(services: Services, where: string, e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  services.log.appendLine(`[${where}] ${e instanceof Error && e.stack ? e.stack : message}`);
  if (e instanceof EditRefused) void vscode.window.showWarningMessage(`Mentorship: ${message}`);
  else void vscode.window.showErrorMessage(`Mentorship: ${message} (details in the "Mentorship" output)`);
}
