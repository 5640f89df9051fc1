// The mentorship record as the core sees it: plain data, no behaviour, no VS Code types.

/** A calendar day written `YYYY-MM-DD`. Strings sort chronologically and compare with `<`. */
export type IsoDate = string;

export type EntryType = 'agreement' | 'goal' | 'session' | 'note';
export type ItemKind = 'action' | 'milestone' | 'win' | 'feedback' | 'intro' | 'topic';
export type ItemStatus = 'open' | 'done' | 'cancelled' | 'moved';
/** Obsidian Tasks' priorities, highest first; an item without one is "normal" (between medium and low). */
export type Priority = 'highest' | 'high' | 'medium' | 'low' | 'lowest';
/** What Obsidian Tasks does with a recurring task once it is done (`🏁 delete`). */
export type OnCompletion = 'keep' | 'delete';
export type SectionKind =
  | 'agenda' | 'notes' | 'action' | 'feedback' | 'wins' | 'intro' | 'next' | 'milestones'
  | 'why' | 'measure' | 'log' | 'other';
export type GoalStatus = 'active' | 'paused' | 'achieved' | 'dropped';
export type Severity = 'error' | 'warning' | 'info';

export interface Person {
  name: string | null;
  /** Without the leading `@`. */
  handle: string | null;
}

export interface Diagnostic {
  /** Relative to the journal root, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  severity: Severity;
  /** A stable identifier of the kind of problem, e.g. `impossible-date`. */
  code: string;
  message: string;
  /**
   * The offending token on the line (the date, the handle, the goal id), as 0-based UTF-16
   * offsets into the line as written, when the reader knows it; else the whole line is meant.
   */
  column?: number;
  endColumn?: number;
}

export interface Item {
  kind: ItemKind;
  /** `null` for plain bullets (no checkbox). */
  status: ItemStatus | null;
  /** The words after the checkbox, as written (fields included). */
  text: string;
  /** `text` without inline fields and emoji dates: what a person reads. */
  title: string;
  /** The whole line as written: the item's identity for edits, with the file. */
  raw: string;
  /** 1-based line number in the file. */
  line: number;
  owner: string | null;
  due: IsoDate | null;
  completion: IsoDate | null;
  moved: IsoDate | null;
  goals: string[];
  /** The heading the item stands under, as written, or null. */
  section: string | null;
  /**
   * What Obsidian Tasks and Dataview add to the line: read, taken out of the title, kept here.
   * Items with none of them (most) share one frozen empty set: the index keeps tens of thousands
   * of items, and ten more fields on each would cost it memory and time.
   */
  taskFields: TaskFields;
}

export interface TaskFields {
  /** `➕ 2026-11-01` / `[created:: …]`: when the item was written down. */
  created: IsoDate | null;
  /** `🛫 …` / `[start:: …]`: not to be worked on before this day. */
  start: IsoDate | null;
  /** `⏳ …` or `⌛ …` / `[scheduled:: …]`: the day someone plans to do it. */
  scheduled: IsoDate | null;
  /** `❌ …` / `[cancelled:: …]`: the day it was cancelled. */
  cancelledDate: IsoDate | null;
  /** `🔺 ⏫ 🔼 🔽 ⏬` / `[priority:: high]`; null is normal priority. */
  priority: Priority | null;
  /** `🔁 every week` / `[repeat:: every week]`, as written. */
  recurrence: string | null;
  /** `🆔 abc123` / `[id:: abc123]`: the id other items depend on. */
  taskId: string | null;
  /** `⛔ abc123,def456` / `[dependsOn:: …]`: ids of the items this one waits for. */
  dependsOn: string[];
  /** `🏁 delete` / `[onCompletion:: delete]`. */
  onCompletion: OnCompletion | null;
  /** The Obsidian block id at the end of the line (`^abc123`), without `^`. */
  blockId: string | null;
}

export interface Section {
  kind: SectionKind;
  heading: string;
  level: number;
  /** 1-based line of the heading. */
  line: number;
  /** 1-based last line that belongs to the section. */
  endLine: number;
}

export interface Cadence {
  unit: 'week' | 'month';
  every: number;
}

export interface AgreementInfo {
  mentor: Person | null;
  mentee: Person | null;
  cadence: Cadence | null;
  channel: string | null;
  started: IsoDate | null;
  ends: IsoDate | null;
  focus: string[];
  recurring: string[];
}

export interface GoalInfo {
  /** The file name without `.md`. */
  id: string;
  title: string;
  status: GoalStatus;
  started: IsoDate | null;
  target: IsoDate | null;
  skills: string[];
}

export interface Entry {
  /** Relative to the journal root, `/`-separated. */
  path: string;
  type: EntryType;
  /** The session's or note's day (front matter, else the file name); an agreement's start. */
  date: IsoDate | null;
  title: string;
  /** The parsed front matter, every key kept as written. */
  frontMatter: Record<string, unknown>;
  /** Goal ids this entry is about (`goals:` in front matter). */
  goalIds: string[];
  /** 1-based line of the `goals:` key, for diagnostics about them. */
  goalsLine: number;
  items: Item[];
  diagnostics: Diagnostic[];
  /** Under a `private/` folder: shown to its owner, never in shared output. */
  isPrivate: boolean;
  /** Git conflict markers or unparseable front matter: report, never rewrite. */
  unsafeToEdit: boolean;
  /** 1-based line where the body starts (after front matter). */
  bodyLine: number;
  agreement: AgreementInfo | null;
  goal: GoalInfo | null;
  /** For sessions without an agreement folder: people named in the entry itself. */
  people: { mentor: Person | null; mentee: Person | null };
  /**
   * The file records a meeting: prose under Notes (or under any heading that is neither the
   * Agenda nor an item section, or under no heading), a win, feedback, an introduction, a topic
   * for next time, an item ticked on or after the entry's day (or without a completion day), or a
   * ticked line of its agenda. Read while parsing, since the index keeps no prose. Whether a
   * session *was held* also needs its day to have come: `isHeld` in core/schedule.ts.
   */
  minutes: boolean;
  /** The file holds an agenda that Generate Agenda wrote (its `<!-- mentorship agenda … -->` marker, core/agendaBlock.ts). */
  generatedAgenda: boolean;
}
