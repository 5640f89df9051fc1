// The typed fields of an entry's front matter: dates, lists, an agreement's people and cadence,
// a goal's status. Problems are reported with the line of their key.
import { parseCadence } from './cadence';
import { isIsoDate } from './dates';
import { badDateMessage, type Span } from './itemLine';
import type { AgreementInfo, Diagnostic, GoalInfo, GoalStatus } from './model';
import { parsePerson } from './people';

/**
 * Reports a problem at a 1-based line. `where` is the offending token when known: its columns,
 * or the front-matter key whose value it is.
 */
export type Report = (line: number, severity: Diagnostic['severity'], code: string, message: string, where?: Span | string | null) => void;
export type KeyLine = (key: string) => number;

const GOAL_STATUSES = new Set<GoalStatus>(['active', 'paused', 'achieved', 'dropped']);

export function frontMatterDate(data: Record<string, unknown>, key: string, report: Report, keyLine: KeyLine): string | null {
  const v = data[key];
  if (v === undefined || v === null || v === '') return null;
  const text = String(v).trim();
  if (isIsoDate(text)) return text;
  report(keyLine(key), 'error', 'bad-date', badDateMessage(key, text), key);
  return null;
}

/** Finds the 1-based line where `key:` is written in the front matter (1, the opening `---`, if absent). */
export function keyLineFinder(lines: readonly string[], bodyLine: number): KeyLine {
  return (key) => {
    for (let i = 1; i < bodyLine - 1; i++) if (lines[i].startsWith(key + ':')) return i + 1;
    return 1;
  };
}

export function stringList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => String(x).trim()).filter(Boolean);
}

export function readAgreement(data: Record<string, unknown>, report: Report, keyLine: KeyLine): AgreementInfo {
  const mentor = parsePerson(data.mentor);
  const mentee = parsePerson(data.mentee);
  if (!mentor) report(keyLine('mentor'), 'warning', 'missing-person', 'agreement names no mentor (write "mentor: Name (@handle)")');
  if (!mentee) report(keyLine('mentee'), 'warning', 'missing-person', 'agreement names no mentee (write "mentee: Name (@handle)")');
  let cadence = null;
  if (data.cadence !== undefined && data.cadence !== null) {
    cadence = parseCadence(String(data.cadence));
    if (!cadence) report(keyLine('cadence'), 'warning', 'bad-cadence', `cadence "${String(data.cadence)}" is not understood (write weekly, every 2 weeks or monthly)`, 'cadence');
  }
  return {
    mentor,
    mentee,
    cadence,
    channel: typeof data.channel === 'string' ? data.channel : null,
    started: frontMatterDateQuiet(data.started),
    ends: frontMatterDate(data, 'ends', report, keyLine),
    focus: stringList(data.focus),
    recurring: stringList(data.recurring),
  };
}

function frontMatterDateQuiet(v: unknown): string | null {
  return typeof v === 'string' && isIsoDate(v) ? v : null;
}

export function readGoal(fileName: string, data: Record<string, unknown>, heading: string | null, report: Report, keyLine: KeyLine): GoalInfo {
  const id = fileName.replace(/\.md$/i, '');
  let status: GoalStatus = 'active';
  if (data.status !== undefined && data.status !== null) {
    const s = String(data.status).trim().toLowerCase() as GoalStatus;
    if (GOAL_STATUSES.has(s)) status = s;
    else report(keyLine('status'), 'warning', 'bad-status', `goal status "${String(data.status)}" is not one of active, paused, achieved, dropped`, 'status');
  }
  return {
    id,
    title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : heading ?? id,
    status,
    started: frontMatterDate(data, 'started', report, keyLine),
    target: frontMatterDate(data, 'target', report, keyLine),
    skills: stringList(data.skills),
  };
}

/**
 * Where the value of `key: value` is written on `line` (a front-matter line), without the spaces
 * around it; null when the line is not that key's or the value is on the lines after it.
 */
export function valueSpan(line: string, key: string): Span | null {
  if (!line.startsWith(key) || line.charCodeAt(key.length) !== 58 /* : */) return null;
  let column = key.length + 1;
  let endColumn = line.length;
  while (column < endColumn && (line.charCodeAt(column) === 32 || line.charCodeAt(column) === 9)) column++;
  while (endColumn > column && (line.charCodeAt(endColumn - 1) === 32 || line.charCodeAt(endColumn - 1) === 9 || line.charCodeAt(endColumn - 1) === 13)) endColumn--;
  return column < endColumn ? { column, endColumn } : null;
}
