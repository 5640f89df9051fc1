// The top of the journal: open and overdue action items, and each goal's progress bar, for the
// mentorship(s) the filter selects. A goal's button filters the timeline by that goal.
import type { JournalModel } from '../../src/shared/journalProtocol';
import { h } from './dom';
import type { Filters } from './state';

export class SummaryView {
  readonly element: HTMLElement;
  private readonly counts: HTMLElement;
  private readonly goals: HTMLElement;

  constructor(private readonly onGoal: (goal: string) => void) {
    this.counts = h('p', { class: 'counts' });
    this.goals = h('ul', { class: 'goals', attrs: { 'aria-label': 'Goal progress' } });
    this.element = h('section', { class: 'summary', attrs: { 'aria-label': 'Summary' } }, this.counts, this.goals);
  }

  render(model: JournalModel, f: Filters): void {
    const selected = model.mentorships.filter((m) => !f.mentorship || m.key === f.mentorship);
    const open = selected.reduce((n, m) => n + m.open, 0);
    const overdue = selected.reduce((n, m) => n + m.overdue, 0);
    this.counts.replaceChildren(
      h('span', { class: 'count open' }, h('strong', {}, String(open)), ` open action ${open === 1 ? 'item' : 'items'}`),
      h('span', { class: `count overdue${overdue ? ' has-overdue' : ''}` }, h('strong', {}, String(overdue)), ' overdue'),
    );
    // Re-rendering replaces the buttons: keep the keyboard focus on the same goal.
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.goal-button')?.dataset.goal;
    const keys = new Set(selected.map((m) => m.key));
    const goals = model.goals
      .filter((g) => keys.has(g.mentorship))
      .sort((a, b) => rank(a.status) - rank(b.status) || a.title.localeCompare(b.title));
    this.goals.replaceChildren(
      ...goals.map((g) => {
        const pct = g.total ? Math.round((g.done / g.total) * 100) : 0;
        const label = `${g.title}: ${g.done} of ${g.total} milestones done${g.status === 'active' ? '' : `, ${g.status}`}`;
        return h(
          'li',
          { class: `goal status-${g.status}${f.goal === g.id ? ' selected' : ''}` },
          h(
            'button',
            { class: 'goal-button', attrs: { type: 'button', title: label, 'aria-pressed': String(f.goal === g.id), 'aria-label': `${label}. Filter the timeline by this goal` }, data: { goal: g.id }, on: { click: () => this.onGoal(f.goal === g.id ? '' : g.id) } },
            h('span', { class: 'goal-title' }, g.title),
            h('span', { class: 'goal-numbers' }, g.total ? `${g.done}/${g.total}` : 'no milestones', g.status !== 'active' ? ` · ${g.status}` : ''),
            h('progress', { attrs: { max: Math.max(g.total, 1), value: g.done, 'aria-hidden': 'true' } }, `${pct}%`),
          ),
        );
      }),
    );
    if (focused !== undefined) [...this.goals.querySelectorAll<HTMLElement>('.goal-button')].find((b) => b.dataset.goal === focused)?.focus();
  }
}

function rank(status: string): number {
  return ['active', 'paused', 'achieved', 'dropped'].indexOf(status);
}
