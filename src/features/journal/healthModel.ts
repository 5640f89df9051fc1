// The journal's Health view, as data: each mentorship's health (signals with their evidence as
// file references of this journal) and the numbers of its three charts. Pure (no vscode); built
// from the shared view, so a private note can never reach it.
import { healthOf, type MentorshipHealth } from '../../core/health/health';
import { plusMonths, quarterStart } from '../../core/health/periods';
import type { Mentorship } from '../../core/journalIndex';
import type { JournalIndex } from '../../core/journalIndex';
import type { IsoDate } from '../../core/model';
import { skillsOf } from '../../core/skills';
import type { HealthView } from '../../shared/journalProtocol';

/** Quarters of the skills chart, the current one included. */
const SKILL_QUARTERS = 6;
/** Skills in the chart, most practised first. */
const SKILL_ROWS = 6;

/** `health`: the mentorship's health for `today`, when the caller already has it. */
export function healthView(journal: string, index: JournalIndex, key: string, m: Mentorship, today: IsoDate, health?: MentorshipHealth | null): HealthView | null {
  const shared = index.shared();
  const h = health === undefined ? healthOf(shared, m.id, today) : health;
  if (h === null) return null;
  const skills = skillsOf(shared, m.id, { from: plusMonths(quarterStart(today), -3 * (SKILL_QUARTERS - 1)), to: today });
  const rows = skills.skills.filter((s) => s.practice > 0).slice(0, SKILL_ROWS);
  return {
    mentorship: key,
    title: m.title,
    level: h.level,
    signals: h.signals.map((s) => ({ kind: s.kind, level: s.level, message: s.message, evidence: s.evidence.map((e) => ({ journal, path: e.file, line: e.line })) })),
    months: h.months,
    followThrough: [h.followThrough.mentor, h.followThrough.mentee].map((f) => ({ side: f.side, name: f.name, onTime: f.closedOnTime, late: f.closedLate, open: f.open, overdue: f.overdue })),
    skills: {
      quarters: skills.quarters,
      rows: rows.map((r) => ({ skill: r.skill, counts: r.quarters.map((q) => q.milestonesDone + q.wins + q.itemsDone + q.goalsAchieved) })),
    },
  };
}
