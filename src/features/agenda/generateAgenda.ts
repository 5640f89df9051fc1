// Generate Agenda: the next meeting's agenda for a mentorship, as a new session file (default,
// opened; never over an existing one), on the clipboard, or at the cursor. The setting
// `mentorship.agenda.output` chooses; an `{ output }` argument overrides it.
import * as vscode from 'vscode';
import { buildAgenda } from '../../core/agenda';
import { renderAgenda, renderAgendaSession } from '../../core/agendaMarkdown';
import { nextMeetingDay } from '../../core/schedule';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { EditRefused } from '../../host/journalWriter';
import { pickMentorship, showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';
import { type AgendaOutput, readSettings } from '../../host/settings';
import { showUntitledMarkdown } from '../../host/untitled';
import { writeAgendaSession } from './agendaSession';

const OUTPUTS: readonly AgendaOutput[] = ['session', 'clipboard', 'cursor'];

export class GenerateAgendaCommand implements Command {
  readonly id = 'mentorship.generateAgenda';
  constructor(private readonly services: Services) {}

  /** Returns the new session's journal path, or the Markdown for the clipboard and the cursor. */
  async execute(...args: unknown[]): Promise<string | undefined> {
    const output = args.map(outputOf).find((o) => o !== undefined) ?? readSettings().agendaOutput;
    // Checked before any question: there is nothing to insert into.
    const editor = vscode.window.activeTextEditor;
    if (output === 'cursor' && !editor) throw new EditRefused('there is no editor to insert the agenda into; open a file and place the cursor first');
    const ref = await pickMentorship(this.services.store, args.find((a) => !outputOf(a)));
    if (!ref) return undefined;
    const { journal, mentorship } = ref;
    const day = today();
    const agenda = buildAgenda(journal.index.shared(), { mentorshipId: mentorship.id, today: day, date: nextMeetingDay(journal.index.shared(), mentorship.id, day) });
    if (output === 'session' && !vscode.workspace.isTrusted) {
      // Restricted Mode: the agenda is still there to read, as a preview that writes nothing.
      await showUntitledMarkdown(renderAgendaSession(agenda));
      void vscode.window.showInformationMessage('Mentorship: this folder is in Restricted Mode, so the agenda opens as a preview; trust the folder to save it as a session file.');
      return undefined;
    }
    if (output === 'session') {
      const path = await writeAgendaSession(this.services, journal, mentorship, agenda);
      await showEntry(journal, path);
      return path;
    }
    const markdown = renderAgenda(agenda);
    if (output === 'clipboard') {
      await vscode.env.clipboard.writeText(markdown);
      void vscode.window.showInformationMessage(`Mentorship: the agenda for ${agenda.date} is on the clipboard.`);
    } else if (!(await editor!.edit((b) => b.replace(editor!.selection, markdown)))) {
      throw new EditRefused('the editor refused the insertion (is it read-only?)');
    }
    return markdown;
  }
}

function outputOf(arg: unknown): AgendaOutput | undefined {
  const o = typeof arg === 'object' && arg !== null ? (arg as { output?: unknown }).output : undefined;
  return OUTPUTS.find((x) => x === o);
}
