// Generate Agenda: the next meeting's agenda for a mentorship, into the session planned for that
// meeting (default, opened: agendaSession.ts), on the clipboard, or at the cursor. The setting
// `mentorship.agenda.output` chooses for "Generate Agenda"; "…to Clipboard" and "…at Cursor" are
// the other two outputs as commands of their own; an `{ output }` argument overrides either.
import * as vscode from 'vscode';
import { buildAgenda } from '../../core/agenda';
import { PLAIN_STYLE, renderAgenda, renderAgendaSession, type AgendaStyle } from '../../core/agendaMarkdown';
import { nextMeetingDay } from '../../core/schedule';
import { linksFrom } from '../../core/sourceLinks';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { EditRefused } from '../../host/journalWriter';
import type { Journal } from '../../host/journalStore';
import { pickMentorship, showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';
import { type AgendaOutput, readSettings } from '../../host/settings';
import { showUntitledMarkdown } from '../../host/untitled';
import { writeAgendaSession } from './agendaSession';

const OUTPUTS: readonly AgendaOutput[] = ['session', 'clipboard', 'cursor'];

export class GenerateAgendaCommand implements Command {
  constructor(
    private readonly services: Services,
    readonly id = 'mentorship.generateAgenda',
    /** The output of this command; undefined: the setting's. */
    private readonly fixed?: AgendaOutput,
  ) {}

  /** Returns the session's journal path, or the Markdown for the clipboard and the cursor. */
  async execute(...args: unknown[]): Promise<string | undefined> {
    const output = args.map(outputOf).find((o) => o !== undefined) ?? this.fixed ?? readSettings().agendaOutput;
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
      if (path !== undefined) await showEntry(journal, path);
      return path;
    }
    if (output === 'clipboard') {
      const markdown = renderAgenda(agenda, PLAIN_STYLE);
      await vscode.env.clipboard.writeText(markdown);
      void vscode.window.showInformationMessage(`Mentorship: the agenda for ${agenda.date} is on the clipboard.`);
      return markdown;
    }
    const markdown = renderAgenda(agenda, cursorStyle(journal, editor!.document));
    if (!(await editor!.edit((b) => b.replace(editor!.selection, markdown)))) {
      throw new EditRefused('the editor refused the insertion (is it read-only?)');
    }
    return markdown;
  }
}

/**
 * Links from the document the agenda lands in: relative to its folder when it is in the
 * journal's workspace folder (to the line, unless it is a journal file itself, which both people
 * share and whose lines move), else plain text with paths.
 */
function cursorStyle(journal: Journal, doc: vscode.TextDocument): AgendaStyle {
  const base = journal.folder.uri;
  const inside = (uri: vscode.Uri) => uri.scheme === base.scheme && uri.authority === base.authority && (uri.path + '/').startsWith(base.path.replace(/\/?$/, '/'));
  if (doc.isUntitled || !inside(doc.uri)) return PLAIN_STYLE;
  const rel = (uri: vscode.Uri) => uri.path.slice(base.path.replace(/\/?$/, '/').length);
  const docFolder = rel(doc.uri).split('/').slice(0, -1).join('/');
  return { words: 'live', links: linksFrom(docFolder, rel(journal.root)), lineLinks: journal.pathOf(doc.uri) === undefined };
}

function outputOf(arg: unknown): AgendaOutput | undefined {
  const o = typeof arg === 'object' && arg !== null ? (arg as { output?: unknown }).output : undefined;
  return OUTPUTS.find((x) => x === o);
}
