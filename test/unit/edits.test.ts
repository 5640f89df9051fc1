import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  EditRefused,
  applyInsertion,
  assertEditable,
  cancelLine,
  completeLine,
  insertItem,
  locateItem,
  moveLine,
  reopenLine,
  setDueLine,
} from '../../src/core/edits';
import { parseItemLine } from '../../src/core/itemLine';
import type { Entry } from '../../src/core/model';
import { parseEntry, sectionsOf } from '../../src/core/parseEntry';
import { agreementTemplate, goalTemplate, itemLine, noteTemplate, sessionTemplate, slugify, uniqueFileName, yamlString } from '../../src/core/templates';
import { BROKEN } from './helpers';

const read = (line: string) => {
  const p = parseItemLine(line);
  assert.ok(p, line);
  return p;
};

describe('edits: one line at a time', () => {
  it('completes an item: ticks it and records the day, replacing an older completion', () => {
    assert.equal(completeLine('- [ ] Draft the RFC @sam [due:: 2026-12-01]', '2026-11-24'), '- [x] Draft the RFC @sam [due:: 2026-12-01] [completion:: 2026-11-24]');
    assert.equal(completeLine('  * [/] Half done [completion:: 2026-01-01]  ', '2026-11-24'), '  * [x] Half done [completion:: 2026-11-24]');
    assert.equal(completeLine('- [ ] Shipped ✅ 2026-11-01', '2026-11-24'), '- [x] Shipped [completion:: 2026-11-24]');
    const p = read(completeLine('1. [ ] One', '2026-11-24'));
    assert.deepEqual([p.status, p.completion], ['done', '2026-11-24']);
  });

  it('reopens an item: unticks it and drops completion and moved dates', () => {
    assert.equal(reopenLine('- [x] Draft @sam [due:: 2026-12-01] [completion:: 2026-11-24]'), '- [ ] Draft @sam [due:: 2026-12-01]');
    assert.equal(reopenLine('- [>] Review @priya [moved:: 2026-10-21] [goal:: design-doc]'), '- [ ] Review @priya [goal:: design-doc]');
    assert.equal(reopenLine('- [X] Done ✅ 2026-11-20'), '- [ ] Done');
    assert.equal(reopenLine('- [-] Dropped'), '- [ ] Dropped');
  });

  it('cancels an item', () => {
    assert.equal(cancelLine('- [ ] Not needed @sam'), '- [-] Not needed @sam');
  });

  it('sets, replaces and removes the due date in either form', () => {
    assert.equal(setDueLine('- [ ] Draft @sam', '2026-12-01'), '- [ ] Draft @sam [due:: 2026-12-01]');
    assert.equal(setDueLine('- [ ] Draft @sam [due:: 2026-11-01] [goal:: x]', '2026-12-01'), '- [ ] Draft @sam [goal:: x] [due:: 2026-12-01]');
    assert.equal(setDueLine('- [ ] Draft (due:: 2026-11-01)', '2026-12-01'), '- [ ] Draft [due:: 2026-12-01]');
    assert.equal(setDueLine('- [ ] Present @sam [goal:: design-doc] 📅 2026-12-03', '2026-12-10'), '- [ ] Present @sam [goal:: design-doc] [due:: 2026-12-10]');
    assert.equal(setDueLine('- [ ] Send the slides @sam\u00a0📅 2026-12-01.', null), '- [ ] Send the slides @sam');
    assert.equal(setDueLine('- [ ] Book the room @priya (📅\ufe0f 2026-12-02)', '2026-12-05'), '- [ ] Book the room @priya [due:: 2026-12-05]');
    assert.equal(setDueLine('- [ ] Draft [Due:: 2026-11-01]', '2026-12-01'), '- [ ] Draft [due:: 2026-12-01]');
    assert.equal(setDueLine('- [ ] Draft [due:: 2026-11-01]', null), '- [ ] Draft');
  });

  it('gives a line that reads back with exactly the new due date', () => {
    for (const line of ['- [ ] a 📅 2026-01-01', '- [ ] a (📅 2026-01-01)', '- [ ] a [due:: 2026-01-01] 📅 2026-01-02', '- [ ] a [DUE:: 2026-01-01]']) {
      const p = read(setDueLine(line, '2026-12-31'));
      assert.equal(p.due, '2026-12-31', line);
      assert.deepEqual(p.badDates, [], line);
      assert.equal(p.title, 'a', line);
    }
  });

  it('moves an item to a meeting on its own line: still open, the meeting in [moved:: ]', () => {
    const source = '- [ ] Review the outline @priya [due:: 2026-10-10] [goal:: design-doc]';
    assert.equal(moveLine(source, '2026-10-21'), '- [ ] Review the outline @priya [due:: 2026-10-10] [goal:: design-doc] [moved:: 2026-10-21]');
    assert.equal(moveLine('- [ ] Again [moved:: 2026-10-01] @sam', '2026-10-21'), '- [ ] Again @sam [moved:: 2026-10-21]');
    const moved = read(moveLine(source, '2026-10-21'));
    assert.deepEqual([moved.status, moved.owner, moved.due, moved.moved, moved.goals, moved.title], ['open', 'priya', '2026-10-10', '2026-10-21', ['design-doc'], 'Review the outline @priya']);
    // Ticked afterwards (on this clone or, merged, on another): done, the move kept as history.
    const done = read(completeLine(moveLine(source, '2026-10-21'), '2026-10-25'));
    assert.deepEqual([done.status, done.moved, done.completion], ['done', '2026-10-21', '2026-10-25']);
  });

  it('refuses lines that are not checkbox items', () => {
    assert.throws(() => completeLine('Just a sentence', '2026-11-24'), EditRefused);
    assert.throws(() => completeLine('- plain bullet', '2026-11-24'), /not a checkbox item/);
    assert.throws(() => moveLine('- plain', '2026-11-24'), EditRefused);
    assert.throws(() => moveLine('not a list', '2026-11-24'), EditRefused);
  });
});

describe('edits: finding the line, refusing unsafe files', () => {
  const doc = '---\ntype: session\n---\n## Action items\n- [ ] a @sam\n- [ ] b @sam\n- [ ] b @sam\n';

  it('finds the item at its line, or where it moved to', () => {
    assert.equal(locateItem(doc, 's.md', 5, '- [ ] a @sam'), 5);
    assert.equal(locateItem('inserted\n' + doc, 's.md', 5, '- [ ] a @sam'), 6);
    assert.equal(locateItem(doc.replace(/\n/g, '\r\n'), 's.md', 5, '- [ ] a @sam'), 5);
    assert.equal(locateItem('\ufeff- [ ] first\n', 's.md', 1, '- [ ] first'), 1);
  });

  it('refuses when the line changed or is ambiguous, naming the file and item', () => {
    assert.throws(() => locateItem(doc, 's.md', 5, '- [ ] gone'), (e: Error) => e instanceof EditRefused && /s\.md:5 changed/.test(e.message) && /gone/.test(e.message));
    assert.throws(() => locateItem(doc, 's.md', 4, '- [ ] b @sam'), (e: Error) => e instanceof EditRefused && /appears 2 times/.test(e.message));
    assert.equal(locateItem(doc, 's.md', 6, '- [ ] b @sam'), 6);
  });

  it('locates items by the raw line the parser gave them, comments included', () => {
    const text = '---\ntype: session\n---\n- [ ] visible <!-- remark -->\n- [x] Shipped 📅 2026-12-01\n';
    const e = parseEntry('sessions/2026-11-24.md', text)!;
    for (const item of e.items) assert.equal(locateItem(text, e.path, item.line, item.raw), item.line);
  });

  it('refuses to edit a conflicted file or one with broken front matter', () => {
    const conflicted = parseEntry('s.md', fs.readFileSync(path.join(BROKEN, 'mentorship/sessions/2026-11-06.md'), 'utf8'))!;
    assert.throws(() => assertEditable(conflicted, 's.md'), (e: Error) => e instanceof EditRefused && /conflict/.test(e.message));
    const broken = parseEntry('s.md', fs.readFileSync(path.join(BROKEN, 'mentorship/sessions/2026-11-04.md'), 'utf8'))!;
    assert.throws(() => assertEditable(broken, 's.md'), (e: Error) => e instanceof EditRefused && /front matter/.test(e.message));
    const fine = parseEntry('s.md', doc) as Entry;
    assert.doesNotThrow(() => assertEditable(fine, 's.md'));
    assert.doesNotThrow(() => assertEditable(undefined, 's.md'));
  });
});

describe('edits: inserting an item', () => {
  const add = (doc: string, kind: Parameters<typeof insertItem>[1], line: string) => applyInsertion(doc, insertItem(doc, kind, line));

  it('adds after the last item of the first section of that kind', () => {
    const doc = '# S\n\n## Action items\n\n- [ ] a\n- [ ] b\n\n## Wins\n\n- w\n';
    assert.equal(add(doc, 'action', '- [ ] c'), '# S\n\n## Action items\n\n- [ ] a\n- [ ] b\n- [ ] c\n\n## Wins\n\n- w\n');
    assert.equal(add(doc, 'win', '- w2'), '# S\n\n## Action items\n\n- [ ] a\n- [ ] b\n\n## Wins\n\n- w\n- w2\n');
  });

  it('fills an empty section of a new session, keeping blank lines around the list', () => {
    const doc = sessionTemplate('2026-11-24');
    const out = add(doc, 'action', '- [ ] First @sam');
    assert.match(out, /## Action items\n\n- \[ \] First @sam\n\n## Feedback\n/);
    const again = add(out, 'action', '- [ ] Second @sam');
    assert.match(again, /## Action items\n\n- \[ \] First @sam\n- \[ \] Second @sam\n\n## Feedback\n/);
    const e = parseEntry('sessions/2026-11-24.md', again)!;
    assert.deepEqual(e.items.map((i) => [i.kind, i.text]), [['action', 'First @sam'], ['action', 'Second @sam']]);
  });

  it('uses a synonym heading, and adds a new section at the end when there is none', () => {
    assert.equal(add('# S\n\n### Follow-ups\n- [ ] a\n', 'action', '- [ ] b'), '# S\n\n### Follow-ups\n- [ ] a\n- [ ] b\n');
    assert.equal(add('# S\n\nSome text.\n\n\n', 'intro', '- [ ] Intro Sam to Lena @priya'), '# S\n\nSome text.\n\n## Introductions\n\n- [ ] Intro Sam to Lena @priya\n\n\n');
    assert.equal(add('# S', 'topic', '- Next'), '# S\n\n## Next time\n\n- Next\n');
    assert.equal(add('', 'win', '- w'), '## Wins\n\n- w\n');
  });

  it('stays inside the section: items of a later section at the same level do not count', () => {
    const doc = '## Wins\n- w\n## Feedback\n- f\n';
    assert.equal(add(doc, 'win', '- w2'), '## Wins\n- w\n- w2\n## Feedback\n- f\n');
  });

  it('never inserts into a fenced code block or an HTML comment, and not inside a wrapped item', () => {
    const fenced = '## Action items\n- [ ] a\n```\n- [ ] code\n```\n';
    assert.equal(add(fenced, 'action', '- [ ] b'), '## Action items\n- [ ] a\n- [ ] b\n```\n- [ ] code\n```\n');
    const commented = '## Action items\n- [ ] a\n<!--\n- [ ] parked\n-->\n';
    const out = add(commented, 'action', '- [ ] b');
    assert.deepEqual(parseEntry('notes/x.md', out)!.items.map((i) => i.text), ['a', 'b']);
    const wrapped = '## Feedback\n- From @priya: a long\n  sentence.\n\n## Wins\n';
    assert.equal(add(wrapped, 'feedback', '- More'), '## Feedback\n- From @priya: a long\n  sentence.\n- More\n\n## Wins\n');
  });

  it('keeps CRLF line endings and a BOM', () => {
    const doc = '\ufeff---\r\ntype: session\r\n---\r\n## Action items\r\n- [ ] a\r\n';
    const out = add(doc, 'action', '- [ ] b');
    assert.equal(out, '\ufeff---\r\ntype: session\r\n---\r\n## Action items\r\n- [ ] a\r\n- [ ] b\r\n');
    const fresh = add('\ufeff# S\r\n', 'win', '- w');
    assert.equal(fresh, '\ufeff# S\r\n\r\n## Wins\r\n\r\n- w\r\n');
  });

  it('appends at the end of a file without a final line break', () => {
    assert.equal(applyInsertion('a', { line: 5, text: 'b\n' }), 'a\nb\n');
    assert.equal(applyInsertion('a\n', { line: 0, text: 'z\n' }), 'z\na\n');
  });
});

describe('templates parse back into the entries they promise', () => {
  it('sessionTemplate: a dated session with goals, empty sections and no items', () => {
    const text = sessionTemplate('2026-11-24', ['design-doc', 'public-speaking']);
    const e = parseEntry('sessions/2026-11-24.md', text)!;
    assert.equal(e.type, 'session');
    assert.equal(e.date, '2026-11-24');
    assert.deepEqual(e.goalIds, ['design-doc', 'public-speaking']);
    assert.deepEqual(e.items, []);
    assert.deepEqual(e.diagnostics, []);
    assert.deepEqual(sectionsOf(e.path, text).map((s) => s.kind), ['other', 'agenda', 'notes', 'action', 'feedback', 'wins', 'next']);
    assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
    assert.doesNotMatch(sessionTemplate('2026-11-24'), /goals:/);
  });

  it('goalTemplate: an active goal with its fields, sections and no milestones yet', () => {
    const text = goalTemplate({ title: 'Design doc: first RFC!', started: '2026-11-24', target: '2027-01-31', skills: ['writing', 'true', '1.5', 'a, b'] });
    const e = parseEntry(`goals/${slugify('Design doc: first RFC!')}.md`, text)!;
    assert.equal(e.type, 'goal');
    assert.deepEqual(e.goal, {
      id: 'design-doc-first-rfc',
      title: 'Design doc: first RFC!',
      status: 'active',
      started: '2026-11-24',
      target: '2027-01-31',
      skills: ['writing', 'true', '1.5', 'a, b'],
    });
    assert.deepEqual(e.items, []);
    assert.deepEqual(e.diagnostics, []);
    assert.deepEqual(sectionsOf(e.path, text).map((s) => s.kind), ['other', 'why', 'measure', 'milestones', 'log']);
    const noTarget = parseEntry('goals/g.md', goalTemplate({ title: 'G', started: '2026-11-24' }))!;
    assert.deepEqual([noTarget.goal?.target, noTarget.goal?.skills], [null, []]);
  });

  it('noteTemplate: a dated note with its title and body', () => {
    const e = parseEntry('notes/2026-11-24-retro.md', noteTemplate('2026-11-24', 'Retro: what "worked"', '## Wins\n\n- Shipped it'))!;
    assert.deepEqual([e.type, e.date, e.title], ['note', '2026-11-24', 'Retro: what "worked"']);
    assert.deepEqual(e.items.map((i) => [i.kind, i.text]), [['win', 'Shipped it']]);
  });

  it('agreementTemplate: mentor, mentee, cadence, channel and start read back', () => {
    const text = agreementTemplate({
      mentor: { name: 'Priya Raman', handle: 'priya' },
      mentee: { name: 'Sam Okafor', handle: 'sam' },
      cadence: { unit: 'week', every: 2 },
      channel: 'Video: Wednesdays',
      started: '2026-08-03',
    });
    const e = parseEntry('mentorship.md', text)!;
    assert.equal(e.type, 'agreement');
    assert.deepEqual(e.diagnostics, []);
    assert.deepEqual(e.agreement?.mentor, { name: 'Priya Raman', handle: 'priya' });
    assert.deepEqual(e.agreement?.mentee, { name: 'Sam Okafor', handle: 'sam' });
    assert.deepEqual(e.agreement?.cadence, { unit: 'week', every: 2 });
    assert.equal(e.agreement?.channel, 'Video: Wednesdays');
    assert.equal(e.agreement?.started, '2026-08-03');
    assert.equal(e.agreement?.focus.length, 1);
    assert.equal(e.agreement?.recurring.length, 2);
  });

  it('yamlString writes scalars that read back as the same string', () => {
    const texts = ['plain words', 'Sam (@sam)', "it's", 'true', 'null', 'yes', '1e3', '0x1F', '.nan', '12', '2026-11-24', ' padded ', 'a: b', 'a #b', '#tag', '- dash', '"quoted"', 'two\nlines', 'tab\there', 'café', ''];
    for (const t of texts) {
      const e = parseEntry('notes/x.md', `---\ntype: note\ntitle: ${yamlString(t)}\nchannel: ${yamlString(t)}\n---\n`)!;
      assert.equal(e.frontMatter.channel, t, `${JSON.stringify(t)} was written as ${yamlString(t)}`);
    }
    assert.equal(yamlString('Sam Okafor (@sam)'), 'Sam Okafor (@sam)');
  });

  it('itemLine writes the one form we read', () => {
    const line = itemLine('action', 'Draft the\nRFC outline ', { owner: '@sam', due: '2026-12-01', goal: 'design-doc' });
    assert.equal(line, '- [ ] Draft the RFC outline @sam [due:: 2026-12-01] [goal:: design-doc]');
    const p = read(line);
    assert.deepEqual([p.status, p.owner, p.due, p.goals, p.title], ['open', 'sam', '2026-12-01', ['design-doc'], 'Draft the RFC outline @sam']);
    assert.equal(itemLine('plain', 'A win'), '- A win');
    assert.equal(itemLine('pending', 'Intro Sam to Lena (@lena)', { owner: 'priya' }), '- [ ] Intro Sam to Lena (@lena) @priya');
  });

  it('slugify makes file-name ids', () => {
    assert.equal(slugify('Design doc: first RFC!'), 'design-doc-first-rfc');
    assert.equal(slugify('  Ünïcödé   Café  '), 'unicode-cafe');
    assert.equal(slugify('日本語'), 'untitled');
    assert.equal(slugify('---'), 'untitled');
    const long = slugify('word '.repeat(30));
    assert.ok(long.length <= 60 && !long.endsWith('-'), long);
  });

  it('uniqueFileName never picks an existing name', () => {
    const taken = new Set(['2026-11-24.md', '2026-11-24-2.md']);
    assert.equal(uniqueFileName((n) => taken.has(n), '2026-11-24'), '2026-11-24-3.md');
    assert.equal(uniqueFileName((n) => taken.has(n), '2026-11-25'), '2026-11-25.md');
  });
});
