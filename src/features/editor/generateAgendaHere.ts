// "Generate agenda here" (the CodeLens above a session's Action items): the agenda for the
// meeting this session records, into this session (its empty Agenda section, or before its
// first section), through the writer.
import * as vscode from 'vscode';
import { buildAgenda } from '../../core/agenda';
import { agendaInsertion } from '../../core/agendaInsert';
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
    const done = await this.services.writer.insertPlanned(hit.journal, hit.path, (text) => agendaInsertion(text, block));
    if (!done) void vscode.window.showInformationMessage(`Mentorship: ${hit.path} has an agenda already; nothing was added.`);
    return done;
  }
}
