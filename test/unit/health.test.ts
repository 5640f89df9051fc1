// How a mentorship is going: golden results on the four journals made for it (healthy, the
// mentor's items lapse, stopped meeting, stale goals) and the rules one by one on small journals.
import * as assert from 'node:assert/strict';
import { buildAgenda } from '../../src/core/agenda';
import { renderAgenda } from '../../src/core/agendaMarkdown';
import { addDays, addMonths, daysBetween } from '../../src/core/dates';
import { checkInTopics } from '../../src/core/health/checkIn';
import { mentorshipHealth, worstSignal, type MentorshipHealth } from '../../src/core/health/health';
import { renderHealth } from '../../src/core/health/healthText';
import { dayNumber, fromDayNumber, monthsEndingAt, plusMonths, quartersBetween } from '../../src/core/health/periods';
import { HEALTH } from '../../src/core/health/thresholds';
import { JournalIndex } from '../../src/core/journalIndex';
import { golden, HEALTH_FIXTURES, indexOf, prng } from './helpers';

const TODAY = '2026-11-24';

function healthOf(index: JournalIndex, today = TODAY): MentorshipHealth[] {
  const shared = index.shared();
  return shared.mentorships().map((m) => mentorshipHealth(shared, m.id, today));
}

const AGREEMENT = (cadence: string, started: string, extra = '') =>
  `---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Sam Okafor (@sam)\ncadence: ${cadence}\nstarted: ${started}\n${extra}---\n`;
const session = (date: string, body = '## Notes\n\nWe talked.\n') => `---\ntype: session\ndate: ${date}\n---\n\n${body}`;

function journal(files: Record<string, string>): JournalIndex {
  const index = new JournalIndex();
  for (const [p, t] of Object.entries(files)) index.set(p, t);
  return index;
}

const signal = (h: MentorshipHealth, kind: string, subject?: string) => {
  const s = h.signals.find((x) => x.kind === kind && (subject === undefined || x.subject === subject));
  assert.ok(s, `no ${kind} signal in ${JSON.stringify(h.signals.map((x) => x.kind))}`);
  return s;
};

describe('health', () => {
  describe('on the four journals made for it (golden)', () => {
    let list: MentorshipHealth[];
    before(async () => {
      list = healthOf(await indexOf(HEALTH_FIXTURES));
    });

    it('gives the same JSON and text as the golden files', () => {
      golden('health-fixtures-2026-11-24.json', JSON.stringify(list, null, 2) + '\n');
      golden('health-fixtures-2026-11-24.txt', renderHealth(list));
    });

    it('finds the healthy pair ok on every signal, and celebrates its achieved goal', () => {
      const h = list.find((x) => x.mentorship === 'healthy')!;
      assert.equal(h.level, 'ok');
      assert.deepEqual(h.signals.filter((s) => s.level !== 'ok'), []);
      assert.deepEqual([h.cadence.expected, h.cadence.held, h.cadence.rate, h.cadence.lastSession], [8, 8, 1, '2026-11-18']);
      assert.equal(signal(h, 'goal-achieved').message, 'Achieved “Give a talk at the team offsite” on 2026-10-23 — worth celebrating.');
      assert.equal(h.goals.find((g) => g.id === 'first-talk')!.stale, false);
    });

    it('says the mentor\'s items lapsed, with each item as evidence and a check-in question', () => {
      const h = list.find((x) => x.mentorship === 'lapsing')!;
      assert.equal(h.level, 'act');
      const s = signal(h, 'follow-through', 'mentor');
      assert.equal(s.level, 'act');
      assert.deepEqual(s.evidence, ['2026-09-30', '2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28'].map((d) => ({ file: `lapsing/sessions/${d}.md`, line: 16 })));
      assert.deepEqual(h.followThrough.mentor, { side: 'mentor', handle: 'omar', name: 'Omar', closed: 0, closedOnTime: 0, closedLate: 0, open: 5, overdue: 5, medianDaysOverdue: 39, lapsed: 5 });
      assert.equal(signal(h, 'follow-through', 'mentee').level, 'ok');
      assert.deepEqual(checkInTopics(h), ['5 of Omar\'s items are more than 2 weeks overdue — still needed, hand them over, or drop them?']);
    });

    it('says the pair that stopped meeting should act, naming the last session', () => {
      const h = list.find((x) => x.mentorship === 'stopped')!;
      const s = signal(h, 'cadence');
      assert.equal(s.level, 'act');
      assert.equal(h.cadence.silent, true);
      assert.equal(h.cadence.lastSession, '2026-07-01', 'the agenda written for 2026-12-01 is planned, not held');
      assert.deepEqual(s.evidence[0], { file: 'stopped/sessions/2026-07-01.md', line: 1 });
      assert.deepEqual(checkInTopics(h), ['No session since 2026-07-01 — keep the cadence, change it, or pause?']);
    });

    it('flags stale goals with their reasons, but not paused or achieved ones', () => {
      const h = list.find((x) => x.mentorship === 'stale')!;
      assert.equal(h.level, 'watch');
      const byId = new Map(h.goals.map((g) => [g.id, g]));
      assert.deepEqual(byId.get('kubernetes')!.reasons, ['not-discussed', 'target-passed', 'no-milestone']);
      assert.deepEqual(byId.get('promotion-case')!.reasons, ['not-discussed', 'no-milestone']);
      assert.equal(byId.get('paused-goal')!.stale, false);
      assert.equal(byId.get('code-review')!.stale, false);
      assert.equal(h.signals.filter((s) => s.kind === 'goal-achieved').length, 0, 'achieved in May: long enough ago not to be celebrated again');
      assert.deepEqual(checkInTopics(h), [], 'stale goals are "watch": no check-in topic');
    });

    it('never counts the private note\'s overdue items, feedback or skills', () => {
      const h = list.find((x) => x.mentorship === 'healthy')!;
      assert.equal(h.followThrough.mentor.overdue, 0);
      assert.ok(h.signals.every((s) => s.evidence.every((e) => !e.file.includes('private/'))));
      assert.equal(h.balance.feedback.mentor, 4);
    });
  });

  describe('cadence', () => {
    it('says "we met 2 of the last 8 planned times" when meetings thinned out, and asks the check-in question', () => {
      const files: Record<string, string> = { 'mentorship.md': AGREEMENT('weekly', '2026-08-03') };
      for (const d of ['2026-08-05', '2026-08-12', '2026-08-19', '2026-08-26', '2026-09-02', '2026-09-30', '2026-11-11']) files[`sessions/${d}.md`] = session(d);
      const [h] = healthOf(journal(files));
      assert.deepEqual([h.cadence.expected, h.cadence.held], [8, 2]);
      const s = signal(h, 'cadence');
      assert.equal(s.level, 'act');
      assert.equal(s.message, 'Met 2 of the last 8 planned meetings (25 %, weekly); last session 13 days ago.');
      assert.deepEqual(checkInTopics(h), ['We met 2 of the last 8 planned times — keep the cadence, change it, or pause?']);
      assert.deepEqual(h.cadence.sinceStarted, { from: '2026-08-03', expected: 16, held: 7, rate: 7 / 16 });
    });

    it('is "watch" under 80 % and "ok" from 80 %', () => {
      const files: Record<string, string> = { 'mentorship.md': AGREEMENT('every 2 weeks', '2026-07-27') };
      const held = ['2026-07-29', '2026-08-12', '2026-08-26', '2026-09-09', '2026-09-23', '2026-10-07', '2026-10-21', '2026-11-04', '2026-11-18'];
      for (const d of held) files[`sessions/${d}.md`] = session(d);
      const index = journal(files);
      assert.equal(signal(healthOf(index)[0], 'cadence').level, 'ok');
      index.remove('sessions/2026-09-09.md');
      assert.equal(healthOf(index)[0].cadence.held, 7);
      assert.equal(signal(healthOf(index)[0], 'cadence').level, 'ok', '7 of 8 is 88 %');
      index.remove('sessions/2026-10-07.md');
      assert.equal(signal(healthOf(index)[0], 'cadence').level, 'watch', '6 of 8 is 75 %');
      assert.ok(HEALTH.cadenceWatchBelow > 6 / 8 && HEALTH.cadenceWatchBelow <= 7 / 8);
    });

    it('counts a second session in one period once towards what was planned, never above 100 %', () => {
      const files: Record<string, string> = { 'mentorship.md': AGREEMENT('monthly', '2026-09-01') };
      for (const d of ['2026-09-03', '2026-09-20', '2026-10-05', '2026-11-02']) files[`sessions/${d}.md`] = session(d);
      const [h] = healthOf(journal(files));
      assert.deepEqual([h.cadence.expected, h.cadence.held, h.cadence.rate], [2, 2, 1]);
    });

    it('does not call for action on the rate while fewer than three meetings were planned', () => {
      const [h] = healthOf(journal({ 'mentorship.md': AGREEMENT('weekly', '2026-11-09'), 'sessions/2026-11-20.md': session('2026-11-20') }));
      assert.equal(h.cadence.expected, 2);
      assert.equal(h.cadence.held, 1);
      assert.equal(signal(h, 'cadence').level, 'watch');
    });

    it('counts a session dated today as held only when it has marks of a meeting (a planned agenda is not)', () => {
      const index = journal({ 'mentorship.md': AGREEMENT('weekly', '2026-11-01'), 'sessions/2026-11-24.md': session('2026-11-24', '## Agenda\n\n- Plans\n') });
      assert.equal(healthOf(index)[0].cadence.lastSession, null);
      index.set('sessions/2026-11-24.md', session('2026-11-24', '## Wins\n\n- Shipped it\n'));
      assert.equal(healthOf(index)[0].cadence.lastSession, '2026-11-24');
    });

    it('stops expecting meetings when the agreement has ended, and says so', () => {
      const files: Record<string, string> = { 'mentorship.md': AGREEMENT('every 2 weeks', '2026-03-02', 'ends: 2026-06-30\n') };
      for (let d = '2026-03-04'; d < '2026-06-30'; d = addDays(d, 14)) files[`sessions/${d}.md`] = session(d);
      const [h] = healthOf(journal(files));
      assert.equal(h.cadence.ended, '2026-06-30');
      assert.equal(h.cadence.silent, false);
      const s = signal(h, 'cadence');
      assert.equal(s.level, 'ok');
      assert.match(s.message, /^Ended on 2026-06-30\. Met 8 of the last 8 planned meetings/);
    });

    it('judges only silence when the agreement names no cadence', () => {
      const index = journal({ 'mentorship.md': '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\nstarted: 2026-10-01\n---\n', 'sessions/2026-11-10.md': session('2026-11-10') });
      const [h] = healthOf(index);
      assert.equal(h.cadence.rate, null);
      assert.equal(signal(h, 'cadence').level, 'ok');
      assert.match(signal(h, 'cadence').message, /^No cadence in the agreement/);
      const [later] = healthOf(index, '2027-01-30');
      assert.equal(signal(later, 'cadence').level, 'act', `no session for ${3 * HEALTH.defaultPeriodDays} days and more`);
    });

    it('works for a folder with no agreement whose sessions name the people (an implicit mentorship)', () => {
      const named = (d: string) => `---\ntype: session\ndate: ${d}\nmentor: Priya (@priya)\nmentee: Zoë (@zoë)\n---\n\n## Action items\n\n- [ ] Lire le document @zoë [due:: 2026-09-01]\n`;
      const [h] = healthOf(journal({ 'sessions/2026-08-20.md': named('2026-08-20') }));
      assert.equal(h.cadence.cadence, null);
      assert.equal(h.followThrough.mentee.handle, 'zoë');
      assert.equal(h.followThrough.mentee.overdue, 1);
      assert.equal(signal(h, 'cadence').level, 'act');
    });

    it('is the same for the same files and day, and moves with the day it is given', () => {
      const files: Record<string, string> = { 'mentorship.md': AGREEMENT('weekly', '2026-10-05') };
      for (const d of ['2026-10-07', '2026-10-14', '2026-10-21']) files[`sessions/${d}.md`] = session(d);
      assert.deepEqual(healthOf(journal(files)), healthOf(journal(files)));
      assert.equal(signal(healthOf(journal(files), '2026-11-12')[0], 'cadence').level, 'act', 'three weeks after the last session');
      assert.notEqual(signal(healthOf(journal(files), '2026-10-28')[0], 'cadence').level, 'act');
    });
  });

  describe('follow-through', () => {
    it('counts each side\'s items by handle (any case, any script): closed, on time, open, overdue, median days', () => {
      const index = journal({
        'mentorship.md': '---\ntype: agreement\nmentor: José Álvarez (@josé)\nmentee: Zoë Müller (@Zoë)\ncadence: weekly\nstarted: 2026-10-01\n---\n',
        'sessions/2026-10-07.md': session('2026-10-07', [
          '## Action items', '',
          '- [x] Termin vereinbaren @zoë [due:: 2026-10-10] [completion:: 2026-10-09]',
          '- [x] Zu spät erledigt @ZOË [due:: 2026-10-10] [completion:: 2026-10-20]',
          '- [x] Ohne Datum erledigt @zoë',
          '- [ ] Offen, überfällig @zoë [due:: 2026-11-20]',
          '- [ ] Offen, sehr überfällig @zoë [due:: 2026-11-10]',
          '- [-] Abgesagt @zoë [due:: 2026-10-01]',
          '- [ ] Presentar a Zoë al equipo @josé [due:: 2026-11-30]',
          '', '## Introductions', '',
          '- [ ] Intro to the data team @josé [due:: 2026-10-20]',
          '- Plain bullet intro, not a promise @josé',
        ].join('\n') + '\n'),
      });
      const [h] = healthOf(index);
      assert.deepEqual(h.followThrough.mentee, { side: 'mentee', handle: 'Zoë', name: 'Zoë', closed: 3, closedOnTime: 2, closedLate: 1, open: 2, overdue: 2, medianDaysOverdue: 9, lapsed: 0 });
      assert.deepEqual(h.followThrough.mentor, { side: 'mentor', handle: 'josé', name: 'José', closed: 0, closedOnTime: 0, closedLate: 0, open: 2, overdue: 1, medianDaysOverdue: 35, lapsed: 1 });
      assert.equal(signal(h, 'follow-through', 'mentee').message, 'Zoë (@Zoë): 3 of 5 items closed, 2 on time; 2 open, 2 overdue.');
    });

    it('is "watch" with two lapsed items and "act" with four, on either side', () => {
      const lines = (n: number, who: string) => Array.from({ length: n }, (_, i) => `- [ ] Item ${i} @${who} [due:: 2026-10-0${i + 1}]`).join('\n');
      const index = journal({
        'mentorship.md': AGREEMENT('weekly', '2026-09-01'),
        'sessions/2026-11-18.md': session('2026-11-18', `## Action items\n\n${lines(2, 'sam')}\n${lines(4, 'priya')}\n`),
      });
      const [h] = healthOf(index);
      assert.equal(signal(h, 'follow-through', 'mentee').level, 'watch');
      assert.equal(signal(h, 'follow-through', 'mentor').level, 'act');
      assert.equal(signal(h, 'follow-through', 'mentor').checkIn, '4 of Priya\'s items are more than 2 weeks overdue — still needed, hand them over, or drop them?');
      assert.equal(signal(h, 'follow-through', 'mentee').checkIn, undefined);
    });
  });

  describe('balance', () => {
    it('is "watch" when topics or feedback come from one side only, "ok" when the record does not say who', () => {
      const files: Record<string, string> = { 'mentorship.md': AGREEMENT('weekly', '2026-10-01') };
      for (const d of ['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28', '2026-11-04']) {
        files[`sessions/${d}.md`] = session(d, '## Next time\n\n- A topic @sam\n- Another topic\n\n## Feedback\n\n- From @priya: good\n- Dana said it was good\n');
      }
      const [h] = healthOf(journal(files));
      assert.deepEqual(h.balance.topics, { mentor: 0, mentee: 5, others: 0, unknown: 5 });
      assert.equal(signal(h, 'topics').level, 'watch');
      assert.equal(signal(h, 'topics').message, 'Topics in the last 5 sessions came only from Sam (5 of 5); Priya brought none.');
      assert.equal(signal(h, 'feedback').level, 'watch');
      assert.equal(signal(h, 'feedback').evidence.length, 5);
    });

    it('reads the giver of feedback from an entry\'s author when the line names nobody', () => {
      const files: Record<string, string> = { 'mentorship.md': AGREEMENT('weekly', '2026-10-01') };
      files['sessions/2026-11-04.md'] = session('2026-11-04', '## Feedback\n\n- From @priya: a\n- From @priya: b\n');
      files['notes/2026-11-05-log.md'] = '---\ntype: note\ndate: 2026-11-05\nauthor: Sam (@sam)\n---\n\n## Feedback\n\n- Your examples helped\n- Shorter calls work better\n';
      const [h] = healthOf(journal(files));
      assert.deepEqual(h.balance.feedback, { mentor: 2, mentee: 2, others: 0, unknown: 0 });
      assert.equal(signal(h, 'feedback').level, 'ok');
    });
  });

  describe('goals', () => {
    it('celebrates a goal achieved in the last three months instead of flagging its passed target', () => {
      const [h] = healthOf(journal({
        'mentorship.md': AGREEMENT('weekly', '2026-08-01'),
        'sessions/2026-11-18.md': session('2026-11-18'),
        'goals/done.md': '---\ntype: goal\ntitle: Done goal\nstatus: achieved\nstarted: 2026-08-01\ntarget: 2026-10-01\n---\n\n## Milestones\n\n- [x] All of it [completion:: 2026-11-02]\n',
      }));
      assert.deepEqual(h.signals.filter((s) => s.kind.startsWith('goal')).map((s) => [s.kind, s.level, s.message]), [
        ['goal-achieved', 'ok', 'Achieved “Done goal” on 2026-11-02 — worth celebrating.'],
      ]);
    });
  });

  describe('the agenda carries a check-in topic for each signal that calls for action', () => {
    it('on the journal made for the mentor\'s lapsed items (golden)', async () => {
      const index = await indexOf(HEALTH_FIXTURES);
      const agenda = buildAgenda(index.shared(), { mentorshipId: 'lapsing', today: TODAY });
      assert.deepEqual(agenda.checkIn, ['5 of Omar\'s items are more than 2 weeks overdue — still needed, hand them over, or drop them?']);
      golden('agenda-lapsing-2026-11-24.md', renderAgenda(agenda));
    });

    it('and none when nothing calls for action', async () => {
      const index = await indexOf(HEALTH_FIXTURES);
      const agenda = buildAgenda(index.shared(), { mentorshipId: 'healthy', today: TODAY });
      assert.deepEqual(agenda.checkIn, []);
      assert.doesNotMatch(renderAgenda(agenda), /Check-in/);
    });
  });

  it('names the worst signal over several mentorships: the first "act", else the first "watch", else none', async () => {
    const list = healthOf(await indexOf(HEALTH_FIXTURES)).map((health) => ({ title: health.title, health }));
    const worst = worstSignal(list);
    assert.equal(worst?.title, 'Lena Petrović ← Omar Haddad');
    assert.equal(worst?.signal.level, 'act');
    assert.equal(worstSignal(list.filter((x) => x.health.level !== 'act'))?.signal.kind, 'goal-stale');
    assert.equal(worstSignal(list.filter((x) => x.health.level === 'ok')), null);
    assert.equal(worstSignal([{ title: 'private', health: null }]), null);
  });

  describe('calendar periods', () => {
    it('step months as date-fns does (cadence.ts), and days as daysBetween counts them', () => {
      const rand = prng(12);
      for (let i = 0; i < 2000; i++) {
        const day = addDays('1990-01-01', Math.floor(rand() * 20000));
        const n = Math.floor(rand() * 40) - 10;
        assert.equal(plusMonths(day, n), addMonths(day, n), `${day} + ${n} months`);
        assert.equal(fromDayNumber(dayNumber(day)), day);
        const other = addDays(day, n * 17);
        assert.equal(dayNumber(other) - dayNumber(day), daysBetween(day, other));
      }
    });

    it('list months and quarters oldest first', () => {
      assert.deepEqual(monthsEndingAt('2026-02-28', 4), ['2025-11', '2025-12', '2026-01', '2026-02']);
      assert.deepEqual(quartersBetween('2025-11-30', '2026-07-01'), ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    });
  });
});
