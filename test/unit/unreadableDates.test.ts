// Items whose due date is written but is not a day: found from the parser's diagnostics, shown in
// their own group, never as "No date".
import * as assert from 'node:assert/strict';
import { JournalIndex } from '../../src/core/journalIndex';
import { groupByDue, openActionItems } from '../../src/core/openItems';
import { unreadableDue, unreadableDueOf } from '../../src/core/unreadableDates';

const TODAY = '2026-11-24';

function journal(): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Sam Okafor (@sam)\ncadence: weekly\n---\n');
  index.set(
    'sessions/2026-11-18.md',
    [
      '---',
      'type: session',
      'date: 2026-11-18',
      '---',
      '## Action items',
      '- [ ] Impossible day @sam [due:: 2026-12-32]',
      '- [ ] A weekday @sam [due:: friday]',
      '- [ ] February 30th @priya [due:: 2026-02-30]',
      '- [ ] Emoji, not a day @sam 📅 2026-13-01',
      '- [ ] Empty field @sam [due:: ]',
      '- [ ] Truly undated @sam',
      '- [ ] Late @sam [due:: 2026-11-20]',
      '- [ ] Done late, bad completion @sam [due:: 2026-11-30] [completion:: someday]',
      '- [ ] Bad completion only @sam [completion:: someday]',
      '',
    ].join('\n'),
  );
  return index;
}

describe('unreadable due dates', () => {
  it('names the text of each unreadable due date, and nothing for real or missing ones', () => {
    const index = journal();
    const entry = index.get('sessions/2026-11-18.md')!;
    const found = entry.items.map((i) => [i.title, unreadableDue(entry, i)]);
    assert.deepEqual(found, [
      ['Impossible day @sam', '2026-12-32'],
      ['A weekday @sam', 'friday'],
      ['February 30th @priya', '2026-02-30'],
      ['Emoji, not a day @sam', '2026-13-01'],
      ['Empty field @sam', ''],
      ['Truly undated @sam', null],
      ['Late @sam', null],
      ['Done late, bad completion @sam', null],
      ['Bad completion only @sam', null],
    ]);
    // The parser reports each (the lookup goes through its diagnostics by line).
    assert.ok(entry.diagnostics.filter((d) => d.code === 'bad-date').length >= 6);
  });

  it('reads a single line as written', () => {
    assert.equal(unreadableDueOf('- [ ] Ship it [due:: next tuesday]'), 'next tuesday');
    assert.equal(unreadableDueOf('- [ ] Ship it [due:: 2026-12-01]'), null);
    assert.equal(unreadableDueOf('not a list line [due:: friday]'), null);
  });

  it('groups them as "Due date unreadable", after Overdue, never under "No date"', () => {
    const groups = groupByDue(openActionItems(journal(), '.'), TODAY);
    assert.deepEqual(
      groups.map((g) => [g.label, g.items.map((r) => r.item.title)]),
      [
        ['Overdue', ['Late @sam']],
        ['Due date unreadable', ['Impossible day @sam', 'A weekday @sam', 'February 30th @priya', 'Emoji, not a day @sam', 'Empty field @sam']],
        ['Later', ['Done late, bad completion @sam']],
        ['No date', ['Truly undated @sam', 'Bad completion only @sam']],
      ],
    );
  });
});
