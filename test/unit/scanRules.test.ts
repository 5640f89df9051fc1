// One odd folder never stops the journal loading, and a symbolic link never leads the index out
// of it: the first scan and later single-file reads (the watcher's) follow the same rules.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkJournal } from '../../src/core/checks';
import type { FileKind, JournalFs } from '../../src/core/journalFs';
import { JournalIndex } from '../../src/core/journalIndex';
import { MAX_DEPTH, readFolder, readOne, scanJournal } from '../../src/core/scan';
import { NodeJournalFs } from '../../src/node/nodeJournalFs';
import { REPO } from './helpers';

const SESSION = '---\ntype: session\ndate: 2026-11-10\n---\n## Action items\n- [ ] Write it @sam\n';

/** An in-memory journal: folders, files, links, and paths that fail like a real disk does. */
class FakeFs implements JournalFs {
  readonly files = new Map<string, string>();
  readonly links = new Set<string>();
  readonly denied = new Set<string>();

  async readDirectory(dir: string): Promise<[string, FileKind][]> {
    if (this.denied.has(dir)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
    const prefix = dir === '' ? '' : dir + '/';
    const out = new Map<string, FileKind>();
    for (const p of [...this.files.keys(), ...this.denied]) {
      if (!p.startsWith(prefix) || p === dir) continue;
      const [name, ...rest] = p.slice(prefix.length).split('/');
      if (this.links.has(prefix + name)) continue;
      out.set(name, rest.length || !this.files.has(prefix + name) ? 'directory' : 'file');
    }
    return [...out];
  }

  async readFile(p: string): Promise<string> {
    if (this.denied.has(p)) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
    const text = this.files.get(p);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
    return text;
  }

  async isLink(p: string): Promise<boolean> {
    return this.links.has(p);
  }
}

describe('reading the journal', () => {
  it('skips a folder it cannot read, with one warning, and reads the rest', async () => {
    const fs = new FakeFs();
    fs.files.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
    fs.files.set('sessions/2026-11-10.md', SESSION);
    fs.denied.add('secret');
    const index = new JournalIndex();
    const problems = await scanJournal(fs, index);
    assert.deepEqual(problems.map((p) => p.path), ['secret']);
    assert.equal(index.size, 2);
    const d = checkJournal(index).find((x) => x.code === 'unreadable')!;
    assert.equal(d.file, 'secret');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /could not read this folder \(EACCES/);
  });

  it('reports a file it cannot read as an error naming it, and forgets the problem once it reads', async () => {
    const fs = new FakeFs();
    fs.files.set('sessions/2026-11-10.md', SESSION);
    fs.files.set('sessions/2026-11-17.md', SESSION);
    fs.denied.add('sessions/2026-11-17.md');
    const index = new JournalIndex();
    await scanJournal(fs, index);
    assert.deepEqual(index.problems().map((d) => [d.file, d.severity]), [['sessions/2026-11-17.md', 'error']]);
    fs.denied.delete('sessions/2026-11-17.md');
    await readOne(fs, index, 'sessions/2026-11-17.md');
    assert.deepEqual(index.problems(), []);
    assert.ok(index.get('sessions/2026-11-17.md'));
  });

  it(`stops at ${MAX_DEPTH} folders deep, saying so once`, async () => {
    const fs = new FakeFs();
    const deep = Array.from({ length: MAX_DEPTH + 5 }, (_, i) => `d${i}`).join('/');
    fs.files.set(`${deep}/notes.md`, '---\ntype: note\n---\n');
    fs.files.set('sessions/2026-11-10.md', SESSION);
    const index = new JournalIndex();
    const problems = await scanJournal(fs, index);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /nested more than 32 deep/);
    assert.equal(index.size, 1);
  });

  it('never reads through a symbolic link that appears after the scan (a git pull)', async () => {
    const fs = new FakeFs();
    fs.files.set('sessions/2026-11-10.md', SESSION);
    const index = new JournalIndex();
    await scanJournal(fs, index);
    // A linked folder and a linked file arrive; the watcher reports their paths.
    fs.files.set('linked/2026-11-20.md', SESSION);
    fs.links.add('linked');
    fs.files.set('sessions/2026-11-21.md', SESSION);
    fs.links.add('sessions/2026-11-21.md');
    await readOne(fs, index, 'linked/2026-11-20.md');
    await readOne(fs, index, 'sessions/2026-11-21.md');
    await readFolder(fs, index, 'linked');
    assert.deepEqual(index.all().map((e) => e.path), ['sessions/2026-11-10.md']);
  });

  it('drops a file that vanished between the event and the read', async () => {
    const fs = new FakeFs();
    fs.files.set('sessions/2026-11-10.md', SESSION);
    const index = new JournalIndex();
    await scanJournal(fs, index);
    fs.files.delete('sessions/2026-11-10.md');
    await readOne(fs, index, 'sessions/2026-11-10.md');
    assert.equal(index.size, 0);
    assert.deepEqual(index.problems(), []);
  });

  describe('on a real disk, through the CLI', () => {
    let root: string;
    before(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-scan-'));
      fs.mkdirSync(path.join(root, 'sessions'));
      fs.writeFileSync(path.join(root, 'mentorship.md'), '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
      fs.writeFileSync(path.join(root, 'sessions', '2026-11-10.md'), SESSION);
      // A folder whose name is not valid UTF-8 (Linux allows any bytes but / and NUL).
      const odd = Buffer.concat([Buffer.from(root + '/caf'), Buffer.from([0xe9])]);
      fs.mkdirSync(odd);
      fs.writeFileSync(Buffer.concat([odd, Buffer.from('/2026-11-11.md')]), SESSION);
      // A link to a folder outside the journal.
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-outside-'));
      fs.writeFileSync(path.join(outside, 'x.md'), '---\ntype: note\n---\n- [ ] Outside @sam\n');
      fs.symlinkSync(outside, path.join(root, 'linked'), 'dir');
    });
    after(() => fs.rmSync(root, { recursive: true, force: true }));

    it('checks the rest of the journal, naming what it skipped, and never exits 2', () => {
      const r = spawnSync(process.execPath, ['bin/mentorship.js', 'check', '--root', root], { cwd: REPO, encoding: 'utf8' });
      assert.notEqual(r.status, 2, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /caf.*could not read/);
      assert.doesNotMatch(r.stdout, /linked|Outside/);
      assert.match(r.stdout, /in 2 entries/);
    });

    it('lists the items it could read', () => {
      const r = spawnSync(process.execPath, ['bin/mentorship.js', 'items', '--root', root, '--json'], { cwd: REPO, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((i) => i.file), ['sessions/2026-11-10.md']);
    });

    it('reads a journal through NodeJournalFs without following the link', async () => {
      const index = new JournalIndex();
      await scanJournal(new NodeJournalFs(root), index);
      assert.ok(!index.all().some((e) => e.path.startsWith('linked')));
    });

    it('says what NodeJournalFs says of links and of bytes that are not UTF-8, as workspace.fs does', async () => {
      const nodeFs = new NodeJournalFs(root);
      assert.equal(await nodeFs.isLink('linked'), true);
      assert.equal(await nodeFs.isLink('sessions'), false);
      assert.equal(await nodeFs.isLink('gone'), false);
      fs.writeFileSync(path.join(root, 'sessions', '2026-11-12.md'), Buffer.concat([Buffer.from('---\ntype: session\n---\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
      fs.writeFileSync(path.join(root, 'sessions', '2026-11-13.md'), Buffer.from('\ufeff---\ntype: session\n---\n', 'utf16le'));
      try {
        const index = new JournalIndex();
        await scanJournal(nodeFs, index);
        assert.deepEqual(index.problems().filter((d) => d.file.startsWith('sessions/')).map((d) => [d.file, /not UTF-8|UTF-16/.test(d.message)]), [
          ['sessions/2026-11-12.md', true],
          ['sessions/2026-11-13.md', true],
        ]);
        await assert.rejects(nodeFs.readFile('sessions/2026-11-12.md'), /not UTF-8/);
      } finally {
        fs.rmSync(path.join(root, 'sessions', '2026-11-12.md'));
        fs.rmSync(path.join(root, 'sessions', '2026-11-13.md'));
      }
    });
  });
});
