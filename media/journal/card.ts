// One timeline row: an entry card (session or note, with its rendered Markdown body) or a single
// win, feedback or introduction. Headers are built from the model with text nodes only.
import type { BadDate, BodyItem, JournalModel, RenderedBody, TimelineEntry, TimelineEvent } from '../../src/shared/journalProtocol';
import { h, uid } from './dom';
import type { Row } from './filters';
import { sanitizeHtml } from './sanitize';

const KIND_LABEL: Record<Row['kind'], string> = { session: 'Session', note: 'Note', win: 'Win', feedback: 'Feedback', intro: 'Introduction' };

export interface CardContext {
  model: JournalModel;
  /** Mentorship titles by key, shown when the timeline mixes several. */
  mentorshipTitle(key: string | null): string | null;
}

export function rowElement(row: Row, ctx: CardContext): HTMLElement {
  return row.event ? eventRow(row, row.event, ctx) : entryCard(row, ctx);
}

function entryCard(row: Row, ctx: CardContext): HTMLElement {
  const e = row.entry;
  const titleId = uid('title');
  const body = h('div', { class: 'entry-body', attrs: { 'aria-busy': 'true' } }, h('p', { class: 'placeholder' }, 'Loading…'));
  return h(
    'article',
    { class: `row entry kind-${row.kind}${e.isPrivate ? ' private' : ''}`, attrs: { 'aria-labelledby': titleId }, data: { key: row.key, rev: String(e.rev) } },
    h(
      'header',
      { class: 'row-head' },
      dateEl(e.date),
      h('span', { class: `chip kind kind-${row.kind}` }, KIND_LABEL[row.kind]),
      e.isPrivate && h('span', { class: 'chip private', attrs: { title: 'Kept in private/: never shared or put on an agenda' } }, 'Private'),
      h('button', { class: 'entry-title', attrs: { type: 'button', id: titleId, 'aria-label': `${e.title}, open ${e.path}` }, data: { open: '1' } }, e.title),
      chips(e.goals, e.owners),
    ),
    h('p', { class: 'row-path' }, source(e, ctx)),
    body,
  );
}

function eventRow(row: Row, item: TimelineEvent, ctx: CardContext): HTMLElement {
  const e = row.entry;
  const status = item.kind === 'intro' ? (item.status === 'done' ? 'made' : item.status === 'open' ? 'pending' : null) : null;
  return h(
    'article',
    { class: `row event kind-${row.kind}`, attrs: { 'aria-label': `${KIND_LABEL[row.kind]} from ${e.date ?? e.path}` }, data: { key: row.key, rev: String(e.rev) } },
    h(
      'header',
      { class: 'row-head' },
      dateEl(e.date),
      h('span', { class: `chip kind kind-${row.kind}` }, KIND_LABEL[row.kind]),
      status && h('span', { class: `chip status status-${status}` }, status),
      e.isPrivate && h('span', { class: 'chip private' }, 'Private'),
      chips(item.goals.length ? item.goals : e.goals, item.owner ? [item.owner] : []),
    ),
    h('p', { class: 'event-text' }, h('button', { class: 'event-open', attrs: { type: 'button', 'aria-label': `${item.title}, open ${e.path} at line ${item.line}` }, data: { line: String(item.line) } }, item.title)),
    h('p', { class: 'row-path' }, 'from ', source(e, ctx)),
  );
}

/** Fills a card's body with the extension's rendered Markdown, then adds its controls. */
export function fillBody(card: HTMLElement, rendered: Pick<RenderedBody, 'html' | 'items'>, entry: TimelineEntry, o: { trusted: boolean; today: string; imageRoots: readonly string[] }): void {
  const body = card.querySelector<HTMLElement>('.entry-body');
  if (!body) return;
  body.replaceChildren(sanitizeHtml(rendered.html, o.imageRoots));
  body.removeAttribute('aria-busy');
  if (!body.hasChildNodes()) body.append(h('p', { class: 'placeholder' }, 'Nothing written yet.'));
  const byLine = new Map((rendered.items ?? []).map((i) => [i.line, i]));
  for (const li of body.querySelectorAll<HTMLLIElement>('li.item[data-line]')) {
    const item = byLine.get(Number(li.dataset.line));
    if (!item) continue;
    const marker = li.querySelector(':scope > .task-marker, :scope > p > .task-marker');
    if (marker) marker.replaceWith(taskControl(item, o.trusted));
    if (item.status === 'open' && item.due !== null && item.due < o.today) {
      li.querySelector('.field-chip[data-field="due"]')?.classList.add('overdue');
      li.classList.add('overdue');
    }
    for (const bad of item.badDates ?? []) markBadDate(li, bad);
    li.append(h('button', { class: 'goto', attrs: { type: 'button', title: `Open at line ${item.line}`, 'aria-label': `Open ${entry.path} at line ${item.line}` }, data: { line: String(item.line) } }, '↗'));
  }
}

/**
 * An unreadable date shows as a warning chip, never as a normal date: it replaces the date's chip,
 * or, where the line's date had none (a form the renderer does not chip), joins the item's text.
 */
function markBadDate(li: HTMLLIElement, bad: BadDate): void {
  const own = [...li.querySelectorAll<HTMLElement>(':scope > .field-chip, :scope > p > .field-chip')];
  const chip = own.find((c) => c.dataset.field === bad.field && c.dataset.value === bad.text && !c.classList.contains('invalid'));
  const word = bad.field === 'completion' || bad.field === 'done' ? 'completion' : bad.field;
  const invalid = h('span', { class: 'field-chip invalid', attrs: { title: bad.message }, data: { field: bad.field, value: bad.text } }, `invalid ${word} date: ${bad.text || '(empty)'}`);
  if (chip) return chip.replaceWith(invalid);
  const text = li.querySelector(':scope > p') ?? li;
  const sublist = text === li ? li.querySelector(':scope > ul, :scope > ol') : null;
  text.insertBefore(invalid, sublist);
  invalid.before(' ');
}

function taskControl(item: BodyItem, trusted: boolean): HTMLElement {
  if (item.status === 'cancelled' || item.status === 'moved') return h('span', { class: `chip status status-${item.status}` }, item.status);
  return h('input', {
    class: 'task-check',
    attrs: { type: 'checkbox', checked: item.status === 'done', disabled: !trusted, 'aria-label': `Done: ${item.title}` },
    data: { line: String(item.line) },
  });
}

function dateEl(date: string | null): HTMLElement {
  return date ? h('time', { class: 'date', attrs: { datetime: date } }, date) : h('span', { class: 'date' }, 'no date');
}

function chips(goals: readonly string[], owners: readonly string[]): HTMLElement {
  return h('span', { class: 'chips' }, ...goals.map((g) => h('span', { class: 'chip goal', attrs: { title: `Goal ${g}` } }, `#${g}`)), ...owners.map((o) => h('span', { class: 'chip owner', attrs: { title: `Owner @${o}` } }, `@${o}`)));
}

function source(e: TimelineEntry, ctx: CardContext): string {
  const m = ctx.model.mentorships.length > 1 ? ctx.mentorshipTitle(e.mentorship) : null;
  return m ? `${e.path} · ${m}` : e.path;
}
