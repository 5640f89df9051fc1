// Where and what to write when someone logs something: shared by the commands and the journal's
// composer so both write the same Markdown. Plans only; the host applies them.
import type { JournalIndex } from './journalIndex';
import type { IsoDate, ItemKind } from './model';
import { joinPath } from './paths';
import { SECTION_TITLES } from './sections';
import { insertItem } from './edits';
import type { LineEdit } from './lineEdits';
import { frontMatterLineCount, lineBreakOf, splitLines } from './markdownLines';
import { parseEntry, sectionsOf } from './parseEntry';
import { endWithOneLineBreak, flowList, itemLine, noteTemplate, safeBody, sessionHead, slugify } from './templates';
import { HANDLE } from './people';
import { saysWho } from './sourceLinks';
import { charIn, oneLine, trimEndWhere } from './text';

export type LogKind = 'win' | 'feedback' | 'intro' | 'reflection';

export interface LogInput {
  kind: LogKind;
  text: string;
  /** Reflection title (defaults to its first words). */
  title?: string;
  /** Owner of a pending introduction (without `@`). */
  owner?: string | null;
  isPrivate?: boolean;
  /**
   * Who is writing (`mentorship.handle`, else git's user matched to the agreement: host/ownHandle.ts),
   * without `@`: their own day log, and their feedback attributed to them. Null when unknown.
   */
  author?: string | null;
}

export type WritePlan =
  | { kind: 'append'; path: string; itemKind: ItemKind; line: string }
  | {
      kind: 'create';
      folder: string;
      base: string;
      content: string;
      /**
       * For a file with a fixed name (the day's log): when it exists by the time the plan is
       * carried out (someone logged meanwhile), this line goes into it instead of a `-2` file.
       */
      orAppend?: { itemKind: ItemKind; line: string };
    };

const ITEM_KIND: Record<Exclude<LogKind, 'reflection'>, ItemKind> = { win: 'win', feedback: 'feedback', intro: 'intro' };

/**
 * Wins, feedback and introductions go into the writer's own day log, `notes/<today>-log-<handle>.md`
 * (`notes/<today>-log.md` when who writes is not known; under `private/` for private ones): two
 * people logging on one day on two clones never write the same file, so git merges them cleanly.
 * Feedback written by anyone but the mentee (who logs feedback received) says who gave it: "From
 * @priya: …", unless its words already say so. A reflection is a note of its own.
 */
export function planLog(index: JournalIndex, mentorshipId: string, today: IsoDate, input: LogInput): WritePlan {
  const m = index.mentorship(mentorshipId);
  if (!m) throw new Error(`No mentorship "${mentorshipId}" in this journal`);
  const text = input.text.trim();
  if (!text) throw new Error('Nothing to log: the text is empty');
  const folder = joinPath(m.prefix, input.isPrivate ? 'private' : 'notes');
  if (input.kind === 'reflection') {
    const title = oneLine(input.title ?? '').trim() || firstWords(text);
    return { kind: 'create', folder, base: `${today}-${slugify(title)}`, content: noteTemplate(today, title, text + '\n') };
  }
  const author = authorOf(input.author);
  const itemKind = ITEM_KIND[input.kind];
  const mentee = m.agreement.mentee?.handle?.toLowerCase() ?? null;
  const attributed = input.kind === 'feedback' && author !== null && author.toLowerCase() !== mentee && !saysWho(text) ? `From @${author}: ${text}` : text;
  const line = input.kind === 'intro' ? itemLine('pending', attributed, { owner: input.owner ?? null }) : itemLine('plain', attributed);
  const base = author === null ? `${today}-log` : `${today}-log-${author.toLowerCase()}`;
  const logPath = joinPath(folder, `${base}.md`);
  const existing = index.get(logPath);
  if (existing && !existing.unsafeToEdit) return { kind: 'append', path: logPath, itemKind, line };
  const title = `Log ${today}${author === null ? '' : ` (@${author})`}`;
  const content = noteTemplate(today, title, `## ${SECTION_TITLES[itemKind]}\n\n${line}\n`);
  return { kind: 'create', folder, base, content, orAppend: { itemKind, line } };
}

/** A handle fit for a file name and a mention (`zoë`, not `Zoë Müller`), NFC, without `@`; else null. */
function authorOf(handle: string | null | undefined): string | null {
  const h = handle?.trim().replace(/^@/, '').normalize('NFC');
  return h && HANDLE.test(h) && !h.startsWith('.') && !h.endsWith('.') ? h : null;
}

export interface SessionInput {
  date: IsoDate;
  goals?: string[];
  notes?: string;
  actions?: { text: string; owner?: string | null; due?: IsoDate | null; goal?: string | null }[];
  wins?: string[];
  feedback?: string[];
  introductions?: { text: string; owner?: string | null }[];
  nextTime?: string[];
}

/** A whole session file from a composer's fields; empty parts are left out. */
export function composeSession(s: SessionInput): string {
  const lines = sessionHead(s.date, s.goals);
  const notes = s.notes?.trim();
  if (notes) lines.push('## Notes', '', safeBody(notes), '');
  for (const [kind, items] of sessionItems(s)) lines.push(`## ${SECTION_TITLES[kind]}`, '', ...items, '');
  return endWithOneLineBreak(lines.join('\n'));
}

/** The composer's item lines by section, in the order a session file has them; empty ones left out. */
function sessionItems(s: SessionInput): [ItemKind, string[]][] {
  const parts: [ItemKind, string[]][] = [
    ['action', (s.actions ?? []).filter((a) => a.text.trim()).map((a) => itemLine('action', a.text, a))],
    ['win', clean(s.wins).map((t) => itemLine('plain', t))],
    ['feedback', clean(s.feedback).map((t) => itemLine('plain', t))],
    ['intro', (s.introductions ?? []).filter((i) => i.text.trim()).map((i) => itemLine('pending', i.text, { owner: i.owner }))],
    ['topic', clean(s.nextTime).map((t) => itemLine('plain', t))],
  ];
  return parts.filter(([, lines]) => lines.length > 0);
}

/**
 * The composer's session written into the session already planned for its day (a generated
 * agenda): the notes under its Notes heading, each item under its section (a new section at the
 * end when there is none), the goals discussed added to `goals:`. Only insertions and that one
 * front-matter line: the agenda and whatever the file holds stay as they are.
 */
export function composeInto(path: string, text: string, s: SessionInput): LineEdit[] {
  const edits: LineEdit[] = [];
  const add = (e: LineEdit) => {
    // Two insertions at one place (new sections at the end) keep the order they were planned in.
    const same = edits.find((x) => x.kind === 'insert' && e.kind === 'insert' && x.line === e.line);
    if (same) same.text += e.text;
    else edits.push(e);
  };
  const goals = goalsEdit(path, text, s.goals ?? []);
  if (goals) add(goals);
  const notes = s.notes?.trim();
  if (notes) add(insertProse(path, text, safeBody(notes)));
  for (const [kind, items] of sessionItems(s)) {
    const ins = insertItem(text, kind, items.join(lineBreakOf(text, 0)));
    add({ kind: 'insert', line: ins.line, text: ins.text });
  }
  return edits;
}

/** `paragraph` after what the Notes section holds (a Notes section before the first item section when there is none). */
function insertProse(path: string, text: string, paragraph: string): LineEdit {
  const lines = splitLines(text);
  const sections = sectionsOf(path, text);
  const eol = lineBreakOf(text, 0);
  const body = paragraph.split('\n').join(eol);
  const notes = sections.find((x) => x.kind === 'notes');
  if (!notes) {
    const before = sections.find((x) => x.level <= 2 && x.kind !== 'agenda' && x.kind !== 'other' && x.kind !== 'notes');
    if (before) return { kind: 'insert', line: before.line - 1, text: `## Notes${eol}${eol}${body}${eol}${eol}` };
    let end = lines.length;
    while (end > 0 && lines[end - 1].trim() === '') end--;
    return { kind: 'insert', line: end, text: `${end > 0 ? eol : ''}## Notes${eol}${eol}${body}${eol}` };
  }
  // Its own lines end before the next heading; sub-headings under Notes are its own.
  const next = sections.find((x) => x.line > notes.line && x.level <= notes.level);
  let last = (next ? next.line - 1 : lines.length) - 1;
  while (last > notes.line - 1 && lines[last].trim() === '') last--;
  if (last === notes.line - 1) {
    // An empty Notes section: one blank line on each side of the paragraph.
    const at = lines[notes.line] !== undefined && lines[notes.line].trim() === '' ? notes.line + 1 : notes.line;
    const after = lines[at] !== undefined && lines[at].trim() !== '' ? eol : '';
    return { kind: 'insert', line: at, text: `${at === notes.line ? eol : ''}${body}${eol}${after}` };
  }
  return { kind: 'insert', line: last + 1, text: `${eol}${body}${eol}` };
}

/** The `goals:` line with `ids` added (a new one before the front matter closes), or null when nothing changes. */
function goalsEdit(path: string, text: string, ids: readonly string[]): LineEdit | null {
  const wanted = ids.filter(Boolean);
  if (wanted.length === 0) return null;
  const entry = parseEntry(path, text);
  const have = entry?.goalIds ?? [];
  const merged = [...have, ...wanted.filter((g) => !have.includes(g))];
  if (merged.length === have.length) return null;
  const lines = splitLines(text);
  const fmEnd = frontMatterLineCount(lines);
  const eol = lineBreakOf(text, 0);
  if (fmEnd === 0) return { kind: 'insert', line: 0, text: ['---', 'type: session', ...(entry?.date ? [`date: ${entry.date}`] : []), `goals: ${flowList(merged)}`, '---', ''].join(eol) + eol };
  if (have.length === 0 || !entry || entry.frontMatter.goals === undefined) return { kind: 'insert', line: fmEnd - 1, text: `goals: ${flowList(merged)}${eol}` };
  const at = entry.goalsLine - 1;
  const written = lines[at];
  const value = written.slice(written.indexOf(':') + 1).trim();
  if (value !== '') return { kind: 'replace', line: at, text: `goals: ${flowList(merged)}` };
  // A block list: the new ids after its last item.
  let last = at;
  while (last + 1 < fmEnd - 1 && /^\s+-/.test(lines[last + 1])) last++;
  return { kind: 'insert', line: last + 1, text: wanted.filter((g) => !have.includes(g)).map((g) => `  - ${flowList([g]).slice(1, -1)}`).join(eol) + eol };
}

function clean(list: string[] | undefined): string[] {
  return (list ?? []).map((t) => t.trim()).filter(Boolean);
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 6).join(' ');
  return trimEndWhere(words, charIn('.,;:!?')) || 'Reflection';
}
