// What changed since the last session: built from a small journal written here, so each rule
// (what counts as "since", what is left out) is visible next to its assertion.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildChanges, renderChanges } from '../../src/core/changes';
import { JournalIndex } from '../../src/core/journalIndex';
import { EXAMPLES, indexOf } from './helpers';

const AGREEMENT = ['---', 'type: agreement', 'mentor: Priya Raman (@priya)', 'mentee: Sam Okafor (@sam)', 'cadence: weekly', 'started: 2026-10-01', '---', ''].join('\n');

function journal(files: Record<string, string>): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', AGREEMENT);
  for (const [p, text] of Object.entries(files)) index.set(p, text);
  return index;
}

const session = (date: string, body: string) => `---\ntype: session\ndate: ${date}\n---\n\n# Session\n\n${body}`;
const note = (date: string, title: string, body: string) => `---\ntype: note\ndate: ${date}\ntitle: ${title}\n---\n\n${body}`;

describe('core/changes', () => {
  const index = journal({
    'sessions/2026-11-04.md': session('2026-11-04', '## Action items\n\n- [x] Old done @sam [completion:: 2026-11-05]\n- [x] Done since @sam [completion:: 2026-11-20]\n- [ ] Still open @sam\n\n## Wins\n\n- Old win\n'),
    'sessions/2026-11-18.md': session('2026-11-18', '## Action items\n\n- [x] Done on the day @priya [completion:: 2026-11-18]\n- [x] Done later @priya [completion:: 2026-11-21]\n\n## Wins\n\n- Win in the last session\n'),
    // Planned for today (nothing recorded in it yet): not "the last session".
    'sessions/2026-11-24.md': session('2026-11-24', '## Action items\n\n- [ ] New today @sam\n'),
    'notes/2026-11-24-log-priya.md': note('2026-11-24', 'Log 2026-11-24 (@priya)', '## Feedback\n\n- From @priya: Feedback today\n'),
    'notes/2026-11-18-after.md': note('2026-11-18', 'After the session', '## Wins\n\n- Win written after the session\n'),
    'notes/2026-11-10-before.md': note('2026-11-10', 'Before', '## Wins\n\n- Not new\n'),
    'private/2026-11-22-secret.md': note('2026-11-22', 'Secret', '## Wins\n\n- Private win\n\n## Action items\n\n- [x] Private done [completion:: 2026-11-22]\n'),
    'goals/moved.md': '---\ntype: goal\ntitle: Moved goal\nstatus: active\nstarted: 2026-10-01\n---\n\n## Milestones\n\n- [x] Before [completion:: 2026-11-01]\n- [x] After [completion:: 2026-11-19]\n- [ ] Open\n',
    'goals/still.md': '---\ntype: goal\ntitle: Still goal\nstatus: active\nstarted: 2026-10-01\n---\n\n## Milestones\n\n- [x] Before [completion:: 2026-11-01]\n',
    'goals/fresh.md': '---\ntype: goal\ntitle: Fresh goal\nstatus: active\nstarted: 2026-11-20\n---\n\n## Milestones\n\n- [ ] First\n',
  });
  const c = buildChanges(index.shared(), { mentorshipId: '.', today: '2026-11-24' });

  it('measures from the newest session held, not one only planned', () => {
    assert.deepEqual(c.lastSession, { path: 'sessions/2026-11-18.md', date: '2026-11-18' });
  });

  it("measures from today's session once it records the meeting", () => {
    const held = journal({
      'sessions/2026-11-18.md': session('2026-11-18', '## Notes\n\nTalked.\n'),
      'sessions/2026-11-24.md': session('2026-11-24', '## Notes\n\nTalked again: Zoë joined.\n'),
    });
    assert.equal(buildChanges(held.shared(), { mentorshipId: '.', today: '2026-11-24' }).lastSession?.date, '2026-11-24');
  });

  it('lists sessions and notes written since, including notes of the same day, never private ones', () => {
    assert.deepEqual(
      c.entries.map((e) => e.path),
      ['notes/2026-11-18-after.md', 'notes/2026-11-24-log-priya.md', 'sessions/2026-11-24.md'],
    );
  });

  it('lists action items completed after the last session, wherever they were written', () => {
    assert.deepEqual(
      c.completed.map((l) => [l.text, l.date, l.path]),
      [
        ['Done since @sam', '2026-11-20', 'sessions/2026-11-04.md'],
        ['Done later @priya', '2026-11-21', 'sessions/2026-11-18.md'],
      ],
    );
  });

  it('lists open action items, wins and feedback from entries written since', () => {
    assert.deepEqual(c.added.map((l) => l.text), ['New today @sam']);
    assert.deepEqual(c.wins.map((l) => l.text), ['Win written after the session']);
    assert.deepEqual(c.feedback.map((l) => [l.text, l.from]), [['From @priya: Feedback today', null]]);
  });

  it('lists goals whose milestones moved, and new goals, not the others', () => {
    assert.deepEqual(
      c.goals.map((g) => [g.id, g.isNew, g.milestones.map((m) => m.text), `${g.done}/${g.total}`]),
      [
        ['fresh', true, [], '0/1'],
        ['moved', false, ['After'], '2/3'],
      ],
    );
  });

  it('renders every section and never a private line', () => {
    const md = renderChanges(c);
    assert.match(md, /^# What changed since the last session\n\n_Sam Okafor ← Priya Raman · since the session of \[2026-11-18\]\(sessions\/2026-11-18.md\) · as of 2026-11-24_\n/);
    // A session in a few words (its first action item here: it has no agenda or notes), a note by its title.
    assert.match(md, /## New sessions and notes\n\n- \[2026-11-18\]\(notes\/2026-11-18-after.md\) · note · After the session\n- \[2026-11-24\]\(notes\/2026-11-24-log-priya.md\) · note · Log 2026-11-24 \(@priya\)\n- \[2026-11-24\]\(sessions\/2026-11-24.md\) · session · New today\n/);
    // Each line links to where it was written, at its line.
    assert.match(md, /## Action items completed\n\n- Done since @sam — \[2026-11-20\]\(sessions\/2026-11-04.md#L11\)\n/);
    assert.match(md, /## Goals that moved\n\n- \[Fresh goal\]\(goals\/fresh.md\) — 0\/1 milestones \(new goal\)\n- \[Moved goal\]\(goals\/moved.md\) — 2\/3 milestones\n  - \[x\] After \(\[2026-11-19\]\(goals\/moved.md#L11\)\)\n/);
    assert.doesNotMatch(md, /`/, 'links, not code spans');
    assert.doesNotMatch(md, /Private|Secret|Old win|Not new/);
    assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
  });

  it('says so when nothing changed, and treats everything as new before the first session', () => {
    const quiet = journal({ 'sessions/2026-11-18.md': session('2026-11-18', '## Notes\n\nTalked.\n') });
    assert.match(renderChanges(buildChanges(quiet.shared(), { mentorshipId: '.', today: '2026-11-24' })), /Nothing has changed since the last session\.\n$/);
    const first = journal({ 'notes/2026-10-02-kickoff.md': note('2026-10-02', 'Kickoff', '## Action items\n\n- [ ] Read the agreement @sam\n') });
    const c0 = buildChanges(first.shared(), { mentorshipId: '.', today: '2026-11-24' });
    assert.equal(c0.lastSession, null);
    assert.deepEqual(c0.added.map((l) => l.text), ['Read the agreement @sam']);
    assert.match(renderChanges(c0), /since the start \(no session held yet\)/);
  });

  it('works on the sample journal: the item completed the day after the last session', async () => {
    const sample = await indexOf(path.join(EXAMPLES, 'mentorship'));
    const s = buildChanges(sample.shared(), { mentorshipId: '.', today: '2026-11-24' });
    assert.equal(s.lastSession?.date, '2026-11-18');
    assert.ok(s.completed.some((l) => l.text.startsWith('Move the schema section to an appendix') && l.date === '2026-11-19'));
    assert.ok(!renderChanges(s).includes('private/'));
  });
});
