// The agenda as a session file: the one already holding exactly this agenda (a second click with
// nothing changed); else a session already planned for the meeting day (e.g. made by "move to
// next session") whose Agenda is still empty gets it; else a new file (never over an existing one).
import type { Agenda } from '../../core/agenda';
import { agendaInsertion } from '../../core/agendaInsert';
import { renderAgenda, renderAgendaSession } from '../../core/agendaMarkdown';
import type { Mentorship } from '../../core/journalIndex';
import { joinPath } from '../../core/paths';
import type { Journal } from '../../host/journalStore';
import type { Services } from '../../host/services';

/** Returns the journal path of the session that holds the agenda. */
export async function writeAgendaSession(services: Services, journal: Journal, mentorship: Mentorship, agenda: Agenda): Promise<string> {
  const content = renderAgendaSession(agenda);
  const planned = journal.index.sessions(mentorship.id).filter((s) => s.date === agenda.date && !s.isPrivate);
  for (const s of planned) {
    // The file as it is now (the index may not have seen the latest save yet).
    const text = await journal.fs.readFile(s.path).catch(() => undefined);
    if (text === content) return s.path;
  }
  const block = renderAgenda(agenda);
  for (const s of planned.reverse()) {
    if (!s.unsafeToEdit && (await services.writer.insertPlanned(journal, s.path, (text) => agendaInsertion(text, block)))) return s.path;
  }
  return services.writer.createFile(journal, joinPath(mentorship.prefix, 'sessions'), agenda.date, content);
}
