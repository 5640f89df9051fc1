// The journal merge (git's merge driver), case by case as two people produce them: the extension's
// own edits (complete, set due, move, log) on two copies of one file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAgenda } from '../../src/core/agenda';
import { updateAgenda } from '../../src/core/agendaBlock';
import { renderAgenda, renderAgendaSession } from '../../src/core/agendaMarkdown';
import { EditRefused, applyInsertion, completeLine, insertItem, moveLine, setDueLine } from '../../src/core/edits';
import { checkMerge } from '../../src/core/merge/check';
import { JournalIndex } from '../../src/core/journalIndex';
import { mergeJournalFile, mergeText } from '../../src/core/merge/mergeJournalFile';
import { resolveConflicts } from '../../src/core/merge/resolveConflicts';
import { parseEntry } from '../../src/core/parseEntry';
import { EXAMPLES, indexOf } from './helpers';

const PATH = 'sessions/2026-11-24.md';

const SESSION = [
  '---',
  'type: session',
  'date: 2026-11-24',
  'goals: [design-doc]',
  '---',
  '',
  '# Session 2026-11-24',
  '',
  '## Notes',
  '',
  'We talked about the design doc.',
  'Sam will write the outline first.',
  'Then the review.',
  '',
  '## Action items',
  '',
  '- [ ] Draft the RFC outline @sam [due:: 2026-12-01] [goal:: design-doc]',
  '- [ ] Book a review slot @priya',
  '- [ ] Read the Kafka chapter @sam',
  '',
  '## Wins',
  '',
  '- Shipped the cache fix',
  '',
].join('\n');

/** Applies `edit` to the one line of `text` that contains `words`. */
function onLine(text: string, words: string, edit: (line: string) => string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(words));
  assert.ok(i >= 0, `no line with "${words}"`);
  lines[i] = edit(lines[i]);
  return lines.join('\n');
}

const add = (text: string, kind: Parameters<typeof insertItem>[1], line: string) => applyInsertion(text, insertItem(text, kind, line));

function merge(base: string, ours: string, theirs: string) {
  const result = mergeJournalFile(base, ours, theirs, PATH);
  // Whatever it did, the result keeps every item (checked independently of how it merged).
  assert.deepEqual(checkMerge(PATH, base, ours, theirs, result.text), []);
  return result;
}

function items(text: string) {
  return parseEntry(PATH, text)!.items.map((i) => `${i.section}: ${i.raw}`);
}

describe('merge: what combines without conflict', () => {
  it('combines appends by both sides at one place, each item once', () => {
    const ours = add(add(SESSION, 'action', '- [ ] Send the draft to Tomás @sam'), 'win', '- Gave the demo');
    const theirs = add(add(SESSION, 'action', '- [ ] Intro Sam to Lena @priya'), 'win', '- Gave the demo');
    const r = merge(SESSION, ours, theirs);
    assert.equal(r.conflicts, 0);
    assert.deepEqual(items(r.text).slice(3), [
      'Action items: - [ ] Send the draft to Tomás @sam',
      'Action items: - [ ] Intro Sam to Lena @priya',
      'Wins: - Shipped the cache fix',
      'Wins: - Gave the demo',
    ]);
  });

  it('merges edits of neighbouring items (git needs an unchanged line between them)', () => {
    const ours = onLine(SESSION, 'Draft the RFC', (l) => completeLine(l, '2026-11-25'));
    const theirs = onLine(SESSION, 'Book a review', (l) => setDueLine(l, '2026-12-03'));
    const r = merge(SESSION, ours, theirs);
    assert.equal(r.conflicts, 0);
    assert.ok(r.text.includes('- [x] Draft the RFC outline @sam [due:: 2026-12-01] [goal:: design-doc] [completion:: 2026-11-25]\n- [ ] Book a review slot @priya [due:: 2026-12-03]\n'));
  });

  it('keeps the earlier completion when both tick the same item', () => {
    const ours = onLine(SESSION, 'Kafka', (l) => completeLine(l, '2026-11-28'));
    const theirs = onLine(SESSION, 'Kafka', (l) => completeLine(l, '2026-11-26'));
    for (const [a, b] of [[ours, theirs], [theirs, ours]]) {
      const r = merge(SESSION, a, b);
      assert.equal(r.conflicts, 0);
      assert.ok(r.text.includes('- [x] Read the Kafka chapter @sam [completion:: 2026-11-26]\n'), r.text);
    }
  });

  it('applies a tick on one side and a new due date on the other to the same item', () => {
    const ours = onLine(SESSION, 'Draft the RFC', (l) => completeLine(l, '2026-11-25'));
    const theirs = onLine(SESSION, 'Draft the RFC', (l) => setDueLine(l, '2026-12-08'));
    const r = merge(SESSION, ours, theirs);
    assert.equal(r.conflicts, 0);
    const item = parseEntry(PATH, r.text)!.items.find((i) => i.title.startsWith('Draft'))!;
    assert.deepEqual([item.status, item.due, item.completion], ['done', '2026-12-08', '2026-11-25']);
  });

  it('merges a file both sides created, section by section and front matter key by key', () => {
    const mine = ['---', 'type: session', 'date: 2026-12-08', 'goals: [design-doc]', '---', '', '# Session 2026-12-08', '', '## Action items', '', '- [ ] Carried item @sam', '- [ ] Only mine @sam', ''].join('\n');
    const yours = ['---', 'type: session', 'date: 2026-12-08', 'goals: [public-speaking]', '---', '', '# Session 2026-12-08', '', '## Notes', '', 'Priya’s notes: große Fortschritte.', '', '## Action items', '', '- [x] Carried item @sam [completion:: 2026-12-01]', '- [ ] Only yours @priya', ''].join('\n');
    const r = merge('', mine, yours);
    assert.equal(r.conflicts, 0);
    assert.equal(r.text, ['---', 'type: session', 'date: 2026-12-08', 'goals: [design-doc, public-speaking]', '---', '', '# Session 2026-12-08', '', '## Notes', '', 'Priya’s notes: große Fortschritte.', '', '## Action items', '', '- [x] Carried item @sam [completion:: 2026-12-01]', '- [ ] Only mine @sam', '- [ ] Only yours @priya', ''].join('\n'));
  });

  it('merges two agendas generated for one meeting from two clones into one agenda, its marker fresh', async () => {
    const index = await indexOf(`${EXAMPLES}/mentorship`);
    const monday = renderAgendaSession(buildAgenda(index.shared(), { mentorshipId: '.', today: '2026-11-30', date: '2026-12-02' }));
    const tuesday = renderAgendaSession(buildAgenda(index.shared(), { mentorshipId: '.', today: '2026-12-01', date: '2026-12-02' }));
    assert.equal(monday, tuesday, 'made on two days from the same files: byte for byte the same');
    // On the other clone one item was ticked and feedback logged before the agenda was made.
    const other = new JournalIndex();
    for (const e of index.all()) other.set(e.path, fs.readFileSync(path.join(EXAMPLES, 'mentorship', e.path), 'utf8'));
    other.set('sessions/2026-11-18.md', onLine(fs.readFileSync(path.join(EXAMPLES, 'mentorship/sessions/2026-11-18.md'), 'utf8'), 'Suggest a book', (l) => completeLine(l, '2026-11-30')));
    other.set('notes/2026-11-30-log-priya.md', '---\ntype: note\ndate: 2026-11-30\n---\n## Feedback\n\n- From @priya: die Gliederung trägt.\n');
    const theirs = renderAgendaSession(buildAgenda(other.shared(), { mentorshipId: '.', today: '2026-11-30', date: '2026-12-02' }));
    const r = merge('', monday, theirs);
    assert.equal(r.conflicts, 0);
    assert.ok(r.text.includes('- From @priya: die Gliederung trägt. · [from 2026-11-30]'), 'their new line is in');
    assert.equal(r.text.split('<!-- mentorship agenda ').length, 2, 'one marker');
    assert.deepEqual(updateAgenda(r.text, renderAgenda(buildAgenda(other.shared(), { mentorshipId: '.', today: '2026-11-30', date: '2026-12-02' }))).kind, 'write', 'the merged agenda counts as generated: refreshed without asking');
    // Edited by hand on both sides after it was written, an agenda line is prose like any other.
    const ours = onLine(monday, 'Ask Dana', (l) => l.replace('Ask Dana', 'Ask Dana (by mail)'));
    const theirsEdit = onLine(monday, 'Ask Dana', (l) => l.replace('Ask Dana', 'Ask Dana and Lena'));
    assert.equal(merge(monday, ours, theirsEdit).conflicts, 1);
  });

  it('never moves an item under another heading: two new sections at the end stay apart', () => {
    const base = SESSION.replace(/\n## Wins\n\n- Shipped the cache fix\n$/, '');
    const ours = add(base, 'win', '- A win');
    const theirs = add(base, 'feedback', '- Some feedback');
    const r = merge(base, ours, theirs);
    assert.equal(r.conflicts, 0);
    assert.deepEqual(items(r.text).slice(3), ['Wins: - A win', 'Feedback: - Some feedback']);
  });

  it('merges a move on one side with an edit of another item on the other', () => {
    const ours = onLine(SESSION, 'Book a review', (l) => moveLine(l, '2026-11-25'));
    const theirs = onLine(SESSION, 'Kafka', (l) => completeLine(l, '2026-11-26'));
    const r = merge(SESSION, ours, theirs);
    assert.equal(r.conflicts, 0);
    assert.deepEqual(parseEntry(PATH, r.text)!.items.map((i) => [i.status, i.moved]).slice(0, 3), [['open', null], ['open', '2026-11-25'], ['done', null]]);
  });

  it('merges a move on one side and a tick of the same item on the other: done, once', () => {
    const ours = onLine(SESSION, 'Book a review', (l) => moveLine(l, '2026-11-25'));
    const theirs = onLine(SESSION, 'Book a review', (l) => completeLine(l, '2026-11-26'));
    const r = merge(SESSION, ours, theirs);
    assert.equal(r.conflicts, 0);
    const items = parseEntry(PATH, r.text)!.items.filter((i) => i.title.startsWith('Book a review'));
    assert.deepEqual(items.map((i) => [i.status, i.moved, i.completion]), [['done', '2026-11-25', '2026-11-26']]);
  });

  it('keeps each side’s CRLF line breaks and BOM', () => {
    const crlf = (t: string) => '\ufeff' + t.replace(/\n/g, '\r\n');
    const ours = onLine(SESSION, 'Kafka', (l) => completeLine(l, '2026-11-28'));
    const theirs = onLine(SESSION, 'Book a review', (l) => setDueLine(l, '2026-12-03'));
    const r = merge(crlf(SESSION), crlf(ours), crlf(theirs));
    assert.equal(r.conflicts, 0);
    assert.ok(r.text.startsWith('\ufeff---\r\n'));
    assert.equal(r.text.split('\r\n').length, r.text.split('\n').length, 'every line break is CRLF');
    // Theirs converted the file to CRLF, ours did not touch the line breaks: theirs' change wins.
    const mixed = merge(SESSION, ours, crlf(theirs));
    assert.ok(mixed.text.startsWith('\ufeff---\r\n') && !/[^\r]\n/.test(mixed.text));
  });

  it('returns one side unchanged when only it changed, byte for byte', () => {
    const ours = onLine(SESSION, 'Kafka', (l) => completeLine(l, '2026-11-28'));
    assert.equal(mergeJournalFile(SESSION, ours, SESSION, PATH).text, ours);
    assert.equal(mergeJournalFile(SESSION, SESSION, ours, PATH).text, ours);
    assert.equal(mergeJournalFile(SESSION, ours, ours, PATH).text, ours);
  });
});

describe('merge: true conflicts stay, as git conflict markers around the smallest region', () => {
  const region = (text: string) => text.slice(text.indexOf('<<<<<<<'), text.indexOf('\n', text.indexOf('>>>>>>>')) + 1);

  it('two different due dates', () => {
    const ours = onLine(SESSION, 'Draft the RFC', (l) => setDueLine(l, '2026-12-05'));
    const theirs = onLine(SESSION, 'Draft the RFC', (l) => setDueLine(l, '2026-12-07'));
    const r = merge(SESSION, add(ours, 'action', '- [ ] Unrelated @sam'), theirs);
    assert.equal(r.conflicts, 1);
    assert.equal(
      region(r.text),
      '<<<<<<< ours\n- [ ] Draft the RFC outline @sam [goal:: design-doc] [due:: 2026-12-05]\n=======\n- [ ] Draft the RFC outline @sam [goal:: design-doc] [due:: 2026-12-07]\n>>>>>>> theirs\n',
    );
    assert.ok(r.text.includes('- [ ] Unrelated @sam'));
  });

  it('a move written the old way (`[>]`, still read) against a tick', () => {
    const ours = onLine(SESSION, 'Book a review', (l) => `${l.replace('- [ ]', '- [>]')} [moved:: 2026-11-25]`);
    const theirs = onLine(SESSION, 'Book a review', (l) => completeLine(l, '2026-11-26'));
    const r = merge(SESSION, ours, theirs);
    assert.equal(r.conflicts, 1);
    assert.equal(region(r.text), '<<<<<<< ours\n- [>] Book a review slot @priya [moved:: 2026-11-25]\n=======\n- [x] Book a review slot @priya [completion:: 2026-11-26]\n>>>>>>> theirs\n');
  });

  it('two different edits of one prose line, with the labels git passes', () => {
    const ours = onLine(SESSION, 'outline first', () => 'Sam will write the outline first, by Friday.');
    const theirs = onLine(SESSION, 'outline first', () => 'Sam writes the outline first.');
    const r = mergeJournalFile(SESSION, ours, theirs, PATH, { oursLabel: 'HEAD', theirsLabel: 'priya/main' });
    assert.equal(r.conflicts, 1);
    assert.equal(region(r.text), '<<<<<<< HEAD\nSam will write the outline first, by Friday.\n=======\nSam writes the outline first.\n>>>>>>> priya/main\n');
    // Read back: the file is marked as conflicted, its items still listed once each.
    const entry = parseEntry(PATH, r.text)!;
    assert.equal(entry.unsafeToEdit, true);
    assert.equal(entry.items.length, 4);
  });

  it('two different values of one front matter key conflict on that key alone', () => {
    const ours = SESSION.replace('date: 2026-11-24', 'date: 2026-11-25');
    const theirs = SESSION.replace('date: 2026-11-24', 'date: 2026-11-26');
    const r = merge(SESSION, ours, theirs);
    assert.equal(r.conflicts, 1);
    assert.equal(region(r.text), '<<<<<<< ours\ndate: 2026-11-25\n=======\ndate: 2026-11-26\n>>>>>>> theirs\n');
  });
});

describe('merge: files that are not journal entries', () => {
  it('merges them line by line, like git: insertions at one place conflict', () => {
    const base = 'a\nb\nc\n';
    assert.deepEqual(mergeText(base, 'a\nb\nc\nours\n', 'a\nb\nc\ntheirs\n'), { text: 'a\nb\nc\n<<<<<<< ours\nours\n=======\ntheirs\n>>>>>>> theirs\n', conflicts: 1, method: 'lines' });
    assert.deepEqual(mergeText(base, 'A\nb\nc\n', 'a\nb\nC\n'), { text: 'A\nb\nC\n', conflicts: 0, method: 'lines' });
    assert.equal(mergeJournalFile(base, 'a\nb\nc\nours\n', 'a\nb\nc\ntheirs\n', 'README.txt').conflicts, 1);
  });
});

describe('merge: resolving what git left conflicted, from its three versions', () => {
  /** What git's own line merge leaves when both append at one place: both appends in one region. */
  function gitLeft(ours: string, theirs: string, at: string): string {
    const [o, t] = [ours.split('\n'), theirs.split('\n')];
    const i = o.findIndex((l) => l.includes(at));
    return [...o.slice(0, i + 1), '<<<<<<< HEAD', o[i + 1], '=======', t[i + 1], '>>>>>>> priya', ...o.slice(i + 2)].join('\n');
  }

  it('combines both sides as the driver would, and says how many conflicts it left', () => {
    const ours = add(SESSION, 'action', '- [ ] Send the draft to Tomás @sam');
    const theirs = add(SESSION, 'action', '- [ ] Intro Sam to Lena @priya');
    const working = gitLeft(ours, theirs, 'Read the Kafka chapter');
    const r = resolveConflicts(PATH, working, { base: SESSION, ours, theirs });
    assert.deepEqual([r.regions, r.left], [1, 0]);
    assert.equal(r.text, mergeJournalFile(SESSION, ours, theirs, PATH).text);
    assert.ok(!r.text.includes('<<<<<<<'));
    assert.deepEqual(items(r.text).filter((i) => /Tomás|Lena/.test(i)), ['Action items: - [ ] Send the draft to Tomás @sam', 'Action items: - [ ] Intro Sam to Lena @priya']);
  });

  it('leaves a true conflict marked: two different due dates on one item', () => {
    const ours = onLine(SESSION, 'Book a review slot', (l) => setDueLine(l, '2026-12-01'));
    const theirs = onLine(SESSION, 'Book a review slot', (l) => setDueLine(l, '2026-12-08'));
    const working = gitLeft(ours, theirs, 'Draft the RFC outline');
    const r = resolveConflicts(PATH, working, { base: SESSION, ours, theirs });
    assert.equal(r.left, 1);
    assert.match(r.text, /<<<<<<< ours\n- \[ \] Book a review slot @priya \[due:: 2026-12-01\]\n=======\n- \[ \] Book a review slot @priya \[due:: 2026-12-08\]\n>>>>>>> theirs\n/);
  });

  it('refuses a file with no markers left, and one someone has started resolving by hand', () => {
    const ours = add(SESSION, 'action', '- [ ] Send the draft to Tomás @sam');
    const theirs = add(SESSION, 'action', '- [ ] Intro Sam to Lena @priya');
    const sides = { base: SESSION, ours, theirs };
    assert.throws(() => resolveConflicts(PATH, ours, sides), /has no conflict markers left; nothing to resolve/);
    const typed = onLine(gitLeft(ours, theirs, 'Read the Kafka chapter'), 'Then the review.', () => 'Then the review, on Friday.');
    assert.throws(() => resolveConflicts(PATH, typed, sides), (e: Error) => e instanceof EditRefused && /sessions\/2026-11-24\.md:13 is in none of the versions git is merging/.test(e.message));
  });
});
