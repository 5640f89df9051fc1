import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkJournal } from '../../src/core/checks';
import { JournalIndex } from '../../src/core/journalIndex';
import { daysOverdue, dueBucket, followUps, groupByDue, groupByOwner, isOverdue, openActionItems } from '../../src/core/openItems';
import { EXAMPLES, indexOf } from './helpers';

const TODAY = '2026-11-24'; // a Tuesday: this week ends on Sunday 2026-11-29

describe('open action items', () => {
  let index: JournalIndex;
  before(async () => {
    index = await indexOf(path.join(EXAMPLES, 'mentorship'));
  });

  it('puts each due date in its bucket, with today and Sunday in this week', () => {
    assert.equal(dueBucket(null, TODAY), 'noDate');
    assert.equal(dueBucket('2026-11-23', TODAY), 'overdue');
    assert.equal(dueBucket('2026-11-24', TODAY), 'thisWeek');
    assert.equal(dueBucket('2026-11-29', TODAY), 'thisWeek');
    assert.equal(dueBucket('2026-11-30', TODAY), 'later');
    assert.equal(dueBucket('2026-11-29', '2026-11-29'), 'thisWeek');
    assert.equal(dueBucket('2026-11-30', '2026-11-29'), 'later');
  });

  it('lists only open action items (not milestones, intros, done or cancelled ones), private included', () => {
    const titles = openActionItems(index, '.').map((r) => r.item.title);
    assert.equal(titles.length, 11);
    assert.ok(titles.includes('Ask Dana for the written senior-engineer criteria at our next 1:1 @sam'));
    assert.ok(!titles.some((t) => t.startsWith('Intro Sam to Lena')));
    assert.ok(!titles.some((t) => t.startsWith('Get written reviews')));
    assert.ok(!titles.some((t) => t.startsWith('Submit a talk to the autumn')));
    assert.ok(!titles.some((t) => t.startsWith('Who owns the migration')), 'items in code blocks are not items');
  });

  it('groups by due date in the order Overdue, Due this week, Later, No date, soonest first', () => {
    const groups = groupByDue(openActionItems(index, '.'), TODAY);
    assert.deepEqual(
      groups.map((g) => [g.label, g.items.map((r) => `${r.item.due ?? '-'} ${r.entry.path}:${r.item.line}`)]),
      [
        ['Overdue', ['2026-11-13 sessions/2026-11-04.md:28', '2026-11-20 sessions/2026-10-21.md:29', '2026-11-23 sessions/2026-11-18.md:25']],
        ['Due this week', ['2026-11-25 sessions/2026-11-18.md:26', '2026-11-26 private/2026-10-20-reflection.md:22', '2026-11-27 sessions/2026-11-18.md:27']],
        ['Later', ['2026-12-03 sessions/2026-11-18.md:28', '2026-12-12 sessions/2026-11-04.md:29']],
        ['No date', ['- sessions/2026-09-02.md:31', '- sessions/2026-10-07-2.md:23', '- sessions/2026-11-18.md:29']],
      ],
    );
  });

  it('leaves out empty groups', () => {
    const groups = groupByDue(openActionItems(index, 'alex'), TODAY);
    assert.deepEqual(groups.map((g) => [g.key, g.items.length]), [['overdue', 2], ['later', 1], ['noDate', 1]]);
  });

  it('groups by owner: mentee, mentor, others, then items nobody owns', () => {
    const extra = index.items('.').find((r) => r.item.kind === 'action' && r.item.status === 'open')!;
    const unowned = { ...extra, item: { ...extra.item, owner: null, due: null } };
    const groups = groupByOwner([...openActionItems(index, '.'), unowned], index.mentorship('.')!);
    assert.deepEqual(groups.map((g) => [g.label, g.items.length]), [['@sam', 7], ['@priya', 3], ['@marta', 1], ['No owner', 1]]);
    assert.deepEqual(groups[0].items.map((r) => r.item.due), ['2026-11-13', '2026-11-23', '2026-11-25', '2026-11-26', '2026-12-03', '2026-12-12', null]);
  });

  it('treats owners case-insensitively, keeping the first spelling', () => {
    const refs = openActionItems(index, '.').filter((r) => r.item.owner === 'sam');
    const shouted = refs.map((r, i) => (i % 2 ? { ...r, item: { ...r.item, owner: 'SAM' } } : r));
    const groups = groupByOwner(shouted, null);
    assert.equal(groups.length, 1);
    assert.equal(groups[0].items.length, refs.length);
  });

  it('counts days overdue only for open items due before today', () => {
    const [first] = groupByDue(openActionItems(index, '.'), TODAY)[0].items;
    assert.equal(isOverdue(first.item, TODAY), true);
    assert.equal(daysOverdue(first.item, TODAY), 11);
    assert.equal(daysOverdue({ ...first.item, status: 'done' }, TODAY), 0);
    assert.equal(isOverdue(first.item, '2026-11-13'), false);
  });
});

describe('an item listed again and ticked in a later session', () => {
  const journal = () => {
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Zoë (@zoë)\ncadence: weekly\n---\n');
    index.set('sessions/2026-11-03.md', '---\ntype: session\ndate: 2026-11-03\n---\n## Action items\n- [ ] Send the deck to Łukasz @zoë [due:: 2026-11-05]\n- [ ] Send the deck to Łukasz @priya\n- [ ] Book the room @zoë\n');
    index.set('sessions/2026-11-10.md', '---\ntype: session\ndate: 2026-11-10\n---\n## Action items\n- [x] Send  the deck to Łukasz @zoë [completion:: 2026-11-09]\n- [x] Book the room @zoë [completion:: 2026-11-02]\n');
    index.set('sessions/2026-11-01.md', '---\ntype: session\ndate: 2026-11-01\n---\n## Action items\n- [x] Book the room @zoë\n');
    return index;
  };

  it('counts as followed up: the same words and owner ticked in a later entry', () => {
    const index = journal();
    const followed = followUps(index.entriesOf('.'));
    assert.deepEqual([...followed].map(([item, later]) => [item.title, later]), [['Send the deck to Łukasz @zoë', { path: 'sessions/2026-11-10.md', line: 6, date: '2026-11-10' }], ['Book the room @zoë', { path: 'sessions/2026-11-10.md', line: 7, date: '2026-11-10' }]]);
  });

  it('is no longer open: not in the Action items view, not overdue; another owner, or an earlier tick, changes nothing', () => {
    assert.deepEqual(openActionItems(journal(), '.').map((r) => r.item.title), ['Send the deck to Łukasz @priya']);
  });

  it('check says so at the open line, with where it was ticked', () => {
    const problems = checkJournal(journal()).filter((d) => d.code === 'followed-up');
    assert.deepEqual(problems.map((d) => [d.file, d.line, d.severity]), [['sessions/2026-11-03.md', 6, 'info'], ['sessions/2026-11-03.md', 8, 'info']]);
    assert.match(problems[0].message, /done later: sessions\/2026-11-10\.md:6 \(2026-11-10\) lists this item again, ticked/);
  });
});
