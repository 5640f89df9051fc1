// A deterministic synthetic journal for the benchmark: N entries over 20 mentorships, with the
// sizes people write (sessions of ~40 lines with several items, goals with milestones, notes).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../src/core/dates';

export const MENTORSHIPS = 20;

/** Mulberry32: a small seeded PRNG so every run writes the same journal. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'review design doc draft outline rollout migration incident runbook pairing feedback talk slides metrics latency cache schema index queue retry budget roadmap hiring interview onboarding test coverage refactor api contract'.split(' ');

export interface GeneratedJournal {
  root: string;
  files: string[];
}

/** Writes the journal under `root` (emptied first) and returns every file's absolute path. */
export function generateJournal(root: string, entries: number, seed = 42, mentorships = MENTORSHIPS): GeneratedJournal {
  fs.rmSync(root, { recursive: true, force: true });
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const files: string[] = [];
  const write = (rel: string, text: string) => {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    files.push(abs);
  };
  const perMentorship = Math.ceil(entries / mentorships);
  let written = 0;
  for (let m = 0; m < mentorships && written < entries; m++) {
    const folder = `mentee-${String(m).padStart(mentorships > 100 ? 4 : 2, '0')}`;
    const mentee = `mentee${m}`;
    write(`${folder}/mentorship.md`, [
      '---', 'type: agreement', `mentor: Mentor ${m} (@mentor${m})`, `mentee: Mentee ${m} (@${mentee})`,
      'cadence: every 2 weeks', 'channel: video call', 'started: 2020-01-06',
      'focus:', '  - System design', '  - Communication', 'recurring:', '  - Open action items', '  - Blockers',
      '---', '', '# Agreement', '', words(30), '',
    ].join('\n'));
    written++;
    const goals = Math.max(1, Math.round(perMentorship * 0.05));
    const goalIds: string[] = [];
    for (let g = 0; g < goals && written < entries; g++, written++) {
      const id = `goal-${g}`;
      goalIds.push(id);
      const milestones = Array.from({ length: 5 }, (_, i) => `- [${rnd() < 0.5 ? 'x' : ' '}] Milestone ${i + 1}: ${words(5)}`);
      write(`${folder}/goals/${id}.md`, [
        '---', 'type: goal', `title: Goal ${g} ${words(3)}`, `status: ${rnd() < 0.8 ? 'active' : 'achieved'}`,
        'started: 2020-02-01', 'target: 2027-06-30', 'skills: [design, writing]', '---', '',
        `# Goal ${g}`, '', '## Why', '', words(25), '', '## Measure of success', '', words(20), '',
        '## Milestones', '', ...milestones, '', '## Log', '', `- 2020-02-01: ${words(6)}`, '',
      ].join('\n'));
    }
    const remaining = Math.min(perMentorship - 1 - goals, entries - written);
    let day = '2020-01-06';
    for (let s = 0; s < remaining; s++, written++) {
      day = addDays(day, 1 + Math.floor(rnd() * 3));
      if (rnd() < 0.2) {
        write(`${folder}/notes/${day}-note-${s}.md`, [
          '---', 'type: note', `date: ${day}`, `title: Reflection ${s}`, '---', '', `# Reflection ${s}`, '',
          words(40), '', '## Wins', '', `- ${words(8)}`, '', words(30), '',
        ].join('\n'));
        continue;
      }
      const owner = () => (rnd() < 0.6 ? mentee : `mentor${m}`);
      const items = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => {
        const r = rnd();
        const box = r < 0.6 ? 'x' : r < 0.9 ? ' ' : '-';
        const due = rnd() < 0.7 ? ` [due:: ${addDays(day, 7 + Math.floor(rnd() * 21))}]` : '';
        const goal = rnd() < 0.3 ? ` [goal:: ${pick(goalIds)}]` : '';
        return `- [${box}] ${words(6)} @${owner()}${due}${goal}`;
      });
      write(`${folder}/sessions/${day}.md`, [
        '---', 'type: session', `date: ${day}`, `goals: [${pick(goalIds)}]`, '---', '', `# Session ${day}`, '',
        '## Agenda', '', `- ${words(6)}`, `- ${words(5)}`, '', '## Notes', '', words(60), '', words(40), '',
        '## Action items', '', ...items, '', '## Feedback', '', `- ${words(10)}`, '', '## Wins', '', `- ${words(8)}`, '',
        '## Next time', '', `- ${words(6)}`, '',
      ].join('\n'));
    }
  }
  return { root, files };
}
