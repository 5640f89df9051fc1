// Skills over time as plain text for a terminal: per mentorship, one line per skill with its
// totals, then one line per quarter that saw any of it.
import type { SkillCounts, SkillsReport } from './skills';

export function renderSkills(list: readonly SkillsReport[]): string {
  const out: string[] = [];
  for (const r of list) {
    out.push(`${r.title} (${r.mentorship})`);
    if (r.skills.length === 0) out.push('  No skills yet: list them under "skills:" in a goal, or tag a win [skill:: …].');
    for (const s of r.skills) {
      out.push(`  ${s.skill}: ${countsText(s.total) || 'named by a goal, nothing done yet'}`);
      for (const q of s.quarters) {
        const words = countsText(q);
        if (words) out.push(`    ${q.quarter}  ${words}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

/** `1 goal active, 1 achieved, 2 milestones done, 3 wins, 4 items done` (zeros left out). */
export function countsText(c: SkillCounts): string {
  const parts: string[] = [];
  if (c.goalsActive) parts.push(`${plural(c.goalsActive, 'goal')} active`);
  if (c.goalsAchieved) parts.push(`${c.goalsAchieved} achieved`);
  if (c.milestonesDone) parts.push(`${plural(c.milestonesDone, 'milestone')} done`);
  if (c.wins) parts.push(plural(c.wins, 'win'));
  if (c.itemsDone) parts.push(`${plural(c.itemsDone, 'item')} done`);
  return parts.join(', ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
