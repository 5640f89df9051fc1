// Where "Move to next session" carries an item: a planned later session, else a new file for the
// next meeting day (never the item's own session, never out of private/).
import * as assert from 'node:assert/strict';
import { EditRefused } from '../../src/core/edits';
import { JournalIndex } from '../../src/core/journalIndex';
import { planMoveTarget } from '../../src/core/moveTarget';
import { parseEntry } from '../../src/core/parseEntry';

const AGREEMENT = (cadence: string) => ['---', 'type: agreement', 'mentor: Priya Raman (@priya)', 'mentee: Sam Okafor (@sam)', `cadence: ${cadence}`, 'started: 2026-10-01', '---', ''].join('\n');
const session = (date: string) => `---\ntype: session\ndate: ${date}\n---\n\n## Action items\n\n- [ ] Something @sam\n`;

function journal(cadence: string, paths: string[]): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', AGREEMENT(cadence));
  for (const p of paths) index.set(p, session(/\d{4}-\d{2}-\d{2}/.exec(p)![0]));
  return index;
}

describe('core/moveTarget', () => {
  it('creates the session of the next meeting day from the cadence when none is planned', () => {
    const index = journal('every 2 weeks', ['sessions/2026-11-04.md', 'sessions/2026-11-18.md']);
    const t = planMoveTarget(index, 'sessions/2026-11-18.md', '2026-11-24');
    assert.equal(t.kind, 'create');
    assert.deepEqual(t.kind === 'create' && [t.folder, t.base, t.date], ['sessions', '2026-12-02', '2026-12-02']);
    const entry = t.kind === 'create' ? parseEntry('sessions/2026-12-02.md', t.content) : null;
    assert.equal(entry?.type, 'session');
    assert.equal(entry?.date, '2026-12-02');
  });

  it('uses the earliest session planned for today or later', () => {
    const index = journal('weekly', ['sessions/2026-11-18.md', 'sessions/2026-12-09.md', 'sessions/2026-12-02.md', 'sessions/2026-12-02-2.md']);
    assert.deepEqual(planMoveTarget(index, 'sessions/2026-11-18.md', '2026-11-24'), { kind: 'existing', path: 'sessions/2026-12-02.md', date: '2026-12-02' });
  });

  it('moves out of a planned session into a later one, or one cadence after it', () => {
    const index = journal('weekly', ['sessions/2026-11-18.md', 'sessions/2026-11-24.md']);
    const t = planMoveTarget(index, 'sessions/2026-11-24.md', '2026-11-24');
    assert.deepEqual(t.kind === 'create' && [t.folder, t.date], ['sessions', '2026-12-01']);
    index.set('sessions/2026-11-28.md', session('2026-11-28'));
    assert.deepEqual(planMoveTarget(index, 'sessions/2026-11-24.md', '2026-11-24'), { kind: 'existing', path: 'sessions/2026-11-28.md', date: '2026-11-28' });
  });

  it('moves from a note or a goal into the next session, in the mentorship folder', () => {
    const index = journal('monthly', []);
    index.set('alex/mentorship.md', AGREEMENT('monthly').replace('Sam Okafor (@sam)', 'Alex Chen (@alex)').replace('2026-10-01', '2026-09-01'));
    index.set('alex/sessions/2026-11-11.md', session('2026-11-11'));
    index.set('alex/notes/2026-11-20-idea.md', '---\ntype: note\ndate: 2026-11-20\n---\n\n- [ ] An idea @alex\n');
    const t = planMoveTarget(index, 'alex/notes/2026-11-20-idea.md', '2026-11-24');
    assert.deepEqual(t.kind === 'create' && [t.folder, t.date], ['alex/sessions', '2026-12-11']);
  });

  it('refuses private items and items under no agreement', () => {
    const index = journal('weekly', ['sessions/2026-11-18.md']);
    index.set('private/2026-11-20-mine.md', '---\ntype: note\ndate: 2026-11-20\n---\n\n- [ ] Mine\n');
    assert.throws(() => planMoveTarget(index, 'private/2026-11-20-mine.md', '2026-11-24'), (e: unknown) => e instanceof EditRefused && /private/.test(e.message));
    const orphan = new JournalIndex();
    orphan.set('sessions/2026-11-18.md', session('2026-11-18'));
    assert.throws(() => planMoveTarget(orphan, 'sessions/2026-11-18.md', '2026-11-24'), /belongs to no mentorship/);
  });
});
