import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { JournalIndex } from '../../src/core/journalIndex';
import { nextMeetingPhrase, scheduleOf, summarizeSchedules } from '../../src/core/nextSessions';
import { EXAMPLES, indexOf } from './helpers';

const TODAY = '2026-11-24';

describe('next sessions summary', () => {
  let index: JournalIndex;
  before(async () => {
    index = await indexOf(path.join(EXAMPLES, 'mentorship'));
  });
  const schedules = (today = TODAY) => index.mentorships().map((m) => scheduleOf(index, `f/${m.id}`, m, today));

  it('counts overdue open action items per mentorship', () => {
    assert.deepEqual(schedules().map((s) => [s.key, s.next.due, s.overdueItems]), [['f/.', '2026-12-02', 3], ['f/alex', '2026-12-11', 2]]);
  });

  it('names the soonest meeting, with the mentee when there are several', () => {
    const s = summarizeSchedules(schedules(), TODAY)!;
    assert.equal(s.meeting, 'Next 1:1 with Sam: Wed 2 Dec');
    // Sam's overdue items only: the count is for the mentorship named (Alex's two are in the tooltip).
    assert.equal(s.overdue, '3 overdue');
    assert.deepEqual(s.sameDay.map((x) => x.key), ['f/.']);
    assert.equal(s.soonest.key, 'f/.');
    assert.deepEqual(s.lines, [
      'Sam Okafor ← Priya Raman: next 1:1 Wed 2 Dec (every 2 weeks, last Wed 18 Nov) · 3 overdue action items',
      'Alex Chen ← Priya Raman: next 1:1 Fri 11 Dec (monthly, last Wed 11 Nov) · 2 overdue action items',
    ]);
    const one = summarizeSchedules(schedules().slice(1), TODAY)!;
    assert.equal(one.meeting, 'Next 1:1: Fri 11 Dec');
  });

  it('names every mentee whose 1:1 falls on the same day, and counts their overdue items', () => {
    const both = new JournalIndex();
    for (const [id, mentee] of [['a', 'Sam Okafor (@sam)'], ['b', 'Alex Chen (@alex)'], ['c', 'Lena Park (@lena)']]) {
      both.set(`${id}/mentorship.md`, `---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: ${mentee}\ncadence: weekly\nstarted: 2026-11-02\n---\n`);
    }
    both.set('a/sessions/2026-11-20.md', '---\ntype: session\ndate: 2026-11-20\n---\n## Action items\n- [ ] Late @sam [due:: 2026-11-21]\n');
    both.set('b/sessions/2026-11-20.md', '---\ntype: session\ndate: 2026-11-20\n---\n## Action items\n- [ ] Late @alex [due:: 2026-11-22]\n- [ ] Later @alex [due:: 2026-11-23]\n');
    both.set('c/sessions/2026-11-23.md', '---\ntype: session\ndate: 2026-11-23\n---\n## Action items\n- [ ] Late @lena [due:: 2026-11-23]\n');
    const list = both.mentorships().map((m) => scheduleOf(both, `w/${m.id}`, m, TODAY));
    const s = summarizeSchedules(list, TODAY)!;
    assert.equal(s.meeting, 'Next 1:1 with Sam and Alex: Fri 27 Nov');
    assert.equal(s.overdue, '3 overdue', "Lena's overdue item is not Sam's or Alex's");
    assert.deepEqual(s.sameDay.map((x) => x.key), ['w/a', 'w/b']);
    assert.equal(s.soonest.key, 'w/a');
  });

  it('says since when a meeting is overdue, and today or tomorrow when it is close', () => {
    const late = summarizeSchedules(schedules('2026-12-05'), '2026-12-05')!;
    assert.equal(late.meeting, 'Next 1:1 with Sam: overdue since Wed 2 Dec');
    const [sam] = schedules('2026-12-01');
    assert.equal(nextMeetingPhrase(sam.next, '2026-12-01'), 'tomorrow');
    assert.equal(nextMeetingPhrase(sam.next, '2026-12-02'), 'today');
  });

  it('is null without mentorships and has no overdue part when nothing is overdue', () => {
    assert.equal(summarizeSchedules([], TODAY), null);
    const quiet = new JournalIndex();
    quiet.set('mentorship.md', '---\ntype: agreement\nmentor: P (@p)\nmentee: S (@s)\ncadence: weekly\nstarted: 2026-11-02\n---\n');
    quiet.set('sessions/2026-11-20.md', '---\ntype: session\ndate: 2026-11-20\n---\n## Action items\n- [ ] Later @s [due:: 2026-12-20]\n');
    const s = summarizeSchedules([scheduleOf(quiet, 'q/.', quiet.mentorship('.')!, TODAY)], TODAY)!;
    assert.equal(s.meeting, 'Next 1:1: Fri 27 Nov');
    assert.equal(s.overdue, null);
  });
});
