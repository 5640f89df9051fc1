// The editor helpers at scale, on the benchmark's indexed journal: the completion list at `@` and
// at `[goal:: ` (what a keystroke asks for, the mentorship's facts included), and the live check
// of a 1,000-line session after one keystroke. Each sample is one keystroke: the buffer changes,
// the index does not (it changes when a file is saved), as in the editor.
import { checkText } from '../src/core/checks';
import { completionsAt } from '../src/core/editor/completions';
import { linesOf } from '../src/core/editor/documentLines';
import { dueContextOf, factsOf } from '../src/core/editor/facts';
import type { JournalIndex } from '../src/core/journalIndex';

const TODAY = '2026-11-24';
const RUNS = 300;

export interface EditorFigures {
  /** p95 of the completion list after typing `@` (and a letter or two), ms. */
  completeOwnerP95Ms: number;
  /** p95 of the completion list after typing `[goal:: `, ms. */
  completeGoalP95Ms: number;
  /** p95 of the live check of a 1,000-line session after one keystroke, ms. */
  liveCheckP95Ms: number;
}

export function measureEditor(index: JournalIndex, now: () => number, percentile: (xs: number[], p: number) => number): EditorFigures & { firstCompleteMs: number } {
  const m = index.mentorships()[0];
  const path = index.sessions(m.id)[0].path;
  const goals = index.goals(m.id).map((g) => g.id);
  const text = longSession(goals, m.agreement.mentee?.handle ?? 'sam');
  const lines = text.split('\n').length;
  if (lines < 1000) throw new Error(`the session has ${lines} lines`);

  // One keystroke at the end of a new item line: `@`, `@m`, `@me` …, then `[goal:: `, `[goal:: g` ….
  const complete = (typed: string) => {
    const doc = linesOf(`${text}- [ ] Follow up on the review ${typed}`);
    const last = doc.lineCount - 1;
    const t = now();
    const facts = factsOf(index, path);
    const found = completionsAt(doc, last, doc.lineAt(last).length, { path, today: TODAY, due: dueContextOf(index, path, TODAY), people: facts.people, goals: facts.goals });
    const ms = now() - t;
    if (!found || found.choices.length === 0) throw new Error(`no completions after "${typed}"`);
    return ms;
  };
  // The long session saved once: the index changed, so the first list gathers the mentorship's
  // people and goals again (reported apart); the next keystrokes find them remembered.
  index.set(path, text);
  const firstCompleteMs = complete('@');
  const owner: number[] = [];
  const goal: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    owner.push(complete('@mentee'.slice(0, 1 + (i % 4))));
    goal.push(complete(`@sam [goal:: ${'goal'.slice(0, i % 3)}`));
  }

  // One keystroke in the notes, then the check of the whole buffer.
  const live: number[] = [];
  const notes = text.indexOf('## Notes') + 10;
  for (let i = 0; i < RUNS; i++) {
    const at = notes + ((i * 97) % 20_000);
    const typed = `${text.slice(0, at)}${'abcdefghij'[i % 10]}${text.slice(at)}`;
    const t = now();
    checkText(index, path, typed);
    live.push(now() - t);
  }
  return {
    completeOwnerP95Ms: round(percentile(owner, 95)),
    completeGoalP95Ms: round(percentile(goal, 95)),
    liveCheckP95Ms: round(percentile(live, 95)),
    firstCompleteMs: round(firstCompleteMs),
  };
}

/** A long session as people write one over a long meeting: notes, 200 action items, wins, feedback. */
function longSession(goals: string[], mentee: string): string {
  const out = ['---', 'type: session', 'date: 2026-11-24', `goals: [${goals.slice(0, 2).join(', ')}]`, '---', '', '# Session', '', '## Agenda', ''];
  for (let i = 0; i < 40; i++) out.push(`- Point ${i} about the rollout and the review`);
  out.push('', '## Notes', '');
  for (let i = 0; i < 600; i++) out.push(i % 7 === 6 ? '' : `We talked about part ${i} of the migration: latency, the retry budget and who reviews the schema.`);
  out.push('', '## Action items', '');
  for (let i = 0; i < 200; i++) {
    const due = i % 3 === 0 ? '' : ` [due:: 2026-12-${String(1 + (i % 28)).padStart(2, '0')}]`;
    const goal = i % 4 === 0 && goals.length ? ` [goal:: ${goals[i % goals.length]}]` : '';
    out.push(`- [${i % 5 === 0 ? 'x' : ' '}] Item ${i}: draft the section and ask for review @${i % 2 ? mentee : 'mentor0'}${due}${goal}`);
  }
  out.push('', '## Wins', '');
  for (let i = 0; i < 60; i++) out.push(`- Win ${i}: shipped a part of the plan`);
  out.push('', '## Feedback', '');
  for (let i = 0; i < 60; i++) out.push(`- From @mentor0: point ${i} was clear and well argued`);
  out.push('', '## Next time', '');
  for (let i = 0; i < 30; i++) out.push(`- Topic ${i} for next time`);
  out.push('');
  return out.join('\n');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
