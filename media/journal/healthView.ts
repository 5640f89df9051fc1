// The Health view: per mentorship, how it is going — each signal with its level in words (not
// colour alone) and links to its evidence (a click opens the file at the line) — and three
// charts: sessions held against planned per month, items closed on time and late per side,
// skills by quarter. Everything from the journal is text (textContent), never markup.
import { columnChart, smallMultiples } from '../../src/core/chart';
import type { FileRef, HealthEvidence, HealthLevel, HealthView as Health, JournalModel } from '../../src/shared/journalProtocol';
import { chartFigure } from './chartView';
import { h } from './dom';
import type { Filters } from './state';

const LEVEL_WORDS: Record<HealthLevel, string> = { ok: 'OK', watch: 'Watch', act: 'Act' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Evidence links shown before "N more". */
const SHOWN = 5;
/** The charts' drawing width: close to the width they are shown at, so their text stays readable. */
const CHART_WIDTH = 360;

export class HealthView {
  readonly element: HTMLElement;
  private shown = '';

  constructor(
    private readonly open: (ref: FileRef, line: number) => void,
    private readonly showAll: () => void,
  ) {
    this.element = h('section', { class: 'health', attrs: { id: 'health-panel', role: 'tabpanel', 'aria-label': 'Health' } });
  }

  render(model: JournalModel, f: Filters): void {
    const list = model.health.filter((x) => !f.mentorship || x.mentorship === f.mentorship);
    // A model arrives on every file change: redraw only what changed, keeping the reader's focus.
    const key = JSON.stringify([list, f.mentorship, model.health.length]);
    if (key === this.shown) return;
    this.shown = key;
    const focused = focusKey(document.activeElement);
    const cards = list.map((x) => this.card(x));
    const filtered = f.mentorship && model.health.length > list.length;
    this.element.replaceChildren(
      ...(filtered ? [h('p', { class: 'health-filter' }, 'One mentorship is shown (the timeline\u2019s filter). ', h('button', { class: 'secondary', attrs: { type: 'button' }, on: { click: () => this.showAll() } }, 'Show all'))] : []),
      ...(cards.length ? cards : [h('p', { class: 'empty' }, 'No mentorship to show: health needs an agreement (mentorship.md).')]),
    );
    if (focused) [...this.element.querySelectorAll<HTMLElement>('[data-focus]')].find((el) => el.dataset.focus === focused)?.focus();
  }

  private card(x: Health): HTMLElement {
    const headingId = `health-${cssId(x.mentorship)}`;
    return h(
      'article',
      { class: `health-card level-${x.level}`, attrs: { 'aria-labelledby': headingId }, data: { mentorship: x.mentorship } },
      h('header', {}, h('h2', { attrs: { id: headingId } }, x.title), badge(x.level, `Health: ${LEVEL_WORDS[x.level]}`)),
      h('ul', { class: 'signals', attrs: { 'aria-label': `Signals for ${x.title}` } }, ...sortByLevel(x.signals).map((s, i) => this.signal(x.mentorship, i, s.level, s.message, s.evidence))),
      h('div', { class: 'charts' }, ...charts(x)),
    );
  }

  private signal(mentorship: string, i: number, level: HealthLevel, message: string, evidence: HealthEvidence[]): HTMLElement {
    const links = evidence.map((e, j) =>
      h('button', {
        class: 'evidence',
        attrs: { type: 'button', title: `Open ${e.path} at line ${e.line}`, 'aria-label': `Open ${e.path} at line ${e.line}` },
        data: { focus: `${mentorship}|${i}|${j}` },
        on: { click: () => this.open(e, e.line) },
      }, `${e.path}:${e.line}`),
    );
    const more = links.length > SHOWN ? links.length - SHOWN : 0;
    links.slice(SHOWN).forEach((l) => (l.hidden = true));
    const toggle = more
      ? h('button', {
          class: 'evidence-more',
          attrs: { type: 'button', 'aria-expanded': 'false' },
          data: { focus: `${mentorship}|${i}|more` },
          on: {
            click: (e) => {
              const button = e.currentTarget as HTMLButtonElement;
              const open = button.getAttribute('aria-expanded') !== 'true';
              links.slice(SHOWN).forEach((l) => (l.hidden = !open));
              button.setAttribute('aria-expanded', String(open));
              button.textContent = open ? 'Fewer' : `${more} more`;
            },
          },
        }, `${more} more`)
      : null;
    return h('li', { class: `signal level-${level}` }, badge(level, LEVEL_WORDS[level]), h('p', { class: 'message' }, message), links.length ? h('div', { class: 'evidence-list', attrs: { 'aria-label': 'Evidence' } }, ...links, toggle) : null);
  }
}

function charts(x: Health): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (x.months.length) {
    out.push(chartFigure(columnChart({
      title: 'Sessions per month: planned and held',
      categories: x.months.map((m) => m.month),
      short: x.months.map((m) => MONTHS[Number(m.month.slice(5, 7)) - 1]),
      series: [
        { name: 'planned', values: x.months.map((m) => m.expected), look: 'hollow' },
        { name: 'held', values: x.months.map((m) => m.held), look: 'filled' },
      ],
      width: CHART_WIDTH,
      height: 200,
    }), 'months'));
  }
  out.push(chartFigure(columnChart({
    title: 'Items closed on time and late, per side',
    categories: x.followThrough.map((f) => `${f.name} (${f.side})`),
    short: x.followThrough.map((f) => f.name),
    series: [
      { name: 'on time', values: x.followThrough.map((f) => f.onTime), look: 'filled' },
      { name: 'late', values: x.followThrough.map((f) => f.late), look: 'hollow' },
    ],
    width: CHART_WIDTH,
    height: 200,
  }), 'follow-through'));
  if (x.skills.rows.length) {
    // From the first quarter anything was practised in (at least the last two).
    const first = Math.min(x.skills.quarters.length - 2, ...x.skills.rows.map((r) => r.counts.findIndex((c) => c > 0)).filter((i) => i >= 0));
    const from = Math.max(0, first);
    const quarters = x.skills.quarters.slice(from);
    out.push(chartFigure(smallMultiples({
      title: 'Skills practised per quarter',
      columns: quarters,
      short: quarters.map((q) => `${q.slice(5)} ${q.slice(2, 4)}`),
      rows: x.skills.rows.map((r) => ({ label: r.skill, values: r.counts.slice(from) })),
      unit: 'times practised',
      width: CHART_WIDTH,
    }), 'skills'));
  } else {
    out.push(h('figure', { class: 'chart-figure skills' }, h('figcaption', {}, 'Skills practised per quarter'), h('p', { class: 'empty' }, 'No skills yet: list them under "skills:" in a goal.')));
  }
  return out;
}

function badge(level: HealthLevel, text: string): HTMLElement {
  return h('span', { class: `level-badge level-${level}` }, text);
}

const RANK: Record<HealthLevel, number> = { act: 0, watch: 1, ok: 2 };

/** Act first, then watch, then ok; otherwise in the order given (cadence, follow-through …). */
function sortByLevel<T extends { level: HealthLevel }>(list: T[]): T[] {
  return list.map((s, i) => ({ s, i })).sort((a, b) => RANK[a.s.level] - RANK[b.s.level] || a.i - b.i).map((x) => x.s);
}

function focusKey(el: Element | null): string | undefined {
  return el instanceof HTMLElement ? el.dataset.focus : undefined;
}

/** A mentorship key as an id fragment: letters, digits and `-` only. */
function cssId(key: string): string {
  let out = '';
  for (const ch of key) out += /^[A-Za-z0-9]$/.test(ch) ? ch : `-${ch.codePointAt(0)!.toString(36)}`;
  return out;
}
