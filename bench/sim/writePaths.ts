// The write paths of the merge simulation: what each command of the extension writes, done
// through the same core functions the extension calls (features/* and host/journalWriter.ts),
// on a clone's files instead of VS Code's buffers. Kept in this one module so that the file-naming
// semantics can be swapped in one place: implement `WritePaths` again and pass it to the simulation.
import { buildAgenda } from '../../src/core/agenda';
import { updateAgenda } from '../../src/core/agendaBlock';
import { renderAgenda, renderAgendaSession } from '../../src/core/agendaMarkdown';
import { composeInto, composeSession, planLog, type SessionInput, type WritePlan } from '../../src/core/compose';
import { EditRefused, applyInsertion, assertEditable, completeLine, insertItem, locateItem, moveLine, reopenLine, setDueLine } from '../../src/core/edits';
import type { JournalIndex } from '../../src/core/journalIndex';
import type { IsoDate, ItemKind } from '../../src/core/model';
import { planMoveTarget } from '../../src/core/moveTarget';
import { parseEntry } from '../../src/core/parseEntry';
import { joinPath } from '../../src/core/paths';
import { applyLineEdits, type LineEdit } from '../../src/core/lineEdits';
import { nextMeetingDay, plannedSessionOn } from '../../src/core/schedule';
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
  /** The journal's composer, "log a session": into the session planned for that day, else a new file. */
  logSession(files: JournalFiles, session: SessionInput): string;
  /** Log Win / Log Feedback (and the composer's quick logs), by `author` (their handle). */
  log(files: JournalFiles, today: IsoDate, kind: 'win' | 'feedback', text: string, author: string): string;
  /** A line typed under a section of a file (an action item in the meeting, a milestone). */
  addItem(files: JournalFiles, path: string, kind: ItemKind, line: string): void;
  /** Prose typed under the Notes heading of a session. */
  writeNotes(files: JournalFiles, path: string, text: string): void;
  complete(files: JournalFiles, item: ItemRef, today: IsoDate): void;
  reopen(files: JournalFiles, item: ItemRef): void;
  setDue(files: JournalFiles, item: ItemRef, due: IsoDate | null): void;
  /** Move to Next Session: returns the path of the file edited. */
  moveToNextSession(files: JournalFiles, item: ItemRef, today: IsoDate): string;
  /** New Goal: returns its path. */
  newGoal(files: JournalFiles, today: IsoDate, title: string): string;
}

const MENTORSHIP = '.';

/**
 * The extension's write paths: one planned session per meeting (Generate Agenda refreshes its
 * Agenda section in place, the composer writes into it), per-author day logs, and Move to Next
 * Session as a one-line edit (`[moved:: …]` on the item, nothing copied).
 */
export const currentWritePaths: WritePaths = {
  generateAgenda(files, today) {
    // features/agenda/generateAgenda.ts and agendaSession.ts.
    const index = files.index().shared();
    const agenda = buildAgenda(index, { mentorshipId: MENTORSHIP, today, date: nextMeetingDay(index, MENTORSHIP, today) });
    const { planned, blocked } = plannedSessionOn(index, MENTORSHIP, agenda.date, today);
    if (blocked) throw new EditRefused(`${blocked.path} has conflict markers`);
    if (!planned) return createFile(files, 'sessions', agenda.date, renderAgendaSession(agenda));
    const block = renderAgenda(agenda);
    // A hand-edited agenda: the person asked answers "Keep Mine" (nothing is written).
    editPlanned(files, planned.path, (text) => {
      const update = updateAgenda(text, block);
      return update.kind === 'write' ? [update.edit] : null;
    });
    return planned.path;
  },

  logSession(files, session) {
    // features/journal/messageHandler.ts: into the session planned for that day, else a new file.
    const { planned, blocked } = plannedSessionOn(files.index().shared(), MENTORSHIP, session.date, session.date);
    if (blocked) throw new EditRefused(`${blocked.path} has conflict markers`);
    if (planned) {
      editPlanned(files, planned.path, (text) => composeInto(planned.path, text, session));
      return planned.path;
    }
    return createFile(files, 'sessions', session.date, composeSession(session));
  },

  log(files, today, kind, text, author) {
    return writePlan(files, planLog(files.index(), MENTORSHIP, today, { kind, text, author }));
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
    // features/actions/moveItemToNextSession.ts: `[moved:: <next meeting>]` on the item's own line.
    const to = planMoveTarget(files.index(), item.path, today);
    editLine(files, item, (raw) => moveLine(raw, to.date));
    return item.path;
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

/** JournalWriter.editPlanned: the line edits `plan` computes from the file's text, or nothing when it returns null. */
function editPlanned(files: JournalFiles, path: string, plan: (text: string) => LineEdit[] | null): boolean {
  const text = editable(files, path);
  const edits = plan(text);
  if (edits === null) return false;
  files.write(path, applyLineEdits(text, edits));
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
