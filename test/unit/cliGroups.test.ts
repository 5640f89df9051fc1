// The CLI reads a journal one mentorship at a time; what it prints must be exactly what the whole
// journal's index says. Compared on generated journals (nested mentorships, implicit ones, files
// under none, broken files), written to disk and read back through the CLI's own entry point.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildAgenda } from '../../src/core/agenda';
import { PLAIN_STYLE, renderAgenda } from '../../src/core/agendaMarkdown';
import { nextMeetingDay } from '../../src/core/schedule';
import { checkJournal } from '../../src/core/checks';
import { JournalIndex } from '../../src/core/journalIndex';
import { scanJournal } from '../../src/core/scan';
import { main } from '../../src/cli/main';
import { ChunkedOut, JsonArrayOut } from '../../src/cli/output';
import { NodeJournalFs } from '../../src/node/nodeJournalFs';
import { editSequence } from './editSequences';
import { prng } from './helpers';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), now: () => new Date('2026-11-24T12:00:00') });
  return { code, out, err };
}

describe('the CLI, one mentorship at a time', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('prints what the whole index says, on 60 generated journals', async function () {
    this.timeout(120_000);
    for (let seed = 0; seed < 60; seed++) {
      const rand = prng(9000 + seed);
      let files = new Map<string, string>();
      editSequence(rand, new JournalIndex(), 30, (_s, f) => (files = f));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-groups-'));
      dirs.push(dir);
      for (const [rel, text] of files) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      }
      const whole = new JournalIndex();
      await scanJournal(new NodeJournalFs(dir), whole);
      const what = `seed ${seed}: ${[...files.keys()].sort().join(', ')}`;

      const check = await run('check', '--root', dir, '--json');
      const expected = checkJournal(whole).map(({ file, line, column, severity, code, message }) => (column === undefined ? { file, line, severity, code, message } : { file, line, column: column + 1, severity, code, message }));
      assert.equal(check.out, JSON.stringify(expected, null, 2) + '\n', what);
      const text = await run('check', '--root', dir);
      assert.match(text.out, new RegExp(`in ${whole.size} entries\\.\\n$`), what);

      const items = await run('items', '--root', dir, '--json', '--today', '2026-11-24');
      const rows = JSON.parse(items.out) as { file: string; line: number; mentorship: string | null; text: string }[];
      assert.deepEqual(rows.map((r) => [r.file, r.line, r.mentorship, r.text]), whole.items().map((r) => [r.entry.path, r.item.line, r.mentorship, r.item.text]), what);

      for (const m of whole.mentorships()) {
        for (const wanted of [m.id, ...(m.agreement.mentee?.handle ? [`@${m.agreement.mentee.handle}`] : [])]) {
          const agenda = await run('agenda', '--root', dir, '--mentorship', wanted, '--today', '2026-11-24');
          const found = whole.findMentorship(wanted)!;
          let expectedAgenda: string;
          try {
            // As the CLI makes it: for the next meeting, in the plain style of text read once.
            const date = nextMeetingDay(whole.shared(), found.id, '2026-11-24');
            expectedAgenda = renderAgenda(buildAgenda(whole.shared(), { mentorshipId: found.id, today: '2026-11-24', date }), PLAIN_STYLE);
          } catch (e) {
            // A mentorship known only from private entries has no agenda: the same refusal.
            expectedAgenda = '';
            assert.equal(agenda.err, `mentorship: ${(e as Error).message}\n`, `${what}; --mentorship ${wanted}`);
          }
          assert.equal(agenda.out, expectedAgenda, `${what}; --mentorship ${wanted}`);
          const mine = await run('items', '--root', dir, '--json', '--mentorship', wanted, '--today', '2026-11-24');
          assert.deepEqual((JSON.parse(mine.out) as { file: string; line: number }[]).map((r) => [r.file, r.line]), whole.items(found.id).map((r) => [r.entry.path, r.item.line]), `${what}; items --mentorship ${wanted}`);
        }
      }
      const only = await run('agenda', '--root', dir, '--today', '2026-11-24');
      if (whole.mentorships().length === 1) assert.equal(only.code, 0, `${what}: ${only.err}`);
      else assert.equal(only.code, 2, what);
    }
  });

  it('writes the same JSON as one JSON.stringify, empty lists included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-groups-'));
    dirs.push(dir);
    assert.equal((await run('items', '--root', dir, '--json')).out, '[]\n');
    assert.equal((await run('check', '--root', dir, '--json')).out, '[]\n');
  });
});

describe('JSON written one element at a time', () => {
  it('is byte for byte JSON.stringify(list, null, 2), for rows of every shape', () => {
    const lists: unknown[][] = [
      [],
      [{}],
      [{ a: 'x' }, { b: null, c: 1.5, d: true, e: [] }],
      [{ text: 'quotes " and \\ and \n new lines, tabs\t, emoji 📅 and NBSP\u00a0', goals: ['a', 'b"c'], n: -0, nan: NaN, inf: Infinity }],
      [{ skip: undefined, fn: () => 1, kept: 'yes' }],
      [{ nested: { deep: [1, { x: 2 }] } }, [1, 2], 'plain', 3, null, { list: [[1]] }],
      [{ 'odd key "1"': 1, '': '' }],
    ];
    for (const list of lists) {
      let written = '';
      const json = new JsonArrayOut(new ChunkedOut((t) => (written += t)));
      for (const v of list) json.push(v);
      json.end();
      assert.equal(written, JSON.stringify(list, null, 2) + '\n', JSON.stringify(list));
    }
  });
});
