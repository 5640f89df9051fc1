// People as written in front matter: `Name (@handle)`, `@handle`, `Name`, or `{name, handle}`.
import type { Person } from './model';
import { hasLineBreak } from './text';

/**
 * A handle is a run of letters or digits of any script (with their combining marks: `zoë`
 * written decomposed, Devanagari vowel signs), `_`, `-` and `.`: `[\p{L}\p{N}\p{M}_.-]`.
 * A whole handle, with or without its `@`.
 */
export const HANDLE = /^@?[\p{L}\p{N}\p{M}_.-]+$/u;
// `(@handle)` closing the text; the name is what comes before it.
const HANDLE_IN_PARENS = /\(\s*@([\p{L}\p{N}\p{M}_.-]+)\s*\)\s*$/u;
const HANDLE_RUN = /[\p{L}\p{N}\p{M}_.-]*/uy;

/**
 * Where the handle that starts at `from` (just after its `@`) ends: the end of its run of
 * handle characters, without a trailing `.` or `-` (the end of a sentence, a dash after it).
 */
export function handleEnd(s: string, from: number): number {
  // By character codes for ASCII, the usual case; the Unicode-aware pattern from the first
  // other character on.
  let end = from;
  while (end < s.length && isAsciiHandleChar(s.charCodeAt(end))) end++;
  if (end < s.length && s.charCodeAt(end) >= 128) {
    HANDLE_RUN.lastIndex = end;
    HANDLE_RUN.test(s);
    end = HANDLE_RUN.lastIndex;
  }
  while (end > from && (s.charCodeAt(end - 1) === 46 || s.charCodeAt(end - 1) === 45)) end--;
  return end;
}

function isAsciiHandleChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** The first `@handle` in `text` (`Lena Park (@lena)` → `lena`), or null. */
export function firstHandle(text: string): string | null {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const end = handleEnd(text, at + 1);
    if (end > at + 1) return text.slice(at + 1, end);
  }
  return null;
}

/** Every `@handle` that starts `text` or follows white space or `(`: the people it names. */
export function mentionedHandles(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at > 0 && text[at - 1] !== '(' && !/\s/.test(text[at - 1])) continue;
    const end = handleEnd(text, at + 1);
    if (end > at + 1) out.push(text.slice(at + 1, end));
  }
  return out;
}

export function parsePerson(value: unknown): Person | null {
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text) return null;
    const m = HANDLE_IN_PARENS.exec(text);
    // The name on one line: a line break in it is not `Name (@handle)` (it could add lines).
    if (m && !hasLineBreak(text.slice(0, m.index))) return { name: text.slice(0, m.index).trim() || null, handle: m[1] };
    if (text.startsWith('@') && HANDLE.test(text)) return { name: null, handle: text.slice(1) };
    return { name: text, handle: null };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const name = typeof o.name === 'string' && o.name.trim() ? o.name.trim() : null;
    const handle = typeof o.handle === 'string' && o.handle.trim() ? o.handle.trim().replace(/^@/, '') : null;
    return name || handle ? { name, handle } : null;
  }
  return null;
}

export function formatPerson(p: Person | null): string {
  if (!p) return 'unknown';
  if (p.name && p.handle) return `${p.name} (@${p.handle})`;
  return p.name ?? `@${p.handle}`;
}

/**
 * The user's own handle: the setting when given, else the mentor or mentee whose name is the
 * user's git `user.name` (compared without case or extra spaces), else null.
 */
export function guessOwnHandle(setting: string | null, gitUserName: string | null, people: readonly (Person | null)[]): string | null {
  if (setting) return setting.replace(/^@/, '');
  const name = gitUserName?.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!name) return null;
  const match = people.find((p) => p?.handle && p.name && p.name.trim().replace(/\s+/g, ' ').toLowerCase() === name);
  return match?.handle ?? null;
}
