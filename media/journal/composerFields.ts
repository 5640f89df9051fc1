// The composer's fields for each kind, their draft (saved in the webview state) and the message
// fields they make. Checked here for the user's sake, field by field with a message beside the
// field; the extension checks everything again.
import type { GoalSummary, LogFields, SessionFields } from '../../src/shared/journalProtocol';
import { h, uid } from './dom';
import type { ComposerKind } from './state';

export type Draft = Record<string, string | boolean>;
export type Built = { type: 'session'; session: SessionFields } | { type: 'entry'; entry: LogFields };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const HANDLE = /^@?[\p{L}\p{N}_.-]{1,64}$/u;
/** Four-digit years only: a date input would otherwise take 275760-01-01. */
const MAX_DATE = '9999-12-31';
const TEXT_LABEL: Record<Exclude<ComposerKind, 'session'>, string> = {
  win: 'What went well',
  feedback: 'Feedback (who said what)',
  intro: 'Who to introduce to whom, and why',
  reflection: 'Reflection',
};

/** One action item's row: its text, owner and due date, the message under it, and its remove button. */
interface ActionRow {
  row: HTMLElement;
  text: HTMLInputElement;
  owner: HTMLInputElement;
  due: HTMLInputElement;
  remove: HTMLButtonElement;
  message: HTMLElement;
}

export function composerFields(): ComposerFields {
  return new ComposerFields();
}

class ComposerFields {
  readonly element: HTMLElement;
  /** The session's date field: the composer shows it beside the mentorship. */
  readonly dateField: HTMLElement;
  private readonly session: HTMLElement;
  private readonly log: HTMLElement;
  private readonly date = h('input', { attrs: { type: 'date', name: 'date', required: true, max: MAX_DATE } });
  private readonly dateMessage = fieldMessage();
  private readonly goals = h('div', { class: 'goal-choices' });
  private readonly rows = h('div', { class: 'action-rows' });
  private readonly owners = h('datalist', { attrs: { id: uid('owners') } });
  private readonly textLabel = h('label', {}, TEXT_LABEL.win);
  private readonly text = h('textarea', { attrs: { name: 'text', rows: 4 } });
  private readonly titleField: HTMLElement;
  private readonly ownerField: HTMLElement;
  private rowsChanged: () => void = () => {};
  private defaultDate = '';
  /** Whether the person chose the session's date (else it follows the proposed day). */
  private dateChosen = false;
  /** The user's own handle: new action rows start with it as owner. */
  private me: string | null = null;
  private invalid: HTMLElement | null = null;
  private goalsSignature: string | null = null;

  constructor() {
    this.dateField = labelled('Date', this.date, 'date-field', this.dateMessage);
    this.date.addEventListener('input', () => (this.dateChosen = true));
    watchDate(this.date, this.dateMessage, () => sessionDateProblem(this.date));
    this.session = h(
      'div',
      { class: 'session-fields' },
      h('fieldset', { class: 'goal-set' }, h('legend', {}, 'Goals discussed'), this.goals),
      labelled('Notes', h('textarea', { attrs: { name: 'notes', rows: 4 } })),
      h(
        'fieldset',
        { class: 'action-set' },
        h('legend', {}, 'Action items'),
        this.rows,
        h('button', { class: 'secondary add-row', attrs: { type: 'button' }, on: { click: () => this.addRow(true) } }, 'Add action item'),
      ),
      h(
        'div',
        { class: 'pair' },
        labelled('Wins (one per line)', h('textarea', { attrs: { name: 'wins', rows: 3 } })),
        labelled('Feedback (one per line)', h('textarea', { attrs: { name: 'feedback', rows: 3 } })),
      ),
    );
    this.titleField = labelled('Title (optional)', h('input', { attrs: { type: 'text', name: 'title' } }));
    this.ownerField = labelled('Who makes the introduction (optional)', h('input', { attrs: { type: 'text', name: 'owner', list: this.owners.id, placeholder: '@handle' } }), 'owner-field');
    const textId = uid('text');
    this.text.id = textId;
    this.textLabel.htmlFor = textId;
    this.log = h(
      'div',
      { class: 'log-fields', attrs: { hidden: true } },
      this.titleField,
      h('div', { class: 'field' }, this.textLabel, this.text),
      this.ownerField,
      h('label', { class: 'check' }, h('input', { attrs: { type: 'checkbox', name: 'isPrivate' } }), h('span', {}, 'Private: keep it in private/, never shared or on an agenda')),
    );
    this.element = h('div', { class: 'composer-fields' }, this.session, this.log, this.owners);
    this.addRow(false);
  }

  onRowsChange(cb: () => void): void {
    this.rowsChanged = cb;
  }

  show(kind: ComposerKind): void {
    this.session.hidden = kind !== 'session';
    this.dateField.hidden = kind !== 'session';
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
      ...goals.map((g) => h('label', { class: 'check' }, h('input', { attrs: { type: 'checkbox', name: `goal:${g.id}`, value: g.id, checked: checked.has(g.id) } }), h('span', {}, g.title))),
    );
    if (!goals.length) this.goals.append(h('p', { class: 'hint' }, 'No active goals in this mentorship.'));
  }

  setOwners(owners: readonly string[], me: string | null): void {
    this.owners.replaceChildren(...owners.map((o) => h('option', { attrs: { value: '@' + o } })));
    this.me = me;
    // Rows still untouched take the user's own handle as their owner.
    for (const { owner } of this.actionRows()) {
      if (!owner.value && !owner.dataset.touched && me) owner.value = '@' + me;
    }
  }

  /** The day the extension proposes for the session; shown until the person picks another. */
  setDefaultDate(date: string): void {
    this.defaultDate = date;
    if (!this.dateChosen && !this.date.validity.badInput) this.date.value = date;
  }

  draft(): Draft {
    const d: Draft = { actionRows: String(this.rows.children.length), dateChosen: this.dateChosen };
    for (const el of this.element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')) {
      d[el.name] = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
    }
    d.date = this.date.value;
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
    // A date the person chose comes back; a proposed one is proposed afresh (it may be another day now).
    this.dateChosen = d.dateChosen === true && typeof d.date === 'string' && ISO.test(d.date);
    this.date.value = this.dateChosen ? (d.date as string) : this.defaultDate;
  }

  reset(): void {
    for (const el of this.element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')) {
      if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = false;
      else el.value = '';
    }
    this.rows.replaceChildren();
    this.addRow(false);
    this.dateChosen = false;
    this.date.value = this.defaultDate;
    setMessage(this.date, this.dateMessage, '');
  }

  /** The message fields, or one sentence saying what to fix (the field says it too). */
  build(kind: ComposerKind): Built | string {
    this.invalid = null;
    const value = (name: string) => this.element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)?.value ?? '';
    const lines = (name: string) => value(name).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (kind === 'session') {
      const dateProblem = sessionDateProblem(this.date);
      setMessage(this.date, this.dateMessage, dateProblem ?? '');
      if (dateProblem) return this.fail(this.date, `Fix the date of the session: ${lowerFirst(dateProblem)}`);
      const actions: SessionFields['actions'] = [];
      let problem: string | null = null;
      this.actionRows().forEach((r, i) => {
        const text = r.text.value.trim();
        const owner = r.owner.value.trim();
        const dueProblem = dueDateProblem(r.due);
        setMessage(r.due, r.message, dueProblem ?? '');
        if (dueProblem) problem ??= this.fail(r.due, `Fix the due date of action item ${i + 1}: ${lowerFirst(dueProblem)}`);
        if (!text) return;
        if (owner && !HANDLE.test(owner)) problem ??= this.fail(r.owner, 'An owner is one handle, like @sam.');
        actions.push({ text, owner: owner.replace(/^@/, ''), due: r.due.value });
      });
      if (problem) return problem;
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

  /**
   * Enter in an action item's fields: to the next row's text, or a new row after the last one
   * (when it has text). Returns whether it handled the key.
   */
  enterInRow(target: EventTarget | null): boolean {
    const rows = this.actionRows();
    const at = rows.findIndex((r) => r.row.contains(target as Node));
    if (at < 0) return false;
    if (at < rows.length - 1) rows[at + 1].text.focus();
    else if (rows[at].text.value.trim()) this.addRow(true);
    return true;
  }

  private fail(el: HTMLElement, message: string): string {
    this.invalid = el;
    return message;
  }

  private actionRows(): ActionRow[] {
    return [...this.rows.children].map((row) => {
      const [text, owner, due] = [...row.querySelectorAll('input')];
      return { row: row as HTMLElement, text, owner, due, remove: row.querySelector('button')!, message: row.querySelector<HTMLElement>('.field-message')! };
    });
  }

  private addRow(focus: boolean): void {
    const text = h('input', { attrs: { type: 'text', placeholder: 'What will be done' } });
    const owner = h('input', {
      attrs: { type: 'text', list: this.owners.id, placeholder: '@owner', value: this.me ? '@' + this.me : '' },
      on: { input: (e) => ((e.target as HTMLInputElement).dataset.touched = '1') },
    });
    const due = h('input', { attrs: { type: 'date', max: MAX_DATE } });
    const message = fieldMessage();
    const remove = h('button', { class: 'secondary remove-row', attrs: { type: 'button' }, on: { click: () => this.removeRow(row) } }, 'Remove');
    const row = h(
      'div',
      { class: 'action-row' },
      cell('cell-text', 'Action item', text),
      cell('cell-owner', 'Owner', owner),
      cell('cell-due', 'Due date', due),
      h('div', { class: 'cell cell-remove' }, remove),
      message,
    );
    watchDate(due, message, () => dueDateProblem(due));
    this.rows.append(row);
    this.numberRows();
    if (focus) text.focus();
    this.rowsChanged();
  }

  private removeRow(row: HTMLElement): void {
    const next = (row.nextElementSibling ?? row.previousElementSibling)?.querySelector('input');
    row.remove();
    if (!this.rows.children.length) this.addRow(false);
    this.numberRows();
    (next ?? this.rows.querySelector('input'))?.focus();
    this.rowsChanged();
  }

  /** Names and labels follow the position, so a saved draft restores into the same rows. */
  private numberRows(): void {
    this.actionRows().forEach(({ text, owner, due, remove }, i) => {
      text.name = `action-text-${i}`;
      owner.name = `action-owner-${i}`;
      due.name = `action-due-${i}`;
      text.setAttribute('aria-label', `Action item ${i + 1}`);
      owner.setAttribute('aria-label', `Owner of action item ${i + 1}`);
      due.setAttribute('aria-label', `Due date of action item ${i + 1}`);
      remove.setAttribute('aria-label', `Remove action item ${i + 1}`);
    });
  }
}

/** A labelled control; `message` (a fieldMessage) goes under it when given. */
function labelled(label: string, control: HTMLInputElement | HTMLTextAreaElement, cls = '', message?: HTMLElement): HTMLElement {
  const id = uid('field');
  control.id = id;
  return h('div', { class: `field ${cls}`.trim() }, h('label', { attrs: { for: id } }, label), control, message);
}

/** One cell of an action row: a small visible label over its control (the aria-label names it fully). */
function cell(cls: string, label: string, control: HTMLInputElement): HTMLElement {
  return h('label', { class: `cell ${cls}` }, h('span', { class: 'cell-label' }, label), control);
}

/** The message under a field: spoken when it appears, empty (and taking no room) while all is well. */
function fieldMessage(): HTMLElement {
  return h('p', { class: 'field-message', attrs: { id: uid('message'), 'aria-live': 'polite' } });
}

function setMessage(input: HTMLInputElement, message: HTMLElement, text: string): void {
  message.textContent = text;
  if (text) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', message.id);
  } else {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}

/** What is wrong with a due date (which may be empty), or null. */
function dueDateProblem(input: HTMLInputElement): string | null {
  // A half-typed date ("2026-12-…") is no value at all to the page: never drop it silently.
  if (input.validity.badInput) return 'Finish the date (day, month and year) or clear it.';
  if (input.value !== '' && !isFourDigitDay(input.value)) return 'Write the year with four digits.';
  return null;
}

/** What is wrong with the session's date, or null. */
function sessionDateProblem(input: HTMLInputElement): string | null {
  if (input.validity.badInput) return 'Finish the date (day, month and year).';
  if (input.value === '') return 'Pick the day of the session.';
  if (!isFourDigitDay(input.value)) return 'Write the year with four digits.';
  return null;
}

function isFourDigitDay(value: string): boolean {
  return ISO.test(value) && value <= MAX_DATE;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Says what is wrong with a date as soon as the person leaves the field, and clears the message
 * once it is fixed.
 */
function watchDate(input: HTMLInputElement, message: HTMLElement, problem: () => string | null): void {
  const check = (leaving: boolean) => {
    const p = problem();
    // While typing, only clear a message; a new one waits until the person leaves the field.
    if (!p || leaving) setMessage(input, message, p ?? '');
  };
  input.addEventListener('blur', (e) => {
    // Not when leaving for a button: the message would move it from under the pointer mid-click
    // (writing shows the message anyway).
    if (!(e.relatedTarget instanceof HTMLButtonElement)) check(true);
  });
  input.addEventListener('input', () => check(false));
  input.addEventListener('change', () => check(false));
}
