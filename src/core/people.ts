// People as written in front matter: `Name (@handle)`, `@handle`, `Name`, or `{name, handle}`.
import type { Person } from './model';

const NAME_HANDLE = /^(.*?)\s*\(\s*@([\w.-]+)\s*\)\s*$/;

export function parsePerson(value: unknown): Person | null {
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text) return null;
    const m = NAME_HANDLE.exec(text);
    if (m) return { name: m[1] || null, handle: m[2] };
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
