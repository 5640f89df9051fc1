// Every message from the journal webview passes through here before the extension acts on it.
// The webview renders other people's Markdown, so it is treated as untrusted input: exact shapes
// only (unknown types, missing or extra keys, wrong types, oversized values → rejected) and
// journal paths that cannot leave the journal. Pure (no vscode), so the unit tests cover it.
import { isIsoDate } from '../../core/dates';
import { hasLineBreak } from '../../core/text';
import type { FileRef, LogFields, LogKind, SessionFields, WebviewMessage } from '../../shared/journalProtocol';
import { PROTOCOL_VERSION } from '../../shared/journalProtocol';

export type Validated = { ok: true; message: WebviewMessage } | { ok: false; reason: string };

class Invalid extends Error {}

const MAX_TEXT = 100_000;
const MAX_LINE = 4_000;
const MAX_LIST = 200;
const MAX_REFS = 500;
const HANDLE = /^@?[\p{L}\p{N}\p{M}_.-]{1,64}$/u;
const GOAL_ID = /^[\p{L}\p{N}_.-]{1,120}$/u;
const LOG_KINDS: readonly LogKind[] = ['win', 'feedback', 'intro', 'reflection'];

/** Checks `data` is exactly one of the webview's messages; never throws. */
export function validateWebviewMessage(data: unknown): Validated {
  try {
    return { ok: true, message: parse(data) };
  } catch (e) {
    return { ok: false, reason: e instanceof Invalid ? e.message : 'malformed message' };
  }
}

function parse(data: unknown): WebviewMessage {
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  switch (type) {
    case 'ready': {
      const m = record(data, ['type', 'protocol']);
      if (m.protocol !== PROTOCOL_VERSION) throw new Invalid(`unsupported protocol ${String(m.protocol)}`);
      return { type, protocol: PROTOCOL_VERSION };
    }
    case 'loadBodies': {
      const m = record(data, ['type', 'refs']);
      return { type, refs: list(m.refs, MAX_REFS, 'refs').map(fileRef) };
    }
    case 'open': {
      const m = record(data, ['type', 'ref', 'line']);
      return { type, ref: fileRef(m.ref), line: lineNumber(m.line) };
    }
    case 'toggleItem': {
      const m = record(data, ['type', 'requestId', 'ref', 'line', 'raw', 'done']);
      const raw = line(m.raw, MAX_LINE, 'raw');
      return { type, requestId: requestId(m.requestId), ref: fileRef(m.ref), line: lineNumber(m.line), raw, done: bool(m.done, 'done') };
    }
    case 'logSession': {
      const m = record(data, ['type', 'requestId', 'mentorship', 'session']);
      return { type, requestId: requestId(m.requestId), mentorship: line(m.mentorship, 1_000, 'mentorship'), session: session(m.session) };
    }
    case 'logEntry': {
      const m = record(data, ['type', 'requestId', 'mentorship', 'entry']);
      return { type, requestId: requestId(m.requestId), mentorship: line(m.mentorship, 1_000, 'mentorship'), entry: logFields(m.entry) };
    }
    default:
      throw new Invalid(`unknown message type ${JSON.stringify(typeof type === 'string' ? type.slice(0, 40) : typeof type)}`);
  }
}

/**
 * A journal-relative path that names a Markdown file inside the journal: `/`-separated, no
 * empty, `.` or `..` segments, no drive letters, schemes, backslashes or control characters.
 */
export function isSafeJournalPath(path: unknown): path is string {
  if (typeof path !== 'string' || path.length === 0 || path.length > 1_000) return false;
  if (!path.toLowerCase().endsWith('.md')) return false;
  // Backslashes and colons would mean Windows separators, drive letters or URI schemes.
  if (/[\\:\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(path)) return false;
  return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && s.trim() === s);
}

function fileRef(v: unknown): FileRef {
  const m = record(v, ['journal', 'path']);
  const journal = line(m.journal, 2_000, 'journal');
  if (!isSafeJournalPath(m.path)) throw new Invalid('path is not a Markdown file inside the journal');
  return { journal, path: m.path };
}

function session(v: unknown): SessionFields {
  const m = record(v, ['date', 'goals', 'notes', 'actions', 'wins', 'feedback']);
  const date = text(m.date, 10, 'date');
  if (!isIsoDate(date)) throw new Invalid('date must be a real day written YYYY-MM-DD');
  return {
    date,
    goals: list(m.goals, MAX_LIST, 'goals').map((g) => pattern(g, GOAL_ID, 'goal id')),
    notes: text(m.notes, MAX_TEXT, 'notes'),
    actions: list(m.actions, MAX_LIST, 'actions').map((a) => {
      const r = record(a, ['text', 'owner', 'due']);
      const due = text(r.due, 10, 'due');
      if (due !== '' && !isIsoDate(due)) throw new Invalid('due must be empty or a real day written YYYY-MM-DD');
      return { text: line(r.text, MAX_LINE, 'action text'), owner: optionalHandle(r.owner), due };
    }),
    wins: list(m.wins, MAX_LIST, 'wins').map((t) => line(t, MAX_LINE, 'win')),
    feedback: list(m.feedback, MAX_LIST, 'feedback').map((t) => line(t, MAX_LINE, 'feedback')),
  };
}

function logFields(v: unknown): LogFields {
  const m = record(v, ['kind', 'text', 'title', 'owner', 'isPrivate']);
  if (!LOG_KINDS.includes(m.kind as LogKind)) throw new Invalid('kind must be win, feedback, intro or reflection');
  return {
    kind: m.kind as LogKind,
    text: text(m.text, MAX_TEXT, 'text'),
    title: line(m.title, 200, 'title'),
    owner: optionalHandle(m.owner),
    isPrivate: bool(m.isPrivate, 'isPrivate'),
  };
}

/** A plain object with exactly `keys` (own, enumerable): extra or missing keys are rejected. */
function record(v: unknown, keys: readonly string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid('expected an object');
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw new Invalid('expected a plain object');
  const own = Object.keys(v);
  const extra = own.find((k) => !keys.includes(k));
  if (extra !== undefined) throw new Invalid(`unexpected key ${JSON.stringify(extra.slice(0, 40))}`);
  const missing = keys.find((k) => !Object.prototype.hasOwnProperty.call(v, k));
  if (missing !== undefined) throw new Invalid(`missing key "${missing}"`);
  return v as Record<string, unknown>;
}

function list(v: unknown, max: number, what: string): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${what} must be a list`);
  if (v.length > max) throw new Invalid(`${what} has more than ${max} entries`);
  return v;
}

function text(v: unknown, max: number, what: string): string {
  if (typeof v !== 'string') throw new Invalid(`${what} must be text`);
  if (v.length > max) throw new Invalid(`${what} is longer than ${max} characters`);
  if (v.includes('\u0000')) throw new Invalid(`${what} contains a NUL character`);
  return v;
}

/**
 * Text for a single-line field: besides `text`'s checks, no line break of any kind (`\r`, `\n`,
 * NEL, LINE or PARAGRAPH SEPARATOR): an editor would break the line there, and what follows
 * would become a line of its own in the file (a heading, front matter, a conflict marker).
 */
function line(v: unknown, max: number, what: string): string {
  const s = text(v, max, what);
  if (hasLineBreak(s)) throw new Invalid(`${what} must be one line`);
  return s;
}

function pattern(v: unknown, re: RegExp, what: string): string {
  const s = line(v, 200, what);
  if (!re.test(s)) throw new Invalid(`${what} ${JSON.stringify(s.slice(0, 40))} is not valid`);
  return s;
}

/** An owner handle (with or without `@`), or '' for none. */
function optionalHandle(v: unknown): string {
  const s = text(v, 65, 'owner').trim();
  if (s === '') return '';
  return pattern(s, HANDLE, 'owner').replace(/^@/, '');
}

function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw new Invalid(`${what} must be true or false`);
  return v;
}

function lineNumber(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 10_000_000) throw new Invalid('line must be a positive whole number');
  return v;
}

function requestId(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > Number.MAX_SAFE_INTEGER) throw new Invalid('requestId must be a whole number');
  return v;
}
