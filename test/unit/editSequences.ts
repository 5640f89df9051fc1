// Generated edit sequences over a small journal with nested mentorships, implicit ones, broken
// files and renames: shared by the property tests of everything kept incrementally (the index,
// the checks). Deterministic: a seeded PRNG drives every choice.
import type { JournalIndex } from '../../src/core/journalIndex';
import { picker } from './helpers';

const FOLDERS = ['', 'alex/', 'alex/deep/', 'team/', 'team/bo/', 'mentorship/'];
const LEAVES = [
  'mentorship.md',
  'sessions/2026-11-04.md',
  'sessions/2026-11-04-2.md',
  'sessions/2026-11-18.md',
  'sessions/kickoff.md',
  'goals/design-doc.md',
  'goals/talk.md',
  'notes/2026-11-12-retro.md',
  'private/2026-10-20-reflection.md',
  'README.md',
  'sessions/agenda.txt',
];
const HANDLES = ['sam', 'alex', 'bo', 'lena'];

export const agreementText = (mentee: string, mentor = 'priya') =>
  `---\ntype: agreement\nmentor: Mentor (@${mentor})\nmentee: ${mentee[0].toUpperCase()}${mentee.slice(1)} (@${mentee})\ncadence: weekly\nstarted: 2026-01-05\n---\n`;

function content(rand: () => number, path: string): string {
  const pick = picker(rand);
  const items = () =>
    Array.from({ length: Math.floor(rand() * 4) }, () =>
      pick([
        `- [ ] Task ${Math.floor(rand() * 100)} @${pick(HANDLES)}`,
        `- [x] Done ${Math.floor(rand() * 100)} [completion:: 2026-11-0${1 + Math.floor(rand() * 9)}]`,
        `- [-] Dropped`,
        `- [ ] Due [due:: 2026-11-${10 + Math.floor(rand() * 18)}] [goal:: ${pick(['design-doc', 'talk', 'nowhere'])}]`,
        `- plain bullet`,
      ]),
    ).join('\n');
  const roll = rand();
  if (path.endsWith('mentorship.md') && roll < 0.7) return agreementText(pick(HANDLES));
  // Sessions that name their people: a mentorship of their own where no agreement covers them.
  if (roll < 0.12) return `---\ntype: session\ndate: 2026-11-${10 + Math.floor(rand() * 18)}\nmentee: M (@${pick(HANDLES)})\nmentor: P (@priya)\n---\n## Action items\n${items()}\n`;
  if (roll < 0.3) return `---\ntype: session\ndate: 2026-11-${10 + Math.floor(rand() * 18)}\ngoals: [design-doc]\n---\n## Action items\n${items()}\n## Wins\n- A win\n`;
  if (roll < 0.45) return `---\ntype: goal\ntitle: Goal\nstatus: ${pick(['active', 'paused', 'achieved'])}\n---\n## Milestones\n${items()}\n`;
  if (roll < 0.55) return `---\ntype: note\n---\n## Feedback\n- Nice @${pick(HANDLES)}\n## Introductions\n- [ ] Intro to @${pick(HANDLES)}\n${items()}\n`;
  if (roll < 0.62) return `---\ntype: agreement\nmentee: Someone (@${pick(HANDLES)})\n---\n`;
  if (roll < 0.7) return `---\ntitle: "broken\n---\n${items()}\n`;
  if (roll < 0.78) return `# Just Markdown\n${items()}\n`;
  if (roll < 0.85) return `---\ntype: session\n---\n<<<<<<< HEAD\n${items()}\n=======\n- [ ] other\n>>>>>>> x\n`;
  return `---\ndate: 2026-11-0${1 + Math.floor(rand() * 9)}\n---\n${items()}\n`;
}

/**
 * Applies `steps` random operations (add, edit, remove, agreements coming and going, renames,
 * whole folders removed) to `ix` and to a map of what the files now say; `after` is called after
 * each step with that map and a log of the operations so far.
 */
export function editSequence(
  rand: () => number,
  ix: JournalIndex,
  steps: number,
  after: (step: number, files: Map<string, string>, log: string[]) => void,
): void {
  const pick = picker(rand);
  const files = new Map<string, string>();
  const log: string[] = [];
  const randomPath = () => pick(FOLDERS) + pick(LEAVES);
  const put = (p: string, t: string) => {
    files.set(p, t);
    ix.set(p, t);
  };
  const drop = (p: string) => {
    files.delete(p);
    ix.remove(p);
  };
  for (let step = 0; step < steps; step++) {
    const roll = rand();
    const existing = [...files.keys()];
    if (roll < 0.4 || existing.length === 0) {
      const p = randomPath();
      put(p, content(rand, p));
      log.push(`set ${p}`);
    } else if (roll < 0.55) {
      const p = pick(existing);
      put(p, content(rand, p));
      log.push(`edit ${p}`);
    } else if (roll < 0.65) {
      const p = pick(existing);
      drop(p);
      log.push(`remove ${p}`);
    } else if (roll < 0.75) {
      const p = pick(FOLDERS.slice(1)) + 'mentorship.md';
      put(p, agreementText(pick(HANDLES)));
      log.push(`add agreement ${p}`);
    } else if (roll < 0.82) {
      const agreements = existing.filter((p) => p.endsWith('mentorship.md'));
      const p = agreements.length ? pick(agreements) : randomPath();
      drop(p);
      log.push(`remove agreement ${p}`);
    } else if (roll < 0.95) {
      const from = pick(existing);
      const to = randomPath();
      const t = files.get(from)!;
      drop(from);
      put(to, t);
      log.push(`rename ${from} → ${to}`);
    } else {
      const folder = pick(FOLDERS.slice(1));
      for (const p of [...files.keys()]) if (p.startsWith(folder)) files.delete(p);
      ix.removeFolder(folder);
      log.push(`remove folder ${folder}`);
    }
    after(step, files, log);
  }
}
