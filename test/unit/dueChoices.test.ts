// Set Due Date's choices and free text, with "today" injected: every choice on the days where
// its rule turns (Friday at the weekend, the last day of a month, a year's end), and English as
// people type it around month and year ends.
import * as assert from 'node:assert/strict';
import { dueChoices, loadNaturalDates, resolveDue, type DueContext, type NaturalDates } from '../../src/core/dueChoices';

const ctx = (today: string, nextSession: string | null = null): DueContext => ({ today, nextSession });
const choices = (today: string, nextSession: string | null = null) => Object.fromEntries(dueChoices(ctx(today, nextSession)).map((c) => [c.key, [c.label, c.date]]));

describe('due date choices', () => {
  let chrono: NaturalDates;
  before(async () => {
    chrono = await loadNaturalDates();
  });
  const read = (text: string, today: string, nextSession: string | null = null) => resolveDue(text, ctx(today, nextSession), chrono);

  it('offers Today, Friday, Next session, a week and the end of the month, each with the day it writes', () => {
    // Tuesday 24 November 2026, the next meeting on Wednesday 2 December.
    assert.deepEqual(choices('2026-11-24', '2026-12-02'), {
      today: ['Today', '2026-11-24'],
      friday: ['This Friday', '2026-11-27'],
      nextSession: ['Next session', '2026-12-02'],
      week: ['In a week', '2026-12-01'],
      monthEnd: ['End of month', '2026-11-30'],
    });
    assert.deepEqual(dueChoices(ctx('2026-11-24', '2026-12-02')).map((c) => c.key), ['today', 'friday', 'nextSession', 'week', 'monthEnd']);
  });

  it('leaves out Next session when the mentorship has no next meeting', () => {
    assert.equal(choices('2026-11-24').nextSession, undefined);
    assert.deepEqual(read('next session', '2026-11-24'), { error: 'this mentorship has no cadence, so there is no next session to count from' });
  });

  it('Friday is this week\'s from Monday to Thursday, next week\'s from Friday to Sunday', () => {
    const fridays = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map((d) => choices(d).friday);
    assert.deepEqual(fridays, [
      ['This Friday', '2026-11-27'],
      ['This Friday', '2026-11-27'],
      ['This Friday', '2026-11-27'],
      ['This Friday', '2026-11-27'],
      ['Next Friday', '2026-12-04'],
      ['Next Friday', '2026-12-04'],
      ['Next Friday', '2026-12-04'],
    ]);
    // Typed, "friday" follows the same rule (chrono alone would say "today" on a Friday).
    assert.deepEqual(read('friday', '2026-11-27'), { date: '2026-12-04' });
    assert.deepEqual(read('by Fri', '2026-11-24'), { date: '2026-11-27' });
  });

  it('crosses month and year ends: Friday, a week, the end of the month', () => {
    assert.deepEqual(choices('2026-12-29'), {
      today: ['Today', '2026-12-29'],
      friday: ['This Friday', '2027-01-01'],
      week: ['In a week', '2027-01-05'],
      monthEnd: ['End of month', '2026-12-31'],
    });
    // On the last day of a month, the end of the month is next month's.
    assert.deepEqual(choices('2026-12-31').monthEnd, ['End of next month', '2027-01-31']);
    assert.deepEqual(choices('2027-01-31').monthEnd, ['End of next month', '2027-02-28']);
    assert.deepEqual(choices('2028-02-10').monthEnd, ['End of month', '2028-02-29']);
    assert.deepEqual(read('end of month', '2026-12-31'), { date: '2027-01-31' });
    assert.deepEqual(read('+1 week', '2026-12-29'), { date: '2027-01-05' });
  });

  it('reads a choice\'s words as the choice', () => {
    assert.deepEqual(read('Today', '2026-11-24'), { date: '2026-11-24' });
    assert.deepEqual(read('next session', '2026-11-24', '2026-12-02'), { date: '2026-12-02' });
    assert.deepEqual(read('  Next   Meeting ', '2026-11-24', '2026-12-02'), { date: '2026-12-02' });
    assert.deepEqual(read('eom', '2026-11-24'), { date: '2026-11-30' });
  });

  it('reads ISO days, and says which are not real', () => {
    assert.deepEqual(read('2026-12-20', '2026-11-24'), { date: '2026-12-20' });
    assert.deepEqual(read('2028-02-29', '2026-11-24'), { date: '2028-02-29' });
    assert.deepEqual(read('2026-02-30', '2026-11-24'), { error: '2026-02-30 is not a real day' });
    assert.deepEqual(read('2026-12-32', '2026-11-24'), { error: '2026-12-32 is not a real day' });
  });

  it('reads English around month and year ends, always forward', () => {
    const cases: [string, string, string][] = [
      // text, today, expected
      ['next wed', '2026-11-24', '2026-12-02'],
      ['next wed', '2026-12-30', '2027-01-06'],
      ['wed', '2026-12-31', '2027-01-06'],
      ['in 2 weeks', '2026-12-25', '2027-01-08'],
      ['in two weeks', '2026-11-24', '2026-12-08'],
      ['in 3 days', '2027-02-27', '2027-03-02'],
      ['in 3 days', '2028-02-27', '2028-03-01'],
      ['tomorrow', '2026-12-31', '2027-01-01'],
      ['tomorrow', '2027-02-28', '2027-03-01'],
      // A month and day already past this year means next year's.
      ['dec 3', '2026-11-24', '2026-12-03'],
      ['dec 3', '2026-12-30', '2027-12-03'],
      ['jan 5', '2026-12-30', '2027-01-05'],
      ['3 December', '2026-11-24', '2026-12-03'],
      ['on dec 3rd', '2026-11-24', '2026-12-03'],
      ['3 dec 2027', '2026-11-24', '2027-12-03'],
      ['Jan 31', '2027-01-31', '2027-01-31'],
    ];
    for (const [text, today, expected] of cases) assert.deepEqual(read(text, today), { date: expected }, `"${text}" on ${today}`);
  });

  it('takes "last" and "ago" at their word', () => {
    assert.deepEqual(read('yesterday', '2027-01-01'), { date: '2026-12-31' });
    assert.deepEqual(read('last friday', '2026-11-24'), { date: '2026-11-20' });
  });

  it('refuses what names no day, or names one only in part', () => {
    for (const text of ['christmas', 'soon', 'meet Tom next wed', 'next wed with Tom', 'mañana', '明天']) {
      const answer = read(text, '2026-11-24');
      assert.ok('error' in answer && answer.error.startsWith(`could not read "${text}" as a day`), `${text}: ${JSON.stringify(answer)}`);
    }
    assert.deepEqual(read('feb 29', '2026-11-24'), { error: 'could not read "feb 29" as a day: write 2026-12-02, "next wed", "in 2 weeks" or "dec 3"' });
    assert.deepEqual(read('dec 32', '2026-11-24'), { error: '"dec 32" names no day of a month' });
    assert.deepEqual(read('32nd of December', '2026-11-24'), { error: '"32nd of December" names no day of a month' });
  });

  it('refuses numeric days that read differently by country', () => {
    for (const text of ['12/03', '03.12.', '3/12/2026']) {
      const answer = read(text, '2026-11-24');
      assert.ok('error' in answer && /could be read two ways/.test(answer.error), `${text}: ${JSON.stringify(answer)}`);
    }
  });

  it('empty text removes the due date', () => {
    assert.deepEqual(read('   ', '2026-11-24'), { date: null });
  });

  it('reads long hostile text in linear time (no catastrophic backtracking)', () => {
    const long = `dec ${'9'.repeat(20_000)}`;
    assert.ok('error' in read(long, '2026-11-24'));
    assert.ok('error' in read('jan '.repeat(5_000), '2026-11-24'));
  });
});
