// The composer: log a session (date, goals, notes, action items with owner and due date, wins,
// feedback) or a win, feedback, an introduction or a reflection, optionally private. It sends
// the fields to the extension, which writes the Markdown with the core's composer (the same as
// the commands), and shows what was written with a button to open it. The unsent draft is kept
// in the webview state, so hiding the panel loses nothing. From the keyboard: Tab through the
// fields in the order they show, Enter in an action item goes to the next one (or adds one),
// Ctrl+Enter (⌘Enter) writes, Escape closes the composer (the draft stays).
import type { JournalModel, WebviewMessage, WroteFile } from '../../src/shared/journalProtocol';
import { fillSelect, h, uid } from './dom';
import { composerFields, type Draft } from './composerFields';
import type { ComposerKind } from './state';

type Send = Extract<WebviewMessage, { type: 'logSession' | 'logEntry' }> extends infer M ? (M extends unknown ? Omit<M, 'requestId'> : never) : never;

export interface ComposerHooks {
  send(msg: Send): Promise<{ ok: true; wrote?: WroteFile } | { ok: false; message: string }>;
  open(wrote: WroteFile): void;
  saveDraft(kind: ComposerKind, draft: Draft): void;
  /** Escape: close the composer. */
  close(): void;
}

const KINDS: [ComposerKind, string][] = [['session', 'Session'], ['win', 'Win'], ['feedback', 'Feedback'], ['intro', 'Introduction'], ['reflection', 'Reflection']];
const SUBMIT: Record<ComposerKind, string> = { session: 'Write session', win: 'Log win', feedback: 'Log feedback', intro: 'Log introduction', reflection: 'Write reflection' };

export class Composer {
  readonly element: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly mentorship = h('select', { attrs: { name: 'mentorship' } });
  private readonly mentorshipField: HTMLElement;
  private readonly fields = composerFields();
  private readonly submit = h('button', { class: 'primary', attrs: { type: 'submit' } }, SUBMIT.session);
  private readonly error = h('p', { class: 'composer-error', attrs: { role: 'alert' } });
  private readonly mac = /Mac|iPhone|iPad/.test(navigator.platform);
  private readonly result = h('div', { class: 'composer-result', attrs: { tabindex: '-1', hidden: true } });
  private kind: ComposerKind = 'session';
  private model: JournalModel | null = null;
  private busy = false;

  constructor(private readonly hooks: ComposerHooks) {
    const mentorshipId = uid('composer');
    this.mentorship.id = mentorshipId;
    this.mentorshipField = h('div', { class: 'field mentorship-field' }, h('label', { attrs: { for: mentorshipId } }, 'Mentorship'), this.mentorship);
    const radios = KINDS.map(([k, label]) =>
      h('label', { class: 'kind-option' }, h('input', { attrs: { type: 'radio', name: 'composer-kind', value: k, checked: k === 'session' } }), label),
    );
    const shortcut = this.mac ? '⌘Enter' : 'Ctrl+Enter';
    this.form = h(
      'form',
      { attrs: { 'aria-label': 'Log to the journal', novalidate: true, 'aria-keyshortcuts': this.mac ? 'Meta+Enter' : 'Control+Enter' } },
      h('fieldset', { class: 'composer-kinds' }, h('legend', {}, 'Log a'), h('div', { class: 'kind-choices' }, ...radios)),
      h('div', { class: 'meta-row' }, this.mentorshipField, this.fields.dateField),
      this.fields.element,
      h('div', { class: 'actions' }, this.submit, h('span', { class: 'hint shortcut' }, 'or ', h('kbd', {}, shortcut)), this.error),
    );
    this.element = h('section', { class: 'composer', attrs: { 'aria-label': 'Composer' } }, this.form, this.result);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.send();
    });
    this.form.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name === 'composer-kind') this.setKind(t.value as ComposerKind);
      else if (t.name === 'mentorship') {
        this.refreshGoals();
        this.proposeDate();
      }
    });
    this.form.addEventListener('keydown', (e) => this.onKey(e));
    this.form.addEventListener('input', () => this.save());
    this.form.addEventListener('change', () => this.save());
    this.fields.onRowsChange(() => this.save());
  }

  render(model: JournalModel, preferredMentorship: string): void {
    this.model = model;
    const multi = new Set(model.mentorships.map((m) => m.journalLabel)).size > 1;
    const current = this.mentorship.value || preferredMentorship;
    fillSelect(this.mentorship, model.mentorships.map((m) => [m.key, multi ? `${m.title} (${m.journalLabel})` : m.title]), current);
    this.mentorshipField.hidden = model.mentorships.length <= 1;
    this.refreshGoals();
    this.fields.setOwners(model.owners, model.me);
    this.proposeDate();
    const writable = model.trusted && model.mentorships.length > 0;
    this.submit.disabled = !writable || this.busy;
    this.submit.title = model.trusted ? '' : 'This folder is in Restricted Mode: trust it to write to the journal';
  }

  /** Restores a saved draft (after the model arrived, so goal choices exist). */
  restore(kind: ComposerKind, draft: Draft): void {
    this.setKind(kind);
    const radio = this.form.querySelector<HTMLInputElement>(`input[name="composer-kind"][value="${kind}"]`);
    if (radio) radio.checked = true;
    if (typeof draft.mentorship === 'string' && [...this.mentorship.options].some((o) => o.value === draft.mentorship)) {
      this.mentorship.value = draft.mentorship;
      this.refreshGoals();
      this.proposeDate();
    }
    this.fields.restore(draft);
  }

  focus(): void {
    this.form.querySelector<HTMLInputElement>('input[name="composer-kind"]:checked')?.focus();
  }

  private setKind(kind: ComposerKind): void {
    this.kind = kind;
    this.fields.show(kind);
    this.submit.textContent = SUBMIT[kind];
    this.error.textContent = '';
  }

  private onKey(e: KeyboardEvent): void {
    if (e.isComposing) return;
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      this.hooks.close();
      return;
    }
    if (e.key !== 'Enter' || e.altKey || e.shiftKey) return;
    if (this.mac ? e.metaKey : e.ctrlKey) {
      e.preventDefault();
      this.form.requestSubmit();
      return;
    }
    const target = e.target as HTMLElement;
    // Enter in a one-line field never sends a half-made session: in an action item it moves on.
    if (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio') {
      e.preventDefault();
      this.fields.enterInRow(target);
    }
  }

  /** The day the extension proposes for a session of the chosen mentorship. */
  private proposeDate(): void {
    const m = this.model?.mentorships.find((x) => x.key === this.mentorship.value);
    this.fields.setDefaultDate(m?.sessionDate ?? this.model?.today ?? '');
  }

  private refreshGoals(): void {
    const key = this.mentorship.value;
    this.fields.setGoals((this.model?.goals ?? []).filter((g) => g.mentorship === key && (g.status === 'active' || g.status === 'paused')));
  }

  private save(): void {
    this.hooks.saveDraft(this.kind, { ...this.fields.draft(), mentorship: this.mentorship.value });
  }

  private async send(): Promise<void> {
    if (this.busy || !this.model) return;
    const mentorship = this.mentorship.value;
    const built = this.fields.build(this.kind);
    if (typeof built === 'string') {
      this.error.textContent = built;
      this.fields.focusInvalid();
      return;
    }
    this.error.textContent = '';
    this.busy = true;
    this.submit.disabled = true;
    this.form.setAttribute('aria-busy', 'true');
    const msg: Send = built.type === 'session' ? { type: 'logSession', mentorship, session: built.session } : { type: 'logEntry', mentorship, entry: built.entry };
    try {
      const res = await this.hooks.send(msg);
      if (!res.ok) {
        this.error.textContent = res.message;
        return;
      }
      if (res.wrote) this.showResult(res.wrote);
      this.fields.reset();
      this.save();
    } finally {
      this.busy = false;
      this.form.removeAttribute('aria-busy');
      this.submit.disabled = !(this.model?.trusted ?? false);
    }
  }

  private showResult(wrote: WroteFile): void {
    const lines = wrote.markdown.trimEnd().split('\n').length;
    const verb = wrote.action === 'created' ? 'Created' : lines === 1 ? 'Added a line to' : `Added ${lines} lines to`;
    this.result.replaceChildren(
      h('h3', {}, verb, ' ', h('code', {}, wrote.path)),
      h('pre', { class: 'written', attrs: { 'aria-label': 'What was written' } }, wrote.markdown),
      h('button', { class: 'secondary', attrs: { type: 'button' }, on: { click: () => this.hooks.open(wrote) } }, 'Open ', wrote.path.slice(wrote.path.lastIndexOf('/') + 1)),
    );
    this.result.hidden = false;
    this.result.focus();
  }
}
