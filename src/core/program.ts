// The program report: many pairs at a glance, for whoever runs a mentoring program. Session
// completion overall and per month, active pairs, pairs whose health calls for action (the
// signal's sentence, never what the files say), goals achieved per quarter, skills most
// practised. Built from shared views only, one mentorship at a time (`ProgramBuilder.add`), so a
// caller may feed it part by part and keep only these small sums in memory.
import { HEALTH } from './health/thresholds';
import { mentorshipHealth, type HealthLevel, type SignalKind } from './health/health';
import { monthsEndingAt, plusMonths, quarterOf, quarterStart, quartersBetween } from './health/periods';
import type { SharedView } from './journalIndex';
import { compareStrings } from './journalIndex';
import type { IsoDate } from './model';
import { skillKey, skillsOf } from './skills';

/** Months in the report's completion chart, and the window of its overall rate. */
export const PROGRAM_MONTHS = 12;
/** Quarters of "goals achieved". */
export const PROGRAM_QUARTERS = 8;
/** Skills are counted over this many quarters (the current one included). */
export const SKILL_QUARTERS = 4;
export const TOP_SKILLS = 12;

export interface ProgramPair {
  mentorship: string;
  title: string;
  level: HealthLevel;
  /** The signals that call for action: kind and the sentence only. */
  signals: { kind: SignalKind; message: string }[];
}

export interface ProgramReport {
  today: IsoDate;
  pairs: number;
  /** Met within the last `HEALTH.silentPeriodsAct` cadence periods and not ended. */
  activePairs: number;
  levels: Record<HealthLevel, number>;
  /** Over the last `PROGRAM_MONTHS` months; a pair's extra sessions in a month count up to what was planned that month. */
  completion: { expected: number; held: number; rate: number | null };
  months: { month: string; expected: number; held: number; rate: number | null }[];
  /** Pairs whose health is `act`, by title. */
  atRisk: ProgramPair[];
  goals: { active: number; achieved: number };
  goalsAchieved: { quarter: string; count: number }[];
  /** Most practised over the last `SKILL_QUARTERS` quarters. */
  skills: { skill: string; practice: number; pairs: number }[];
}

export class ProgramBuilder {
  private pairs = 0;
  private active = 0;
  private readonly levels: Record<HealthLevel, number> = { ok: 0, watch: 0, act: 0 };
  private readonly months: Map<string, { expected: number; held: number }>;
  private readonly quarters: Map<string, number>;
  private readonly skills = new Map<string, { skill: string; practice: number; pairs: number }>();
  private readonly atRisk: ProgramPair[] = [];
  private goalsActive = 0;
  private goalsAchievedTotal = 0;
  private readonly skillsFrom: IsoDate;

  constructor(readonly today: IsoDate) {
    this.months = new Map(monthsEndingAt(today, PROGRAM_MONTHS).map((m) => [m, { expected: 0, held: 0 }]));
    const first = plusMonths(quarterStart(today), -3 * (PROGRAM_QUARTERS - 1));
    this.quarters = new Map(quartersBetween(first, today).map((q) => [q, 0]));
    this.skillsFrom = plusMonths(quarterStart(today), -3 * (SKILL_QUARTERS - 1));
  }

  /** Adds one mentorship of `view` (its shared entries only: the type says so). */
  add(view: SharedView, mentorshipId: string): void {
    const h = mentorshipHealth(view, mentorshipId, this.today);
    this.pairs++;
    this.levels[h.level]++;
    const c = h.cadence;
    if (c.ended === null && c.lastSession !== null && !c.silent) this.active++;
    for (const m of h.months) {
      const row = this.months.get(m.month);
      if (row) {
        row.expected += m.expected;
        row.held += Math.min(m.held, m.expected);
      }
    }
    for (const g of h.goals) {
      if (g.status === 'active') this.goalsActive++;
      if (g.status === 'achieved') this.goalsAchievedTotal++;
      if (g.achievedOn !== null && g.achievedOn <= this.today) {
        const q = quarterOf(g.achievedOn);
        if (this.quarters.has(q)) this.quarters.set(q, this.quarters.get(q)! + 1);
      }
    }
    if (h.level === 'act') {
      this.atRisk.push({ mentorship: h.mentorship, title: h.title, level: h.level, signals: h.signals.filter((s) => s.level === 'act').map((s) => ({ kind: s.kind, message: s.message })) });
    }
    for (const row of skillsOf(view, mentorshipId, { from: this.skillsFrom, to: this.today }).skills) {
      if (row.practice === 0) continue;
      const key = skillKey(row.skill);
      const sum = this.skills.get(key) ?? { skill: row.skill, practice: 0, pairs: 0 };
      sum.practice += row.practice;
      sum.pairs++;
      this.skills.set(key, sum);
    }
  }

  finish(): ProgramReport {
    const months = [...this.months.entries()].map(([month, r]) => ({ month, expected: r.expected, held: r.held, rate: r.expected ? r.held / r.expected : null }));
    const expected = months.reduce((n, m) => n + m.expected, 0);
    const held = months.reduce((n, m) => n + m.held, 0);
    return {
      today: this.today,
      pairs: this.pairs,
      activePairs: this.active,
      levels: { ...this.levels },
      completion: { expected, held, rate: expected ? held / expected : null },
      months,
      atRisk: [...this.atRisk].sort((a, b) => compareStrings(a.title, b.title) || compareStrings(a.mentorship, b.mentorship)),
      goals: { active: this.goalsActive, achieved: this.goalsAchievedTotal },
      goalsAchieved: [...this.quarters.entries()].map(([quarter, count]) => ({ quarter, count })),
      skills: [...this.skills.values()].sort((a, b) => b.practice - a.practice || compareStrings(a.skill.toLowerCase(), b.skill.toLowerCase())).slice(0, TOP_SKILLS),
    };
  }
}

/** The program report over every mentorship of `view`. */
export function buildProgram(view: SharedView, today: IsoDate): ProgramReport {
  const b = new ProgramBuilder(today);
  for (const m of view.mentorships()) b.add(view, m.id);
  return b.finish();
}

/** For the docs and the report's footnote: what "active" and "act" mean. */
export const PROGRAM_TERMS = {
  active: `met within the last ${HEALTH.silentPeriodsAct} cadence periods`,
} as const;
