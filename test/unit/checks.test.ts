import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkEntryInIndex, checkJournal, hasErrors } from '../../src/core/checks';
import { JournalIndex } from '../../src/core/journalIndex';
import type { Diagnostic } from '../../src/core/model';
import { BROKEN, EXAMPLES, indexOf } from './helpers';

/** The rows of EXPECTED.md's table that name a line: [file, line]. */
function expectedRows(): [string, number][] {
  const text = fs.readFileSync(path.join(BROKEN, 'EXPECTED.md'), 'utf8');
  const rows: [string, number][] = [];
  for (const m of text.matchAll(/^\| `([^`]+)` \| (\d+|—) \|/gm)) if (m[2] !== '—') rows.push([m[1], Number(m[2])]);
  return rows;
}

describe('checks on the broken journal', () => {
  let index: JournalIndex;
  let problems: Diagnostic[];
  before(async () => {
    index = await indexOf(BROKEN);
    problems = checkJournal(index);
  });

  it('reports what EXPECTED.md lists: file, line, severity and kind', () => {
    const fm = problems.find((p) => p.code === 'front-matter');
    assert.ok(fm && (fm.line === 4 || fm.line === 5), `front matter problem on line ${fm?.line}`);
    // EXPECTED.md allows line 4 or 5 for the broken front matter; compare the rest exactly.
    const got = problems.map((p) => [p.file, p.code === 'front-matter' ? 4 : p.line, p.severity, p.code]);
    assert.deepEqual(got, [
      ['mentorship/sessions/2026-11-02.md', 11, 'error', 'bad-date'],
      ['mentorship/sessions/2026-11-04.md', 4, 'error', 'front-matter'],
      ['mentorship/sessions/2026-11-06.md', 11, 'error', 'conflict'],
      ['mentorship/sessions/2026-11-06.md', 12, 'warning', 'conflict-item'],
      ['mentorship/sessions/2026-11-06.md', 14, 'warning', 'conflict-item'],
      ['mentorship/sessions/2026-11-09.md', 4, 'warning', 'missing-goal'],
      ['mentorship/sessions/2026-11-09.md', 11, 'warning', 'missing-goal'],
      ['mentorship/sessions/2026-11-11.md', 11, 'warning', 'unknown-owner'],
    ]);
  });

  it('agrees with the table in EXPECTED.md itself (8 problems in 5 files)', () => {
    const rows = expectedRows();
    assert.equal(rows.length, 8);
    const fixed = problems.map((p) => [p.file, p.code === 'front-matter' ? 4 : p.line]);
    assert.deepEqual(fixed, rows);
    assert.equal(new Set(problems.map((p) => p.file)).size, 5);
  });

  it('names what is wrong in each message', () => {
    const msg = (file: string, line: number) => problems.find((p) => p.file === `mentorship/sessions/${file}` && (p.line === line || p.code === 'front-matter'))?.message ?? '';
    assert.match(msg('2026-11-02.md', 11), /2026-02-30/);
    assert.match(msg('2026-11-04.md', 4), /front matter/);
    assert.match(msg('2026-11-06.md', 11), /conflict/);
    assert.match(msg('2026-11-09.md', 4), /no-such-goal/);
    assert.match(msg('2026-11-09.md', 11), /missing-goal/);
    assert.match(msg('2026-11-11.md', 11), /@nobody/);
  });

  it('has errors (so `check` fails)', () => {
    assert.equal(hasErrors(problems), true);
  });

  it('still indexes every file, with the items EXPECTED.md counts', () => {
    assert.equal(index.size, 9);
    const sessions = index.items().filter((r) => r.entry.type === 'session' && !/2026-11-0[46]\.md$/.test(r.entry.path) && r.item.kind === 'action');
    assert.equal(sessions.length, 10);
    assert.equal(sessions.filter((r) => r.item.status === 'open').length, 8);
    assert.deepEqual(
      sessions.filter((r) => r.item.status === 'open').map((r) => `${r.entry.path.slice(-13, -3)}:${r.item.line}`),
      ['2026-11-02:11', '2026-11-09:11', '2026-11-09:12', '2026-11-11:11', '2026-11-11:12', '2026-11-13:11', '2026-11-16:11', '2026-11-16:12'],
    );
    assert.deepEqual(index.goals('mentorship').map((g) => [g.id, g.done, g.total]), [['design-doc', 1, 2]]);
  });

  it('keeps the details of the files with problems', () => {
    const at = (file: string, line: number) => index.get(`mentorship/sessions/${file}`)!.items.find((i) => i.line === line)!;
    assert.deepEqual([at('2026-11-09.md', 11).goals, at('2026-11-09.md', 12).goals], [['missing-goal'], ['design-doc']]);
    const nobody = at('2026-11-11.md', 11);
    assert.deepEqual([nobody.status, nobody.owner, nobody.due], ['open', 'nobody', '2026-11-28']);
  });

  it('gives the same problems for one file through checkEntryInIndex', () => {
    for (const e of index.all()) {
      assert.deepEqual(checkEntryInIndex(index, e), problems.filter((p) => p.file === e.path), e.path);
    }
  });
});

describe('checks on the sample journal', () => {
  it('finds no errors and no warnings', async () => {
    const problems = checkJournal(await indexOf(EXAMPLES));
    assert.deepEqual(problems.filter((p) => p.severity !== 'info'), []);
  });
});

describe('checks on a small journal', () => {
  const agreementText = '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\npeople: [Marta Kowalski (@marta)]\n---\n';

  it('knows owners from the agreement, its people, and introductions', () => {
    const ix = new JournalIndex();
    ix.set('mentorship.md', agreementText);
    ix.set('sessions/2026-11-01.md', '---\ntype: session\ndate: 2026-11-01\n---\n## Introductions\n- Sam ↔ Lena Park (@lena)\n## Action items\n- [ ] a @marta\n- [ ] b @lena\n- [ ] c @Sam\n- [ ] d @stranger\n');
    assert.deepEqual(checkJournal(ix).map((p) => [p.line, p.code]), [[11, 'unknown-owner']]);
  });

  it('notes entries that belong to no mentorship, and checks no owners there', () => {
    const ix = new JournalIndex();
    ix.set('sessions/2026-11-01.md', '---\ntype: session\ndate: 2026-11-01\n---\n- [ ] a @anyone\n');
    assert.deepEqual(checkJournal(ix).map((p) => [p.file, p.line, p.severity, p.code]), [['sessions/2026-11-01.md', 1, 'info', 'no-mentorship']]);
  });

  it('checks goal links within the mentorship only', () => {
    const ix = new JournalIndex();
    ix.set('mentorship.md', agreementText);
    ix.set('goals/mine.md', '---\ntype: goal\n---\n');
    ix.set('alex/mentorship.md', agreementText.replace('@sam', '@alex'));
    ix.set('alex/sessions/2026-11-01.md', '---\ntype: session\ndate: 2026-11-01\ngoals: [mine]\n---\n');
    assert.deepEqual(checkJournal(ix).map((p) => [p.file, p.line, p.code]), [['alex/sessions/2026-11-01.md', 4, 'missing-goal']]);
  });
});
