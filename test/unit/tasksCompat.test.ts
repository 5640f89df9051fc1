// Obsidian Tasks and Dataview lines as a person writes them in a journal: the bugs of issue 11,
// emoji in prose (issue 9, item 4), any checkbox character, every date and field kept on the
// item, quotes and callouts, non-ASCII handles (issue 9, item 5), and edits of such lines.
import * as assert from 'node:assert/strict';
import { checkJournal } from '../../src/core/checks';
import { completeLine, reopenLine, setDueLine, moveLine } from '../../src/core/edits';
import { JournalIndex } from '../../src/core/journalIndex';
import type { Entry, Item, TaskFields } from '../../src/core/model';
import { groupByDue, openActionItems } from '../../src/core/openItems';
import { parseEntry } from '../../src/core/parseEntry';
import { firstHandle, mentionedHandles, parsePerson } from '../../src/core/people';
import { agreementTemplate } from '../../src/core/templates';

function session(body: string): Entry {
  const e = parseEntry('sessions/2026-11-24.md', `---\ntype: session\ndate: 2026-11-24\n---\n${body}`);
  assert.ok(e);
  return e;
}
/** The one item of `line` under Action items, its task fields spread onto it for short asserts. */
const item = (line: string): Item & TaskFields => {
  const items = session(`## Action items\n${line}\n`).items;
  assert.equal(items.length, 1, `one item in ${JSON.stringify(line)}`);
  return { ...items[0], ...items[0].taskFields };
};

describe('Obsidian Tasks and Dataview lines: the bugs issue 11 found', () => {
  it('reads a Dataview field with a space after the bracket', () => {
    const i = item('- [ ] Send the slides [ due:: 2021-06-20] @sam');
    assert.deepEqual([i.due, i.title, i.owner], ['2021-06-20', 'Send the slides @sam', 'sam']);
    assert.equal(item('- [ ] a [  scheduled ::2021-06-21  ]').scheduled, '2021-06-21');
  });

  it('reads the alternative emoji: 📆 and 🗓 for due, ⌛ for scheduled', () => {
    assert.deepEqual([item('- [ ] a 📆 2021-06-20').due, item('- [ ] a 🗓️2021-06-21').due, item('- [ ] a ⌛ 2021-06-22').scheduled], ['2021-06-20', '2021-06-21', '2021-06-22']);
  });

  it('takes an emoji for a date only when a date follows it', () => {
    const e = session('## Action items\n- [x] this is a ✅ done task 🗓 2021-09-12 ✅ 2021-06-20\n');
    assert.deepEqual([e.items[0].title, e.items[0].due, e.items[0].completion], ['this is a ✅ done task', '2021-09-12', '2021-06-20']);
    assert.deepEqual(e.diagnostics, []);
  });

  it('still reports a written date that is not a real day, or not ISO', () => {
    const e = session('## Action items\n- [ ] a 📅 2026-02-30\n- [ ] b ⏳ 2026/11/30\n- [ ] c ✅ 2026-11-3.\n');
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.code]), [[6, 'bad-date'], [7, 'bad-date'], [8, 'bad-date']]);
    assert.match(e.diagnostics[1].message, /scheduled date "2026\/11\/30" is not an ISO date/);
    assert.match(e.diagnostics[2].message, /completion date "2026-11-3" is not an ISO date/);
    assert.deepEqual(e.items.map((i) => i.title), ['a', 'b', 'c']);
  });

  it('does not read mismatched brackets as a field', () => {
    const i = item('- [ ] Some task that is [due::2021-08-22) (priority:: high]');
    assert.deepEqual([i.due, i.priority, i.title], [null, null, 'Some task that is [due::2021-08-22) (priority:: high]']);
  });
});

describe('emoji in ordinary bullets (issue 9, item 4)', () => {
  it('reads no date and reports nothing for a win ending in ✅ or a bullet with 📅 and a word', () => {
    const e = session('## Wins\n- 完成了第一次排练 ✅\n- Calendar cleanup 📅 done\n- ➕ one more pairing partner\n- Closed the books ✅ 2026 budget approved\n');
    assert.deepEqual(e.items.map((i) => [i.kind, i.title, i.due, i.completion, i.taskFields.created]), [
      ['win', '完成了第一次排练 ✅', null, null, null],
      ['win', 'Calendar cleanup 📅 done', null, null, null],
      ['win', '➕ one more pairing partner', null, null, null],
      ['win', 'Closed the books ✅ 2026 budget approved', null, null, null],
    ]);
    assert.deepEqual(e.diagnostics, []);
  });

  it('leaves a priority emoji inside a word, and other marks without their value, as text', () => {
    assert.deepEqual([item('- [ ] a⏫b 🔁 🆔 ⛔ 🏁 later').priority, item('- [ ] a⏫b 🔁 🆔 ⛔ 🏁 later').title], [null, 'a⏫b 🔁 🆔 ⛔ 🏁 later']);
  });
});

describe('any checkbox character is a checkbox', () => {
  it('reads [/] [?] [!] [D] [%] as open, [x] [X] done, [-] cancelled and keeps [>] moved', () => {
    const e = session('## Action items\n- [/] a\n- [?] b\n- [!] c\n- [D] d\n- [%] e\n- [x] f\n- [X] g\n- [-] h\n- [>] i [moved:: 2026-12-01]\n');
    assert.deepEqual(e.items.map((i) => i.status), ['open', 'open', 'open', 'open', 'open', 'done', 'done', 'cancelled', 'moved']);
    assert.deepEqual(e.diagnostics, [], 'no "this action item has no checkbox"');
  });
});

describe('every field kept on the item', () => {
  it('keeps created, start, scheduled and cancelled dates, emoji or Dataview', () => {
    const a = item('- [-] Plan ➕ 2026-11-01 🛫 2026-11-02 ⏳ 2026-11-03 ❌ 2026-11-04');
    const b = item('- [-] Plan [created:: 2026-11-01] [start:: 2026-11-02] [scheduled:: 2026-11-03] [cancelled:: 2026-11-04]');
    for (const i of [a, b]) assert.deepEqual([i.title, i.created, i.start, i.scheduled, i.cancelledDate], ['Plan', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);
  });

  it('keeps priority, recurrence, id, dependencies, on-completion and the block id, out of the title', () => {
    const i = item('- [ ] Подготовить доклад 🔺 🔁 every week on Monday 🆔 talk_1 ⛔ a1, b-2 🏁 Delete @josé ^blk-7');
    assert.deepEqual(
      [i.title, i.priority, i.recurrence, i.taskId, i.dependsOn, i.onCompletion, i.blockId, i.owner],
      ['Подготовить доклад @josé', 'highest', 'every week on Monday', 'talk_1', ['a1', 'b-2'], 'delete', 'blk-7', 'josé'],
    );
    const d = item('- [ ] 准备演讲 [priority:: lowest] [repeat:: every 2 weeks] [id:: t2] [dependsOn:: t1] [onCompletion:: keep] @zoë');
    assert.deepEqual([d.title, d.priority, d.recurrence, d.taskId, d.dependsOn, d.onCompletion], ['准备演讲 @zoë', 'lowest', 'every 2 weeks', 't2', ['t1'], 'keep']);
  });

  it('reads every priority emoji', () => {
    assert.deepEqual(['🔺', '⏫', '🔼', '🔽', '⏬', ''].map((e) => item(`- [ ] a ${e}`).priority), ['highest', 'high', 'medium', 'low', 'lowest', null]);
  });

  it('keeps fields it does not know in the title, and takes the comma after a field with it', () => {
    const i = item('- [ ] Book the room [dependson:: F12345] [mood:: calm] @sam');
    assert.equal(i.title, 'Book the room [dependson:: F12345] [mood:: calm] @sam');
    const j = item('- [ ] Book the room [due::2021-08-22], [priority::high]       , (start::2021-08-19)');
    assert.deepEqual([j.title, j.due, j.priority, j.start], ['Book the room', '2021-08-22', 'high', '2021-08-19']);
  });

  it('leaves a Tasks field whose value does not fit in the title', () => {
    const i = item('- [ ] a [id:: A*b] [priority:: urgent] [dependsOn:: x y]');
    assert.deepEqual([i.taskId, i.priority, i.dependsOn, i.title], [null, null, [], 'a [id:: A*b] [priority:: urgent] [dependsOn:: x y]']);
  });

  it('reads nested brackets in a value, and escaped ones', () => {
    assert.deepEqual(item('- [ ] a [goal:: [[design-doc]]] [note:: see [this]] b').goals, ['design-doc']);
    assert.equal(item('- [ ] a [note:: see [this]] b').title, 'a [note:: see [this]] b');
    assert.equal(item('- [ ] a \\[due:: 2026-01-01] b').due, null);
  });
});

describe('items inside block quotes and callouts', () => {
  it('reads a checkbox in a quote or callout as an item, with its fields', () => {
    const e = session('## Notes\n> [!todo] From the retro\n> - [ ] Task inside a callout 📅 2022-07-29\n>> * [x] Nested ✅ 2022-07-30\n> > > + [ ] Deeper @zoë\n');
    assert.deepEqual(e.items.map((i) => [i.kind, i.status, i.title, i.due, i.completion, i.owner, i.line]), [
      ['action', 'open', 'Task inside a callout', '2022-07-29', null, null, 7],
      ['action', 'done', 'Nested', null, '2022-07-30', null, 8],
      ['action', 'open', 'Deeper @zoë', null, null, 'zoë', 9],
    ]);
  });

  it('reads a quoted plain bullet under Wins as a win, and quoted prose as nothing', () => {
    const e = session('## Wins\n> - Shipped the preview\n> Just a quote - not a list\n');
    assert.deepEqual(e.items.map((i) => [i.kind, i.title]), [['win', 'Shipped the preview']]);
  });

  it('edits a quoted item in place, keeping the quote', () => {
    assert.equal(completeLine('> - [ ] Write the summary 📅 2022-07-29', '2022-07-30'), '> - [x] Write the summary 📅 2022-07-29 [completion:: 2022-07-30]');
    assert.equal(reopenLine('>> * [x] Nested ✅ 2022-07-30'), '>> * [ ] Nested');
  });
});

describe('edits of Obsidian lines', () => {
  it('completes an item with any checkbox character, an emoji one too', () => {
    assert.equal(completeLine('- [/] In progress', '2026-11-24'), '- [x] In progress [completion:: 2026-11-24]');
    assert.equal(completeLine('- [🙂] Smile', '2026-11-24'), '- [x] Smile [completion:: 2026-11-24]');
    assert.equal(moveLine('- [?] Ask', '2026-12-01'), '- [?] Ask [moved:: 2026-12-01]');
  });

  it('replaces a due date written with a space after the bracket, or with 📆', () => {
    assert.equal(setDueLine('- [ ] a [ due:: 2021-06-20] @sam', '2021-07-01'), '- [ ] a @sam [due:: 2021-07-01]');
    assert.equal(setDueLine('- [ ] a 📆 2021-06-20 @sam', null), '- [ ] a @sam');
    assert.equal(setDueLine('- [ ] a [due::2021-08-22) @sam', '2021-07-01'), '- [ ] a [due::2021-08-22) @sam [due:: 2021-07-01]');
  });

  it('moves a quoted item on its own line, keeping the quote and the status character', () => {
    assert.equal(moveLine('> - [/] Ask finance @zoë', '2026-12-01'), '> - [/] Ask finance @zoë [moved:: 2026-12-01]');
  });
});

describe('handles in any script (issue 9, item 5)', () => {
  it('reads @josé, @zoë, @łukasz, Devanagari and decomposed handles whole', () => {
    const owners = ['@josé', '@zoë', '@łukasz', '@अनिल', '@zoe\u0308', '@ἀλέξης', '@用户_1'].map((h) => item(`- [ ] Send the notes ${h}.`).owner);
    assert.deepEqual(owners, ['josé', 'zoë', 'łukasz', 'अनिल', 'zoe\u0308', 'ἀλέξης', '用户_1']);
  });

  it('still takes no owner from an address or a parenthesised mention', () => {
    assert.equal(item('- [ ] Mail josé@example.com about (@zoë)').owner, null);
  });

  it('reads `Name (@handle)` with non-ASCII names and handles, as Initialize asks for them', () => {
    assert.deepEqual(parsePerson('Zoë Müller (@zoë)'), { name: 'Zoë Müller', handle: 'zoë' });
    assert.deepEqual(parsePerson('@łukasz'), { name: null, handle: 'łukasz' });
    assert.deepEqual(parsePerson('José Álvarez ( @josé )'), { name: 'José Álvarez', handle: 'josé' });
    const agreement = parseEntry('mentorship.md', agreementTemplate({ mentor: parsePerson('José Álvarez (@josé)')!, mentee: parsePerson('Zoë Müller (@zoë)')!, cadence: { unit: 'week', every: 2 }, started: '2026-10-01' }));
    assert.deepEqual([agreement?.agreement?.mentor?.handle, agreement?.agreement?.mentee?.handle, agreement?.diagnostics], ['josé', 'zoë', []]);
  });

  it('finds handles in text as the checks do', () => {
    assert.equal(firstHandle('Łukasz Nowak (@łukasz)'), 'łukasz');
    assert.deepEqual(mentionedHandles('Zoë to Łukasz (@łukasz), via @josé. Mail a@b.c'), ['łukasz', 'josé']);
  });

  it('knows owners named in `people` or introduced, whatever their script', () => {
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: José (@josé)\nmentee: Zoë (@zoë)\npeople: [Łukasz Nowak (@łukasz)]\n---\n');
    index.set('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\n---\n## Introductions\n- [ ] Zoë to Ἀλέξης (@ἀλέξης) @josé\n## Action items\n- [ ] a @łukasz\n- [ ] b @ἀλέξης\n- [ ] c @zoë\n- [ ] d @nobody\n');
    assert.deepEqual(checkJournal(index).filter((d) => d.code === 'unknown-owner').map((d) => d.line), [11]);
  });
});

describe('priority in the Action items view', () => {
  it('orders items of the same due group by priority, then by due date', () => {
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: A (@a)\nmentee: B (@b)\n---\n');
    index.set('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\n---\n## Action items\n- [ ] low 🔽 📅 2026-11-25\n- [ ] normal 📅 2026-11-26\n- [ ] highest 🔺 📅 2026-11-27\n- [ ] high [priority:: high] 📅 2026-11-28\n- [ ] late normal 📅 2026-11-20\n- [ ] late high ⏫ 📅 2026-11-21\n');
    const groups = groupByDue(openActionItems(index, index.mentorships()[0].id), '2026-11-24');
    assert.deepEqual(groups.map((g) => [g.key, g.items.map((r) => r.item.title)]), [
      ['overdue', ['late high', 'late normal']],
      ['thisWeek', ['highest', 'high', 'normal', 'low']],
    ]);
  });
});
