// Calendar-day arithmetic on `YYYY-MM-DD` strings. The core never reads the clock: "today" is
// always a parameter. Days are handled as local midnights so every time zone gets the same answer.
import { addDays as dfAddDays, addMonths as dfAddMonths, differenceInCalendarDays, startOfISOWeek } from 'date-fns';
import type { IsoDate } from './model';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is `YYYY-MM-DD` and names a real day (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  // By character codes: this runs for every date of every file while indexing.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True when `text` has the shape of an ISO day, whether or not the day exists. */
export function looksLikeIsoDate(text: string): boolean {
  return ISO_DAY.test(text);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function toDate(day: IsoDate): Date {
  const m = ISO_DAY.exec(day);
  if (!m || !isIsoDate(day)) throw new RangeError(`Not a calendar day: ${day}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function fromDate(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return fromDate(dfAddDays(toDate(day), days));
}

export function addMonths(day: IsoDate, months: number): IsoDate {
  return fromDate(dfAddMonths(toDate(day), months));
}

/** `later - earlier` in calendar days (negative when `later` is earlier). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return differenceInCalendarDays(toDate(later), toDate(earlier));
}

/** The Sunday that ends the ISO week (Monday to Sunday) containing `day`. */
export function endOfWeek(day: IsoDate): IsoDate {
  return fromDate(dfAddDays(startOfISOWeek(toDate(day)), 6));
}

/** The day a JavaScript `Date` falls on in local time: for adapters that own the clock. */
export function localToday(now: Date): IsoDate {
  return fromDate(now);
}
