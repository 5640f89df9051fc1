// Which meeting "Move to next session" defers an item to: the session planned after the item's
// own, else the next meeting from the cadence (never the item's own session, never out of private/).
import * as assert from 'node:assert/strict';
import { EditRefused } from '../../src/core/edits';
import { JournalIndex } from '../../src/core/journalIndex';
import { planMoveTarget } from '../../src/core/moveTarget';

const AGREEMENT = (cadence: string) => ['---', 'type: agreement', 'mentor: Priya Raman (@priya)', 'mentee: Sam Okafor (@sam)', `cadence: ${cadence}`, 'started: 2026-10-01', '---', ''].join('\n');
/** A session held (it has notes) or only planned (an agenda, nothing else yet). */
const held = (date: string) => `---\ntype: session\ndate: ${date}\n---\n\n## Notes\n\nWe met.\n\n## Action items\n\n- [ ] Something @sam\n`;
const planned = (date: string) => `---\ntype: session\ndate: ${date}\n---\n\n## Agenda\n\n- Things\n\n## Action items\n\n- [ ] Prepare @sam\n`;

function journal(cadence: string, files: Record<string, (date: string) => string>): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', AGREEMENT(cadence));
  for (const [p, make] of Object.entries(files)) index.set(p, make(/\d{4}-\d{2}-\d{2}/.exec(p)![0]));
  return index;
}

describe('core/moveTarget', () => {
  it('is the next meeting day from the cadence when none is planned', () => {
    const index = journal('every 2 weeks', { 'sessions/2026-11-04.md': held, 'sessions/2026-11-18.md': held });
    assert.deepEqual(planMoveTarget(index, 'sessions/2026-11-18.md', '2026-11-24'), { date: '2026-12-02', planned: null });
  });

  it('is the session planned for the next meeting, when one is', () => {
    const index = journal('weekly', { 'sessions/2026-11-18.md': held, 'sessions/2026-12-09.md': planned, 'sessions/2026-12-02.md': planned });
    assert.deepEqual(planMoveTarget(index, 'sessions/2026-11-18.md', '2026-11-24'), { date: '2026-12-02', planned: 'sessions/2026-12-02.md' });
  });

  it('moves out of the planned session to the meeting after it: a later planned one, or one cadence on', () => {
    const index = journal('weekly', { 'sessions/2026-11-18.md': held, 'sessions/2026-11-25.md': planned });
    assert.deepEqual(planMoveTarget(index, 'sessions/2026-11-25.md', '2026-11-24'), { date: '2026-12-02', planned: null });
    index.set('sessions/2026-11-28.md', planned('2026-11-28'));
    assert.deepEqual(planMoveTarget(index, 'sessions/2026-11-25.md', '2026-11-24'), { date: '2026-11-28', planned: 'sessions/2026-11-28.md' });
  });

  it("moves out of today's session, once held, to the next cadence day after it", () => {
    const index = journal('weekly', { 'sessions/2026-11-17.md': held, 'sessions/2026-11-24.md': held });
    assert.deepEqual(planMoveTarget(index, 'sessions/2026-11-24.md', '2026-11-24'), { date: '2026-12-01', planned: null });
  });

  it('moves from a note or a goal to the next meeting of the mentorship it belongs to', () => {
    const index = journal('monthly', {});
    index.set('alex/mentorship.md', AGREEMENT('monthly').replace('Sam Okafor (@sam)', 'Alex Chen (@alex)').replace('2026-10-01', '2026-09-01'));
    index.set('alex/sessions/2026-11-11.md', held('2026-11-11'));
    index.set('alex/notes/2026-11-20-idea.md', '---\ntype: note\ndate: 2026-11-20\n---\n\n- [ ] An idea @alex\n');
    assert.deepEqual(planMoveTarget(index, 'alex/notes/2026-11-20-idea.md', '2026-11-24'), { date: '2026-12-11', planned: null });
  });

  it('refuses private items and items under no agreement', () => {
    const index = journal('weekly', { 'sessions/2026-11-18.md': held });
    index.set('private/2026-11-20-mine.md', '---\ntype: note\ndate: 2026-11-20\n---\n\n- [ ] Mine\n');
    assert.throws(() => planMoveTarget(index, 'private/2026-11-20-mine.md', '2026-11-24'), (e: unknown) => e instanceof EditRefused && /private/.test(e.message));
    const orphan = new JournalIndex();
    orphan.set('sessions/2026-11-18.md', held('2026-11-18'));
    assert.throws(() => planMoveTarget(orphan, 'sessions/2026-11-18.md', '2026-11-24'), /belongs to no mentorship/);
  });
});
