// People as written in front matter: `Name (@handle)`, `@handle`, `Name`, or `{name, handle}`.
import type { Person } from './model';
import { isLineBreak, isWhiteSpace, trimEndWhere } from './text';


export function parsePerson(value: unknown): Person | null {
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text) return null;
    const named = nameAndHandle(text);
    if (named) return named;
    if (/^@[\w.-]+$/.test(text)) return { name: null, handle: text.slice(1) };
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

/**
 * `Name (@handle)` read from the end: the handle in the last parentheses, the name before them
 * (on one line); null when `text` (already trimmed) is not written so.
 */
function nameAndHandle(text: string): Person | null {
  if (text.charCodeAt(text.length - 1) !== 41 /* ) */) return null;
  let p = text.length - 1;
  while (p > 0 && isWhiteSpace(text.charCodeAt(p - 1))) p--;
  const handleEnd = p;
  while (p > 0 && isHandleChar(text.charCodeAt(p - 1))) p--;
  if (p === handleEnd || text.charCodeAt(p - 1) !== 64 /* @ */) return null;
  const handle = text.slice(p, handleEnd);
  p--;
  while (p > 0 && isWhiteSpace(text.charCodeAt(p - 1))) p--;
  if (text.charCodeAt(p - 1) !== 40 /* ( */) return null;
  p--;
  const name = trimEndWhere(text.slice(0, p), isWhiteSpace);
  for (let i = 0; i < name.length; i++) if (isLineBreak(name.charCodeAt(i))) return null;
  return { name: name || null, handle };
}

function isHandleChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
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
