// Held vs planned: a session file records a meeting (notes, wins, feedback, introductions, topics,
// items ticked on or after its day, a ticked agenda line) or it only prepares one. The next meeting
// is the session planned after the last one held, else the next cadence day after it.
import * as assert from 'node:assert/strict';
import { buildAgenda } from '../../src/core/agenda';
import { renderAgendaSession } from '../../src/core/agendaMarkdown';
import { JournalIndex } from '../../src/core/journalIndex';
import { summarizeSchedules, scheduleOf } from '../../src/core/nextSessions';
import { parseEntry } from '../../src/core/parseEntry';
import { isHeld, nextMeeting, nextMeetingDay, plannedSessionOn } from '../../src/core/schedule';
import { proposedSessionDate } from '../../src/core/sessionDate';

const AGREEMENT = '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Zoë Müller (@zoë)\ncadence: every 2 weeks\nstarted: 2026-11-04\n---\n';
const head = (date: string) => `---\ntype: session\ndate: ${date}\n---\n\n# Session ${date}\n\n`;

function journal(files: Record<string, string>): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', AGREEMENT);
  for (const [p, t] of Object.entries(files)) index.set(p, t);
  return index;
}

const minutes = (body: string, date = '2026-11-18') => parseEntry(`sessions/${date}.md`, head(date) + body)!.minutes;

describe('what makes a session file the record of a meeting', () => {
  it('prose under Notes, under an unknown heading or under none, in any script', () => {
    assert.equal(minutes('## Notes\n\nWe talked about the budget.\n'), true);
    assert.equal(minutes('## Notes\n\n我们讨论了预算。\n'), true);
    assert.equal(minutes('## Discussion\n\n- first point\n'), true);
    assert.equal(minutes('Łukasz joined late.\n'), true);
    assert.equal(minutes('## Notes\r\n\r\n   \r\n'), false, 'blank lines are not notes');
    assert.equal(minutes('## Notes\n\n<!-- to fill in -->\n'), false, 'a comment is not notes');
  });

  it('wins, feedback, introductions and topics for next time', () => {
    for (const body of ['## Wins\n\n- Shipped it\n', '## Feedback\n\n- From @priya: clear\n', '## Introductions\n\n- [ ] Intro Zoë to Lena @priya\n', '## Next time\n\n- Q1 goals\n']) {
      assert.equal(minutes(body), true, body);
    }
    assert.equal(minutes('## Wins\n\n- [-] Dropped win\n'), false, 'a cancelled one says nothing');
  });

  it('an item ticked on or after its day, not one ticked before it, not an open one', () => {
    assert.equal(minutes('## Action items\n\n- [x] Done in the meeting @zoë [completion:: 2026-11-18]\n'), true);
    assert.equal(minutes('## Action items\n\n- [x] Done without a day @zoë\n'), true);
    assert.equal(minutes('## Action items\n\n- [x] Carried, done early @zoë [completion:: 2026-11-12]\n'), false);
    assert.equal(minutes('## Action items\n\n- [ ] Prepare the numbers @zoë\n'), false);
  });

  it('a ticked line of its agenda, not the agenda itself', () => {
    assert.equal(minutes('## Agenda\n\n- [ ] Send the RFC · [from 2026-11-04](2026-11-04.md)\n\n### Topics\n\n- [ ] Budget\n'), false);
    assert.equal(minutes('## Agenda\n\n### Topics\n\n- [x] Budget\n'), true);
    assert.equal(minutes('## Agenda\n\n_Meeting 2026-11-18_\n\nNothing open.\n'), false, 'prose of the agenda is the agenda');
  });

  it('the template of New Session and a generated agenda are planned, never held', () => {
    const index = journal({ 'sessions/2026-11-04.md': head('2026-11-04') + '## Notes\n\nKick-off.\n' });
    const generated = renderAgendaSession(buildAgenda(index.shared(), { mentorshipId: '.', today: '2026-11-17', date: '2026-11-18' }));
    assert.equal(parseEntry('sessions/2026-11-18.md', generated)!.minutes, false);
    assert.equal(minutes('## Agenda\n\n\n## Notes\n\n\n## Action items\n\n\n## Feedback\n\n\n## Wins\n\n\n## Next time\n\n\n'), false);
  });
});

describe('the next meeting, from the sessions held', () => {
  it("after today's session is logged: the next cadence day, not today", () => {
    const index = journal({
      'sessions/2026-11-04.md': head('2026-11-04') + '## Notes\n\nKick-off.\n',
      'sessions/2026-11-18.md': head('2026-11-18') + '## Agenda\n\n- Budget\n\n## Notes\n\nWe met; Zoë brought the numbers.\n',
    });
    const next = nextMeeting(index.shared(), '.', '2026-11-18');
    assert.deepEqual([next.due, next.overdue, next.lastSession?.date, next.planned], ['2026-12-02', false, '2026-11-18', null]);
    assert.equal(nextMeetingDay(index.shared(), '.', '2026-11-18'), '2026-12-02');
    assert.equal(proposedSessionDate(index.shared(), '.', '2026-11-18'), '2026-12-02');
    const s = summarizeSchedules([scheduleOf(index, 'w/.', index.mentorship('.')!, '2026-11-18')], '2026-11-18')!;
    assert.equal(s.meeting, 'Next 1:1: Wed 2 Dec');
  });

  it("before today's session is held, its planned file is the next meeting: today", () => {
    const index = journal({
      'sessions/2026-11-04.md': head('2026-11-04') + '## Notes\n\nKick-off.\n',
      'sessions/2026-11-18.md': head('2026-11-18') + '## Agenda\n\n- Budget\n',
    });
    const next = nextMeeting(index.shared(), '.', '2026-11-18');
    assert.deepEqual([next.due, next.overdue, next.lastSession?.date, next.planned?.path], ['2026-11-18', false, '2026-11-04', 'sessions/2026-11-18.md']);
    assert.equal(summarizeSchedules([scheduleOf(index, 'w/.', index.mentorship('.')!, '2026-11-18')], '2026-11-18')!.meeting, 'Next 1:1: today');
    assert.deepEqual(plannedSessionOn(index.shared(), '.', '2026-11-18', '2026-11-18'), { planned: index.get('sessions/2026-11-18.md'), blocked: null });
  });

  it('a planned session whose day passed with nothing written in it: the meeting is late, its file still the one', () => {
    const index = journal({
      'sessions/2026-11-04.md': head('2026-11-04') + '## Notes\n\nKick-off.\n',
      'sessions/2026-11-18.md': head('2026-11-18') + '## Agenda\n\n- Budget\n',
    });
    const next = nextMeeting(index.shared(), '.', '2026-11-20');
    assert.deepEqual([next.due, next.overdue, next.planned?.path], ['2026-11-18', true, 'sessions/2026-11-18.md']);
    assert.equal(proposedSessionDate(index.shared(), '.', '2026-11-20'), '2026-11-18', 'the composer logs into it');
  });

  it('a past session with items logged and no notes counts as held; one dated today does not yet', () => {
    const items = '## Action items\n\n- [ ] Send the deck @zoë\n';
    const index = journal({ 'sessions/2026-11-04.md': head('2026-11-04') + '## Notes\n\nKick-off.\n', 'sessions/2026-11-18.md': head('2026-11-18') + items });
    const e = index.get('sessions/2026-11-18.md')!;
    assert.equal(isHeld(e, '2026-11-18'), false);
    assert.equal(isHeld(e, '2026-11-19'), true);
    assert.equal(isHeld(e, '2026-11-17'), false, 'never before its day');
  });

  it('the earliest planned session after the last one held, never one before it, never a private one', () => {
    const index = journal({
      'sessions/2026-10-21.md': head('2026-10-21') + '## Agenda\n\n- Old, never held\n',
      'sessions/2026-11-04.md': head('2026-11-04') + '## Notes\n\nKick-off.\n',
      'sessions/2026-11-25.md': head('2026-11-25') + '## Agenda\n\n- Later\n',
      'sessions/2026-11-20.md': head('2026-11-20') + '## Agenda\n\n- Sooner\n',
      'private/sessions/2026-11-19.md': head('2026-11-19') + '## Agenda\n\n- Mine\n',
    });
    assert.equal(nextMeeting(index.shared(), '.', '2026-11-10').planned?.path, 'sessions/2026-11-20.md');
  });

  it('without a cadence: today, or a week after a session held today', () => {
    const index = new JournalIndex();
    index.set('mentorship.md', AGREEMENT.replace('cadence: every 2 weeks\n', ''));
    index.set('sessions/2026-11-18.md', head('2026-11-18') + '## Notes\n\nMet.\n');
    assert.equal(nextMeeting(index.shared(), '.', '2026-11-20').due, '2026-11-20');
    assert.equal(nextMeeting(index.shared(), '.', '2026-11-18').due, '2026-11-25');
  });

  it('names the files of a day that cannot be written into', () => {
    const index = journal({ 'sessions/2026-11-18.md': head('2026-11-18') + '## Agenda\n\n<<<<<<< ours\n- a\n=======\n- b\n>>>>>>> theirs\n' });
    const { planned, blocked } = plannedSessionOn(index.shared(), '.', '2026-11-18', '2026-11-17');
    assert.equal(planned, null);
    assert.equal(blocked?.path, 'sessions/2026-11-18.md');
  });
});
