// The editor helpers' core on the sample journal: problems on their token as the user types,
// hovers, quick fixes, goal renames and links. (Completions: editorCompletions.test.ts.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../src/core/checks';
import { linesOf } from '../../src/core/editor/documentLines';
import { dueContextOf, factsOf } from '../../src/core/editor/facts';
import { filesNamingGoal, goalIdProblem, renameGoalEdits } from '../../src/core/editor/goalRename';
import { hoverAt, type HoverText } from '../../src/core/editor/hovers';
import { goalRefs, sourceLineOf, sourceLinks } from '../../src/core/editor/links';
import { addPersonEdits, planLineFixes, quickFixes, type FixFacts, type QuickFix } from '../../src/core/editor/quickFixes';
import { loadNaturalDates } from '../../src/core/dueChoices';
import { EditRefused } from '../../src/core/edits';
import type { JournalIndex } from '../../src/core/journalIndex';
import { applyLineEdits } from '../../src/core/lineEdits';
import type { Diagnostic } from '../../src/core/model';
import { itemsOf, parseEntry } from '../../src/core/parseEntry';
import { EXAMPLES, indexOf } from './helpers';

const TODAY = '2026-11-24';
const SESSION = 'sessions/2026-11-25.md';
const HEAD = '---\ntype: session\ndate: 2026-11-25\ngoals: [design-doc]\n---\n\n## Action items\n\n';

/** The token a diagnostic points at on its line of `text`. */
function tokenOf(text: string, d: Diagnostic): string {
  assert.ok(d.column !== undefined && d.endColumn !== undefined, `${d.code} has no columns`);
  return text.split('\n')[d.line - 1].slice(d.column, d.endColumn);
}

describe('editor core', () => {
  let index: JournalIndex;
  before(async () => {
    index = await indexOf(path.join(EXAMPLES, 'mentorship'));
  });

  describe('checkText: a buffer checked as it is typed', () => {
    it('points each problem at its token: the date, the handle, the goal id', () => {
      const text = `${HEAD}- [ ] Book the room @samm [due:: 2026-02-30] [goal:: design-docs]\n- [ ] Send it 📅 2026/12/1\n`;
      const problems = checkText(index, SESSION, text);
      assert.deepEqual(
        problems.map((d) => [d.code, d.line, tokenOf(text, d)]),
        [
          ['bad-date', 9, '2026-02-30'],
          ['missing-goal', 9, 'design-docs'],
          ['unknown-owner', 9, 'samm'],
          ['bad-date', 10, '2026/12/1'],
        ],
      );
    });

    it('points at a goal id in the front matter, and at a front-matter value that is no date', () => {
      const text = '---\ntype: session\ndate: next tuesday\ngoals: [design-doc, speaking]\n---\n';
      const problems = checkText(index, SESSION, text);
      assert.deepEqual(problems.map((d) => [d.code, d.line, tokenOf(text, d)]), [['bad-date', 3, 'next tuesday'], ['missing-goal', 4, 'speaking']]);
      const block = '---\ntype: session\ndate: 2026-11-25\ngoals:\n  - design-doc\n  - speaking\n---\n';
      assert.deepEqual(checkText(index, SESSION, block).map((d) => [d.line, tokenOf(block, d)]), [[6, 'speaking']]);
    });

    it('knows what the buffer itself adds: a person introduced in it may own items', () => {
      const text = `${HEAD}- [ ] Coffee with @zoë\n\n## Introductions\n\n- Sam to Zoë Laurent (@zoë), platform team\n`;
      assert.deepEqual(checkText(index, SESSION, text), []);
      assert.deepEqual(checkText(index, SESSION, `${HEAD}- [ ] Coffee with @zoë\n`).map((d) => d.code), ['unknown-owner']);
    });

    it('reports a due-date emoji closing a task with no date, and leaves prose emoji alone', () => {
      const text = `${HEAD}- [ ] Book the room @sam 📅\n- [x] 完成了第一次排练 ✅\n- [ ] Calendar cleanup 📅 done\n`;
      const problems = checkText(index, SESSION, text);
      assert.deepEqual(problems.map((d) => [d.code, d.severity, d.line, tokenOf(text, d)]), [['emoji-no-date', 'info', 9, '📅']]);
    });

    it('leaves the sample sessions without problems', () => {
      for (const e of index.all()) assert.deepEqual(checkText(index, e.path, textOf(e.path)), [], e.path);
    });
  });

  describe('hovers', () => {
    const hover = (text: string, line: number, column: number, p = SESSION): HoverText | null => {
      const f = factsOf(index, p);
      return hoverAt(linesOf(text), line, column, { ...f, path: p, today: TODAY });
    };
    const words = (h: HoverText | null) => h && [h.title, ...h.lines.map((parts) => parts.filter((x) => typeof x === 'string' && x !== '').join(' · ')).filter(Boolean)];

    it('on an item: status, owner by name, how late, where it was first written and moved, its goal', () => {
      const text = textOf('sessions/2026-11-18.md');
      const line = text.split('\n').findIndex((l) => l.includes('Present the RFC at the architecture review'));
      const h = hover(text, line, 8, 'sessions/2026-11-18.md');
      assert.deepEqual(words(h), [
        'Present the RFC at the architecture review',
        'Open · owner Sam Okafor (@sam)',
        'due in 9 days, Thu 3 Dec (2026-12-03)',
        'Goal: Write and land my first design doc (design-doc) · 3/5 milestones',
      ]);
      const overdue = `${HEAD}- [ ] Send the RFC draft to Tomás for a security read @sam [due:: 2026-11-21]\n`;
      assert.match(words(hover(overdue, 8, 10))!.join('\n'), /overdue 3 days \(due 2026-11-21\)/);
    });

    it('on an item carried over: the session it was first written in and each move', () => {
      const moved = index.items('.').find((r) => r.item.status === 'moved');
      assert.ok(moved, 'the sample has a moved item');
      const carried = index.items('.').find((r) => r.item.status !== 'moved' && r.entry.path !== moved.entry.path && r.item.title === moved.item.title);
      assert.ok(carried, 'and its carried copy');
      const text = textOf(carried.entry.path);
      const h = words(hover(text, carried.item.line - 1, 8, carried.entry.path))!.join('\n');
      assert.match(h, new RegExp(`First written in the session of ${moved.entry.date}`));
      assert.match(h, new RegExp(`moved out of the session of ${moved.entry.date} on ${moved.item.moved}`));
    });

    it('on a goal id: title, status, progress and next milestone; on @handle: who, open items', () => {
      const text = `${HEAD}- [ ] Outline @priya [goal:: design-doc]\n`;
      assert.deepEqual(words(hover(text, 8, 30)), [
        'Write and land my first design doc',
        'Goal design-doc · active',
        '3/5 milestones done · target 2026-12-15',
        'Next milestone: Get written reviews from Security and Payments',
      ]);
      assert.deepEqual(words(hover(text, 3, 10)), words(hover(text, 8, 30)), 'the same in goals: of the front matter');
      const priya = words(hover(text, 8, 16))!;
      assert.equal(priya[0], 'Priya Raman (@priya)');
      assert.equal(priya[1], 'Mentor in this mentorship');
      assert.match(priya[2], /^\d+ open action items?/);
      assert.equal(hover('```\n- [ ] x @priya\n```\n', 1, 9), null, 'nothing in code');
    });
  });

  describe('quick fixes', () => {
    let facts: FixFacts;
    before(async () => {
      const f = factsOf(index, SESSION);
      facts = { today: TODAY, due: dueContextOf(index, SESSION, TODAY), goals: f.goals, people: f.people, placeType: 'session', nameDate: '2026-11-25', chrono: await loadNaturalDates() };
    });
    /** Applies the fix's line edits to `text`. */
    const apply = (text: string, fix: QuickFix) => {
      assert.equal(fix.kind, 'edit');
      return applyLineEdits(text, planLineFixes(text, SESSION, fix.kind === 'edit' ? fix.edits : []));
    };
    const fixesFor = (text: string) => checkText(index, SESSION, text).map((d) => ({ d, fixes: quickFixes(d, text.split('\n')[d.line - 1], facts, text.split('\n')[0]) }));

    it('an unknown goal id: the closest ids, or create the goal', () => {
      const text = `${HEAD}- [ ] Outline @sam [goal:: design-docs]\n`;
      const [{ fixes }] = fixesFor(text);
      assert.deepEqual(fixes.map((f) => [f.title, f.preferred]), [
        ['Change to goal "design-doc" (Write and land my first design doc)', true],
        ['Create goal "design-docs" (goals/design-docs.md)', undefined],
      ]);
      assert.equal(apply(text, fixes[0]), `${HEAD}- [ ] Outline @sam [goal:: design-doc]\n`);
      assert.deepEqual(fixes[1], { title: 'Create goal "design-docs" (goals/design-docs.md)', kind: 'createGoal', id: 'design-docs' });
    });

    it('an unknown owner: the closest known handles, or add them to the agreement', () => {
      const text = `${HEAD}- [ ] Outline @pryia\n`;
      const [{ fixes }] = fixesFor(text);
      assert.deepEqual(fixes.map((f) => f.title), ['Change to @priya (Priya Raman)', "Add @pryia to the agreement's people"]);
      assert.equal(apply(text, fixes[0]), `${HEAD}- [ ] Outline @priya\n`);
      const agreement = textOf('mentorship.md');
      const added = applyLineEdits(agreement, addPersonEdits(agreement, 'mentorship.md', 'łukasz'));
      assert.deepEqual(parseEntry('mentorship.md', added)!.frontMatter.people, ['@łukasz']);
      assert.equal(added.split('\n').length, agreement.split('\n').length + 2);
      const withList = applyLineEdits(added, addPersonEdits(added, 'mentorship.md', 'zoë'));
      assert.deepEqual(parseEntry('mentorship.md', withList)!.frontMatter.people, ['@łukasz', '@zoë']);
      const flow = '---\ntype: agreement\npeople: [Dana (@dana)]\n---\n';
      assert.deepEqual(parseEntry('mentorship.md', applyLineEdits(flow, addPersonEdits(flow, 'mentorship.md', 'zoë')))!.frontMatter.people, ['Dana (@dana)', '@zoë']);
    });

    it('a date written in words or another shape: the day meant; an impossible day: ask', () => {
      const text = `${HEAD}- [ ] Book @sam [due:: friday]\n- [ ] Send @sam 📅 2026/12/1\n- [ ] Call @sam [due:: 2026-12-32]\n`;
      const [friday, slashes, impossible] = fixesFor(text);
      assert.deepEqual(friday.fixes.map((f) => f.title), ['Change "friday" to 2026-11-27 (Fri 27 Nov)', 'Choose a due date…']);
      assert.equal(apply(text, friday.fixes[0]).split('\n')[8], '- [ ] Book @sam [due:: 2026-11-27]');
      assert.equal(apply(text, slashes.fixes[0]).split('\n')[9], '- [ ] Send @sam 📅 2026-12-01');
      assert.deepEqual(impossible.fixes.map((f) => [f.title, f.kind]), [['Choose a due date…', 'chooseDue']]);
    });

    it('a missing or wrong type: insert or set it; an emoji with no date: remove it; no checkbox: add one', () => {
      const missing = '---\ndate: 2026-11-25\n---\n\n## Notes\n';
      const [type] = fixesFor(missing);
      assert.equal(apply(missing, type.fixes[0]), '---\ntype: session\ndate: 2026-11-25\n---\n\n## Notes\n');
      const wrong = '---\ntype: sesion\ndate: 2026-11-25\n---\n';
      assert.equal(apply(wrong, fixesFor(wrong)[0].fixes[0]), '---\ntype: session\ndate: 2026-11-25\n---\n');
      const emoji = `${HEAD}- [ ] Book the room @sam 📅\n`;
      assert.equal(apply(emoji, fixesFor(emoji)[0].fixes[0]), `${HEAD}- [ ] Book the room @sam\n`);
      const bare = `${HEAD}- Book the room @sam\n`;
      assert.equal(apply(bare, fixesFor(bare)[0].fixes[0]), `${HEAD}- [ ] Book the room @sam\n`);
    });

    it('refuses a fix whose line changed since it was offered', () => {
      const text = `${HEAD}- [ ] Outline @pryia\n`;
      const [{ fixes }] = fixesFor(text);
      const fix = fixes[0];
      assert.throws(() => planLineFixes(`${HEAD}- [ ] Outline @pryia now\n`, SESSION, fix.kind === 'edit' ? fix.edits : []), EditRefused);
      // Moved by a line typed above it: still found, as the one line saying so.
      assert.equal(applyLineEdits(`x\n${text}`, planLineFixes(`x\n${text}`, SESSION, fix.kind === 'edit' ? fix.edits : [])), `x\n${HEAD}- [ ] Outline @priya\n`);
    });
  });

  describe('renaming a goal', () => {
    it('finds every file naming it and changes front matter, fields and lists, nothing in code', () => {
      assert.deepEqual(filesNamingGoal(index, '.', 'public-speaking').length > 2, true);
      const text = '---\ntype: session\ngoals: [design-doc, public-speaking]\n---\n\n## Action items\n\n- [ ] A @sam [goal:: public-speaking]\n- [ ] B @sam [goal:: design-doc, [[public-speaking]]]\n- [ ] C @sam [goal:: public-speaking-2]\n\n```\n- [ ] D [goal:: public-speaking]\n```\n';
      const out = applyLineEdits(text, renameGoalEdits(SESSION, text, 'public-speaking', 'conference-talk'));
      assert.equal(
        out,
        '---\ntype: session\ngoals: [design-doc, conference-talk]\n---\n\n## Action items\n\n- [ ] A @sam [goal:: conference-talk]\n- [ ] B @sam [goal:: design-doc, [[conference-talk]]]\n- [ ] C @sam [goal:: public-speaking-2]\n\n```\n- [ ] D [goal:: public-speaking]\n```\n',
      );
      const block = '---\ntype: session\ngoals:\n  - public-speaking\n---\n';
      assert.equal(applyLineEdits(block, renameGoalEdits(SESSION, block, 'public-speaking', 'talk')), '---\ntype: session\ngoals:\n  - talk\n---\n');
    });

    it('refuses ids that cannot be a file name or a field value', () => {
      assert.equal(goalIdProblem('conference-talk'), null);
      assert.equal(goalIdProblem('charla-en-público'), null);
      for (const bad of ['', ' x', 'a/b', 'a,b', 'a]b', '.hidden', 'a:b']) assert.ok(goalIdProblem(bad), bad);
    });
  });

  describe('links', () => {
    it('goal ids of front matter and fields, and an agenda\'s "from" links with their line', () => {
      const text = `${HEAD}- [ ] A @sam [goal:: design-doc]\n\n## Agenda\n\n- Draft it · [from 2026-11-04](2026-11-04.md#L25)\n- Talk · [from 2026-10-07-2](../sessions/2026-10-07-2.md)\n- Out · [from x](../../outside.md#L1)\n`;
      assert.deepEqual(goalRefs(SESSION, text).map((g) => [g.line, g.id, text.split('\n')[g.line].slice(g.column, g.endColumn)]), [[3, 'design-doc', 'design-doc'], [8, 'design-doc', 'design-doc']]);
      assert.deepEqual(sourceLinks(SESSION, text).map((l) => [l.line, text.split('\n')[l.line].slice(l.column, l.endColumn), l.path, l.targetLine]), [[12, 'from 2026-11-04', 'sessions/2026-11-04.md', 25], [13, 'from 2026-10-07-2', 'sessions/2026-10-07-2.md', null]]);
    });

    it('a "from" link with no line leads to the item the agenda line names, by block id or by its words', () => {
      const text = `${HEAD}\n## Agenda\n\n- [ ] Draft it — **overdue**, due 2026-11-13 · [from 2026-11-04](2026-11-04.md)\n- [ ] Draft it again · [from 2026-11-04](2026-11-04.md)\n- [ ] Talk · [from 2026-11-04](2026-11-04.md#^t1)\n- [ ] Gone · [from 2026-11-04](2026-11-04.md)\n`;
      const { taskFields } = itemsOf('sessions/2026-11-04.md', '- [ ] x\n')[0];
      const items = [
        { line: 20, title: 'Draft it @sam', taskFields },
        { line: 21, title: 'Draft it again', taskFields },
        { line: 22, title: 'Talk', taskFields: { ...taskFields, blockId: 't1' } },
      ];
      assert.deepEqual(sourceLinks(SESSION, text).map((l) => sourceLineOf(l, items)), [20, 21, 22, null]);
    });
  });
});

function textOf(p: string): string {
  return fs.readFileSync(path.join(EXAMPLES, 'mentorship', p), 'utf8');
}
