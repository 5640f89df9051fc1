// Calendar arithmetic for cadence periods, on day numbers rather than Date objects: a program
// report walks every planned meeting of a thousand mentorships, so this stays allocation-light.
// Months step as date-fns' addMonths (and cadence.ts's `advance`) does: from the first day, the
// day of the month kept, clamped to the month's last day (31 Jan + 1 month = 28 or 29 Feb).
import type { Cadence, IsoDate } from '../model';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (proleptic Gregorian, no time zone involved). */
export function dayNumber(day: IsoDate): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `later - earlier` in days. */
export function daysFrom(earlier: IsoDate, later: IsoDate): number {
  return dayNumber(later) - dayNumber(earlier);
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `day` plus `months` calendar months, the day clamped to the month's end. */
export function plusMonths(day: IsoDate, months: number): IsoDate {
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return iso(y, m, Math.min(Number(day.slice(8, 10)), daysInMonth(y, m)));
}

/**
 * The start of the `k`-th period after `first` (k = 0 is `first` itself), counted from `first`
 * each time so month ends do not drift; also "`first` plus k periods". No cadence: periods of
 * `fallbackDays`.
 */
export function periodStart(first: IsoDate, cadence: Cadence | null, k: number, fallbackDays: number): IsoDate {
  if (cadence === null) return fromDayNumber(dayNumber(first) + fallbackDays * k);
  return cadence.unit === 'week' ? fromDayNumber(dayNumber(first) + 7 * cadence.every * k) : plusMonths(first, cadence.every * k);
}

/** `2026-11`. */
export function monthOf(day: IsoDate): string {
  return day.slice(0, 7);
}

/** `2026-Q4`. */
export function quarterOf(day: IsoDate): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first day of `day`'s quarter. */
export function quarterStart(day: IsoDate): IsoDate {
  const m = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${m < 10 ? '0' : ''}${m}-01`;
}

/** The quarters from `from`'s to `to`'s, inclusive, oldest first (`2026-Q3`, `2026-Q4`). */
export function quartersBetween(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
  const last = quarterOf(to);
  for (let guard = 0; guard < 400; guard++) {
    const name = `${y}-Q${q + 1}`;
    out.push(name);
    if (name >= last) break;
    q++;
    if (q === 4) {
      q = 0;
      y++;
    }
  }
  return out;
}

/** The `count` months ending with `day`'s, oldest first (`2025-12` … `2026-11`). */
export function monthsEndingAt(day: IsoDate, count: number): string[] {
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(monthOf(plusMonths(`${day.slice(0, 7)}-01`, -i)));
  return out;
}
