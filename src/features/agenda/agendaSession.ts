// The agenda as a session file: a new one for the meeting day (never over an existing file), or
// the one already holding exactly this agenda (a second click with nothing changed).
import type { Agenda } from '../../core/agenda';
import { renderAgendaSession } from '../../core/agendaMarkdown';
import type { Mentorship } from '../../core/journalIndex';
import { joinPath } from '../../core/paths';
import type { Journal } from '../../host/journalStore';
import type { Services } from '../../host/services';

/** Returns the journal path of the session that holds the agenda. */
export async function writeAgendaSession(services: Services, journal: Journal, mentorship: Mentorship, agenda: Agenda): Promise<string> {
  const content = renderAgendaSession(agenda);
  for (const s of journal.index.sessions(mentorship.id)) {
    if (s.date !== agenda.date) continue;
    const text = await journal.fs.readFile(s.path).catch(() => undefined);
    if (text === content) return s.path;
  }
  return services.writer.createFile(journal, joinPath(mentorship.prefix, 'sessions'), agenda.date, content);
}
