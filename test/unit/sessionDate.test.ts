import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { JournalIndex, type SharedView } from '../../src/core/journalIndex';
import { proposedSessionDate } from '../../src/core/sessionDate';
import { EXAMPLES, indexOf } from './helpers';

/** A weekly mentorship (started on Tuesday 2026-11-03) with sessions on the given days. */
function weekly(sessions: string[], { cadence = 'weekly', started = '2026-11-03', privateDays = [] as string[] } = {}): SharedView {
  const index = new JournalIndex();
  index.set('mentorship.md', `---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Zoë (@zoë)\n${cadence ? `cadence: ${cadence}\n` : ''}started: ${started}\n---\n`);
  for (const day of sessions) index.set(`sessions/${day}.md`, `---\ntype: session\ndate: ${day}\n---\n\n## Notes\n\nTalked.\n`);
  for (const day of privateDays) index.set(`private/${day}.md`, `---\ntype: session\ndate: ${day}\n---\n\n## Notes\n\nMine.\n`);
  return index.shared();
}

describe('the day proposed for a new session', () => {
  it('is today when the meeting is due today and no session is written for it', () => {
    assert.equal(proposedSessionDate(weekly(['2026-11-17']), '.', '2026-11-24'), '2026-11-24');
  });

  it('is today when the meeting was due earlier and is still not written (late)', () => {
    assert.equal(proposedSessionDate(weekly(['2026-11-17']), '.', '2026-11-26'), '2026-11-26');
    assert.equal(proposedSessionDate(weekly(['2026-10-06']), '.', '2026-11-26'), '2026-11-26');
  });

  it('is the next meeting day when nothing is due yet', () => {
    assert.equal(proposedSessionDate(weekly(['2026-11-17']), '.', '2026-11-20'), '2026-11-24');
    assert.equal(proposedSessionDate(weekly(['2026-11-17'], { cadence: 'every 2 weeks' }), '.', '2026-11-24'), '2026-12-01');
  });

  it("is the next cadence day after today's session once that is written", () => {
    assert.equal(proposedSessionDate(weekly(['2026-11-17', '2026-11-24']), '.', '2026-11-24'), '2026-12-01');
    // Held early (the meeting was due on the 24th): still the day after today's, one week on.
    assert.equal(proposedSessionDate(weekly(['2026-11-17', '2026-11-22']), '.', '2026-11-22'), '2026-11-29');
  });

  it('is the day of a session already planned ahead (e.g. a generated agenda)', () => {
    assert.equal(proposedSessionDate(weekly(['2026-11-17', '2026-11-27']), '.', '2026-11-24'), '2026-11-27');
  });

  it('ignores private sessions, as the schedule does', () => {
    assert.equal(proposedSessionDate(weekly(['2026-11-17'], { privateDays: ['2026-11-24'] }), '.', '2026-11-24'), '2026-11-24');
  });

  it('starts at the agreement: its start day while that is ahead, today once it is past', () => {
    assert.equal(proposedSessionDate(weekly([], { started: '2026-12-01' }), '.', '2026-11-24'), '2026-12-01');
    assert.equal(proposedSessionDate(weekly([], { started: '2026-11-03' }), '.', '2026-11-24'), '2026-11-24');
  });

  it("is today without a cadence, or a week after today's session once that is held", () => {
    assert.equal(proposedSessionDate(weekly(['2026-11-17'], { cadence: '' }), '.', '2026-11-20'), '2026-11-20');
    assert.equal(proposedSessionDate(weekly(['2026-11-20'], { cadence: '' }), '.', '2026-11-20'), '2026-11-27');
  });

  it('on the sample journal: the next 1:1 two weeks after the last, then today once it is due or late', async () => {
    const index = (await indexOf(path.join(EXAMPLES, 'mentorship'))).shared();
    // Sam meets every 2 weeks, last on Wed 18 Nov; Alex monthly, last on Wed 11 Nov.
    assert.equal(proposedSessionDate(index, '.', '2026-11-24'), '2026-12-02');
    assert.equal(proposedSessionDate(index, '.', '2026-12-02'), '2026-12-02');
    assert.equal(proposedSessionDate(index, '.', '2026-12-05'), '2026-12-05');
    assert.equal(proposedSessionDate(index, 'alex', '2026-11-24'), '2026-12-11');
  });
});
