// Parses one Markdown file of the journal into an Entry with a single pass over its lines.
// Deliberately a line scanner, not a Markdown parser: indexing must cost about as much as
// reading the file. The journal webview renders Markdown properly; this only finds structure.
import { settleConflictItems } from './conflictRegions';
import { isIsoDate } from './dates';
import { intern, internList } from './intern';
import { readFrontMatter } from './frontMatter';
import { badDateMessage, badDateSpan, danglingDueEmoji, parseItemLine, type Span } from './itemLine';
import { frontMatterDate, keyLineFinder, readAgreement, readGoal, stringList, valueSpan, type Report } from './entryFields';
import { closesFrontMatter, headingLevel, headingText, HiddenLines, offsetOfLine } from './markdownLines';
import type { Diagnostic, Entry, EntryType, Item, ItemKind, Section, SectionKind } from './model';
import { parsePerson } from './people';
import { bulletKind, sectionKind } from './sections';
import { AGENDA_MARKER_START } from './agendaBlock';

const TYPES = new Set<EntryType>(['agreement', 'goal', 'session', 'note']);
const DATED_NAME = /^(\d{4}-\d{2}-\d{2})/;
const NO_DIAGNOSTICS: Diagnostic[] = Object.freeze([]) as unknown as Diagnostic[];
const NO_GOAL_IDS: string[] = Object.freeze([]) as unknown as string[];
/** Where scanBody collects an entry's items (never re-entered: parsing calls no parser). */
const SCRATCH_ITEMS: Item[] = [];
const NO_PEOPLE: Entry['people'] = Object.freeze({ mentor: null, mentee: null });


/** Parses `text` found at `path` (relative to the journal root); null when it is not an entry. */
export function parseEntry(path: string, text: string): Entry | null {
  return parse(path, text, null, false);
}

/**
 * The items of `text` (the file at `path`) as the parser reads them, whether or not the file is
 * an entry: what a line edit may touch.
 */
export function itemsOf(path: string, text: string): Item[] {
  return parse(path, text, null, true)!.items;
}

/**
 * The headings of `text` (the file at `path`) and the lines each one spans. Not kept in the
 * index: seven objects an entry that only summaries and the renderer ever ask for, from a text
 * they have at hand.
 */
export function sectionsOf(path: string, text: string): Section[] {
  const sections: Section[] = [];
  parse(path, text, sections, false);
  return sections;
}

function parse(path: string, text: string, sections: Section[] | null, always: boolean): Entry | null {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Only the front matter is split into lines; the body is scanned in place.
  const lines = headLines(text);
  // Most entries have no problems: they share one empty (frozen) list instead of each
  // allocating one. Fewer objects per entry is what keeps indexing near the cost of reading.
  let diagnostics: Diagnostic[] = NO_DIAGNOSTICS;
  const report: Report = (line, severity, code, message, where) => {
    if (diagnostics === NO_DIAGNOSTICS) diagnostics = [];
    const d: Diagnostic = { file: path, line, severity, code, message };
    // A front-matter value that is the problem: its columns on the key's line.
    if (typeof where === 'string') setSpan(d, line >= 2 && line <= lines.length ? valueSpan(lines[line - 1], where) : null);
    else if (where) setSpan(d, where);
    diagnostics.push(d);
  };

  const fm = readFrontMatter(lines);
  let data: Record<string, unknown> = {};
  let bodyLine = 1;
  let unsafeToEdit = false;
  if (fm.kind === 'ok') {
    data = fm.value.data;
    bodyLine = fm.value.bodyLine;
    for (const d of fm.value.duplicates ?? []) {
      report(d.line, 'error', 'duplicate-key', `front matter has "${d.key}" twice (lines ${d.firstLine} and ${d.line}): only the last is read; keep one before this file can be edited`);
      unsafeToEdit = true;
    }
  } else if (fm.kind === 'error') {
    report(fm.error.line, 'error', 'front-matter', fm.error.message);
    bodyLine = fm.bodyLine;
    unsafeToEdit = true;
  }

  const fileName = path.slice(path.lastIndexOf('/') + 1);
  // Only Markdown files are entries, whatever their first lines look like.
  if (!always && !fileName.toLowerCase().endsWith('.md')) return null;
  const inferred = inferType(path, fileName);
  let type: EntryType;
  if (typeof data.type === 'string' && TYPES.has(data.type as EntryType)) {
    type = data.type as EntryType;
  } else if (fm.kind === 'none' && inferred === null && !always) {
    return null;
  } else {
    type = inferred ?? 'note';
    if (fm.kind === 'ok') {
      const written = data.type === undefined ? 'no "type"' : `type "${String(data.type)}" is not one of agreement, goal, session, note`;
      report(data.type === undefined ? 2 : keyLineFinder(lines, bodyLine)('type'), 'warning', 'unknown-type', `front matter has ${written}; read as a ${type}`, data.type === undefined ? undefined : 'type');
    }
  }

  const isPrivate = path.startsWith('private/') || path.includes('/private/');
  const entry: Entry = {
    path,
    type,
    date: null,
    title: '',
    frontMatter: data,
    goalIds: data.goals === undefined && data.goal === undefined ? NO_GOAL_IDS : internList(stringList(data.goals ?? data.goal)),
    goalsLine: 1,
    items: [],
    diagnostics,
    isPrivate,
    unsafeToEdit,
    bodyLine,
    agreement: null,
    goal: null,
    people: data.mentor === undefined && data.mentee === undefined ? NO_PEOPLE : { mentor: parsePerson(data.mentor), mentee: parsePerson(data.mentee) },
    minutes: false,
    generatedAgenda: false,
  };

  const dateKey = type === 'agreement' ? 'started' : 'date';
  const keyLine = keyLineFinder(lines, bodyLine);
  entry.date = frontMatterDate(data, dateKey, report, keyLine);
  if (entry.goalIds.length) entry.goalsLine = keyLine(data.goals !== undefined ? 'goals' : 'goal');
  if (entry.date === null && type !== 'agreement' && data[dateKey] === undefined) {
    const m = DATED_NAME.exec(fileName);
    if (m && isIsoDate(m[1])) entry.date = m[1];
  }
  if (entry.date === null && type === 'session' && data.date === undefined && !unsafeToEdit) {
    report(bodyLine > 1 ? 2 : 1, 'warning', 'missing-date', 'session has no date (add "date: YYYY-MM-DD" or name the file by its date)');
  }

  const firstHeading = scanBody(entry, text, offsetOfLine(text, bodyLine - 1), bodyLine, report, sections);
  if (type === 'agreement') entry.agreement = readAgreement(data, report, keyLine);
  if (type === 'goal') entry.goal = readGoal(fileName, data, firstHeading, report, keyLine);
  entry.title = titleOf(entry, data, firstHeading, fileName);
  if (type === 'goal' && entry.goal) {
    const id = entry.goal.id;
    // A new array: items without goal fields may share one empty array (parseItemLine's).
    for (const item of entry.items) if (!item.goals.includes(id)) item.goals = internList([...item.goals, id]);
  }
  entry.diagnostics = diagnostics;
  // Git conflict markers: items inside the regions are flagged and counted once (conflictRegions.ts).
  if (entry.unsafeToEdit && diagnostics.some((d) => d.code === 'conflict')) settleConflictItems(entry, text, (side) => parse(path, side, null, false));
  return entry;
}

/** The type a file's place says it has (`sessions/x.md` a session …), for front matter without one. */
export function inferType(path: string, fileName: string): EntryType | null {
  if (!fileName.toLowerCase().endsWith('.md')) return null;
  if (fileName === 'mentorship.md') return 'agreement';
  const end = path.length - fileName.length - 1;
  const folder = end <= 0 ? '' : path.slice(path.lastIndexOf('/', end - 1) + 1, end);
  if (folder === 'sessions') return 'session';
  if (folder === 'goals') return 'goal';
  if (folder === 'notes' || folder === 'private') return 'note';
  return null;
}


/** The front matter's lines (through its closing `---`), or just the first line when there is none. */
function headLines(text: string): string[] {
  const out: string[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    out.push(line);
    if (out.length === 1 ? line.trimEnd() !== '---' : closesFrontMatter(line)) break;
    pos = end + 1;
  }
  return out;
}

/**
 * Whether a line starting with char code `c` can be skipped unread: prose and blank lines.
 * Anything that could be a heading, list item, fence, quote or conflict marker is read.
 */
function isProse(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 13 || c === 95 || c === 40 || c === 34 || c === 39 || c === 33 || c === 63 || c === 58 || c === 46 || c === 44 || c > 127;
}

/** Scans the body for headings, items and conflict markers; returns the first H1's text. */
function scanBody(entry: Entry, text: string, start: number, startLine: number, report: Report, sections: Section[] | null): string | null {
  const hidden = new HiddenLines();
  let firstHeading: string | null = null;
  // Headings enclosing the current line (levels and kinds): an unknown sub-heading inherits its
  // parent's meaning.
  const levels: number[] = [];
  const kinds: SectionKind[] = [];
  // The heading the current line stands under, and what its list lines are.
  let heading: string | null = null;
  let bullets: ItemKind | null = null;
  // Prose under this heading records the meeting (Notes, an unknown heading, none yet); under
  // the Agenda its list lines are the agenda's, never items.
  let prose = true;
  let agenda = false;
  let minutes = false;
  let current: Section | null = null;
  const items = SCRATCH_ITEMS;
  items.length = 0;
  // Inside a git conflict (after `<<<<<<<`): only there are `=======`/`|||||||`/`>>>>>>>` markers.
  let inConflict = false;
  // The item whose indented continuation lines (a wrapped list item) extend its title.
  let continued: Item | null = null;

  const length = text.length;
  let lineCount = startLine - 1;
  let nextComment = text.indexOf('<!--', start);
  let i = startLine - 2;
  for (let pos = start, end = 0; pos <= length; pos = end + 1) {
    end = text.indexOf('\n', pos);
    if (end < 0) end = length;
    i++;
    lineCount = i + 1;
    if (pos === end) {
      continued = null;
      if (end === length) break;
      continue;
    }
    // Most body lines are prose: skip them without even slicing, unless a comment opens or
    // closes on them or a fence could end there.
    if (nextComment >= 0 && nextComment < pos) nextComment = text.indexOf('<!--', pos);
    if (!hidden.inComment && !(nextComment >= 0 && nextComment < end) && isProse(text.charCodeAt(pos))) {
      if (!hidden.inFence) continued = null;
      // A lone `\r` is a blank line of a CRLF file, not prose.
      if (prose && text.charCodeAt(pos) !== 13) minutes = true;
      continue;
    }
    let line = text.slice(pos, end);
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    // The line as written (without its line break): an item's identity for edits.
    const written = line;
    const c = line.charCodeAt(0);
    // Only indented lines continue an item.
    if (c !== 32 && c !== 9) continued = null;

    if (c === 60 /* < */ || c === 61 /* = */ || c === 62 /* > */ || c === 124 /* | */) {
      if (c === 60 && /^<{7}(?: |$)/.test(line)) {
        report(i + 1, 'error', 'conflict', 'unresolved git conflict marker: resolve the conflict before this file can be edited');
        entry.unsafeToEdit = true;
        inConflict = true;
        continued = null;
        continue;
      }
      // Outside a conflict, `=======` is a heading underline and `>>>>>>>` a quote.
      if (inConflict && /^(?:>{7}|\|{7})(?: |$)|^={7}$/.test(line)) {
        if (c === 62) inConflict = false;
        continued = null;
        continue;
      }
      if (c === 60 && !hidden.inFence && !hidden.inComment && line.startsWith(AGENDA_MARKER_START)) entry.generatedAgenda = true;
    }
    const visible = hidden.visible(line);
    if (visible === null) continue;
    if (visible !== line) {
      line = visible;
      if (line.trim() === '') continue;
    }
    const level = c === 35 /* # */ || c === 32 ? headingLevel(line) : 0;
    if (level > 0) {
      const title = intern(headingText(line, level));
      if (level === 1 && firstHeading === null) firstHeading = title;
      while (levels.length && levels[levels.length - 1] >= level) {
        levels.pop();
        kinds.pop();
      }
      let kind = sectionKind(title);
      if (kind === 'other' && kinds.length) kind = kinds[kinds.length - 1];
      levels.push(level);
      kinds.push(kind);
      heading = title;
      bullets = bulletKind(kind);
      agenda = kind === 'agenda';
      prose = bullets === null && !agenda;
      continued = null;
      if (sections !== null) {
        if (current) current.endLine = i;
        current = { kind, heading: title, level, line: i + 1, endLine: -1 };
        sections.push(current);
      }
      continue;
    }
    // Only lines that can start a list item go further: - * + or a digit, possibly indented,
    // possibly inside a block quote or callout (`> - [ ] …`).
    const t = c === 32 || c === 9 || c === 62 ? listStart(line) : c;
    // Something after the indentation and quote markers: written words.
    if (prose && !minutes && !Number.isNaN(t)) minutes = true;
    const listLike = t === 45 || t === 42 || t === 43 || (t >= 48 && t <= 57);
    if (agenda) {
      // The agenda's lines, checkboxes included, are what the meeting goes through: never items
      // (the next agenda would list them twice). A ticked one says the meeting took place.
      if (listLike && !minutes && line.indexOf('[') >= 0) {
        const box = parseItemLine(line);
        if (box !== null && box.hasCheckbox && box.status !== 'open') minutes = true;
      }
      continued = null;
      continue;
    }
    const bk = bullets;
    // Plain bullets under Notes are prose; only a checkbox could make them items.
    const parsed = !listLike || (bk === null && line.indexOf('[') < 0) ? null : parseItemLine(line);
    if (parsed === null) {
      // An indented line right after an item, not a list line itself, continues it (a wrapped
      // item): part of what a person reads.
      if (continued !== null && (c === 32 || c === 9) && !(listLike && parseItemLine(line) !== null)) {
        const more = parseItemLine(`- ${line.trim()}`)?.title ?? line.trim();
        if (more) continued.title = `${continued.title} ${more}`;
      } else {
        continued = null;
      }
      continue;
    }
    continued = null;
    if (!parsed.hasCheckbox && bk === null) continue;
    // `- [ ]` with no words is a placeholder (templates write one), not an item.
    if (parsed.hasCheckbox && parsed.text === '') continue;
    let kind: ItemKind;
    if (parsed.hasCheckbox) kind = bk ?? 'action';
    else if (bk !== null && parsed.indent < 2) kind = bk;
    else continue;
    const item: Item = {
      kind,
      status: parsed.status,
      text: parsed.text,
      title: parsed.title,
      raw: written,
      line: i + 1,
      owner: parsed.owner,
      due: parsed.due,
      completion: parsed.completion,
      moved: parsed.moved,
      goals: parsed.goals,
      section: heading,
      taskFields: parsed.taskFields,
    };
    for (const bad of parsed.badDates) {
      report(i + 1, 'error', 'bad-date', badDateMessage(bad.field, bad.text), badDateSpan(written, bad.field, bad.text));
    }
    // `📅` closing a task with nothing after it: a due date begun and never written.
    const dangling = parsed.hasCheckbox ? danglingDueEmoji(parsed.text) : 0;
    if (dangling > 0) {
      const end = written.lastIndexOf(parsed.text) + parsed.text.length;
      report(i + 1, 'info', 'emoji-no-date', 'a due-date emoji with no date after it: write the day (YYYY-MM-DD) after it, or remove it', { column: end - dangling, endColumn: end });
    }
    if (!parsed.hasCheckbox && (kind === 'action' || kind === 'milestone')) {
      report(i + 1, 'info', 'no-checkbox', `this ${kind === 'action' ? 'action item' : 'milestone'} has no checkbox; write "- [ ]" so it can be tracked`);
    }
    items.push(item);
    continued = item;
    if (!minutes && recordsMeeting(item, entry.date)) minutes = true;
  }
  entry.minutes = minutes;
  if (current) current.endLine = lineCount;
  // Copied at its final size: a grown array keeps spare room, and the index keeps one per entry.
  entry.items = items.slice();
  items.length = 0;
  if (hidden.inFence && !entry.unsafeToEdit) {
    // An unclosed fence hides everything after it; worth a word, not an error.
    report(lineCount, 'info', 'unclosed-fence', 'a code block is never closed, so nothing after it is read as items');
  }
  return firstHeading;
}

/**
 * Whether an item shows that the meeting of a session dated `date` took place: a win, feedback,
 * an introduction or a topic for next time written in it, or an item ticked on or after its day
 * (one ticked before it, e.g. a carried copy done early, says nothing about the meeting).
 */
function recordsMeeting(item: Item, date: string | null): boolean {
  if (item.kind === 'win' || item.kind === 'feedback' || item.kind === 'intro' || item.kind === 'topic') return item.status !== 'cancelled';
  return item.status === 'done' && (item.completion === null || date === null || item.completion >= date);
}

/** The first character of `line` after its indentation and quote markers (`> > `). */
function listStart(line: string): number {
  let p = 0;
  let c = line.charCodeAt(0);
  while (c === 32 || c === 9 || c === 62) c = line.charCodeAt(++p);
  return c;
}

function titleOf(entry: Entry, data: Record<string, unknown>, heading: string | null, fileName: string): string {
  if (entry.goal) return entry.goal.title;
  if (typeof data.title === 'string' && data.title.trim()) return data.title.trim();
  if (heading) return heading;
  const base = fileName.replace(/\.md$/i, '');
  if (entry.type === 'session') return `Session ${entry.date ?? base}`;
  if (entry.type === 'agreement') return 'Mentorship agreement';
  return base.replace(DATED_NAME, '').replace(/^-/, '').replace(/-/g, ' ') || base;
}

/** Puts the token's columns on a diagnostic, when they are known. */
function setSpan(d: Diagnostic, span: Span | null): void {
  if (span === null) return;
  d.column = span.column;
  d.endColumn = span.endColumn;
}
