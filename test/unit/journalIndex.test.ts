import * as assert from 'node:assert/strict';
import { JournalIndex, newestFirst, sortNewestFirst } from '../../src/core/journalIndex';
import { agreementText, editSequence } from './editSequences';
import { EXAMPLES, indexOf, picker, prng } from './helpers';

const agreement = agreementText;
const sessionText = (date: string, items = '- [ ] Do it @sam') => `---\ntype: session\ndate: ${date}\n---\n## Action items\n${items}\n`;

describe('JournalIndex on the sample journal', () => {
  let index: JournalIndex;
  before(async () => {
    index = await indexOf(EXAMPLES);
  });

  it('finds both mentorships, each from its agreement', () => {
    assert.deepEqual(
      index.mentorships().map((m) => [m.id, m.prefix, m.agreementPath, m.title]),
      [
        ['mentorship', 'mentorship/', 'mentorship/mentorship.md', 'Sam Okafor ← Priya Raman'],
        ['mentorship/alex', 'mentorship/alex/', 'mentorship/alex/mentorship.md', 'Alex Chen ← Priya Raman'],
      ],
    );
  });

  it('groups every entry under the agreement of its nearest ancestor folder', () => {
    for (const e of index.all()) {
      const expected = e.path.startsWith('mentorship/alex/') ? 'mentorship/alex' : 'mentorship';
      assert.equal(index.mentorshipIdOf(e.path), expected, e.path);
    }
    assert.deepEqual(index.entriesOf('mentorship/alex').map((e) => e.path), [
      'mentorship/alex/goals/code-review.md',
      'mentorship/alex/mentorship.md',
      'mentorship/alex/sessions/2026-09-09.md',
      'mentorship/alex/sessions/2026-10-14.md',
      'mentorship/alex/sessions/2026-11-11.md',
    ]);
    assert.equal(index.entriesOf('mentorship').length + index.entriesOf('mentorship/alex').length, index.size);
    assert.equal(index.size, 21);
    assert.deepEqual(index.entriesOf(null), []);
  });

  it('marks the private note private, and only it', () => {
    assert.deepEqual(index.all().filter((e) => e.isPrivate).map((e) => e.path), ['mentorship/private/2026-10-20-reflection.md']);
  });

  it('lists sessions newest first, the second session of a day before the first', () => {
    assert.deepEqual(index.sessions('mentorship').map((e) => e.path.replace('mentorship/sessions/', '')), [
      '2026-11-18.md',
      '2026-11-04.md',
      '2026-10-21.md',
      '2026-10-07-2.md',
      '2026-10-07.md',
      '2026-09-16.md',
      '2026-09-02.md',
      '2026-08-19.md',
      '2026-08-05.md',
    ]);
    assert.deepEqual(index.sessions('mentorship/alex').map((e) => e.date), ['2026-11-11', '2026-10-14', '2026-09-09']);
  });

  it('gives goals their progress from milestones', () => {
    assert.deepEqual(index.goals('mentorship').map((g) => [g.id, g.done, g.total, g.milestones.length]), [
      ['design-doc', 3, 5, 5],
      ['on-call-confidence', 4, 4, 4],
      ['public-speaking', 2, 5, 5],
    ]);
    assert.deepEqual(index.goals('mentorship/alex').map((g) => [g.id, g.done, g.total]), [['code-review', 2, 4]]);
  });

  it('links items to the goals written on their line, or to the goal file they are in, and no others', () => {
    for (const { item, entry } of index.items()) {
      const written = [...item.raw.matchAll(/\[goal:: ([^\]]+)\]/g)].flatMap((m) => m[1].split(',').map((g) => g.trim()));
      const expected = entry.goal && !written.includes(entry.goal.id) ? [...written, entry.goal.id] : written;
      assert.deepEqual(item.goals, expected, `${entry.path}:${item.line}`);
    }
  });

  it('finds a mentorship by id (with or without a trailing slash) and by the mentee handle', () => {
    assert.equal(index.findMentorship('mentorship')?.id, 'mentorship');
    assert.equal(index.findMentorship('mentorship/alex/')?.id, 'mentorship/alex');
    assert.equal(index.findMentorship('sam')?.id, 'mentorship');
    assert.equal(index.findMentorship('@sam')?.id, 'mentorship');
    assert.equal(index.findMentorship('@ALEX')?.id, 'mentorship/alex');
    assert.equal(index.findMentorship('priya'), undefined);
    assert.equal(index.findMentorship('nobody'), undefined);
    assert.equal(index.findMentorship('.'), undefined);
  });

  it('lists items in file then line order with their mentorship', () => {
    const refs = index.items();
    const keys = refs.map((r) => [r.entry.path, r.item.line] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    assert.deepEqual(keys, sorted);
    for (const r of refs) assert.equal(r.mentorship, index.mentorshipIdOf(r.entry.path));
    assert.deepEqual(index.items('mentorship/alex').map((r) => r.entry.path), refs.filter((r) => r.mentorship === 'mentorship/alex').map((r) => r.entry.path));
  });
});

describe('JournalIndex updates', () => {
  it('uses `.` for an agreement at the root, and the mentee handle to find it', () => {
    const ix = new JournalIndex();
    ix.set('mentorship.md', agreement('sam'));
    ix.set('sessions/2026-11-04.md', sessionText('2026-11-04'));
    assert.deepEqual(ix.mentorships().map((m) => [m.id, m.prefix]), [['.', '']]);
    assert.equal(ix.findMentorship('.')?.id, '.');
    assert.equal(ix.findMentorship('sam')?.id, '.');
    assert.equal(ix.mentorshipIdOf('sessions/2026-11-04.md'), '.');
  });

  it('moves entries to a new agreement in a subfolder and back when it goes', () => {
    const ix = new JournalIndex();
    ix.set('mentorship.md', agreement('sam'));
    ix.set('alex/sessions/2026-11-04.md', sessionText('2026-11-04'));
    assert.equal(ix.mentorshipIdOf('alex/sessions/2026-11-04.md'), '.');
    ix.set('alex/mentorship.md', agreement('alex'));
    assert.equal(ix.mentorshipIdOf('alex/sessions/2026-11-04.md'), 'alex');
    assert.deepEqual(ix.entriesOf('alex').map((e) => e.path), ['alex/mentorship.md', 'alex/sessions/2026-11-04.md']);
    assert.deepEqual(ix.entriesOf('.').map((e) => e.path), ['mentorship.md']);
    ix.remove('alex/mentorship.md');
    assert.equal(ix.mentorshipIdOf('alex/sessions/2026-11-04.md'), '.');
    assert.deepEqual(ix.mentorships().map((m) => m.id), ['.']);
  });

  it('treats a mentorship.md that turns into a note as no agreement', () => {
    const ix = new JournalIndex();
    ix.set('a/mentorship.md', agreement('sam'));
    ix.set('a/sessions/2026-11-04.md', sessionText('2026-11-04'));
    ix.set('a/mentorship.md', '---\ntype: note\n---\n');
    assert.deepEqual(ix.mentorships(), []);
    assert.equal(ix.mentorshipIdOf('a/sessions/2026-11-04.md'), null);
    assert.equal(ix.entriesOf(null).length, 2);
  });

  it('forgets a file that stops being an entry', () => {
    const ix = new JournalIndex();
    ix.set('notes/x.md', '---\ntype: note\n---\n');
    assert.equal(ix.size, 1);
    ix.set('notes/x.md', 'No front matter any more');
    assert.equal(ix.size, 1, 'a file in notes/ is a note even without front matter');
    ix.set('x.md', '---\ntype: note\n---\n');
    ix.set('x.md', 'plain readme');
    assert.equal(ix.get('x.md'), undefined);
  });

  it('removes a whole folder', () => {
    const ix = new JournalIndex();
    ix.set('a/mentorship.md', agreement('sam'));
    ix.set('a/sessions/2026-11-04.md', sessionText('2026-11-04'));
    ix.set('ab/sessions/2026-11-04.md', sessionText('2026-11-04'));
    ix.removeFolder('a');
    assert.deepEqual(ix.all().map((e) => e.path), ['ab/sessions/2026-11-04.md']);
    assert.deepEqual(ix.mentorships(), []);
  });

  it('orders several sessions of one day: -10 after -2 after the first (newest first)', () => {
    const ix = new JournalIndex();
    for (const name of ['2026-10-07.md', '2026-10-07-2.md', '2026-10-07-10.md', '2026-10-08.md', '2026-10-06-3.md']) {
      ix.set(`sessions/${name}`, sessionText(name.slice(0, 10)));
    }
    assert.deepEqual(ix.sessions(null).map((e) => e.path.slice(9)), ['2026-10-08.md', '2026-10-07-10.md', '2026-10-07-2.md', '2026-10-07.md', '2026-10-06-3.md']);
  });

  it('counts goal progress without cancelled milestones, and follows edits', () => {
    const ix = new JournalIndex();
    const goal = (ms: string) => `---\ntype: goal\ntitle: G\n---\n## Milestones\n${ms}\n`;
    ix.set('goals/g.md', goal('- [x] a\n- [ ] b\n- [-] c'));
    assert.deepEqual(ix.goals(null).map((g) => [g.id, g.done, g.total]), [['g', 1, 2]]);
    ix.set('goals/g.md', goal('- [x] a\n- [x] b\n- [-] c'));
    assert.deepEqual(ix.goals(null).map((g) => [g.done, g.total]), [[2, 2]]);
  });

  it('bumps its generation on every change', () => {
    const ix = new JournalIndex();
    const g0 = ix.generation;
    ix.set('notes/x.md', '---\ntype: note\n---\n');
    const g1 = ix.generation;
    ix.remove('notes/x.md');
    assert.ok(g0 < g1 && g1 < ix.generation);
  });
});

// ---------------------------------------------------------------------------------------------
// The property: any sequence of set/remove calls leaves the index equal to a fresh build.

function snapshot(ix: JournalIndex): unknown {
  const mentorships = ix.mentorships();
  const ids: (string | null)[] = [...mentorships.map((m) => m.id), null];
  return {
    size: ix.size,
    mentorships: mentorships.map((m) => ({ id: m.id, prefix: m.prefix, path: m.agreementPath, title: m.title, mentee: m.agreement.mentee })),
    byHandle: mentorships.map((m) => (m.agreement.mentee?.handle ? ix.findMentorship(m.agreement.mentee.handle)?.id : null)),
    groups: ids.map((id) => ({
      id,
      entries: ix.entriesOf(id).map((e) => e.path),
      sessions: ix.sessions(id).map((e) => e.path),
      goals: ix.goals(id).map((g) => [g.id, g.entry.path, g.done, g.total]),
      items: ix.items(id).map((r) => [r.entry.path, r.item.line, r.mentorship]),
    })),
    all: ix.all().map((e) => [e.path, e.type, e.isPrivate, ix.mentorshipIdOf(e.path)]),
    items: ix.items().map((r) => [r.entry.path, r.item.line, r.item.kind, r.item.status, r.item.text, r.item.owner, r.item.due, r.mentorship]),
  };
}

describe('JournalIndex: incremental updates equal a fresh build (generated sequences)', () => {
  function fresh(files: Map<string, string>, rand: () => number): JournalIndex {
    const ix = new JournalIndex();
    // In a shuffled order: the result must not depend on the order files are read in.
    const entries = [...files.entries()];
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [entries[i], entries[j]] = [entries[j], entries[i]];
    }
    for (const [p, t] of entries) ix.set(p, t);
    return ix;
  }

  it('holds for 250 sequences of 40 operations', () => {
    for (let seq = 0; seq < 250; seq++) {
      const rand = prng(1000 + seq);
      const ix = new JournalIndex();
      editSequence(rand, ix, 40, (step, files, log) => {
        if (step % 10 === 9 || step === 39) assert.deepStrictEqual(snapshot(ix), snapshot(fresh(files, rand)), `sequence ${seq}, after:\n${log.join('\n')}`);
      });
    }
  });
});

describe('sortNewestFirst', () => {
  it('orders as sorting with newestFirst does, on 2,000 generated sessions', () => {
    const rand = prng(77);
    const pick = picker(rand);
    const ix = new JournalIndex();
    for (let i = 0; i < 2000; i++) {
      const day = `2026-0${1 + Math.floor(rand() * 3)}-1${Math.floor(rand() * 10)}`;
      const path = `${pick(['', 'a/', 'b/sessions/'])}sessions/${day}${pick(['', '-2', '-3', '-10', '-x'])}.md`;
      ix.set(path, `---\ntype: session\n${rand() < 0.9 ? `date: ${day}\n` : ''}---\n`);
    }
    const all = ix.all();
    assert.deepEqual(sortNewestFirst(all, (e) => e).map((e) => e.path), [...all].sort(newestFirst).map((e) => e.path));
  });
});
