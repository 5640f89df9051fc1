// New Session: a session file for the proposed day (the session planned for the next meeting, else
// today when a meeting is due or late, else the next meeting day: core/sessionDate.ts) or the day
// given, with the goals to discuss, opened with the cursor under Agenda. A session already planned
// for that day (not held yet) is opened instead of a second one; a second session on a day whose
// meeting was held gets `-2`.
import * as vscode from 'vscode';
import { joinPath } from '../../core/paths';
import { plannedSessionOn } from '../../core/schedule';
import { proposedSessionDate } from '../../core/sessionDate';
import { sessionTemplate } from '../../core/templates';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { askDate, pickMentorship, showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';
import { lineAfter } from './announce';

export class NewSessionCommand implements Command {
  readonly id = 'mentorship.newSession';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const { journal, mentorship } = ref;
    const suggested = proposedSessionDate(journal.index.shared(), mentorship.id, today());
    const answer = await askDate('Day of the session', suggested);
    if (answer === undefined) return undefined;
    const date = answer || suggested;
    const { planned } = plannedSessionOn(journal.index.shared(), mentorship.id, date, today());
    if (planned) {
      await showEntry(journal, planned.path);
      void vscode.window.showInformationMessage(`Mentorship: the session of ${date} is already planned (${planned.path}); it is open.`);
      return planned.path;
    }
    const active = journal.index.goals(mentorship.id).filter((g) => g.entry.goal!.status === 'active' && !g.entry.isPrivate);
    let goals: string[] = [];
    if (active.length) {
      const picked = await vscode.window.showQuickPick(
        active.map((g) => ({ label: g.entry.title, description: `${g.done}/${g.total} milestones`, id: g.id })),
        { canPickMany: true, placeHolder: 'Goals to discuss (optional: press Enter to skip)' },
      );
      if (!picked) return undefined;
      goals = picked.map((p) => p.id);
    }
    const content = sessionTemplate(date, goals);
    const path = await this.services.writer.createFile(journal, joinPath(mentorship.prefix, 'sessions'), date, content);
    await showEntry(journal, path, lineAfter(content, '## Agenda'));
    return path;
  }
}
