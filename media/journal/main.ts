// The journal webview's program: lays out the page, restores the saved state, says "ready", and
// re-renders on every model the extension posts without losing the reader's place.
import type { FileRef, JournalModel, RenderedBody, SearchText } from '../../src/shared/journalProtocol';
import { EVENT_KINDS } from '../../src/shared/journalProtocol';
import { Composer } from './composer';
import { h } from './dom';
import { FilterBar } from './filterBar';
import { HealthView } from './healthView';
import { filterRows, isFiltered, queryWords } from './filters';
import { api, connect, post, request } from './messaging';
import { readState, stateSaver, TABS, type Place, type Tab } from './state';
import { SummaryView } from './summary';
import { TimelineView } from './timelineView';

const state = readState(api.getState());
const persist = stateSaver((s) => api.setState(s));
let model: JournalModel | null = null;
/** Search texts by entry key (they arrive after the model), with the titles their texts give. */
const texts = new Map<string, { rev: number; text: string; title?: string }>();
/** A whole model that waits for the first page to be painted (see onModel). */
let waitingModel: JournalModel | null = null;
/** The saved place, re-applied while bodies above it are still arriving. */
let pendingPlace: Place | null = state.anchor;

const notice = h('p', { class: 'notice', attrs: { role: 'status' } });
const open = (ref: FileRef, line: number) => post({ type: 'open', ref: { journal: ref.journal, path: ref.path }, line });

const filterBar = new FilterBar((f) => {
  state.filters = f;
  state.pages = 1;
  update(false);
});
const summary = new SummaryView((goal) => filterBar.set({ ...state.filters, goal }));
const composer = new Composer({
  send: async (msg) => {
    const r = await request(msg);
    return r.ok ? { ok: true, wrote: r.wrote } : { ok: false, message: r.message };
  },
  open: (wrote) => open(wrote, 1),
  saveDraft: (kind, draft) => {
    state.composerKind = kind;
    state.draft = draft;
    persist(state);
  },
  close: () => setComposerOpen(false, true),
});
const timeline = new TimelineView({
  loadBodies: (refs) => post({ type: 'loadBodies', refs }),
  open,
  toggle: async (entry, item, done, input) => {
    input.disabled = true;
    const r = await request({ type: 'toggleItem', ref: { journal: entry.journal, path: entry.path }, line: item.line, raw: item.raw, done });
    input.disabled = !(model?.trusted ?? false);
    if (r.ok) return say(`${done ? 'Completed' : 'Reopened'}: ${item.title}`);
    input.checked = !done;
    say(r.message, true);
  },
  showMore: () => {
    state.pages++;
    update(true);
  },
});

const health = new HealthView(open, () => filterBar.set({ ...state.filters, mentorship: '' }));
const tabs = TABS.map((tab) =>
  h('button', {
    class: 'view-tab',
    attrs: { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': tab === 'health' ? 'health-panel' : 'timeline-panel' },
    on: { click: () => showTab(tab, true), keydown: (e) => tabKey(e, tab) },
  }, tab === 'health' ? 'Health' : 'Timeline'),
);
const composerToggle = h('button', { class: 'primary', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'composer' }, on: { click: () => setComposerOpen(!state.composerOpen, true) } }, 'Log…');
composer.element.id = 'composer';
const app = document.getElementById('app')!;
// The timeline and what filters it form one tab panel; the Health view is the other.
const timelinePanel = h('div', { attrs: { id: 'timeline-panel', role: 'tabpanel', 'aria-labelledby': 'tab-timeline' } }, summary.element, composer.element, filterBar.element, notice, timeline.element);
health.element.setAttribute('aria-labelledby', 'tab-health');
app.replaceChildren(
  h('header', { class: 'top' }, h('h1', {}, 'Mentorship journal'), composerToggle),
  h('div', { class: 'view-tabs', attrs: { role: 'tablist', 'aria-label': 'Views' } }, ...tabs),
  timelinePanel,
  health.element,
);
setComposerOpen(state.composerOpen, false);
showTab(state.tab, false);

connect((msg) => {
  if (msg.type === 'model') onModel(msg.model);
  else if (msg.type === 'entries') onEntries(msg.entries, msg.last);
  else if (msg.type === 'bodies') onBodies(msg.bodies);
  else onTexts(msg.texts);
});

/** A model whose entries are still arriving (`entries` messages), or null. */
let assembling: JournalModel | null = null;

function onModel(next: JournalModel): void {
  if (next.total !== undefined && next.entries.length < next.total) {
    // The rest comes in pieces. The first model of all is shown at once (the newest page);
    // later ones replace what is shown only when complete.
    assembling = { ...next, entries: [...next.entries] };
    if (model === null) applyModel(next);
    return;
  }
  assembling = null;
  if (waitingModel) {
    waitingModel = next;
    return;
  }
  // The whole model right after a first page: the page is painted first, then the rest taken in.
  if (model?.total !== undefined && next.total === undefined) {
    waitingModel = next;
    let done = false;
    const take = () => {
      if (done) return;
      done = true;
      const m = waitingModel!;
      waitingModel = null;
      applyModel(m);
    };
    requestAnimationFrame(() => setTimeout(take, 0));
    setTimeout(take, 200);
    return;
  }
  applyModel(next);
}

function onEntries(entries: JournalModel['entries'], last: boolean): void {
  if (!assembling) return;
  assembling.entries.push(...entries);
  if (!last) return;
  const complete = assembling;
  delete complete.total;
  onModel(complete);
}

function applyModel(next: JournalModel): void {
  const first = model === null;
  // Titles already known from texts that arrived earlier.
  for (const e of next.entries) {
    const t = texts.get(e.key);
    if (t?.title && t.rev === e.rev) e.title = t.title;
  }
  model = next;
  app.removeAttribute('aria-busy');
  update(!first);
  if (!first) return;
  composer.restore(state.composerKind, state.draft);
  if (!pendingPlace || !timeline.restorePlace(pendingPlace)) window.scrollTo(0, state.scrollY);
}

function onBodies(bodies: readonly RenderedBody[]): void {
  timeline.setBodies(bodies);
  // Bodies may come before the first model (the newest page, sent ahead): then nothing is shown yet.
  if (!model) return;
  if (pendingPlace) timeline.restorePlace(pendingPlace);
  if (!timeline.loading()) pendingPlace = null;
}

function onTexts(received: readonly SearchText[]): void {
  // Titles that only the text gives (a session's first agenda point) replace the index's.
  const byKey = model ? new Map(model.entries.map((e) => [e.key, e])) : new Map<string, JournalModel['entries'][number]>();
  for (const t of received) {
    texts.set(t.key, { rev: t.rev, text: t.text, title: t.title });
    const entry = byKey.get(t.key);
    if (t.title && entry && entry.rev === t.rev && entry.title !== t.title) {
      entry.title = t.title;
      timeline.retitle(t.key, t.title);
    }
  }
  // Only a free-text search can show different rows now.
  if (queryWords(state.filters.text).length) update(true);
}

function update(keepPlace: boolean): void {
  if (!model) return;
  if (state.tab === 'health') {
    health.render(model, state.filters);
    persist(state);
    return;
  }
  summary.render(model, state.filters);
  filterBar.render(model, state.filters);
  composer.render(model, state.filters.mentorship);
  const rows = filterRows(model, state.filters, texts);
  timeline.render(model, rows, state.pages, keepPlace);
  app.classList.toggle('filtered', isFiltered(state.filters, EVENT_KINDS));
  persist(state);
}

/** Shows one tab's panel (the WAI-ARIA tabs pattern: the selected tab is the one in the tab order). */
function showTab(tab: Tab, focus: boolean): void {
  const changed = state.tab !== tab;
  state.tab = tab;
  tabs.forEach((t, i) => {
    const selected = TABS[i] === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    if (selected && focus) t.focus();
  });
  timelinePanel.hidden = tab !== 'timeline';
  health.element.hidden = tab !== 'health';
  composerToggle.hidden = tab !== 'timeline';
  if (changed || !focus) update(true);
}

function tabKey(e: KeyboardEvent, tab: Tab): void {
  const i = TABS.indexOf(tab);
  const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
  if (next === null) return;
  e.preventDefault();
  showTab(next, true);
}

function setComposerOpen(open: boolean, focus: boolean): void {
  state.composerOpen = open;
  composer.element.hidden = !open;
  composerToggle.setAttribute('aria-expanded', String(open));
  composerToggle.textContent = open ? 'Close composer' : 'Log…';
  if (open && focus) composer.focus();
  else if (focus) composerToggle.focus();
  persist(state);
}

function say(message: string, error = false): void {
  notice.textContent = message;
  notice.classList.toggle('error', error);
}

// The reader's place, saved as they scroll; their own scrolling ends any pending restore.
window.addEventListener('scroll', () => {
  state.anchor = timeline.place();
  state.scrollY = window.scrollY;
  persist(state, 'soon');
}, { passive: true });
for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart']) window.addEventListener(type, () => (pendingPlace = null), { passive: true });

// "/" jumps to the search box, as in many web apps; not while typing somewhere.
window.addEventListener('keydown', (e) => {
  const typing = (e.target as Element).closest('input, textarea, select');
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && state.tab === 'timeline') {
    e.preventDefault();
    filterBar.search.focus();
  }
});
