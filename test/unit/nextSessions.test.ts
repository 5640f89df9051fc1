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
    assert.equal(s.overdue, '5 overdue');
    assert.equal(s.soonest.key, 'f/.');
    assert.deepEqual(s.lines, [
      'Sam Okafor ← Priya Raman: next 1:1 Wed 2 Dec (every 2 weeks, last Wed 18 Nov) · 3 overdue action items',
      'Alex Chen ← Priya Raman: next 1:1 Fri 11 Dec (monthly, last Wed 11 Nov) · 2 overdue action items',
    ]);
    const one = summarizeSchedules(schedules().slice(1), TODAY)!;
    assert.equal(one.meeting, 'Next 1:1: Fri 11 Dec');
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
