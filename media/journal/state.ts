// What the webview remembers while it is hidden or the window reloads (vscode getState/setState):
// filters, how many pages were shown, where the reader was, and the composer's unsent draft.
// State comes back from storage, so it is checked field by field, never trusted as typed.
import type { EventKind } from '../../src/shared/journalProtocol';
import { EVENT_KINDS } from '../../src/shared/journalProtocol';

export interface Filters {
  mentorship: string;
  goal: string;
  owner: string;
  kinds: EventKind[];
  from: string;
  to: string;
  text: string;
}

export interface Place {
  key: string;
  offset: number;
}

export type ComposerKind = 'session' | 'win' | 'feedback' | 'intro' | 'reflection';

export type Tab = 'timeline' | 'health';
export const TABS: readonly Tab[] = ['timeline', 'health'];

export interface ViewState {
  /** Which view is shown: the timeline or the mentorships' health. */
  tab: Tab;
  filters: Filters;
  /** Pages of the timeline shown (50 rows each). */
  pages: number;
  /** The row at the top of the view and how far its top was above the viewport's top. */
  anchor: Place | null;
  scrollY: number;
  composerOpen: boolean;
  composerKind: ComposerKind;
  /** The composer's fields by name. */
  draft: Record<string, string | boolean>;
}

const COMPOSER_KINDS: readonly ComposerKind[] = ['session', 'win', 'feedback', 'intro', 'reflection'];

export function defaultFilters(): Filters {
  return { mentorship: '', goal: '', owner: '', kinds: [...EVENT_KINDS], from: '', to: '', text: '' };
}

export function defaultState(): ViewState {
  return { tab: 'timeline', filters: defaultFilters(), pages: 1, anchor: null, scrollY: 0, composerOpen: false, composerKind: 'session', draft: {} };
}

/** The stored state, with anything missing or malformed replaced by its default. */
export function readState(stored: unknown): ViewState {
  const s = defaultState();
  if (typeof stored !== 'object' || stored === null) return s;
  const o = stored as Record<string, unknown>;
  const f = (typeof o.filters === 'object' && o.filters !== null ? o.filters : {}) as Record<string, unknown>;
  const str = (v: unknown, max = 500) => (typeof v === 'string' ? v.slice(0, max) : '');
  s.filters = {
    mentorship: str(f.mentorship),
    goal: str(f.goal),
    owner: str(f.owner),
    kinds: Array.isArray(f.kinds) ? EVENT_KINDS.filter((k) => (f.kinds as unknown[]).includes(k)) : [...EVENT_KINDS],
    from: str(f.from, 10),
    to: str(f.to, 10),
    text: str(f.text),
  };
  if (TABS.includes(o.tab as Tab)) s.tab = o.tab as Tab;
  if (typeof o.pages === 'number' && Number.isInteger(o.pages) && o.pages > 0) s.pages = Math.min(o.pages, 1000);
  const a = o.anchor as Record<string, unknown> | null;
  if (a && typeof a.key === 'string' && typeof a.offset === 'number' && Number.isFinite(a.offset)) s.anchor = { key: a.key, offset: a.offset };
  if (typeof o.scrollY === 'number' && Number.isFinite(o.scrollY)) s.scrollY = Math.max(0, o.scrollY);
  s.composerOpen = o.composerOpen === true;
  if (COMPOSER_KINDS.includes(o.composerKind as ComposerKind)) s.composerKind = o.composerKind as ComposerKind;
  if (typeof o.draft === 'object' && o.draft !== null) {
    for (const [k, v] of Object.entries(o.draft)) if (typeof v === 'string' || typeof v === 'boolean') s.draft[k] = typeof v === 'string' ? v.slice(0, 100_000) : v;
  }
  return s;
}

/**
 * Saves the state: right away for deliberate changes (a filter, a keystroke in the composer), at
 * most every 200 ms while scrolling. The webview may be torn down at any moment (hidden, reload).
 */
export function stateSaver(save: (s: ViewState) => void): (s: ViewState, soon?: 'soon') => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: ViewState | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (latest) save(latest);
  };
  window.addEventListener('pagehide', flush);
  return (s, soon) => {
    latest = s;
    if (!soon) flush();
    else timer ??= setTimeout(flush, 200);
  };
}
