// New files, written the way a person would write them by hand. Every template is valid input
// for the parser (the tests parse each one back).
import { formatCadence } from './cadence';
import { parseSimpleYaml } from './frontMatter';
import type { Cadence, IsoDate, Person } from './model';
import { formatPerson } from './people';
import { SECTION_TITLES } from './sections';

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
    `started: ${f.started}`,
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
  const lines = ['---', 'type: session', `date: ${date}`];
  if (goals.length) lines.push(`goals: [${goals.join(', ')}]`);
  lines.push('---', '', `# Session ${date}`, '');
  for (const h of ['Agenda', 'Notes', SECTION_TITLES.action, SECTION_TITLES.feedback, SECTION_TITLES.win, SECTION_TITLES.topic]) {
    lines.push(`## ${h}`, '', '');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

export interface GoalFields {
  title: string;
  started: IsoDate;
  target?: IsoDate | null;
  skills?: string[];
}

export function goalTemplate(f: GoalFields): string {
  const lines = ['---', 'type: goal', `title: ${yamlString(f.title)}`, 'status: active', `started: ${f.started}`];
  if (f.target) lines.push(`target: ${f.target}`);
  lines.push(`skills: [${(f.skills ?? []).map(flowItem).join(', ')}]`);
  lines.push('---', '', `# ${f.title}`, '', '## Why', '', '', '## Measure of success', '', '', `## ${SECTION_TITLES.milestone}`, '', '- [ ] ', '', '## Log', '', `- ${f.started}: goal set`, '');
  return lines.join('\n');
}

export function noteTemplate(date: IsoDate, title: string, body = ''): string {
  return ['---', 'type: note', `date: ${date}`, `title: ${yamlString(title)}`, '---', '', `# ${title}`, '', body].join('\n').replace(/\n*$/, '\n');
}

/** `Design doc: first RFC!` → `design-doc-first-rfc`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** `base.md`, else `base-2.md`, `base-3.md` …: new files never overwrite existing ones. */
export function uniqueFileName(exists: (name: string) => boolean, base: string): string {
  if (!exists(`${base}.md`)) return `${base}.md`;
  for (let n = 2; ; n++) if (!exists(`${base}-${n}.md`)) return `${base}-${n}.md`;
}

/**
 * A YAML scalar that reads back as exactly `text`: plain when YAML reads it back as the same
 * string (not `1e3`, `0x1F`, `.nan`, `Null`, a line break …), else double-quoted (JSON's escapes
 * are YAML's).
 */
export function yamlString(text: string): string {
  // yes/no/on/off stay quoted too: YAML 1.1 readers (other tools) take them for booleans.
  if (/^[\w ().@,'\u00C0-\u024F-]+$/.test(text) && !/^(?:yes|no|on|off|y|n)$/i.test(text) && !text.startsWith("'") && parseSimpleYaml([`k: ${text}`])?.k === text) return text;
  return JSON.stringify(text);
}

function flowItem(text: string): string {
  const back = /^[\w .-]+$/.test(text) ? parseSimpleYaml([`k: [${text}]`])?.k : undefined;
  return Array.isArray(back) && back.length === 1 && back[0] === text ? text : JSON.stringify(text);
}

/** One item line in the one form we write. */
export function itemLine(kind: 'action' | 'plain' | 'pending', text: string, opts: { owner?: string | null; due?: IsoDate | null; goal?: string | null } = {}): string {
  const words = text.replace(/\s*\r?\n\s*/g, ' ').trim();
  const owner = opts.owner ? ` @${opts.owner.replace(/^@/, '')}` : '';
  const due = opts.due ? ` [due:: ${opts.due}]` : '';
  const goal = opts.goal ? ` [goal:: ${opts.goal}]` : '';
  const box = kind === 'plain' ? '' : '[ ] ';
  return `- ${box}${words}${owner}${due}${goal}`;
}
