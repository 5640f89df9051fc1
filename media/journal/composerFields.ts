// The composer's fields for each kind, their draft (saved in the webview state) and the message
// fields they make. Checked here for the user's sake; the extension checks everything again.
import type { GoalSummary, LogFields, SessionFields } from '../../src/shared/journalProtocol';
import { h, uid } from './dom';
import type { ComposerKind } from './state';

export type Draft = Record<string, string | boolean>;
export type Built = { type: 'session'; session: SessionFields } | { type: 'entry'; entry: LogFields };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const HANDLE = /^@?[\p{L}\p{N}_.-]{1,64}$/u;
const TEXT_LABEL: Record<Exclude<ComposerKind, 'session'>, string> = {
  win: 'What went well',
  feedback: 'Feedback (who said what)',
  intro: 'Who to introduce to whom, and why',
  reflection: 'Reflection',
};

export function composerFields(): ComposerFields {
  return new ComposerFields();
}

class ComposerFields {
  readonly element: HTMLElement;
  private readonly session: HTMLElement;
  private readonly log: HTMLElement;
  private readonly date = h('input', { attrs: { type: 'date', name: 'date', required: true } });
  private readonly goals = h('div', { class: 'goal-choices' });
  private readonly rows = h('div', { class: 'action-rows' });
  private readonly owners = h('datalist', { attrs: { id: uid('owners') } });
  private readonly textLabel = h('label', {}, TEXT_LABEL.win);
  private readonly text = h('textarea', { attrs: { name: 'text', rows: 3 } });
  private readonly titleField: HTMLElement;
  private readonly ownerField: HTMLElement;
  private rowsChanged: () => void = () => {};
  private today = '';
  /** The user's own handle: new action rows start with it as owner. */
  private me: string | null = null;
  private invalid: HTMLElement | null = null;
  private goalsSignature: string | null = null;

  constructor() {
    this.session = h(
      'div',
      { class: 'session-fields' },
      labelled('Date', this.date),
      h('fieldset', { class: 'goal-set' }, h('legend', {}, 'Goals discussed'), this.goals),
      labelled('Notes', h('textarea', { attrs: { name: 'notes', rows: 4 } })),
      h('fieldset', { class: 'action-set' }, h('legend', {}, 'Action items'), this.rows, h('button', { class: 'secondary', attrs: { type: 'button' }, on: { click: () => this.addRow(true) } }, 'Add action item')),
      labelled('Wins (one per line)', h('textarea', { attrs: { name: 'wins', rows: 2 } })),
      labelled('Feedback (one per line)', h('textarea', { attrs: { name: 'feedback', rows: 2 } })),
    );
    const textId = uid('text');
    this.text.id = textId;
    this.textLabel.htmlFor = textId;
    this.titleField = labelled('Title (optional)', h('input', { attrs: { type: 'text', name: 'title' } }));
    this.ownerField = labelled('Who makes the introduction (optional)', h('input', { attrs: { type: 'text', name: 'owner', list: this.owners.id, placeholder: '@handle' } }));
    this.log = h(
      'div',
      { class: 'log-fields', attrs: { hidden: true } },
      this.titleField,
      h('div', { class: 'field wide' }, this.textLabel, this.text),
      this.ownerField,
      h('label', { class: 'check' }, h('input', { attrs: { type: 'checkbox', name: 'isPrivate' } }), 'Private: keep it in private/, never shared or on an agenda'),
    );
    this.element = h('div', { class: 'composer-fields' }, this.session, this.log, this.owners);
    this.addRow(false);
  }

  onRowsChange(cb: () => void): void {
    this.rowsChanged = cb;
  }

  show(kind: ComposerKind): void {
    this.session.hidden = kind !== 'session';
    this.log.hidden = kind === 'session';
    if (kind === 'session') return;
    this.textLabel.textContent = TEXT_LABEL[kind];
    this.titleField.hidden = kind !== 'reflection';
    this.ownerField.hidden = kind !== 'intro';
  }

  setGoals(goals: readonly GoalSummary[]): void {
    // Live updates re-render often: keep the boxes (and the focus on one) unless the goals changed.
    const signature = goals.map((g) => `${g.id}\n${g.title}`).join('\n');
    if (signature === this.goalsSignature) return;
    this.goalsSignature = signature;
    const checked = new Set([...this.goals.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value));
    this.goals.replaceChildren(
      ...goals.map((g) => h('label', { class: 'check' }, h('input', { attrs: { type: 'checkbox', name: `goal:${g.id}`, value: g.id, checked: checked.has(g.id) } }), g.title)),
    );
    if (!goals.length) this.goals.append(h('p', { class: 'hint' }, 'No active goals in this mentorship.'));
  }

  setOwners(owners: readonly string[], me: string | null): void {
    this.owners.replaceChildren(...owners.map((o) => h('option', { attrs: { value: '@' + o } })));
    this.me = me;
    // Rows still untouched take the user's own handle as their owner.
    for (const input of this.rows.querySelectorAll<HTMLInputElement>('input[name^="action-owner-"]')) {
      if (!input.value && !input.dataset.touched && me) input.value = '@' + me;
    }
  }

  setToday(today: string): void {
    this.today = today;
    if (!this.date.value) this.date.value = today;
  }

  draft(): Draft {
    const d: Draft = { actionRows: String(this.rows.children.length) };
    for (const el of this.element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')) {
      d[el.name] = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
    }
    return d;
  }

  restore(d: Draft): void {
    const rows = Math.min(Number(d.actionRows) || 1, 100);
    while (this.rows.children.length < rows) this.addRow(false);
    for (const el of this.element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')) {
      const v = d[el.name];
      if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = v === true;
      else if (typeof v === 'string') el.value = v;
    }
  }

  reset(): void {
    for (const el of this.element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')) {
      if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = false;
      else el.value = '';
    }
    this.rows.replaceChildren();
    this.addRow(false);
    this.date.value = this.today;
  }

  /** The message fields, or one sentence saying what to fix. */
  build(kind: ComposerKind): Built | string {
    this.invalid = null;
    const value = (name: string) => this.element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)?.value ?? '';
    const lines = (name: string) => value(name).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (kind === 'session') {
      if (!ISO.test(this.date.value)) return this.fail(this.date, 'Pick the date of the session.');
      const actions: SessionFields['actions'] = [];
      for (const row of this.rows.children) {
        const [text, owner, due] = [...row.querySelectorAll('input')];
        if (!text.value.trim()) continue;
        if (owner.value.trim() && !HANDLE.test(owner.value.trim())) return this.fail(owner, 'An owner is one handle, like @sam.');
        actions.push({ text: text.value.trim(), owner: owner.value.trim().replace(/^@/, ''), due: due.value });
      }
      const goals = [...this.goals.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      return { type: 'session', session: { date: this.date.value, goals, notes: value('notes').trim(), actions, wins: lines('wins'), feedback: lines('feedback') } };
    }
    if (!this.text.value.trim()) return this.fail(this.text, 'Write something to log first.');
    const owner = kind === 'intro' ? value('owner').trim() : '';
    const ownerInput = this.ownerField.querySelector('input')!;
    if (owner && !HANDLE.test(owner)) return this.fail(ownerInput, 'An owner is one handle, like @sam.');
    const isPrivate = this.element.querySelector<HTMLInputElement>('[name="isPrivate"]')!.checked;
    return { type: 'entry', entry: { kind, text: this.text.value.trim(), title: kind === 'reflection' ? value('title').trim() : '', owner: owner.replace(/^@/, ''), isPrivate } };
  }

  focusInvalid(): void {
    this.invalid?.focus();
  }

  private fail(el: HTMLElement, message: string): string {
    this.invalid = el;
    return message;
  }

  private addRow(focus: boolean): void {
    const n = this.rows.children.length;
    const text = h('input', { attrs: { type: 'text', name: `action-text-${n}`, 'aria-label': `Action item ${n + 1}`, placeholder: 'What will be done' } });
    const row = h(
      'div',
      { class: 'action-row' },
      text,
      h('input', {
        attrs: { type: 'text', name: `action-owner-${n}`, list: this.owners.id, 'aria-label': `Owner of action item ${n + 1}`, placeholder: '@owner', value: this.me ? '@' + this.me : '' },
        on: { input: (e) => ((e.target as HTMLInputElement).dataset.touched = '1') },
      }),
      h('input', { attrs: { type: 'date', name: `action-due-${n}`, 'aria-label': `Due date of action item ${n + 1}` } }),
      h('button', { class: 'icon', attrs: { type: 'button', 'aria-label': `Remove action item ${n + 1}` }, on: { click: () => this.removeRow(row) } }, '×'),
    );
    this.rows.append(row);
    if (focus) text.focus();
    this.rowsChanged();
  }

  private removeRow(row: HTMLElement): void {
    const next = (row.nextElementSibling ?? row.previousElementSibling)?.querySelector('input');
    row.remove();
    if (!this.rows.children.length) this.addRow(false);
    // Names and labels follow the position, so a saved draft restores into the same rows.
    [...this.rows.children].forEach((r, i) => {
      const [text, owner, due] = [...r.querySelectorAll('input')];
      const remove = r.querySelector('button')!;
      text.name = `action-text-${i}`;
      owner.name = `action-owner-${i}`;
      due.name = `action-due-${i}`;
      text.setAttribute('aria-label', `Action item ${i + 1}`);
      owner.setAttribute('aria-label', `Owner of action item ${i + 1}`);
      due.setAttribute('aria-label', `Due date of action item ${i + 1}`);
      remove.setAttribute('aria-label', `Remove action item ${i + 1}`);
    });
    (next ?? this.rows.querySelector('input'))?.focus();
    this.rowsChanged();
  }
}

function labelled(label: string, control: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  const id = uid('field');
  control.id = id;
  return h('div', { class: 'field wide' }, h('label', { attrs: { for: id } }, label), control);
}
