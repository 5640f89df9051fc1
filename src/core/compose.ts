// Where and what to write when someone logs something: shared by the commands and the journal's
// composer so both write the same Markdown. Plans only; the host applies them.
import type { JournalIndex } from './journalIndex';
import type { IsoDate, ItemKind } from './model';
import { joinPath } from './paths';
import { SECTION_TITLES } from './sections';
import { endWithOneLineBreak, itemLine, noteTemplate, safeBody, sessionHead, slugify } from './templates';
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
 * Wins, feedback and introductions go into today's session when there is one, else into the
 * day's log note (`notes/<today>-log.md`, or under `private/`); a reflection is a note of its own.
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
  const itemKind = ITEM_KIND[input.kind];
  const line = input.kind === 'intro' ? itemLine('pending', text, { owner: input.owner ?? null }) : itemLine('plain', text);
  if (!input.isPrivate) {
    const session = index.shared().sessions(m.id).find((s) => s.date === today && !s.unsafeToEdit);
    if (session) return { kind: 'append', path: session.path, itemKind, line };
  }
  const logPath = joinPath(folder, `${today}-log.md`);
  const existing = index.get(logPath);
  if (existing && !existing.unsafeToEdit) return { kind: 'append', path: logPath, itemKind, line };
  const content = noteTemplate(today, `Log ${today}`, `## ${SECTION_TITLES[itemKind]}\n\n${line}\n`);
  return { kind: 'create', folder, base: `${today}-log`, content, orAppend: { itemKind, line } };
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
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`## ${title}`, '', ...items, '');
  };
  section(SECTION_TITLES.action, (s.actions ?? []).filter((a) => a.text.trim()).map((a) => itemLine('action', a.text, a)));
  section(SECTION_TITLES.win, clean(s.wins).map((t) => itemLine('plain', t)));
  section(SECTION_TITLES.feedback, clean(s.feedback).map((t) => itemLine('plain', t)));
  section(SECTION_TITLES.intro, (s.introductions ?? []).filter((i) => i.text.trim()).map((i) => itemLine('pending', i.text, { owner: i.owner })));
  section(SECTION_TITLES.topic, clean(s.nextTime).map((t) => itemLine('plain', t)));
  return endWithOneLineBreak(lines.join('\n'));
}

function clean(list: string[] | undefined): string[] {
  return (list ?? []).map((t) => t.trim()).filter(Boolean);
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 6).join(' ');
  return trimEndWhere(words, charIn('.,;:!?')) || 'Reflection';
}
