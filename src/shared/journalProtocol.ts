// The one description of the messages between the extension and the journal webview. Both sides
// import these types (type-only), so a change here is a compile error on whichever side forgot.
// No vscode and no DOM in this file: the webview and the extension host each have their own
// tsconfig and both must accept it. Every message the webview sends is re-validated by the host
// (src/features/journal/validate.ts): these types describe well-behaved webviews, not hostile ones.
import type { GoalStatus, ItemKind, ItemStatus } from '../core/model';

/** Bumped when the shapes below change incompatibly; the webview sends it in `ready`. */
export const PROTOCOL_VERSION = 1;

/** What the timeline shows a row for: whole entries, or single items of their own. */
export type EventKind = 'session' | 'note' | 'win' | 'feedback' | 'intro';
export const EVENT_KINDS: readonly EventKind[] = ['session', 'note', 'win', 'feedback', 'intro'];

/** What the composer logs besides a whole session (the core's `LogKind`). */
export type LogKind = 'win' | 'feedback' | 'intro' | 'reflection';

/** A file in one of the window's journals. `journal` is an opaque id the host hands out. */
export interface FileRef {
  journal: string;
  /** Relative to the journal root, `/`-separated. */
  path: string;
}

/**
 * A win, feedback or introduction: shown as a row of its own when its entry is not shown. (The
 * other items travel with their entry's body, so the model stays small for large journals.)
 */
export interface TimelineEvent {
  kind: 'win' | 'feedback' | 'intro';
  status: ItemStatus | null;
  /** Plain text, shown with textContent. */
  title: string;
  /** 1-based line in the file. */
  line: number;
  owner: string | null;
  goals: string[];
}

export interface TimelineEntry extends FileRef {
  /** Unique in the model; stable while the file exists. */
  key: string;
  /** The mentorship's key, or null for entries under no agreement. */
  mentorship: string | null;
  type: 'session' | 'note';
  date: string | null;
  title: string;
  /** Goal ids of the entry (`goals:` in its front matter): shown as chips. */
  goals: string[];
  /** Goal ids that only its items name (`[goal:: …]`): for the goal filter. */
  itemGoals: string[];
  /** Every item owner in the entry, without `@`, sorted. */
  owners: string[];
  isPrivate: boolean;
  /** Changes whenever the file's content changes: the webview caches bodies and texts by it. */
  rev: number;
  events: TimelineEvent[];
}

/** One item of a rendered body: what its checkbox and "open at line" button need. */
export interface BodyItem {
  line: number;
  kind: ItemKind;
  status: ItemStatus | null;
  title: string;
  /** The whole line as written: the item's identity for edits. */
  raw: string;
  due: string | null;
  /** Dates written on the line that are not real ISO days (`[due:: friday]`): shown as invalid. */
  badDates: BadDate[];
}

/** A date the parser could not read, as it reports it. */
export interface BadDate {
  /** The field, lower case: `due`, `completion`, `moved` … */
  field: string;
  /** As written. */
  text: string;
  /** The parser's sentence, e.g. `due date "friday" is not an ISO date (write YYYY-MM-DD)`. */
  message: string;
}

/** An entry's Markdown body (no front matter) for free-text search; never rendered as HTML. */
export interface SearchText {
  key: string;
  rev: number;
  text: string;
  /** The entry's title as its text gives it (the model may have had only the index's). */
  title?: string;
}

export interface GoalSummary extends FileRef {
  mentorship: string;
  id: string;
  title: string;
  status: GoalStatus;
  done: number;
  total: number;
}

export interface MentorshipSummary {
  key: string;
  title: string;
  /** The workspace folder's name (shown when the window has several journals). */
  journalLabel: string;
  /** Open action items, and the open ones whose due date has passed. */
  open: number;
  overdue: number;
  /** The day proposed for a new session (core/sessionDate.ts): the composer's default date. */
  sessionDate: string;
}

/** How a mentorship is going (src/core/health): a level per signal, worst first shown. */
export type HealthLevel = 'ok' | 'watch' | 'act';

/** Where a signal's evidence is written: a line of a journal file (opened with `open`). */
export interface HealthEvidence extends FileRef {
  line: number;
}

export interface HealthSignalView {
  kind: string;
  level: HealthLevel;
  /** Plain text, shown with textContent. */
  message: string;
  evidence: HealthEvidence[];
}

/** One mentorship's health, and the numbers of its charts. */
export interface HealthView {
  /** The mentorship's key (as in MentorshipSummary). */
  mentorship: string;
  title: string;
  level: HealthLevel;
  signals: HealthSignalView[];
  /** The last twelve months (from the start): meetings planned and sessions held. */
  months: { month: string; expected: number; held: number }[];
  /** Mentor, then mentee: items closed on time and late, open and overdue. */
  followThrough: { side: 'mentor' | 'mentee'; name: string; onTime: number; late: number; open: number; overdue: number }[];
  /** The most practised skills over the last quarters: per skill, one count per quarter. */
  skills: { quarters: string[]; rows: { skill: string; counts: number[] }[] };
}

export interface JournalModel {
  today: string;
  /** False in Restricted Mode: the composer and checkboxes are disabled. */
  trusted: boolean;
  mentorships: MentorshipSummary[];
  goals: GoalSummary[];
  /** Newest first. */
  entries: TimelineEntry[];
  /** Every owner named in any item, without `@`, sorted. */
  owners: string[];
  /** The user's own handle (setting, or git user.name matched in an agreement), without `@`: the composer's default owner. */
  me: string | null;
  /** Webview URLs of the journal roots (ending in `/`): the only places images may come from. */
  imageRoots: string[];
  /**
   * Present when this model holds only the newest entries, out of this many: the rest follows in
   * `entries` messages (a large journal's model is sent in pieces: neither the extension host nor
   * the webview is blocked long by one message), or a whole model follows.
   */
  total?: number;
  /** Per mentorship (shared files only), in the order of `mentorships`. */
  health: HealthView[];
}

export interface RenderedBody extends FileRef {
  rev: number;
  /** markdown-it output (raw HTML off, links checked) made in the extension host. */
  html: string;
  items: BodyItem[];
}

export interface SessionFields {
  date: string;
  goals: string[];
  notes: string;
  actions: { text: string; owner: string; due: string }[];
  wins: string[];
  feedback: string[];
}

export interface LogFields {
  kind: LogKind;
  text: string;
  /** A reflection's title (optional: defaults to its first words). */
  title: string;
  /** The owner of a pending introduction (optional). */
  owner: string;
  isPrivate: boolean;
}

// ---- webview → extension -------------------------------------------------------------------

export type WebviewMessage =
  | { type: 'ready'; protocol: number }
  | { type: 'loadBodies'; refs: FileRef[] }
  | { type: 'open'; ref: FileRef; line: number }
  | { type: 'toggleItem'; requestId: number; ref: FileRef; line: number; raw: string; done: boolean }
  | { type: 'logSession'; requestId: number; mentorship: string; session: SessionFields }
  | { type: 'logEntry'; requestId: number; mentorship: string; entry: LogFields };

// ---- extension → webview -------------------------------------------------------------------

export interface WroteFile extends FileRef {
  /** `created` a new file, or `appended` a line to an existing one. */
  action: 'created' | 'appended';
  /** What was written: the whole new file, or the appended line. */
  markdown: string;
}

export type HostMessage =
  | { type: 'model'; model: JournalModel }
  /** The next entries of the last model that had `total` (in order); `last` completes it. */
  | { type: 'entries'; entries: TimelineEntry[]; last: boolean }
  /** After a model: the search texts of entries the webview does not have at that rev yet. */
  | { type: 'searchText'; texts: SearchText[] }
  | { type: 'bodies'; bodies: RenderedBody[] }
  | { type: 'result'; requestId: number; ok: true; wrote?: WroteFile }
  | { type: 'result'; requestId: number; ok: false; message: string };
