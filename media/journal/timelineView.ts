// The timeline: rows in pages of 50 ("Show more", or automatically when its button scrolls into
// view), bodies fetched from the extension for the rows shown, and the reader's place (the row
// at the top, and the focused control) kept across live updates and restores.
import type { BodyItem, FileRef, JournalModel, RenderedBody, TimelineEntry } from '../../src/shared/journalProtocol';
import { fillBody, rowElement, type CardContext } from './card';
import { h } from './dom';
import type { Row } from './filters';
import type { Place } from './state';

export const PAGE_SIZE = 50;

export interface TimelineHooks {
  loadBodies(refs: FileRef[]): void;
  open(ref: FileRef, line: number): void;
  toggle(entry: TimelineEntry, item: BodyItem, done: boolean, input: HTMLInputElement): void;
  showMore(): void;
}

export class TimelineView {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly count: HTMLElement;
  private readonly more: HTMLButtonElement;
  private model: JournalModel | null = null;
  private rows = new Map<string, Row>();
  private cards = new Map<string, HTMLElement>();
  private readonly bodies = new Map<string, Pick<RenderedBody, 'rev' | 'html' | 'items'>>();
  private readonly requested = new Set<string>();
  private signature = '';

  constructor(private readonly hooks: TimelineHooks) {
    this.count = h('p', { class: 'timeline-count', attrs: { role: 'status' } });
    this.list = h('div', { class: 'timeline-list' });
    this.more = h('button', { class: 'show-more', attrs: { type: 'button', hidden: true }, on: { click: () => hooks.showMore() } }, 'Show more');
    this.element = h('section', { class: 'timeline', attrs: { 'aria-label': 'Timeline, newest first' } }, this.count, this.list, this.more);
    this.list.addEventListener('click', (e) => this.onClick(e));
    this.list.addEventListener('dblclick', (e) => this.onDoubleClick(e));
    this.list.addEventListener('change', (e) => this.onChange(e));
    new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && !this.more.hidden && hooks.showMore()).observe(this.more);
  }

  /** Shows the first `pages` pages of `rows`, reusing unchanged cards and keeping the reader's place. */
  render(model: JournalModel, rows: readonly Row[], pages: number, keepPlace: boolean): void {
    const place = keepPlace ? this.place() : null;
    const focus = focusOf(document.activeElement);
    this.model = model;
    const ctx: CardContext = { model, mentorshipTitle: (k) => model.mentorships.find((m) => m.key === k)?.title ?? null };
    const signature = `${model.trusted}|${model.mentorships.map((m) => m.title).join('|')}`;
    const shown = rows.slice(0, pages * PAGE_SIZE);
    const cards = new Map<string, HTMLElement>();
    const missing: FileRef[] = [];
    for (const row of shown) {
      const old = this.cards.get(row.key);
      let card = old && old.dataset.rev === String(row.entry.rev) && this.signature === signature ? old : undefined;
      if (!card) {
        card = rowElement(row, ctx);
        const body = row.event ? undefined : this.bodies.get(row.key);
        // A body of an older version keeps the card's height until the new one arrives; its
        // checkboxes stay disabled, as their lines may no longer be the same items.
        if (body) fillBody(card, body, row.entry, { trusted: model.trusted && body.rev === row.entry.rev, today: model.today, imageRoots: model.imageRoots });
      }
      if (!row.event && this.bodies.get(row.key)?.rev !== row.entry.rev && !this.requested.has(`${row.key}@${row.entry.rev}`)) {
        this.requested.add(`${row.key}@${row.entry.rev}`);
        missing.push({ journal: row.entry.journal, path: row.entry.path });
      }
      cards.set(row.key, card);
    }
    this.signature = signature;
    this.rows = new Map(shown.map((r) => [r.key, r]));
    this.cards = cards;
    this.list.replaceChildren(...cards.values());
    if (shown.length === 0) this.list.append(h('p', { class: 'empty' }, model.entries.length ? 'Nothing matches these filters.' : 'No sessions or notes yet. Log one with the composer above.'));
    // A first page of a large journal: the rest is on its way (the whole model follows).
    if (model.total !== undefined) this.count.textContent = `Showing ${shown.length} of ${model.total} entries (reading the rest…)`;
    else this.count.textContent = rows.length === shown.length ? `${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}` : `Showing ${shown.length} of ${rows.length} entries`;
    this.more.hidden = model.total !== undefined || shown.length >= rows.length;
    if (missing.length) this.hooks.loadBodies(missing);
    if (place) this.restorePlace(place);
    restoreFocus(focus, this.cards);
  }

  setBodies(bodies: readonly RenderedBody[]): void {
    const place = this.place();
    const focus = focusOf(document.activeElement);
    for (const b of bodies) {
      const key = keyOf(b);
      this.bodies.set(key, { rev: b.rev, html: b.html, items: b.items });
      const card = this.cards.get(key);
      const row = this.rows.get(key);
      if (card && row && card.dataset.rev === String(b.rev)) fillBody(card, b, row.entry, { trusted: this.model?.trusted ?? false, today: this.model?.today ?? '', imageRoots: this.model?.imageRoots ?? [] });
    }
    if (place) this.restorePlace(place);
    restoreFocus(focus, this.cards);
  }

  /** A shown entry's title changed (its text arrived after the model): the card says it now. */
  retitle(key: string, title: string): void {
    const button = this.cards.get(key)?.querySelector<HTMLElement>('.entry-title');
    const row = this.rows.get(key);
    if (!button || !row || row.event) return;
    button.textContent = title;
    button.setAttribute('aria-label', `${title}, open ${row.entry.path}`);
  }

  /** Whether bodies of shown cards are still on their way. */
  loading(): boolean {
    return this.list.querySelector('.entry-body[aria-busy]') !== null;
  }

  /** The first row at least partly in view, and how far its top is from the viewport's top. */
  place(): Place | null {
    if (window.scrollY <= 0) return null;
    for (const [key, card] of this.cards) {
      const rect = card.getBoundingClientRect();
      if (rect.bottom > 0) return { key, offset: rect.top };
    }
    return null;
  }

  /** Scrolls so that the row `place.key` is where it was; false when that row is not shown. */
  restorePlace(place: Place): boolean {
    const card = this.cards.get(place.key);
    if (!card) return false;
    window.scrollBy(0, card.getBoundingClientRect().top - place.offset);
    return true;
  }

  private onClick(e: MouseEvent): void {
    const target = e.target as Element;
    const row = this.rowOf(target);
    const link = target.closest('a');
    if (link) {
      // Journal links open through the extension (which checks them), never by navigation;
      // web links go on to VS Code, which opens them outside.
      if (link.dataset.path !== undefined || link.getAttribute('href') === '#') {
        e.preventDefault();
        e.stopPropagation();
        if (row && link.dataset.path) this.hooks.open({ journal: row.entry.journal, path: link.dataset.path }, 1);
      }
      return;
    }
    const button = target.closest('button');
    if (!row || !button) return;
    if (button.dataset.open) this.hooks.open(row.entry, 1);
    else if (button.dataset.line) this.hooks.open(row.entry, Number(button.dataset.line));
  }

  private onDoubleClick(e: MouseEvent): void {
    const target = e.target as Element;
    const block = target.closest<HTMLElement>('.entry-body [data-line]');
    const row = this.rowOf(target);
    if (block && row && !target.closest('a, button, input')) this.hooks.open(row.entry, Number(block.dataset.line));
  }

  private onChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const row = this.rowOf(input);
    if (!row || !input.classList.contains('task-check')) return;
    // Only a body of the entry's current version has enabled checkboxes: its items are current.
    const body = this.bodies.get(row.key);
    const item = body?.rev === row.entry.rev ? body.items.find((i) => i.line === Number(input.dataset.line)) : undefined;
    if (item) this.hooks.toggle(row.entry, item, input.checked, input);
  }

  private rowOf(el: Element): Row | undefined {
    const key = el.closest<HTMLElement>('.row')?.dataset.key;
    return key === undefined ? undefined : this.rows.get(key);
  }
}

function keyOf(ref: FileRef): string {
  return JSON.stringify([ref.journal, ref.path]);
}

interface Focus {
  key: string;
  selector: string;
}

/** Describes the focused control of a row so the same control can be focused after a re-render. */
function focusOf(el: Element | null): Focus | null {
  const card = el?.closest<HTMLElement>('.row');
  if (!el || !card?.dataset.key) return null;
  const line = (el as HTMLElement).dataset?.line;
  if (line !== undefined && !/^\d+$/.test(line)) return null;
  const cls = ['task-check', 'goto', 'entry-title', 'event-open'].find((c) => el.classList.contains(c));
  if (!cls) return null;
  return { key: card.dataset.key, selector: `.${cls}${line ? `[data-line="${line}"]` : ''}` };
}

function restoreFocus(focus: Focus | null, cards: Map<string, HTMLElement>): void {
  if (!focus || (document.activeElement && document.activeElement !== document.body)) return;
  cards.get(focus.key)?.querySelector<HTMLElement>(focus.selector)?.focus({ preventScroll: true });
}
