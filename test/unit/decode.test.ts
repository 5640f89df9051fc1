// Files that are not UTF-8 text are reported by name, never read as items and never edited:
// a UTF-16 file used to show no items and "No problems", a binary one random notices, and a
// Latin-1 one had its bytes turned into U+FFFD by the first edit. Duplicate front-matter keys
// used to be read silently (last wins): a session became a goal.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkJournal } from '../../src/core/checks';
import { decodeJournalFile, firstInvalidUtf8, UndecodableFile } from '../../src/core/decode';
import { assertEditable, EditRefused } from '../../src/core/edits';
import { JournalIndex } from '../../src/core/journalIndex';
import { parseEntry } from '../../src/core/parseEntry';
import { scanJournal } from '../../src/core/scan';
import { NodeJournalFs } from '../../src/node/nodeJournalFs';

const SESSION = '---\ntype: session\ndate: 2026-11-24\n---\n## Action items\n- [ ] Draft it @sam\n';

function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** Bytes that are valid nowhere as text: a PNG's header and some pixels. */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0x78, 0x0a, 0xff, 0x00, 0x7f]);

describe('decoding journal files: only UTF-8 is text', () => {
  it('reads UTF-8, with or without a byte-order mark, as it is', () => {
    assert.deepEqual(decodeJournalFile(Buffer.from(SESSION)), { text: SESSION });
    assert.deepEqual(decodeJournalFile(Buffer.from('\ufeff' + SESSION + 'café 日本 😀')), { text: '\ufeff' + SESSION + 'café 日本 😀' });
    assert.deepEqual(decodeJournalFile(new Uint8Array(0)), { text: '' });
  });

  it('names UTF-16 files, with a byte-order mark either way round or without one', () => {
    for (const bytes of [utf16le(SESSION, true), utf16be(SESSION), utf16le(SESSION, false)]) {
      const d = decodeJournalFile(bytes);
      assert.ok('problem' in d && d.problem === 'utf16', JSON.stringify(d));
      assert.match(d.message, /UTF-16.*save the file as UTF-8/);
    }
  });

  it('names binary files (a NUL byte, as git decides)', () => {
    const d = decodeJournalFile(PNG);
    assert.ok('problem' in d && d.problem === 'binary', JSON.stringify(d));
    assert.match(d.message, /^binary file/);
  });

  it('names files in another encoding, with the line of the first bad byte', () => {
    const latin1 = Buffer.from('---\ntype: note\n---\nCaf\xe9 au lait\n', 'latin1');
    const d = decodeJournalFile(latin1);
    assert.ok('problem' in d && d.problem === 'not-utf8', JSON.stringify(d));
    assert.match(d.message, /^not UTF-8: line 4 /);
  });

  it('finds the first byte that is not UTF-8: stray, overlong, surrogate, truncated', () => {
    const cases: [number[], number][] = [
      [[0x61, 0x80], 1],
      [[0x61, 0xc0, 0xaf], 1],
      [[0xe0, 0x80, 0xaf], 0],
      [[0xed, 0xa0, 0x80], 0],
      [[0x61, 0x62, 0xe6, 0x97], 2],
      [[0xf4, 0x90, 0x80, 0x80], 0],
      [[0xe6, 0x97, 0xa5, 0x61], 4],
    ];
    for (const [bytes, at] of cases) assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), at, JSON.stringify(bytes));
    for (const [bytes] of cases.slice(0, 6)) assert.ok('problem' in decodeJournalFile(Uint8Array.from(bytes)), JSON.stringify(bytes));
  });
});

describe('the index keeps one problem, and no entry, for a file that is not UTF-8 text', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-decode-'));
    fs.mkdirSync(path.join(root, 'sessions'));
    fs.writeFileSync(path.join(root, 'mentorship.md'), '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
    fs.writeFileSync(path.join(root, 'sessions', '2026-11-24.md'), SESSION);
    fs.writeFileSync(path.join(root, 'sessions', '2026-11-25.md'), utf16le(SESSION.replace('24', '25'), true));
    fs.writeFileSync(path.join(root, 'sessions', '2026-11-26.md'), PNG);
    fs.writeFileSync(path.join(root, 'sessions', '2026-11-27.md'), Buffer.from(SESSION.replace('Draft', 'R\xe9sum\xe9'), 'latin1'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('scanning lists each such file once, by name, as an error, and reads none of its items', async () => {
    const index = new JournalIndex();
    // What was skipped comes back too, named as the index records it.
    const skipped = await scanJournal(new NodeJournalFs(root), index);
    assert.deepEqual(skipped.map((p) => [p.path, p.code]), [['sessions/2026-11-25.md', 'encoding'], ['sessions/2026-11-26.md', 'binary'], ['sessions/2026-11-27.md', 'encoding']]);
    assert.deepEqual(index.items().map((r) => r.entry.path), ['sessions/2026-11-24.md']);
    for (const p of ['sessions/2026-11-25.md', 'sessions/2026-11-26.md', 'sessions/2026-11-27.md']) assert.equal(index.get(p), undefined, p);
    const problems = checkJournal(index).filter((d) => d.severity === 'error');
    assert.deepEqual(
      problems.map((d) => [d.file, d.line, d.code]),
      [
        ['sessions/2026-11-25.md', 1, 'encoding'],
        ['sessions/2026-11-26.md', 1, 'binary'],
        ['sessions/2026-11-27.md', 1, 'encoding'],
      ],
    );
    assert.match(problems[0].message, /UTF-16/);
    assert.match(problems[2].message, /not UTF-8: line 6/);
  });

  it('forgets the problem when the file is read again as text, or goes', () => {
    const index = new JournalIndex();
    index.setProblem('sessions/a.md', { file: 'sessions/a.md', line: 1, severity: 'error', code: 'binary', message: 'binary file' });
    assert.equal(index.problems().length, 1);
    index.set('sessions/a.md', SESSION);
    assert.deepEqual([index.problems(), index.get('sessions/a.md')?.items.length], [[], 1]);
    index.setProblem('sessions/a.md', { file: 'sessions/a.md', line: 1, severity: 'error', code: 'binary', message: 'binary file' });
    assert.equal(index.get('sessions/a.md'), undefined, 'an entry read before is dropped');
    index.removeFolder('sessions');
    assert.deepEqual(index.problems(), []);
  });

  it('the Node reader throws a typed error naming the file, never text with U+FFFD', () => {
    const fsys = new NodeJournalFs(root);
    assert.throws(() => fsys.readFileNow('sessions/2026-11-27.md'), (e: Error) => e instanceof UndecodableFile && e.path === 'sessions/2026-11-27.md' && e.problem === 'not-utf8');
    assert.equal(fsys.readFileNow('sessions/2026-11-24.md'), SESSION);
  });
});

describe('a front-matter key written twice is an error, and the file is not edited', () => {
  it('names the key and both lines', () => {
    const e = parseEntry('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\ngoals: [a]\ntype: goal\n---\n## Notes\n')!;
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.severity, d.code]), [[5, 'error', 'duplicate-key']]);
    assert.match(e.diagnostics[0].message, /"type" twice \(lines 2 and 5\)/);
    assert.equal(e.unsafeToEdit, true);
    assert.throws(() => assertEditable(e, e.path), (err: Error) => err instanceof EditRefused && /key written twice/.test(err.message));
  });

  it('finds duplicates in nested maps too, and quoted spellings of the same key', () => {
    const e = parseEntry('mentorship.md', '---\ntype: agreement\nmentor:\n  name: Priya\n  name: Lena\n"type": agreement\n---\n')!;
    assert.deepEqual(e.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => d.line), [5, 6]);
  });

  it('leaves files without duplicates alone', () => {
    const e = parseEntry('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\nnotes: |\n  type: goal\n  type: x\n---\n')!;
    assert.deepEqual([e.diagnostics, e.unsafeToEdit], [[], false]);
  });
});
