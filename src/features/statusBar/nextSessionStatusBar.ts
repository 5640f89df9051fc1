// The status bar item: when the next 1:1 is (the soonest over every mentorship, from each
// agreement's cadence and last session) and how many open action items of that mentorship are
// overdue. Clicking it generates the agenda for that meeting (asking whose, when two 1:1s fall on
// that day). Hidden when the window has no journal.
import * as vscode from 'vscode';
import { worstSignal } from '../../core/health/health';
import { scheduleOf, summarizeSchedules } from '../../core/nextSessions';
import { today } from '../../host/clock';
import { Disposable } from '../../host/dispose';
import type { JournalStore } from '../../host/journalStore';
import { mentorshipHealth } from '../../host/mentorshipHealth';
import type { MentorshipArg } from '../../host/nodes';
import { Tooltip } from '../../host/tooltip';

export class NextSessionStatusBar extends Disposable {
  readonly item: vscode.StatusBarItem;

  constructor(private readonly store: JournalStore) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem('mentorship.nextSession', vscode.StatusBarAlignment.Left, 50));
    this.item.name = 'Mentorship: Next 1:1';
    this._register(store.onDidChange(() => this.update()));
    // A window can stay open overnight: "today" is checked again whenever it gets focus back.
    this._register(
      vscode.window.onDidChangeWindowState((s) => {
        if (s.focused) this.update();
      }),
    );
  }

  update(): void {
    const day = today();
    const refs = this.store.mentorships();
    // Each mentorship's schedule is kept until a change touches it (work the size of the change).
    const summary = summarizeSchedules(
      refs.map((r) => this.store.derived(r.key, `schedule:${day}`, () => scheduleOf(r.journal.index, r.key, r.mentorship, day))),
      day,
    );
    if (!summary) {
      this.item.hide();
      return;
    }
    this.item.text = `$(calendar) ${summary.meeting}${summary.overdue ? `  $(warning) ${summary.overdue}` : ''}`;
    this.item.backgroundColor = summary.soonest.next.overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new Tooltip().title('Next 1:1');
    for (const line of summary.lines) tooltip.line(line);
    // The worst health signal over every mentorship (shared files only), when any is not ok.
    const worst = worstSignal(refs.map((r) => ({ title: r.mentorship.title, health: mentorshipHealth(this.store, r, day) })));
    if (worst) tooltip.line(`Health, ${worst.signal.level}: ${worst.title}: ${worst.signal.message}`);
    if (summary.sameDay.length > 1) {
      // Two 1:1s that day: the click asks whose agenda.
      const keys = summary.sameDay.map((s) => s.key);
      this.item.command = { command: 'mentorship.agendaForNextMeeting', title: 'Generate Agenda', arguments: [keys] };
      tooltip.line(`Click to choose whose agenda to generate: ${summary.sameDay.map((s) => s.mentorship.title).join(' or ')}.`);
    } else {
      const ref = refs.find((r) => r.key === summary.soonest.key)!;
      const arg: MentorshipArg = { type: 'mentorship', ref };
      this.item.command = { command: 'mentorship.generateAgenda', title: 'Generate Agenda', arguments: [arg] };
      tooltip.line(`Click to generate the agenda for ${summary.soonest.mentorship.title}.`);
    }
    this.item.tooltip = tooltip.build();
    this.item.accessibilityInformation = { label: `${summary.meeting}${summary.overdue ? `, ${summary.overdue} action items` : ''}` };
    this.item.show();
  }
}
