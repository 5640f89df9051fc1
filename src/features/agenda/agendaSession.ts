// The agenda as the session planned for its meeting: the one file per meeting that Generate
// Agenda, the composer and Move to Next Session share (core/schedule.ts). A new file when none is
// planned yet; else its Agenda section is refreshed in place (core/agendaBlock.ts), nothing else in
// it touched, after asking when someone edited the agenda since it was generated. Never a `-2`
// file beside a planned session; a conflicted one is named with what to resolve.
import * as vscode from 'vscode';
import type { Agenda } from '../../core/agenda';
import { updateAgenda } from '../../core/agendaBlock';
import { renderAgenda, renderAgendaSession } from '../../core/agendaMarkdown';
import type { Mentorship } from '../../core/journalIndex';
import type { Entry } from '../../core/model';
import { joinPath } from '../../core/paths';
import { plannedSessionOn } from '../../core/schedule';
import { EditRefused } from '../../host/journalWriter';
import type { Journal } from '../../host/journalStore';
import type { Services } from '../../host/services';

/** Returns the journal path of the session that holds the agenda, or undefined when the user cancelled. */
export async function writeAgendaSession(services: Services, journal: Journal, mentorship: Mentorship, agenda: Agenda): Promise<string | undefined> {
  const { planned, blocked } = plannedSessionOn(journal.index.shared(), mentorship.id, agenda.date, agenda.today);
  if (blocked) throw new EditRefused(whatToResolve(blocked));
  if (!planned) return services.writer.createFile(journal, joinPath(mentorship.prefix, 'sessions'), agenda.date, renderAgendaSession(agenda));
  const block = renderAgenda(agenda);
  // A first look at the buffer (unsaved edits included) decides whether to ask; the writer plans
  // again from the buffer as it is when it writes.
  const now = (await vscode.workspace.openTextDocument(journal.uri(planned.path))).getText();
  let replaceEdited = false;
  const look = updateAgenda(now, block);
  if (look.kind === 'edited') {
    const answer = await vscode.window.showWarningMessage(
      `The agenda of ${planned.path} was ${look.why === 'edited' ? 'edited since it was generated' : 'written by hand'}. Replace it with a new one?`,
      { modal: true, detail: 'Replace writes the new agenda over the Agenda section only; the notes and items below it stay. Keep Mine leaves the file as it is.' },
      'Replace',
      'Keep Mine',
    );
    if (answer === undefined) return undefined;
    if (answer === 'Keep Mine') return planned.path;
    replaceEdited = true;
  }
  await services.writer.editPlanned(journal, planned.path, (text) => {
    const update = updateAgenda(text, block, replaceEdited);
    if (update.kind === 'edited') throw new EditRefused(`the agenda of ${planned.path} was edited just now; run Generate Agenda again`);
    return update.kind === 'write' ? [update.edit] : null;
  });
  return planned.path;
}

function whatToResolve(entry: Entry): string {
  const conflicts = entry.diagnostics.filter((d) => d.code === 'conflict').map((d) => d.line);
  if (conflicts.length) {
    return `${entry.path} has unresolved git conflict markers (line ${conflicts.join(', ')}): keep what each side wrote, remove the markers, then generate the agenda again`;
  }
  const problem = entry.diagnostics.find((d) => d.severity === 'error');
  return `${entry.path} cannot be edited (${problem ? `line ${problem.line}: ${problem.message}` : 'its front matter cannot be read'}); fix it, then generate the agenda again`;
}
