// Meeting cadence: "weekly", "every 2 weeks", "monthly" … and the next meeting it implies.
import { addDays, addMonths, daysBetween } from './dates';
import type { Cadence, IsoDate } from './model';

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

export function parseCadence(text: string): Cadence | null {
  const t = text.trim().toLowerCase();
  if (t === 'weekly') return { unit: 'week', every: 1 };
  if (t === 'biweekly' || t === 'bi-weekly' || t === 'fortnightly') return { unit: 'week', every: 2 };
  if (t === 'monthly') return { unit: 'month', every: 1 };
  if (t === 'quarterly') return { unit: 'month', every: 3 };
  const m = /^every\s+(?:(\d+|one|two|three|four|five|six|other)\s+)?(week|month)s?$/.exec(t);
  if (!m) return null;
  const n = m[1] === undefined ? 1 : m[1] === 'other' ? 2 : WORDS[m[1]] ?? Number(m[1]);
  if (!Number.isInteger(n) || n < 1 || n > 52) return null;
  return { unit: m[2] as 'week' | 'month', every: n };
}

export function formatCadence(c: Cadence): string {
  if (c.every === 1) return c.unit === 'week' ? 'weekly' : 'monthly';
  return `every ${c.every} ${c.unit}s`;
}

/** One cadence interval after `day`. */
export function advance(day: IsoDate, c: Cadence): IsoDate {
  return c.unit === 'week' ? addDays(day, 7 * c.every) : addMonths(day, c.every);
}

/**
 * The next meeting: one interval after the last session, or the agreement's start when nothing
 * has been held yet. Never before `today` unless it is overdue (then the due day is returned, so
 * a caller can say "due since …").
 */
export function nextSessionDue(c: Cadence | null, lastSession: IsoDate | null, started: IsoDate | null, today: IsoDate): IsoDate {
  if (!c) return today;
  if (lastSession) return advance(lastSession, c);
  if (started && daysBetween(today, started) >= 0) return started;
  return today;
}
