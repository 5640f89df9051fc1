// What "Set Due Date" offers and how it reads what people type: the quick choices (Today, Friday,
// Next session, +1 week, End of month, No due date) and free text — ISO days or English as people
// say it ("next wed", "in 2 weeks", "dec 3"), read by chrono-node. One rule for both: typing a
// choice's words gives the choice's day. Pure: "today" and the next meeting day are parameters.
//
// Friday: Monday to Thursday, this week's; on Friday, Saturday and Sunday, next week's (on a
// Friday "Today" already names the day itself, and at the weekend this week's Friday is past).
// End of month: this month's last day; on that day, next month's.
import type { Chrono, ParsedResult } from 'chrono-node';
import { addDays, daysBetween, fromDate, isIsoDate, looksLikeIsoDate, toDate } from './dates';
import type { IsoDate } from './model';
import { shortDay } from './summaries';
import { trimEndWhere } from './text';

export interface DueContext {
  today: IsoDate;
  /** The next meeting of the item's mentorship (from the cadence), or null when it has none. */
  nextSession: IsoDate | null;
}

export type DueChoiceKey = 'today' | 'friday' | 'nextSession' | 'week' | 'monthEnd';

export interface DueChoice {
  key: DueChoiceKey;
  label: string;
  date: IsoDate;
  /** The words that, typed, give this choice (shown as a hint, read by resolveDue). */
  words: string;
}

/** A day, or `null` to remove the due date, or why the text names no day. */
export type DueAnswer = { date: IsoDate | null } | { error: string };

/** The natural-language reader (chrono-node's English parser), loaded on first use. */
export type NaturalDates = Pick<Chrono, 'parse'>;

let natural: Promise<NaturalDates> | undefined;

/** Loads chrono-node once, only when someone types a date (it is not needed to activate). */
export function loadNaturalDates(): Promise<NaturalDates> {
  natural ??= import('chrono-node/en').then((m) => m.casual);
  return natural;
}

const FRIDAY = 5;

/** The quick choices in the order offered; "Next session" only when there is a next meeting. */
export function dueChoices(ctx: DueContext): DueChoice[] {
  const { today } = ctx;
  const weekday = toDate(today).getDay();
  const nextWeek = weekday === 0 || weekday >= FRIDAY;
  const monthEnd = endOfMonth(today);
  const lastDay = monthEnd === today;
  const choices: DueChoice[] = [
    { key: 'today', label: 'Today', date: today, words: 'today' },
    { key: 'friday', label: nextWeek ? 'Next Friday' : 'This Friday', date: friday(today), words: 'friday' },
  ];
  if (ctx.nextSession) choices.push({ key: 'nextSession', label: 'Next session', date: ctx.nextSession, words: 'next session' });
  choices.push(
    { key: 'week', label: 'In a week', date: addDays(today, 7), words: '+1 week' },
    { key: 'monthEnd', label: lastDay ? 'End of next month' : 'End of month', date: lastDay ? endOfMonth(addDays(today, 1)) : monthEnd, words: 'end of month' },
  );
  return choices;
}

/** `Tue 24 Nov` (with the year when it is not this year's) and the ISO day written. */
export function describeDue(date: IsoDate, today: IsoDate): string {
  return `${shortDay(date, today)} · ${date}`;
}

// A choice's words, and a few ways of saying them.
const KEYWORDS: Record<string, DueChoiceKey> = {
  today: 'today',
  friday: 'friday',
  fri: 'friday',
  'next session': 'nextSession',
  'next meeting': 'nextSession',
  'next 1:1': 'nextSession',
  '+1 week': 'week',
  '+1w': 'week',
  '+7': 'week',
  'end of month': 'monthEnd',
  'end of the month': 'monthEnd',
  eom: 'monthEnd',
};

// Words people put before a day ("by friday") that say nothing about which day.
const LEAD = /^(?:by|on|due|until)\s+/;
// 12/03 or 03.12: month or day first depends on the country; refused rather than guessed.
const NUMERIC_DAY = /\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b/;
// A number written as a month's day ("dec 32", "32nd of dec"): chrono reads "dec 32" as
// December 2032, so a number that is no day of any month is refused here.
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,3})(?![\d:])|\b(\d{1,3})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const PAST = /\b(?:last|ago|yesterday|previous|past)\b/;

/**
 * The day `text` names: an ISO day, a quick choice's words, or English chrono-node reads as a
 * whole (nothing left over: "meet Tom next wed" is not a day). Empty text removes the due date.
 */
export function resolveDue(text: string, ctx: DueContext, chrono: NaturalDates): DueAnswer {
  const t = trimEndWhere(text.trim().replace(/\s+/g, ' ').toLowerCase(), (c) => c === 46 || c === 33);
  if (t === '') return { date: null };
  if (isIsoDate(t)) return { date: t };
  if (looksLikeIsoDate(t)) return { error: `${t} is not a real day` };
  const words = t.replace(LEAD, '');
  const key = KEYWORDS[words];
  if (key) {
    if (key === 'nextSession' && !ctx.nextSession) return { error: 'this mentorship has no cadence, so there is no next session to count from' };
    return { date: dueChoices(ctx).find((c) => c.key === key)!.date };
  }
  if (NUMERIC_DAY.test(words)) return { error: `"${text.trim()}" could be read two ways: write ${ctx.today.slice(0, 4)}-12-03 or "dec 3"` };
  const monthDay = MONTH_DAY.exec(words);
  if (monthDay && Number(monthDay[1] ?? monthDay[2]) > 31) return { error: `"${text.trim()}" names no day of a month` };
  const ref = toDate(ctx.today);
  const results = chrono.parse(words, { instant: ref }, { forwardDate: !PAST.test(words) });
  const whole = results.length === 1 && results[0].index === 0 && results[0].text.length === words.length ? results[0] : null;
  const date = whole && dayOf(whole);
  if (!date) return { error: `could not read "${text.trim()}" as a day: write ${addDays(ctx.today, 8)}, "next wed", "in 2 weeks" or "dec 3"` };
  return { date };
}

/** The calendar day of a parse result, or null when its components name no real day. */
function dayOf(result: ParsedResult): IsoDate | null {
  const y = result.start.get('year');
  const m = result.start.get('month');
  const d = result.start.get('day');
  if (y === null || m === null || d === null) return null;
  const day = fromDate(new Date(y, m - 1, d));
  // Date rolls 31 April over into May: only a day that exists as written is accepted.
  return isIsoDate(day) && Number(day.slice(5, 7)) === m ? day : null;
}

function friday(today: IsoDate): IsoDate {
  const weekday = toDate(today).getDay();
  // Sunday (0) counts as the end of the week just past.
  const ahead = weekday === 0 ? FRIDAY : weekday < FRIDAY ? FRIDAY - weekday : FRIDAY + 7 - weekday;
  return addDays(today, ahead);
}

function endOfMonth(day: IsoDate): IsoDate {
  const d = toDate(day);
  return fromDate(new Date(d.getFullYear(), d.getMonth() + 1, 0));
}

/** Days from today, as a hint: `in 3 days`, `today`, `2 days ago`. */
export function daysFromToday(date: IsoDate, today: IsoDate): string {
  const n = daysBetween(today, date);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}
