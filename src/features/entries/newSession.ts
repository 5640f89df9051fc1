// New Session: a session file for the proposed day (today when a meeting is due or late and not
// written yet, else the next meeting day: core/sessionDate.ts) or the day given, with the goals to
// discuss, opened with the cursor under Agenda. A second session on one day gets `-2`.
import * as vscode from 'vscode';
import { joinPath } from '../../core/paths';
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
