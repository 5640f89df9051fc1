// What a click on the status bar does when two or more 1:1s fall on the same day: asks whose
// agenda to generate (the status bar names them all), then runs Generate Agenda for that one.
import * as vscode from 'vscode';
import { nextMeetingPhrase, personOf, scheduleOf } from '../../core/nextSessions';
import { plural } from '../../core/summaries';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import type { JournalStore } from '../../host/journalStore';
import type { MentorshipArg } from '../../host/nodes';

export class AgendaForNextMeetingCommand implements Command {
  readonly id = 'mentorship.agendaForNextMeeting';
  constructor(private readonly store: JournalStore) {}

  /** `keys`: the mentorships meeting that day (the store's keys), soonest first. */
  async execute(keys?: unknown): Promise<unknown> {
    await this.store.ready();
    const wanted = Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
    const day = today();
    const refs = this.store.mentorships().filter((r) => wanted.includes(r.key));
    if (refs.length === 0) return vscode.commands.executeCommand('mentorship.generateAgenda');
    const choices = refs.map((ref) => {
      const s = scheduleOf(ref.journal.index, ref.key, ref.mentorship, day);
      return {
        label: personOf(ref.mentorship),
        description: [ref.mentorship.title, nextMeetingPhrase(s.next, day), s.overdueItems ? plural(s.overdueItems, 'overdue item') : ''].filter(Boolean).join(' · '),
        ref,
      };
    });
    const pick = refs.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { placeHolder: `${choices.length} 1:1s that day: whose agenda?`, matchOnDescription: true });
    if (!pick) return undefined;
    const arg: MentorshipArg = { type: 'mentorship', ref: pick.ref };
    return vscode.commands.executeCommand('mentorship.generateAgenda', arg);
  }
}
