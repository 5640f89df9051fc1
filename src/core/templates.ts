// New files, written the way a person would write them by hand. Every template is valid input
// for the parser (the tests parse each one back).
import { formatCadence } from './cadence';
import { isIsoDate } from './dates';
import { parseSimpleYaml } from './frontMatter';
import type { Cadence, IsoDate, Person } from './model';
import { formatPerson } from './people';
import { SECTION_TITLES } from './sections';
import { isLineBreak, oneLine, trimEndWhere, trimStartWhere } from './text';

export const AGREEMENT_FILE = 'mentorship.md';
export const PRIVATE_GITIGNORE = '# Private notes stay on this machine: never committed, never in an agenda.\nprivate/\n';

export interface AgreementFields {
  mentor: Person;
  mentee: Person;
  cadence: Cadence;
  channel?: string;
  started: IsoDate;
}

export function agreementTemplate(f: AgreementFields): string {
  return [
    '---',
    'type: agreement',
    `mentor: ${yamlString(formatPerson(f.mentor))}`,
    `mentee: ${yamlString(formatPerson(f.mentee))}`,
    `cadence: ${formatCadence(f.cadence)}`,
    `channel: ${yamlString(f.channel ?? 'video call')}`,
    `started: ${dateField(f.started)}`,
    'focus:',
    '  - What the mentee most wants to grow in',
    'recurring:',
    '  - Open action items from last time',
    '  - Anything blocking you right now',
    '---',
    '',
    '# Mentorship agreement',
    '',
    'What we expect of each other, how we meet, and what stays between us.',
    '',
  ].join('\n');
}

export function sessionTemplate(date: IsoDate, goals: string[] = []): string {
  const lines = sessionHead(date, goals);
  for (const h of ['Agenda', 'Notes', SECTION_TITLES.action, SECTION_TITLES.feedback, SECTION_TITLES.win, SECTION_TITLES.topic]) {
    lines.push(`## ${h}`, '', '');
  }
  return endWithOneLineBreak(lines.join('\n'));
}

/** A session's front matter and title: the start every session file the extension writes shares. */
export function sessionHead(date: IsoDate, goals: readonly string[] = []): string[] {
  const lines = ['---', 'type: session', `date: ${dateField(date)}`];
  const ids = goals.filter(Boolean);
  if (ids.length) lines.push(`goals: ${flowList(ids)}`);
  lines.push('---', '', `# Session ${date}`, '');
  return lines;
}

export interface GoalFields {
  title: string;
  started: IsoDate;
  target?: IsoDate | null;
  skills?: string[];
}

export function goalTemplate(f: GoalFields): string {
  const title = oneLine(f.title).trim();
  const lines = ['---', 'type: goal', `title: ${yamlString(title)}`, 'status: active', `started: ${dateField(f.started)}`];
  if (f.target) lines.push(`target: ${dateField(f.target)}`);
  lines.push(`skills: ${flowList(f.skills ?? [])}`);
  lines.push('---', '', `# ${title}`, '', '## Why', '', '', '## Measure of success', '', '', `## ${SECTION_TITLES.milestone}`, '', '- [ ] ', '', '## Log', '', `- ${f.started}: goal set`, '');
  return lines.join('\n');
}

export function noteTemplate(date: IsoDate, title: string, body = ''): string {
  const oneLineTitle = oneLine(title).trim();
  return endWithOneLineBreak(['---', 'type: note', `date: ${dateField(date)}`, `title: ${yamlString(oneLineTitle)}`, '---', '', `# ${oneLineTitle}`, '', safeBody(body)].join('\n'));
}

/** `text` with exactly one line break at its end. */
export function endWithOneLineBreak(text: string): string {
  return `${trimEndWhere(text, (c) => c === 10)}\n`;
}

/** A day for front matter: only `YYYY-MM-DD` is ever written there. */
function dateField(date: string): string {
  if (!isIsoDate(date)) throw new Error(`"${oneLine(date).slice(0, 40)}" is not a day written YYYY-MM-DD`);
  return date;
}

/**
 * Text someone typed, as lines of a Markdown body: line breaks of every kind become `\n`, and a
 * line that would start like a git conflict marker or a front-matter fence (`<<<<<<<`,
 * `=======`, `>>>>>>>`, `|||||||`, `---`) starts with a backslash instead, which Markdown shows
 * as nothing: the words read the same and the file never looks conflicted.
 */
export function safeBody(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (!isLineBreak(c)) continue;
    const line = text.slice(start, i);
    const marker = markerAt(line);
    out += (start === 0 ? '' : '\n') + (marker < 0 ? line : `${line.slice(0, marker)}\\${line.slice(marker)}`);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return out;
}

/** Where `line` starts (after up to three spaces) like a conflict marker or `---`, else -1. */
function markerAt(line: string): number {
  const t = trimStartWhere(line, (c) => c === 32);
  const at = line.length - t.length;
  return at <= 3 && ['<<<<<<<', '=======', '>>>>>>>', '|||||||', '---'].some((m) => t.startsWith(m)) ? at : -1;
}

/** `Design doc: first RFC!` → `design-doc-first-rfc`. */
export function slugify(title: string): string {
  const isDash = (c: number) => c === 45;
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const slug = trimEndWhere(trimStartWhere(trimEndWhere(words, isDash), isDash).slice(0, 60), isDash);
  return slug || 'untitled';
}

/** `base.md`, else `base-2.md`, `base-3.md` …: new files never overwrite existing ones. */
export function uniqueFileName(exists: (name: string) => boolean, base: string): string {
  if (!exists(`${base}.md`)) return `${base}.md`;
  for (let n = 2; ; n++) if (!exists(`${base}-${n}.md`)) return `${base}-${n}.md`;
}

/**
 * A YAML scalar that reads back as exactly `text`, in YAML 1.2 and in the YAML 1.1 other tools
 * still read: plain only when it starts with a letter, is no word YAML reads as a boolean or
 * null (`true`, `No`, `on`, `y`, `null` …) and reads back as the same string; else
 * double-quoted (JSON's escapes are YAML's). So `1e3`, `0x1F`, `~`, `-`, `.nan`, `2026-11-24`
 * and line breaks are all quoted.
 */
export function yamlString(text: string): string {
  if (/^[A-Za-z\u00C0-\u024F][\w ().@,'\u00C0-\u024F-]*$/.test(text) && !isYamlWord(text) && parseSimpleYaml([`k: ${text}`])?.k === text) return text;
  return doubleQuoted(text);
}

/** `[a, "b c", "true"]`: a flow list of strings, each plain only when `yamlString` would write it so. */
export function flowList(texts: readonly string[]): string {
  return `[${texts.map(flowItem).join(', ')}]`;
}

function flowItem(text: string): string {
  const back = /^[A-Za-z][\w .-]*$/.test(text) && !isYamlWord(text) ? parseSimpleYaml([`k: [${text}]`])?.k : undefined;
  return Array.isArray(back) && back.length === 1 && back[0] === text ? text : doubleQuoted(text);
}

/** Words YAML 1.1 or 1.2 reads as booleans or null. */
function isYamlWord(text: string): boolean {
  return /^(?:y|n|yes|no|on|off|true|false|null)$/i.test(text);
}

/** JSON's string, with the line and paragraph separators escaped too (JSON leaves them raw). */
function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One item line in the one form we write. */
export function itemLine(kind: 'action' | 'plain' | 'pending', text: string, opts: { owner?: string | null; due?: IsoDate | null; goal?: string | null } = {}): string {
  const words = oneLine(text).trim();
  const owner = opts.owner ? ` @${oneLine(opts.owner).trim().replace(/^@/, '')}` : '';
  const due = opts.due ? ` [due:: ${dateField(opts.due)}]` : '';
  const goal = opts.goal ? ` [goal:: ${oneLine(opts.goal).trim()}]` : '';
  const box = kind === 'plain' ? '' : '[ ] ';
  return `- ${box}${words}${owner}${due}${goal}`;
}
