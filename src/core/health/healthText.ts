// Health as plain text for a terminal: one block per mentorship, one line per signal with its
// level, and where its evidence is written (file:line), so a person can go and look.
import type { MentorshipHealth } from './health';

/** Evidence lines shown per signal before "and N more". */
const SHOWN = 4;

export function renderHealth(list: readonly MentorshipHealth[]): string {
  const out: string[] = [];
  for (const h of list) {
    out.push(`${h.title} (${h.mentorship}): ${h.level}`);
    for (const s of h.signals) {
      out.push(`  ${s.level.padEnd(5)}  ${s.message}`);
      if (s.evidence.length) {
        const shown = s.evidence.slice(0, SHOWN).map((e) => `${e.file}:${e.line}`);
        const more = s.evidence.length > SHOWN ? ` and ${s.evidence.length - SHOWN} more` : '';
        out.push(`         ${shown.join(', ')}${more}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}
