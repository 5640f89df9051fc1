// The write paths of the merge simulation: what each command of the extension writes, done
// through the same core functions the extension calls (features/* and host/journalWriter.ts),
// on a clone's files instead of VS Code's buffers. Kept in this one module so that the file-naming
// semantics (one planned session per meeting, Move to Next Session as a one-file edit …) can be
// swapped in one place: implement `WritePaths` again and pass it to the simulation.
import { buildAgenda } from '../../src/core/agenda';
import { agendaInsertion } from '../../src/core/agendaInsert';
import { renderAgenda, renderAgendaSession } from '../../src/core/agendaMarkdown';
import { composeSession, planLog, type SessionInput, type WritePlan } from '../../src/core/compose';
import { EditRefused, applyInsertion, assertEditable, carriedLine, completeLine, insertItem, locateItem, moveLine, reopenLine, setDueLine, type Insertion } from '../../src/core/edits';
import type { JournalIndex } from '../../src/core/journalIndex';
import type { IsoDate, ItemKind } from '../../src/core/model';
import { planMoveTarget } from '../../src/core/moveTarget';
import { parseEntry } from '../../src/core/parseEntry';
import { joinPath } from '../../src/core/paths';
import { nextMeetingDay } from '../../src/core/schedule';
import { goalTemplate, slugify, uniqueFileName } from '../../src/core/templates';

/** A clone's journal as the write paths see it (journal-relative paths, `/`-separated). */
export interface JournalFiles {
  read(path: string): string | undefined;
  write(path: string, text: string): void;
  /** File names in a folder. */
  names(folder: string): string[];
  /** The index over the files as they are now. */
  index(): JournalIndex;
}

/** An item as the index read it: what a command receives from a tree row. */
export interface ItemRef {
  path: string;
  line: number;
  raw: string;
}

export interface WritePaths {
  /** Generate Agenda (output "session"): returns the session's path. */
  generateAgenda(files: JournalFiles, today: IsoDate): string;
  /** The journal's composer, "log a session": a new session file. */
  logSession(files: JournalFiles, session: SessionInput): string;
  /** Log Win / Log Feedback (and the composer's quick logs). */
  log(files: JournalFiles, today: IsoDate, kind: 'win' | 'feedback', text: string): string;
  /** A line typed under a section of a file (an action item in the meeting, a milestone). */
  addItem(files: JournalFiles, path: string, kind: ItemKind, line: string): void;
  /** Prose typed under the Notes heading of a session. */
  writeNotes(files: JournalFiles, path: string, text: string): void;
  complete(files: JournalFiles, item: ItemRef, today: IsoDate): void;
  reopen(files: JournalFiles, item: ItemRef): void;
  setDue(files: JournalFiles, item: ItemRef, due: IsoDate | null): void;
  /** Move to Next Session: returns the path the item went to. */
  moveToNextSession(files: JournalFiles, item: ItemRef, today: IsoDate): string;
  /** New Goal: returns its path. */
  newGoal(files: JournalFiles, today: IsoDate, title: string): string;
}

const MENTORSHIP = '.';

/** The extension's write paths as they are today (file names with `-2`, a move copies the item). */
export const currentWritePaths: WritePaths = {
  generateAgenda(files, today) {
    const index = files.index();
    const agenda = buildAgenda(index.shared(), { mentorshipId: MENTORSHIP, today, date: nextMeetingDay(index.shared(), MENTORSHIP, today) });
    // features/agenda/agendaSession.ts: the same agenda again, else into a planned session's empty
    // Agenda, else a new file (never over an existing one).
    const content = renderAgendaSession(agenda);
    const planned = index.sessions(MENTORSHIP).filter((s) => s.date === agenda.date && !s.isPrivate);
    for (const s of planned) if (files.read(s.path) === content) return s.path;
    const block = renderAgenda(agenda);
    for (const s of planned.reverse()) {
      if (!s.unsafeToEdit && insertPlanned(files, s.path, (text) => agendaInsertion(text, block))) return s.path;
    }
    return createFile(files, 'sessions', agenda.date, content);
  },

  logSession(files, session) {
    return createFile(files, 'sessions', session.date, composeSession(session));
  },

  log(files, today, kind, text) {
    return writePlan(files, planLog(files.index(), MENTORSHIP, today, { kind, text }));
  },

  addItem(files, path, kind, line) {
    const text = editable(files, path);
    files.write(path, applyInsertion(text, insertItem(text, kind, line)));
  },

  writeNotes(files, path, words) {
    const text = editable(files, path);
    const lines = text.split('\n');
    const heading = lines.findIndex((l) => /^## Notes\s*$/.test(l));
    if (heading < 0) throw new EditRefused(`${path} has no Notes section`);
    let end = heading + 1;
    while (end < lines.length && !/^#{1,2} /.test(lines[end])) end++;
    while (end > heading + 1 && lines[end - 1].trim() === '') end--;
    lines.splice(end, 0, ...(end === heading + 1 ? ['', words] : [words]));
    files.write(path, lines.join('\n'));
  },

  complete(files, item, today) {
    editLine(files, item, (raw) => completeLine(raw, today));
  },

  reopen(files, item) {
    editLine(files, item, reopenLine);
  },

  setDue(files, item, due) {
    editLine(files, item, (raw) => setDueLine(raw, due));
  },

  moveToNextSession(files, item, today) {
    // features/actions/moveItemToNextSession.ts and JournalWriter.moveItem: the source marked
    // moved and the item carried into the planned (or a new) session, both or neither.
    const to = planMoveTarget(files.index(), item.path, today);
    const source = editable(files, item.path);
    const marked = replaceLine(source, item, moveLine(item.raw, today));
    const carried = carriedLine(item.raw);
    if (to.kind === 'existing') {
      const target = editable(files, to.path);
      files.write(to.path, applyInsertion(target, insertItem(target, 'action', carried)));
      files.write(item.path, marked);
      return to.path;
    }
    const path = freePath(files, to.folder, to.base);
    files.write(path, applyInsertion(to.content, insertItem(to.content, 'action', carried)));
    files.write(item.path, marked);
    return path;
  },

  newGoal(files, today, title) {
    return createFile(files, 'goals', slugify(title), goalTemplate({ title, started: today, skills: [] }));
  },
};

/** JournalWriter.createFile: `folder/base.md`, or `base-2.md` … when taken; never overwrites. */
function createFile(files: JournalFiles, folder: string, base: string, content: string): string {
  const path = freePath(files, folder, base);
  files.write(path, content);
  return path;
}

function freePath(files: JournalFiles, folder: string, base: string): string {
  const names = new Set(files.names(folder));
  return joinPath(folder, uniqueFileName((n) => names.has(n), base));
}

function writePlan(files: JournalFiles, plan: WritePlan): string {
  if (plan.kind === 'create') return createFile(files, plan.folder, plan.base, plan.content);
  currentWritePaths.addItem(files, plan.path, plan.itemKind, plan.line);
  return plan.path;
}

/** JournalWriter.openEditable: the text, unless the file has conflict markers or broken front matter. */
function editable(files: JournalFiles, path: string): string {
  const text = files.read(path);
  if (text === undefined) throw new EditRefused(`${path} does not exist`);
  assertEditable(parseEntry(path, text) ?? undefined, path);
  return text;
}

function insertPlanned(files: JournalFiles, path: string, plan: (text: string) => Insertion | null): boolean {
  const text = editable(files, path);
  const ins = plan(text);
  if (ins === null) return false;
  files.write(path, applyInsertion(text, ins));
  return true;
}

function editLine(files: JournalFiles, item: ItemRef, transform: (raw: string) => string): void {
  files.write(item.path, replaceLine(editable(files, item.path), item, transform(item.raw)));
}

/** The text with the item's line (checked: it must still say what the index read) replaced. */
function replaceLine(text: string, item: ItemRef, line: string): string {
  const at = locateItem(text, item.path, item.line, item.raw);
  const lines = text.split('\n');
  lines[at - 1] = line;
  return lines.join('\n');
}
