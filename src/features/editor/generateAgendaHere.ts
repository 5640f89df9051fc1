// "Generate agenda here" (the CodeLens above a session's Action items): the agenda for the
// meeting this session records, into this session (its empty Agenda section, the agenda generated
// there before and not edited since, or a new section before its first one), through the writer.
import * as vscode from 'vscode';
import { buildAgenda } from '../../core/agenda';
import { updateAgenda } from '../../core/agendaBlock';
import { renderAgenda } from '../../core/agendaMarkdown';
import { EditRefused } from '../../core/edits';
import { parseEntry } from '../../core/parseEntry';
import { nextMeetingDay } from '../../core/schedule';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { Services } from '../../host/services';
import { GENERATE_AGENDA_HERE } from './actionItemsLens';

export class GenerateAgendaHereCommand implements Command {
  readonly id = GENERATE_AGENDA_HERE;
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(uri?: unknown): Promise<boolean> {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) return false;
    await this.services.store.ready();
    const hit = this.services.store.locate(target);
    const shared = hit?.journal.index.shared();
    const id = hit && shared!.mentorshipIdOf(hit.path);
    if (!hit || !shared || id === null || id === undefined) throw new EditRefused('open a session of a mentorship to generate its agenda there');
    const doc = await vscode.workspace.openTextDocument(target);
    const day = today();
    const date = parseEntry(hit.path, doc.getText())?.date ?? nextMeetingDay(shared, id, day);
    const block = renderAgenda(buildAgenda(shared, { mentorshipId: id, today: day, date }));
    let kept = false;
    await this.services.writer.editPlanned(hit.journal, hit.path, (text) => {
      const update = updateAgenda(text, block);
      kept = update.kind === 'edited';
      return update.kind === 'write' ? [update.edit] : null;
    });
    if (kept) void vscode.window.showInformationMessage(`Mentorship: ${hit.path} has an agenda written or edited by hand; it was left as it is.`);
    return !kept;
  }
}
