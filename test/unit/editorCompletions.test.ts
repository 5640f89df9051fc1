// Completions as someone types in a journal file, on the sample journal: what is offered where,
// what it inserts and which columns it replaces.
import * as assert from 'node:assert/strict';
import { completionsAt, type CompletionFacts, type Completions } from '../../src/core/editor/completions';
import { linesOf } from '../../src/core/editor/documentLines';
import { dueContextOf, factsOf } from '../../src/core/editor/facts';
import type { JournalIndex } from '../../src/core/journalIndex';
import { EXAMPLES, indexOf } from './helpers';
import * as path from 'node:path';

const TODAY = '2026-11-24';
const SESSION = 'sessions/2026-11-25.md';
const HEAD = '---\ntype: session\ndate: 2026-11-25\ngoals: [design-doc]\n---\n\n# Session\n\n## Notes\n\nTalked.\n\n## Action items\n\n';

describe('editor completions', () => {
  let index: JournalIndex;
  let facts: CompletionFacts;
  before(async () => {
    index = await indexOf(path.join(EXAMPLES, 'mentorship'));
    const f = factsOf(index, SESSION);
    facts = { path: SESSION, today: TODAY, due: dueContextOf(index, SESSION, TODAY), people: f.people, goals: f.goals };
  });

  /** Completions at the `|` in `text`. */
  const at = (text: string, p = SESSION): Completions | null => {
    const i = text.indexOf('|');
    const clean = text.slice(0, i) + text.slice(i + 1);
    const before = clean.slice(0, i);
    const line = before.split('\n').length - 1;
    const column = before.length - before.lastIndexOf('\n') - 1;
    return completionsAt(linesOf(clean), line, column, { ...facts, path: p });
  };

  it('offers the agreement people first, with names, then handles by use, after @', () => {
    const c = at(`${HEAD}- [ ] Draft the outline @|`)!;
    const labels = c.choices.map((x) => x.label);
    assert.deepEqual(labels.slice(0, 2), ['@sam', '@priya']);
    assert.equal(c.choices[0].description, 'Sam Okafor · mentee');
    assert.equal(c.choices[1].description, 'Priya Raman · mentor');
    assert.ok(labels.length > 2, `others seen in entries follow: ${labels}`);
    const line = `- [ ] Draft the outline @`;
    assert.deepEqual([c.start, c.end], [line.length - 1, line.length]);
    // The word typed so far is replaced, `@` included.
    const typed = at(`${HEAD}- [ ] Draft the outline @pr|`)!;
    assert.deepEqual([typed.start, typed.end], [line.length - 1, line.length + 2]);
    assert.equal(at(`${HEAD}- [ ] Mail sam@|`), null, 'an address is not a mention');
  });

  it('offers days after [due:: and 📅, each with the ISO date it writes, closing the field', () => {
    const c = at(`${HEAD}- [ ] Book the room @sam [due:: |`)!;
    assert.deepEqual(
      c.choices.map((x) => [x.label, x.insertText]),
      [
        ['Today', '2026-11-24]'],
        ['This Friday', '2026-11-27]'],
        // The meeting after the one this session records (every 2 weeks).
        ['Next session', '2026-12-09]'],
        ['In a week', '2026-12-01]'],
        ['End of month', '2026-11-30]'],
      ],
    );
    assert.match(c.choices[1].description!, /Fri 27 Nov · 2026-11-27/);
    // Inside brackets that are already closed (auto-closed by the editor), no second `]`.
    assert.equal(at(`${HEAD}- [ ] Book @sam [due:: |]`)!.choices[0].insertText, '2026-11-24');
    const emoji = at(`${HEAD}- [ ] Book @sam 📅 |`)!;
    assert.equal(emoji.choices[0].insertText, '2026-11-24');
    assert.equal(at(`${HEAD}- [ ] Book @sam 📅|`)!.choices[0].insertText, ' 2026-11-24', 'a space after the emoji when there is none');
    assert.deepEqual(at(`${HEAD}- [x] Booked @sam [completion:: |`)!.choices.map((x) => x.insertText), ['2026-11-24]']);
  });

  it('"Next session" is the meeting after the session being written, else the next one due', () => {
    assert.equal(dueContextOf(index, SESSION, TODAY).nextSession, '2026-12-09', 'a session for tomorrow: two weeks after it');
    assert.equal(dueContextOf(index, 'sessions/2026-11-18.md', TODAY).nextSession, '2026-12-02', 'a session held: the next meeting from the cadence');
    assert.equal(dueContextOf(index, 'alex/sessions/2026-11-11.md', TODAY).nextSession, '2026-12-11', 'monthly, from its own agreement');
  });

  it('hands words that are no choice to a natural-language reading', () => {
    const c = at(`${HEAD}- [ ] Book @sam [due:: next wed|`)!;
    assert.equal(c.words, 'next wed');
    assert.equal(c.close, ']');
    assert.equal(at(`${HEAD}- [ ] Book @sam [due:: fri|`)!.words, undefined, '"fri" is the Friday choice');
  });

  it('offers goal ids with titles and progress in [goal:: and in goals:, leaving out ids already listed', () => {
    const c = at(`${HEAD}- [ ] Outline @sam [goal:: |`)!;
    // Active goals first.
    assert.deepEqual(c.choices.map((x) => x.label), ['design-doc', 'public-speaking', 'on-call-confidence']);
    assert.equal(c.choices[0].description, 'Write and land my first design doc');
    assert.match(c.choices[0].detail!, /^3\/5 milestones · active · target 2026-12-15$/);
    assert.deepEqual(at(`${HEAD}- [ ] Outline @sam [goal:: design-doc, |]`)!.choices.map((x) => x.label), ['public-speaking', 'on-call-confidence']);
    const fm = at('---\ntype: session\ndate: 2026-11-25\ngoals: [design-doc, |\n---\n');
    assert.deepEqual(fm!.choices.map((x) => x.insertText), ['public-speaking]', 'on-call-confidence]']);
    const empty = at('---\ntype: session\ngoals: |\n---\n');
    assert.equal(empty!.choices[0].insertText, '[design-doc]');
    const block = at('---\ntype: session\ngoals:\n  - |\n---\n');
    assert.equal(block!.choices[0].insertText, 'design-doc');
  });

  it('offers a whole action item at the start of a line under Action items, and only there', () => {
    const c = at(`${HEAD}|`)!;
    assert.equal(c.choices[0].kind, 'snippet');
    assert.equal(c.choices[0].insertText, '- [ ] ${1:What to do} @${2|sam,priya,marta|} [due:: ${3|2026-11-24,2026-11-27,2026-12-09,2026-12-01,2026-11-30|}]$0');
    assert.match(c.choices[1].insertText, /\[goal:: \$\{4\|design-doc,public-speaking\|\}\]/, 'active goals only');
    assert.equal(at(`${HEAD}-|`)!.choices[0].kind, 'snippet');
    assert.equal(at('---\ntype: session\n---\n\n## Notes\n\n|'), null);
  });

  it('offers the fields after [ on an item line, but not for its checkbox', () => {
    const c = at(`${HEAD}- [ ] Outline @sam [|]`)!;
    assert.deepEqual(c.choices.map((x) => x.label).slice(0, 3), ['due::', 'goal::', 'completion::']);
    assert.equal(c.choices[0].insertText, 'due:: ');
    assert.equal(c.choices[0].retrigger, true);
    assert.equal(at(`${HEAD}- [|`)!.choices[0].kind, 'snippet', 'a checkbox begun: the whole item');
    assert.equal(at('---\ntype: session\n---\n\n## Notes\n\n- [|'), null);
  });

  it('offers front-matter keys for the entry type and values for type, status and cadence', () => {
    const keys = at('---\ntype: goal\ntitle: Speak up\n|\n---\n', 'goals/speak-up.md')!;
    assert.deepEqual(keys.choices.map((x) => x.label), ['status:', 'started:', 'target:', 'skills:', 'achieved:']);
    const status = at('---\ntype: goal\nstatus: |\n---\n', 'goals/speak-up.md')!;
    assert.deepEqual(status.choices.map((x) => x.label), ['active', 'paused', 'achieved', 'dropped']);
    assert.deepEqual(at('---\ntype: agreement\ncadence: |\n---\n', 'mentorship.md')!.choices.map((x) => x.label), ['weekly', 'every 2 weeks', 'every 3 weeks', 'monthly']);
    assert.deepEqual(at('---\ntype: |\n---\n', 'notes/x.md')!.choices.map((x) => x.label), ['session', 'goal', 'note', 'agreement']);
    // Without `type:`, the folder says which keys.
    assert.deepEqual(at('---\n|\n---\n')!.choices.map((x) => x.label), ['type:', 'date:', 'goals:', 'mentor:', 'mentee:']);
  });

  it('offers the section headings a session does not have yet', () => {
    const c = at(`${HEAD}\n## |`)!;
    assert.deepEqual(c.choices.map((x) => x.label), ['## Agenda', '## Feedback', '## Wins', '## Introductions', '## Next time']);
    assert.deepEqual([c.start, c.end], [0, 3]);
  });

  it('offers nothing inside a code block', () => {
    assert.equal(at(`${HEAD}\`\`\`\n- [ ] x @|\n\`\`\`\n`), null);
  });

  it('works with handles and words in any script', async () => {
    const idx = await indexOf(path.join(EXAMPLES, 'mentorship'));
    idx.set('sessions/2026-11-26.md', '---\ntype: session\ndate: 2026-11-26\n---\n\n## Introductions\n\n- Sam to Zoë (@zoë) and José (@josé)\n\n## Action items\n\n- [ ] 与 @josé 讨论设计 [due:: 2026-12-01]\n- [ ] Ask @josé again\n');
    const f = factsOf(idx, SESSION);
    const josé = f.people.find((p) => p.handle === 'josé');
    assert.ok(josé && josé.uses === 2, JSON.stringify(f.people));
    const c = completionsAt(linesOf(`${HEAD}- [ ] Call @jo`), 14, 14, { ...facts, people: f.people });
    assert.ok(c!.choices.some((x) => x.insertText === '@josé'));
    const cjk = completionsAt(linesOf(`${HEAD}- [ ] 和 @`), 14, 9, { ...facts, people: f.people });
    assert.equal(cjk!.start, 8);
  });
});
