// How a mentorship is going, from its files alone: cadence kept, follow-through on each side,
// balance (who brings topics and who gives feedback) and goals that move. Every signal has a
// level, a sentence a person understands and its evidence (file and line). Deterministic: the
// same shared view and "today" give the same result. Thresholds: thresholds.ts (docs/health.md).
import { formatCadence } from '../cadence';
import { isIsoDate } from '../dates';
import { discusses } from '../goalLinks';
import type { GoalView, Mentorship, SharedView } from '../journalIndex';
import { compareStrings } from '../journalIndex';
import type { Cadence, Entry, IsoDate, Item, Person } from '../model';
import { parsePerson } from '../people';
import { sectionKind } from '../sections';
import { isHeld } from '../schedule';
import { dayNumber, daysFrom, monthOf, monthsEndingAt, periodStart, plusMonths } from './periods';
import { HEALTH } from './thresholds';

export type HealthLevel = 'ok' | 'watch' | 'act';
export type SignalKind = 'cadence' | 'follow-through' | 'topics' | 'feedback' | 'goal-stale' | 'goal-achieved' | 'goals';
export type Side = 'mentor' | 'mentee';

export interface Evidence {
  /** Relative to the journal root. */
  file: string;
  /** 1-based. */
  line: number;
}

export interface HealthSignal {
  kind: SignalKind;
  level: HealthLevel;
  message: string;
  evidence: Evidence[];
  /** Whose (follow-through: `mentor` or `mentee`) or which goal (goal-*: its id). */
  subject?: string;
  /** When `level` is `act`: the short check-in question the next agenda carries. */
  checkIn?: string;
}

export interface CadenceHealth {
  /** As the agreement says it (`every 2 weeks`), or null when it names none. */
  cadence: string | null;
  /** Over the last `HEALTH.window` expected meetings (completed periods). */
  expected: number;
  held: number;
  /** held ÷ expected, or null when nothing was expected yet (or there is no cadence). */
  rate: number | null;
  sinceStarted: { from: IsoDate | null; expected: number; held: number; rate: number | null };
  lastSession: IsoDate | null;
  daysSinceLastSession: number | null;
  /** The agreement's `ends`, when it has passed: nothing after it is expected. */
  ended: IsoDate | null;
  /** No session for `HEALTH.silentPeriodsAct` periods (and not ended): the pair stopped meeting. */
  silent: boolean;
}

export interface SideFollowThrough {
  side: Side;
  handle: string | null;
  /** The person's first name, else `@handle`, else `the mentor` / `the mentee`. */
  name: string;
  closed: number;
  closedOnTime: number;
  closedLate: number;
  open: number;
  overdue: number;
  medianDaysOverdue: number | null;
  /** Open items overdue by more than `HEALTH.lapsedPeriods` cadence periods. */
  lapsed: number;
}

export type StaleReason = 'not-discussed' | 'target-passed' | 'no-milestone';

export interface GoalHealth {
  id: string;
  title: string;
  file: string;
  status: string;
  done: number;
  total: number;
  target: IsoDate | null;
  lastDiscussed: IsoDate | null;
  lastMilestone: IsoDate | null;
  achievedOn: IsoDate | null;
  stale: boolean;
  reasons: StaleReason[];
}

export interface BalanceCount {
  mentor: number;
  mentee: number;
  /** Named someone else. */
  others: number;
  /** Named nobody. */
  unknown: number;
}

export interface MonthCount {
  /** `2026-11`. */
  month: string;
  /** Planned meetings due that month (the starts of cadence periods, up to today). */
  expected: number;
  held: number;
}

export interface MentorshipHealth {
  mentorship: string;
  title: string;
  today: IsoDate;
  /** The worst level of its signals. */
  level: HealthLevel;
  cadence: CadenceHealth;
  followThrough: { mentor: SideFollowThrough; mentee: SideFollowThrough };
  balance: { sessions: number; topics: BalanceCount; feedback: BalanceCount };
  goals: GoalHealth[];
  /** The last twelve months (from the start), oldest first: for a chart. */
  months: MonthCount[];
  signals: HealthSignal[];
}

const RANK: Record<HealthLevel, number> = { ok: 0, watch: 1, act: 2 };

export function worstLevel(levels: Iterable<HealthLevel>): HealthLevel {
  let worst: HealthLevel = 'ok';
  for (const l of levels) if (RANK[l] > RANK[worst]) worst = l;
  return worst;
}

/** The health of one mentorship as of `today`, from the shared view (private entries never count). */
export function mentorshipHealth(view: SharedView, mentorshipId: string, today: IsoDate): MentorshipHealth {
  const m = view.mentorship(mentorshipId);
  if (!m) throw new Error(`No mentorship "${mentorshipId}" in this journal`);
  const ctx = context(view, m, today);
  const signals: HealthSignal[] = [];
  const cadence = cadenceHealth(ctx, signals);
  const mentor = followThrough(ctx, 'mentor', signals);
  const mentee = followThrough(ctx, 'mentee', signals);
  const balance = balanceOf(ctx, signals);
  const goals = goalsHealth(ctx, signals);
  return {
    mentorship: m.id,
    title: m.title,
    today,
    level: worstLevel(signals.map((s) => s.level)),
    cadence,
    followThrough: { mentor, mentee },
    balance,
    goals,
    months: ctx.months,
    signals,
  };
}

/** The health of a mentorship, or null when the shared view has none by that id (a private agreement). */
export function healthOf(view: SharedView, mentorshipId: string, today: IsoDate): MentorshipHealth | null {
  return view.mentorship(mentorshipId) ? mentorshipHealth(view, mentorshipId, today) : null;
}

/**
 * The signal to name first over several mentorships: the first "act" one, else the first
 * "watch" one (in the order given, each mentorship's signals in their order); null when all is ok.
 */
export function worstSignal(list: readonly { title: string; health: MentorshipHealth | null }[]): { title: string; signal: HealthSignal } | null {
  let found: { title: string; signal: HealthSignal } | null = null;
  for (const { title, health } of list) {
    for (const signal of health?.signals ?? []) {
      if (signal.level === 'ok' || (found !== null && RANK[signal.level] <= RANK[found.signal.level])) continue;
      found = { title, signal };
    }
  }
  return found;
}

interface Context {
  view: SharedView;
  m: Mentorship;
  today: IsoDate;
  /** Today, or the agreement's end when that has passed. */
  until: IsoDate;
  cadence: Cadence | null;
  /** Held sessions, oldest first. */
  held: Entry[];
  heldDays: IsoDate[];
  months: MonthCount[];
  agreementEvidence: Evidence;
}

function context(view: SharedView, m: Mentorship, today: IsoDate): Context {
  const ends = m.agreement.ends;
  const until = ends !== null && ends < today ? ends : today;
  const held = view
    .sessions(m.id)
    .filter((s) => isHeld(s, today) && s.date! <= until)
    .reverse();
  return {
    view,
    m,
    today,
    until,
    cadence: m.agreement.cadence,
    held,
    heldDays: held.map((s) => s.date!),
    months: [],
    agreementEvidence: { file: m.agreementPath, line: 1 },
  };
}

// ---- cadence ----------------------------------------------------------------------------------

function cadenceHealth(ctx: Context, signals: HealthSignal[]): CadenceHealth {
  const { m, until, cadence, heldDays } = ctx;
  const started = m.agreement.started;
  const firstHeld = heldDays[0] ?? null;
  const first = started !== null && (firstHeld === null || started <= firstHeld) ? started : firstHeld;
  const last = heldDays.length ? heldDays[heldDays.length - 1] : null;
  const ended = until !== ctx.today ? until : null;

  // Period starts from the first day: starts[K] is the end of the last completed period.
  const starts: IsoDate[] = [];
  if (cadence !== null && first !== null && first <= until) {
    for (let k = 0; ; k++) {
      const s = periodStart(first, cadence, k, HEALTH.defaultPeriodDays);
      if (s > until) break;
      starts.push(s);
    }
  }
  // Each start but the last is followed by the next one on or before `until`: its period is over.
  const completed = Math.max(0, starts.length - 1);
  const bound = (k: number) => periodStart(first!, cadence, k, HEALTH.defaultPeriodDays);
  const expected = Math.min(HEALTH.window, completed);
  const held = expected ? Math.min(expected, countIn(heldDays, bound(completed - expected), bound(completed))) : 0;
  const sinceHeld = completed ? Math.min(completed, countIn(heldDays, first!, bound(completed))) : 0;
  const rate = cadence !== null && expected > 0 ? held / expected : null;
  ctx.months = monthCounts(ctx, starts, first);

  const result: CadenceHealth = {
    cadence: cadence ? formatCadence(cadence) : null,
    expected,
    held,
    rate,
    sinceStarted: { from: first, expected: completed, held: sinceHeld, rate: completed ? sinceHeld / completed : null },
    lastSession: last,
    daysSinceLastSession: last === null ? null : daysFrom(last, ctx.today),
    ended,
    silent: false,
  };

  const plan = cadence ? `${formatCadence(cadence)} planned` : 'no cadence agreed';
  const quietSince = last ?? first;
  const silent = quietSince !== null && periodStart(quietSince, cadence, HEALTH.silentPeriodsAct, HEALTH.defaultPeriodDays) <= until && ended === null;
  const lastSessionEvidence = last !== null ? [{ file: ctx.held[ctx.held.length - 1].path, line: 1 }] : [];
  const evidence = [...lastSessionEvidence, ctx.agreementEvidence];
  const endedWords = ended ? `Ended on ${ended}. ` : '';
  const since = last !== null ? `last session ${ago(daysFrom(last, ctx.today))}` : 'no session held yet';

  if (silent) {
    result.silent = true;
    const quiet = daysFrom(quietSince, ctx.today);
    const message = last !== null
      ? `No session for ${duration(quiet)} (${plan}); the last was on ${last}.`
      : `No session held in the ${duration(quiet)} since the start on ${quietSince} (${plan}).`;
    const checkIn = last !== null
      ? `No session since ${last} — keep the cadence, change it, or pause?`
      : `No session yet since ${quietSince} — start now, change the cadence, or pause?`;
    signals.push({ kind: 'cadence', level: 'act', message, evidence, checkIn });
    return result;
  }
  if (cadence === null) {
    signals.push({ kind: 'cadence', level: 'ok', message: `${endedWords}No cadence in the agreement, so meetings are not counted against a plan; ${since}.`, evidence });
    return result;
  }
  if (expected === 0) {
    const start = first ?? started;
    const message = start ? `Started on ${start}; the first planned meeting period is not over yet (${plan}); ${since}.` : `No start date and no session yet (${plan}).`;
    signals.push({ kind: 'cadence', level: 'ok', message: endedWords + message, evidence });
    return result;
  }
  const level: HealthLevel = rate! < HEALTH.cadenceActBelow && expected >= HEALTH.minimumExpected ? 'act' : rate! < HEALTH.cadenceWatchBelow ? 'watch' : 'ok';
  const pct = held < expected ? `${percent(rate!)}, ` : '';
  const message = `${endedWords}Met ${held} of the last ${expected} planned meetings (${pct}${formatCadence(cadence)}); ${since}.`;
  const signal: HealthSignal = { kind: 'cadence', level, message, evidence };
  if (level === 'act') signal.checkIn = `We met ${held} of the last ${expected} planned times — keep the cadence, change it, or pause?`;
  signals.push(signal);
  return result;
}

/** How many of `days` (sorted) fall in [from, to). */
function countIn(days: readonly IsoDate[], from: IsoDate, to: IsoDate): number {
  return lowerBound(days, to) - lowerBound(days, from);
}

function lowerBound(days: readonly IsoDate[], day: IsoDate): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Planned meetings (period starts up to today) and sessions held per month, the last twelve. */
function monthCounts(ctx: Context, starts: readonly IsoDate[], first: IsoDate | null): MonthCount[] {
  const months = monthsEndingAt(ctx.until, 12).filter((mo) => first === null || mo >= monthOf(first));
  const byMonth = new Map(months.map((mo) => [mo, { month: mo, expected: 0, held: 0 }]));
  for (const s of starts) {
    const row = byMonth.get(monthOf(s));
    if (row) row.expected++;
  }
  for (const d of ctx.heldDays) {
    const row = byMonth.get(monthOf(d));
    if (row) row.held++;
  }
  return [...byMonth.values()];
}

// ---- follow-through ---------------------------------------------------------------------------

function followThrough(ctx: Context, side: Side, signals: HealthSignal[]): SideFollowThrough {
  const person = side === 'mentor' ? ctx.m.agreement.mentor : ctx.m.agreement.mentee;
  const handle = person?.handle ?? null;
  const name = nameOf(person, side);
  const out: SideFollowThrough = { side, handle, name, closed: 0, closedOnTime: 0, closedLate: 0, open: 0, overdue: 0, medianDaysOverdue: null, lapsed: 0 };
  if (handle === null) {
    signals.push({ kind: 'follow-through', level: 'ok', subject: side, message: `No ${side} handle in the agreement, so the ${side}'s items cannot be told apart.`, evidence: [ctx.agreementEvidence] });
    return out;
  }
  const key = handle.toLowerCase();
  const overdueDays: number[] = [];
  const lapsed: { item: Item; entry: Entry }[] = [];
  const todayNumber = dayNumber(ctx.today);
  for (const { item, entry } of ctx.view.items(ctx.m.id)) {
    if (item.owner === null || item.owner.toLowerCase() !== key) continue;
    if (!(item.kind === 'action' || (item.kind === 'intro' && item.status !== null))) continue;
    if (item.status === 'done') {
      out.closed++;
      // Ticked without a completion day: nothing says it was late.
      if (item.due === null || item.completion === null || item.completion <= item.due) out.closedOnTime++;
      else out.closedLate++;
    } else if (item.status === 'open') {
      out.open++;
      if (item.due !== null && item.due < ctx.today) {
        out.overdue++;
        overdueDays.push(todayNumber - dayNumber(item.due));
        if (periodStart(item.due, ctx.cadence, HEALTH.lapsedPeriods, HEALTH.defaultPeriodDays) < ctx.today) lapsed.push({ item, entry });
      }
    }
  }
  out.medianDaysOverdue = median(overdueDays);
  out.lapsed = lapsed.length;
  const level: HealthLevel = lapsed.length >= HEALTH.lapsedAct ? 'act' : lapsed.length >= HEALTH.lapsedWatch ? 'watch' : 'ok';
  const who = `${name} (@${handle})`;
  const closedWords = out.closed ? `${out.closed} closed, ${out.closedOnTime} on time` : 'none closed yet';
  if (level === 'ok') {
    const total = out.closed + out.open;
    const message = total === 0
      ? `${who} has no action items yet.`
      : `${who}: ${out.closed} of ${total} items closed${out.closed ? `, ${out.closedOnTime} on time` : ''}; ${out.open} open, ${out.overdue ? `${out.overdue} overdue` : 'none overdue'}.`;
    const shown = overdueEvidence(ctx, key);
    signals.push({ kind: 'follow-through', level, subject: side, message, evidence: shown.length ? shown : [ctx.agreementEvidence] });
    return out;
  }
  const span = periodsWords(ctx.cadence, HEALTH.lapsedPeriods);
  lapsed.sort((a, b) => compareStrings(a.item.due!, b.item.due!) || compareStrings(a.entry.path, b.entry.path) || a.item.line - b.item.line);
  const signal: HealthSignal = {
    kind: 'follow-through',
    level,
    subject: side,
    message: `${who} has ${lapsed.length} items overdue by more than ${span} (median ${plural(out.medianDaysOverdue!, 'day')} overdue); ${closedWords}.`,
    evidence: lapsed.map(({ item, entry }) => ({ file: entry.path, line: item.line })),
  };
  if (level === 'act') signal.checkIn = `${lapsed.length} of ${possessive(name)} items are more than ${span} overdue — still needed, hand them over, or drop them?`;
  signals.push(signal);
  return out;
}

function overdueEvidence(ctx: Context, key: string): Evidence[] {
  return ctx.view
    .items(ctx.m.id)
    .filter(({ item }) => item.owner?.toLowerCase() === key && item.status === 'open' && item.due !== null && item.due < ctx.today && (item.kind === 'action' || item.kind === 'intro'))
    .map(({ item, entry }) => ({ file: entry.path, line: item.line }));
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

// ---- balance ----------------------------------------------------------------------------------

function balanceOf(ctx: Context, signals: HealthSignal[]): MentorshipHealth['balance'] {
  const recent = ctx.held.slice(-HEALTH.window);
  const since = recent.length ? recent[0].date! : null;
  const sideOf = sideFinder(ctx.m);
  const topics = { mentor: 0, mentee: 0, others: 0, unknown: 0 };
  const feedback = { mentor: 0, mentee: 0, others: 0, unknown: 0 };
  const topicItems: { side: Side | null; ev: Evidence }[] = [];
  const feedbackItems: { side: Side | null; ev: Evidence }[] = [];
  const inWindow = new Set(recent);
  if (since !== null) {
    for (const entry of ctx.view.entriesOf(ctx.m.id)) {
      const dated = entry.date !== null && entry.date >= since && entry.date <= ctx.today;
      if (!dated || (entry.type !== 'session' && entry.type !== 'note')) continue;
      for (const item of entry.items) {
        const isTopic = inWindow.has(entry) && (item.kind === 'topic' || (item.status !== null && item.section !== null && sectionKind(item.section) === 'agenda'));
        if (isTopic) tally(topics, topicItems, sideOf(item.owner), { file: entry.path, line: item.line });
        else if (item.kind === 'feedback' && item.status !== 'cancelled') tally(feedback, feedbackItems, sideOf(giverOf(item, entry)), { file: entry.path, line: item.line });
      }
    }
  }
  const n = recent.length;
  const span = n === 1 ? 'the last session' : `the last ${n} sessions`;
  signals.push(balanceSignal(ctx, 'topics', topics, topicItems, span, recent));
  signals.push(balanceSignal(ctx, 'feedback', feedback, feedbackItems, span, recent));
  return { sessions: n, topics, feedback };
}

function tally(count: BalanceCount, list: { side: Side | null; ev: Evidence }[], side: Side | 'other' | null, ev: Evidence): void {
  if (side === 'other') count.others++;
  else if (side === null) count.unknown++;
  else count[side]++;
  list.push({ side: side === 'other' ? null : side, ev });
}

function balanceSignal(ctx: Context, kind: 'topics' | 'feedback', c: BalanceCount, items: { side: Side | null; ev: Evidence }[], span: string, recent: Entry[]): HealthSignal {
  const mentor = nameOf(ctx.m.agreement.mentor, 'mentor');
  const mentee = nameOf(ctx.m.agreement.mentee, 'mentee');
  const known = c.mentor + c.mentee;
  const what = kind === 'topics' ? 'Topics' : 'Feedback';
  const verb = kind === 'topics' ? 'brought' : 'gave';
  const fallback = recent.length ? [{ file: recent[recent.length - 1].path, line: 1 }] : [ctx.agreementEvidence];
  if (recent.length === 0) return { kind, level: 'ok', message: `${what}: no session held yet.`, evidence: [ctx.agreementEvidence] };
  if (known === 0) {
    const none = kind === 'topics' ? `No topic in ${span} names who brought it (@handle), so the balance is not known.` : `No feedback in ${span} names who gave it (@handle or "author:"), so the balance is not known.`;
    return { kind, level: 'ok', message: none, evidence: fallback };
  }
  const quiet = c.mentor <= c.mentee ? { name: mentor, n: c.mentor } : { name: mentee, n: c.mentee };
  const loud = c.mentor <= c.mentee ? { name: mentee, n: c.mentee, side: 'mentee' as Side } : { name: mentor, n: c.mentor, side: 'mentor' as Side };
  const oneSided = known >= HEALTH.oneSidedMinimum && quiet.n / known < HEALTH.oneSidedShare;
  if (oneSided) {
    const how = quiet.n === 0 ? 'only' : 'almost all';
    return {
      kind,
      level: 'watch',
      message: `${what} in ${span} came ${how} from ${loud.name} (${loud.n} of ${known}); ${quiet.name} ${verb} ${quiet.n === 0 ? 'none' : quiet.n}.`,
      evidence: items.filter((i) => i.side === loud.side).map((i) => i.ev),
    };
  }
  return {
    kind,
    level: 'ok',
    message: `${what} in ${span}: ${mentee} ${verb} ${c.mentee}, ${mentor} ${c.mentor}.`,
    evidence: items.filter((i) => i.side !== null).map((i) => i.ev),
  };
}

/** Who gave a piece of feedback: its `@handle`, else the entry's `author`. */
function giverOf(item: Item, entry: Entry): string | null {
  return item.owner ?? parsePerson(entry.frontMatter.author)?.handle ?? null;
}

function sideFinder(m: Mentorship): (handle: string | null) => Side | 'other' | null {
  const mentor = m.agreement.mentor?.handle?.toLowerCase();
  const mentee = m.agreement.mentee?.handle?.toLowerCase();
  return (handle) => {
    if (handle === null) return null;
    const h = handle.toLowerCase();
    return h === mentee ? 'mentee' : h === mentor ? 'mentor' : 'other';
  };
}

// ---- goals ------------------------------------------------------------------------------------

function goalsHealth(ctx: Context, signals: HealthSignal[]): GoalHealth[] {
  const out: GoalHealth[] = [];
  const goalSignals: HealthSignal[] = [];
  const newestFirst = [...ctx.held].reverse();
  let active = 0;
  for (const g of ctx.view.goals(ctx.m.id)) {
    const info = g.entry.goal!;
    const discussed = newestFirst.find((s) => discusses(s, g.id));
    const lastMilestone = lastCompletion(g);
    const achievedOn = info.status === 'achieved' ? achievedDay(g, lastMilestone) : null;
    const health: GoalHealth = {
      id: g.id,
      title: info.title,
      file: g.entry.path,
      status: info.status,
      done: g.done,
      total: g.total,
      target: info.target,
      lastDiscussed: discussed?.date ?? null,
      lastMilestone,
      achievedOn,
      stale: false,
      reasons: [],
    };
    out.push(health);
    const evidence: Evidence[] = [{ file: g.entry.path, line: 1 }];
    if (info.status === 'achieved') {
      if (achievedOn !== null && achievedOn <= ctx.today && plusMonths(achievedOn, HEALTH.celebrateMonths) > ctx.today) {
        goalSignals.push({ kind: 'goal-achieved', level: 'ok', subject: g.id, message: `Achieved “${info.title}” on ${achievedOn} — worth celebrating.`, evidence });
      }
      continue;
    }
    if (info.status !== 'active') continue;
    active++;
    const words: string[] = [];
    const since = health.lastDiscussed ?? info.started;
    if (since !== null && periodStart(since, ctx.cadence, HEALTH.goalSilentPeriods, HEALTH.defaultPeriodDays) <= ctx.today) {
      health.reasons.push('not-discussed');
      words.push(health.lastDiscussed ? `not discussed since ${health.lastDiscussed} (${duration(daysFrom(health.lastDiscussed, ctx.today))})` : `not discussed in any session since it started on ${info.started}`);
      if (discussed) evidence.push({ file: discussed.path, line: 1 });
    }
    if (info.target !== null && info.target < ctx.today) {
      health.reasons.push('target-passed');
      words.push(`its target ${info.target} has passed`);
    }
    const movedSince = plusMonths(ctx.today, -HEALTH.goalMilestoneMonths);
    const oldEnough = info.started !== null && info.started <= movedSince;
    if (oldEnough && g.total > g.done && (lastMilestone === null || lastMilestone <= movedSince)) {
      health.reasons.push('no-milestone');
      words.push(lastMilestone ? `no milestone done since ${lastMilestone}` : `no milestone done since it started on ${info.started}`);
      const open = g.milestones.find((i) => i.status === 'open');
      if (open) evidence.push({ file: g.entry.path, line: open.line });
    }
    if (words.length) {
      health.stale = true;
      goalSignals.push({ kind: 'goal-stale', level: 'watch', subject: g.id, message: `“${info.title}” looks stale: ${joinWords(words)}.`, evidence });
    }
  }
  const stale = out.filter((g) => g.stale).length;
  if (active > 0 && stale === 0) {
    const files = out.filter((g) => g.status === 'active').map((g) => ({ file: g.file, line: 1 }));
    signals.push({ kind: 'goals', level: 'ok', message: active === 1 ? 'The active goal is moving.' : active === 2 ? 'Both active goals are moving.' : `All ${active} active goals are moving.`, evidence: files });
  } else if (active === 0 && !goalSignals.length) {
    signals.push({ kind: 'goals', level: 'ok', message: 'No active goal: a goal gives the sessions a direction.', evidence: [ctx.agreementEvidence] });
  }
  signals.push(...goalSignals);
  return out;
}

function lastCompletion(g: GoalView): IsoDate | null {
  let last: IsoDate | null = null;
  for (const i of g.milestones) if (i.status === 'done' && i.completion !== null && (last === null || i.completion > last)) last = i.completion;
  return last;
}

function achievedDay(g: GoalView, lastMilestone: IsoDate | null): IsoDate | null {
  const written = g.entry.frontMatter.achieved;
  return typeof written === 'string' && isIsoDate(written) ? written : lastMilestone;
}

// ---- words ------------------------------------------------------------------------------------

/** A person's first name, else `@handle`, else "the mentor". */
export function nameOf(p: Person | null, side: Side): string {
  const first = p?.name?.trim().split(/\s+/)[0];
  if (first) return first;
  return p?.handle ? `@${p.handle}` : `the ${side}`;
}

function possessive(name: string): string {
  return name.startsWith('the ') ? `${name}'s` : name.endsWith('s') ? `${name}'` : `${name}'s`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}

/** `6 days`, `3 weeks`, `4 months`. */
export function duration(days: number): string {
  if (days < 14) return plural(days, 'day');
  if (days < 61) return plural(Math.floor(days / 7), 'week');
  return plural(Math.floor(days / 30.44), 'month');
}

function ago(days: number): string {
  return days === 0 ? 'today' : `${duration(days)} ago`;
}

/** `4 weeks`, `2 months`: `n` periods of the cadence. */
function periodsWords(c: Cadence | null, n: number): string {
  if (c === null) return plural((HEALTH.defaultPeriodDays * n) / 7, 'week');
  return c.unit === 'week' ? plural(c.every * n, 'week') : plural(c.every * n, 'month');
}

function joinWords(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
