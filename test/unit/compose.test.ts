// What logging writes, and where: each person's own day log (two people on two clones never
// write one file), feedback attributed to whoever gave it, and the composer's session written
// into the session already planned for its day (never a `-2` beside it).
import * as assert from 'node:assert/strict';
import { composeInto, composeSession, planLog, type WritePlan } from '../../src/core/compose';
import { applyInsertion, insertItem } from '../../src/core/edits';
import { JournalIndex } from '../../src/core/journalIndex';
import { applyLineEdits } from '../../src/core/lineEdits';
import { parseEntry } from '../../src/core/parseEntry';

const DAY = '2026-11-24';

function journal(): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Zoë Müller (@zoë)\ncadence: weekly\n---\n');
  index.set(`sessions/${DAY}.md`, `---\ntype: session\ndate: ${DAY}\n---\n\n## Notes\n\nHeld today.\n`);
  return index;
}

/** What a plan leaves on disk: the new file, or the existing one with the line. */
function written(plan: WritePlan, existing = ''): { path: string; text: string } {
  if (plan.kind === 'create') return { path: `${plan.folder}/${plan.base}.md`, text: plan.content };
  return { path: plan.path, text: applyInsertion(existing, insertItem(existing, plan.itemKind, plan.line)) };
}

describe('logs that do not collide', () => {
  it("puts each person's wins and feedback in their own day log, even on a day with a session", () => {
    const index = journal();
    const sam = planLog(index, '.', DAY, { kind: 'win', text: 'Shipped the café rewrite', author: 'zoë' });
    const priya = planLog(index, '.', DAY, { kind: 'feedback', text: 'Clear write-up', author: 'priya' });
    assert.deepEqual(sam.kind === 'create' && [sam.folder, sam.base], ['notes', `${DAY}-log-zoë`]);
    assert.deepEqual(priya.kind === 'create' && [priya.folder, priya.base], ['notes', `${DAY}-log-priya`]);
    const e = parseEntry(`notes/${DAY}-log-priya.md`, written(priya).text)!;
    assert.deepEqual([e.type, e.date, e.title], ['note', DAY, `Log ${DAY} (@priya)`]);
    assert.deepEqual(e.items.map((i) => [i.kind, i.title, i.owner]), [['feedback', 'From @priya: Clear write-up', 'priya']]);
  });

  it('appends to the day log once it exists, and falls back to the shared name when nobody is known', () => {
    const index = journal();
    const first = written(planLog(index, '.', DAY, { kind: 'win', text: 'One', author: 'priya' }));
    index.set(first.path, first.text);
    const second = planLog(index, '.', DAY, { kind: 'win', text: 'Two', author: 'priya' });
    assert.deepEqual(second.kind === 'append' && [second.path, second.line], [`notes/${DAY}-log-priya.md`, '- Two']);
    const nobody = planLog(index, '.', DAY, { kind: 'win', text: 'Three' });
    assert.deepEqual(nobody.kind === 'create' && nobody.base, `${DAY}-log`);
    // A handle that is not one (a name with a space) is not used for a file name.
    const name = planLog(index, '.', DAY, { kind: 'win', text: 'Four', author: 'Priya Raman' });
    assert.deepEqual(name.kind === 'create' && name.base, `${DAY}-log`);
  });

  it("attributes feedback to the mentor who logs it, keeps the mentee's (feedback received) and words that say who", () => {
    const index = journal();
    const line = (author: string, text: string) => {
      const p = planLog(index, '.', DAY, { kind: 'feedback', text, author });
      return p.kind === 'create' ? p.orAppend!.line : p.line;
    };
    assert.equal(line('priya', 'the failure-modes table is the clearest part'), '- From @priya: the failure-modes table is the clearest part');
    assert.equal(line('zoë', 'Priya liked the table'), '- Priya liked the table');
    assert.equal(line('priya', 'From @tomas: the failure-modes table…'), '- From @tomas: the failure-modes table…');
    assert.equal(line('@Priya', 'gut gemacht'), '- From @Priya: gut gemacht');
  });

  it('keeps private logs in private/, per person too', () => {
    const p = planLog(journal(), '.', DAY, { kind: 'win', text: 'Mine', author: 'zoë', isPrivate: true });
    assert.deepEqual(p.kind === 'create' && [p.folder, p.base], ['private', `${DAY}-log-zoë`]);
  });
});

describe("the composer's session into the session planned for its day", () => {
  const planned = `---\r\ntype: session\r\ndate: ${DAY}\r\ngoals: [design-doc]\r\n---\r\n\r\n# Session ${DAY}\r\n\r\n## Agenda\r\n\r\n- [ ] Budget\r\n<!-- mentorship agenda 00000000 -->\r\n\r\n## Notes\r\n\r\n\r\n## Action items\r\n\r\n- [ ] Prepared before @zoë\r\n\r\n## Next time\r\n\r\n`;
  const input = {
    date: DAY,
    goals: ['design-doc', 'public-speaking'],
    notes: 'We went through the budget.\nŁukasz joins next time.',
    actions: [{ text: 'Send the deck', owner: 'zoë', due: '2026-12-01' }],
    wins: ['Demo went well'],
    feedback: ['From @priya: calm and clear'],
  };

  it('adds notes, items and goals where they belong, leaving the agenda and what was there', () => {
    const out = applyLineEdits(planned, composeInto(`sessions/${DAY}.md`, planned, input));
    assert.equal(
      out,
      `---\r\ntype: session\r\ndate: ${DAY}\r\ngoals: [design-doc, public-speaking]\r\n---\r\n\r\n# Session ${DAY}\r\n\r\n## Agenda\r\n\r\n- [ ] Budget\r\n<!-- mentorship agenda 00000000 -->\r\n\r\n## Notes\r\n\r\nWe went through the budget.\r\nŁukasz joins next time.\r\n\r\n## Action items\r\n\r\n- [ ] Prepared before @zoë\r\n- [ ] Send the deck @zoë [due:: 2026-12-01]\r\n\r\n## Next time\r\n\r\n## Wins\r\n\r\n- Demo went well\r\n\r\n## Feedback\r\n\r\n- From @priya: calm and clear\r\n\r\n`,
    );
    const e = parseEntry(`sessions/${DAY}.md`, out)!;
    assert.equal(e.minutes, true, 'now it records the meeting');
    assert.deepEqual(e.goalIds, ['design-doc', 'public-speaking']);
  });

  it('reads the same as a new file would, item for item', () => {
    const into = parseEntry(`sessions/${DAY}.md`, applyLineEdits(planned, composeInto(`sessions/${DAY}.md`, planned, input)))!;
    const fresh = parseEntry(`sessions/${DAY}-2.md`, composeSession(input))!;
    const items = (e: typeof into) => e.items.map((i) => `${i.kind} ${i.raw}`).sort();
    assert.deepEqual(items(into).filter((i) => !i.includes('Prepared before')), items(fresh));
  });

  it('adds to a block list of goals, and adds a Notes section when the file has none', () => {
    const doc = `---\ntype: session\ndate: ${DAY}\ngoals:\n  - design-doc\n---\n\n## Agenda\n\n- a\n\n## Action items\n\n`;
    const out = applyLineEdits(doc, composeInto(`sessions/${DAY}.md`, doc, { date: DAY, goals: ['design-doc', 'true'], notes: 'Kurz.' }));
    assert.equal(out, `---\ntype: session\ndate: ${DAY}\ngoals:\n  - design-doc\n  - "true"\n---\n\n## Agenda\n\n- a\n\n## Notes\n\nKurz.\n\n## Action items\n\n`);
    assert.deepEqual(parseEntry(`sessions/${DAY}.md`, out)!.goalIds, ['design-doc', 'true']);
  });

  it('writes nothing for an empty session', () => {
    assert.deepEqual(composeInto(`sessions/${DAY}.md`, planned, { date: DAY, goals: ['design-doc'] }), []);
  });
});
