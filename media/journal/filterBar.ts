// The filter controls: mentorship, goal, owner, kind, date range and free text. Changing one
// calls back with the new filters; `render` refreshes the choices when the journal changes.
import type { EventKind, JournalModel } from '../../src/shared/journalProtocol';
import { EVENT_KINDS } from '../../src/shared/journalProtocol';
import { fillSelect, h, uid } from './dom';
import { defaultFilters, type Filters } from './state';

const KIND_LABEL: Record<EventKind, string> = { session: 'Sessions', note: 'Notes', win: 'Wins', feedback: 'Feedback', intro: 'Introductions' };

export class FilterBar {
  readonly element: HTMLElement;
  readonly search: HTMLInputElement;
  private readonly mentorship = h('select', { attrs: { name: 'mentorship' } });
  private readonly goal = h('select', { attrs: { name: 'goal' } });
  private readonly owner = h('select', { attrs: { name: 'owner' } });
  private readonly from = h('input', { attrs: { type: 'date', name: 'from' } });
  private readonly to = h('input', { attrs: { type: 'date', name: 'to' } });
  private readonly kinds = new Map<EventKind, HTMLInputElement>();
  private readonly clear: HTMLButtonElement;
  private filters = defaultFilters();

  constructor(private readonly onChange: (f: Filters) => void) {
    this.search = h('input', { attrs: { type: 'search', name: 'text', placeholder: 'Search the journal', 'aria-label': 'Search the journal (press / to focus)' } });
    const kindBoxes = EVENT_KINDS.map((k) => {
      const box = h('input', { attrs: { type: 'checkbox', name: `kind-${k}`, checked: true } });
      this.kinds.set(k, box);
      return h('label', { class: 'kind-toggle' }, box, KIND_LABEL[k]);
    });
    this.clear = h('button', { class: 'secondary', attrs: { type: 'button' }, on: { click: () => this.set(defaultFilters()) } }, 'Clear filters');
    this.element = h(
      'form',
      { class: 'filters', attrs: { role: 'search', 'aria-label': 'Filter the timeline' }, on: { submit: (e) => e.preventDefault() } },
      field('Search', this.search, 'wide'),
      field('Mentorship', this.mentorship),
      field('Goal', this.goal),
      field('Owner', this.owner),
      field('From', this.from),
      field('To', this.to),
      h('fieldset', { class: 'kinds' }, h('legend', {}, 'Show'), h('div', { class: 'kind-choices' }, ...kindBoxes)),
      this.clear,
    );
    this.element.addEventListener('input', () => this.read());
    this.element.addEventListener('change', () => this.read());
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.search.value) {
        e.stopPropagation();
        this.search.value = '';
        this.read();
      }
    });
  }

  /** Refreshes the choices from the model and shows `f`. */
  render(model: JournalModel, f: Filters): void {
    this.filters = f;
    const multi = new Set(model.mentorships.map((m) => m.journalLabel)).size > 1;
    fillSelect(this.mentorship, [['', 'All mentorships'], ...model.mentorships.map((m): [string, string] => [m.key, multi ? `${m.title} (${m.journalLabel})` : m.title])], f.mentorship);
    const goals = model.goals.filter((g) => !f.mentorship || g.mentorship === f.mentorship);
    const goalIds = [...new Map(goals.map((g) => [g.id, g.title])).entries()];
    if (f.goal && !goalIds.some(([id]) => id === f.goal)) goalIds.push([f.goal, f.goal]);
    fillSelect(this.goal, [['', 'Any goal'], ...goalIds], f.goal);
    const owners = model.owners.includes(f.owner) || !f.owner ? model.owners : [...model.owners, f.owner];
    fillSelect(this.owner, [['', 'Anyone'], ...owners.map((o): [string, string] => [o, '@' + o])], f.owner);
    this.show(f);
  }

  /** Replaces the filters (e.g. a goal's button) and reports the change. */
  set(f: Filters): void {
    this.filters = f;
    this.show(f);
    this.onChange(f);
  }

  private show(f: Filters): void {
    this.mentorship.value = f.mentorship;
    this.goal.value = f.goal;
    this.owner.value = f.owner;
    this.from.value = f.from;
    this.to.value = f.to;
    if (this.search.value !== f.text) this.search.value = f.text;
    for (const [k, box] of this.kinds) box.checked = f.kinds.includes(k);
  }

  private read(): void {
    const f: Filters = {
      mentorship: this.mentorship.value,
      goal: this.goal.value,
      owner: this.owner.value,
      kinds: EVENT_KINDS.filter((k) => this.kinds.get(k)!.checked),
      from: this.from.value,
      to: this.to.value,
      text: this.search.value,
    };
    // A goal of another mentorship makes no sense once a mentorship is chosen.
    if (f.mentorship !== this.filters.mentorship) f.goal = '';
    this.filters = f;
    this.onChange(f);
  }
}

function field(label: string, control: HTMLElement, cls = ''): HTMLElement {
  const id = uid('filter');
  control.id = id;
  return h('div', { class: `field ${cls}`.trim() }, h('label', { attrs: { for: id } }, label), control);
}
