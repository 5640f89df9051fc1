// The CLI as a user runs it: `node bin/mentorship.js …` from the repository root, on the bundle
// that `npm run build` writes (rebuilt here first when it is missing or older than the sources).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hookInstallCommand } from '../../src/core/gitSetup';
import { REPO } from './helpers';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['bin/mentorship.js', ...args], { cwd: REPO, encoding: 'utf8', timeout: 30000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const goldenText = (name: string) => fs.readFileSync(path.join(REPO, 'test', 'golden', name), 'utf8');

function newestSource(dir: string): number {
  let newest = 0;
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    newest = Math.max(newest, d.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** A misuse: exit 2, nothing on stdout, one line on stderr and no stack trace. */
function assertMisuse(r: Run, pattern: RegExp): void {
  assert.equal(r.status, 2, `exit ${r.status}, stderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0], /^mentorship: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(r.stderr, /at .*\(/);
}

describe('CLI', function () {
  this.timeout(120000);

  before(() => {
    const bundle = path.join(REPO, 'dist', 'cli.js');
    const sources = Math.max(...['src/core', 'src/cli', 'src/node'].map((d) => newestSource(path.join(REPO, d))));
    if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < sources) {
      const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
      assert.equal(b.status, 0, `npm run build failed:\n${b.stdout}${b.stderr}`);
    }
  });

  describe('items', () => {
    let rows: Record<string, unknown>[];
    before(() => {
      const r = cli('items', '--root', 'examples', '--json', '--today', '2026-11-24');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      rows = JSON.parse(r.stdout);
    });

    it('prints every item as JSON with the documented fields', () => {
      assert.ok(Array.isArray(rows) && rows.length > 50);
      const keys = ['kind', 'status', 'text', 'title', 'owner', 'due', 'completion', 'overdue', 'goals', 'file', 'line', 'date', 'mentorship', 'private'];
      const tasksKeys = ['created', 'start', 'scheduled', 'cancelledDate', 'priority', 'recurrence', 'taskId', 'dependsOn', 'onCompletion', 'blockId'];
      for (const row of rows) assert.deepEqual(Object.keys(row), [...keys, ...tasksKeys]);
    });

    it('gives an action item its text without checkbox, owner without @, due, file, line and mentorship', () => {
      const row = rows.find((r) => r.file === 'mentorship/sessions/2026-11-18.md' && r.line === 28);
      assert.deepEqual(row, {
        kind: 'action',
        status: 'open',
        text: 'Present the RFC at the architecture review @sam [goal:: design-doc] 📅 2026-12-03',
        title: 'Present the RFC at the architecture review @sam',
        owner: 'sam',
        due: '2026-12-03',
        completion: null,
        overdue: false,
        goals: ['design-doc'],
        file: 'mentorship/sessions/2026-11-18.md',
        line: 28,
        date: '2026-11-18',
        mentorship: 'mentorship',
        private: false,
        created: null,
        start: null,
        scheduled: null,
        cancelledDate: null,
        priority: null,
        recurrence: null,
        taskId: null,
        dependsOn: [],
        onCompletion: null,
        blockId: null,
      });
      const overdue = rows.find((r) => r.file === 'mentorship/sessions/2026-11-04.md' && r.line === 28);
      assert.equal(overdue?.overdue, true);
    });

    it('gives plain bullets a null status, and marks private items and their mentorship', () => {
      const win = rows.find((r) => r.file === 'mentorship/alex/sessions/2026-10-14.md' && r.line === 21);
      assert.deepEqual([win?.kind, win?.status, win?.mentorship, win?.text], ['win', null, 'mentorship/alex', 'A teammate thanked Alex for a review that caught a missing timeout.']);
      const secret = rows.filter((r) => r.private === true);
      assert.deepEqual(secret.map((r) => [r.file, r.line]), [['mentorship/private/2026-10-20-reflection.md', 22]]);
    });

    it('uses journal-relative, /-separated paths and never lists fenced or commented lines', () => {
      for (const r of rows) assert.match(String(r.file), /^mentorship\/[^\\]+\.md$/);
      assert.ok(!rows.some((r) => /Who owns the migration|conference travel budget/.test(String(r.text))));
    });

    it('filters open items of one mentorship', () => {
      const r = cli('items', '--root', 'examples', '--json', '--open', '--mentorship', 'alex');
      assert.equal(r.status, 0, r.stderr);
      const open: Record<string, unknown>[] = JSON.parse(r.stdout);
      assert.ok(open.length > 0);
      assert.ok(open.every((x) => x.status === 'open' && x.mentorship === 'mentorship/alex'));
    });

    it('prints one line per item without --json', () => {
      const r = cli('items', '--root', 'examples', '--mentorship', 'sam', '--today', '2026-11-24');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^mentorship\/sessions\/2026-11-04\.md:28\taction\t\[ \] Send the RFC draft to Tomás for a security read @sam \(due 2026-11-13, overdue\)$/m);
    });
  });

  describe('a journal written with Obsidian Tasks and Dataview', () => {
    const root = 'test/fixtures/tasks-journal';

    it('lists every item with its Tasks fields, and non-ASCII owners whole', () => {
      const r = cli('items', '--root', root, '--json', '--today', '2026-11-19');
      assert.equal(r.status, 0, r.stderr);
      const rows: Record<string, unknown>[] = JSON.parse(r.stdout);
      const at = (line: number) => rows.find((x) => x.file === 'mentorship/sessions/2026-11-04.md' && x.line === line)!;
      assert.deepEqual(at(11), {
        kind: 'action',
        status: 'open',
        text: 'Draft the cut-over runbook @zoë ⏫ 📅 2026-11-20 ➕ 2026-11-04 🆔 runbk1',
        title: 'Draft the cut-over runbook @zoë',
        owner: 'zoë',
        due: '2026-11-20',
        completion: null,
        overdue: false,
        goals: [],
        file: 'mentorship/sessions/2026-11-04.md',
        line: 11,
        date: '2026-11-04',
        mentorship: 'mentorship',
        private: false,
        created: '2026-11-04',
        start: null,
        scheduled: null,
        cancelledDate: null,
        priority: 'high',
        recurrence: null,
        taskId: 'runbk1',
        dependsOn: [],
        onCompletion: null,
        blockId: null,
      });
      assert.deepEqual([at(12).owner, at(12).due, at(12).priority, at(12).dependsOn], ['josé', '2026-11-25', 'low', ['runbk1']]);
      assert.deepEqual([at(13).status, at(13).title, at(13).owner, at(13).scheduled, at(13).recurrence, at(13).blockId], ['open', 'Подготовить доклад о миграции @łukasz', 'łukasz', '2026-11-12', 'every week', 'talk-1']);
      assert.deepEqual([at(14).status, at(14).due, at(14).priority], ['open', '2026-11-18', 'high']);
      assert.deepEqual([at(15).title, at(15).due, at(15).scheduled], ['Book the dry run [dependson:: runbk1] @zoë', '2026-11-21', '2026-11-19']);
      assert.deepEqual([at(16).status, at(16).cancelledDate], ['cancelled', '2026-11-03']);
      assert.deepEqual([at(17).due, at(17).title], [null, 'Note the odd bracket [due::2026-11-22) for later @zoë']);
      assert.deepEqual([at(20).title, at(20).due, at(20).onCompletion], ['Write the retro summary @zoë', '2026-11-15', 'delete']);
      assert.deepEqual(rows.filter((x) => x.kind === 'win').map((x) => [x.title, x.completion, x.due]), [
        ['完成了第一次排练 ✅', null, null],
        ['Shipped the invoice preview ✅ on time', null, null],
        ['Calendar cleanup 📅 done', null, null],
      ]);
    });

    it('finds no problem in it: emoji in prose are prose, [/] is a checkbox, the owners are known', () => {
      const r = cli('check', '--root', root);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, 'No problems in 3 entries.\n');
    });
  });

  describe('agenda', () => {
    it('prints the golden agenda', () => {
      const r = cli('agenda', '--root', 'examples', '--mentorship', 'mentorship', '--today', '2026-11-24');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, goldenText('agenda-plain-sam-2026-11-24.md'));
    });

    it('finds the mentorship by the mentee handle, and by folder relative to --root', () => {
      const expected = goldenText('agenda-plain-sam-2026-11-24.md');
      assert.equal(cli('agenda', '--root', 'examples', '--mentorship', 'sam', '--today', '2026-11-24').stdout, expected);
      assert.equal(cli('agenda', '--root', 'examples', '--mentorship=@sam', '--today=2026-11-24').stdout, expected);
      assert.equal(cli('agenda', '--root', 'examples/mentorship', '--mentorship', '.', '--today', '2026-11-24').stdout, expected);
      const alex = goldenText('agenda-plain-alex-2026-11-24.md');
      assert.equal(cli('agenda', '--root', 'examples', '--mentorship', 'mentorship/alex', '--today', '2026-11-24').stdout, alex);
      assert.equal(cli('agenda', '--root', 'examples/mentorship', '--mentorship', 'alex/', '--today', '2026-11-24').stdout, alex);
    });

    it('prints the agenda as JSON, the same twice', () => {
      const a = cli('agenda', '--root', 'examples', '--mentorship', 'sam', '--today', '2026-11-24', '--json');
      assert.equal(a.status, 0, a.stderr);
      const data = JSON.parse(a.stdout);
      assert.deepEqual(data.actionItems.map((g: { owner: string }) => g.owner), ['sam', 'priya', 'marta']);
      assert.equal(cli('agenda', '--root', 'examples', '--mentorship', 'sam', '--today', '2026-11-24', '--json').stdout, a.stdout);
    });

    it("is for the next meeting: after today's session is held, the next cadence day; --date names another", () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-cli-agenda-'));
      try {
        const write = (rel: string, text: string) => {
          fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
          fs.writeFileSync(path.join(root, rel), text);
        };
        write('mentorship.md', '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Zoë Müller (@zoë)\ncadence: weekly\n---\n');
        write('sessions/2026-11-17.md', '---\ntype: session\ndate: 2026-11-17\n---\n\n## Notes\n\nWir haben über das Budget gesprochen.\n\n## Action items\n\n- [ ] Budget an Łukasz schicken @zoë [due:: 2026-11-20]\n');
        // Planned: the meeting of today, its agenda generated, nothing recorded yet.
        write('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\n---\n\n## Agenda\n\n- Budget\n');
        const before = cli('agenda', '--root', root, '--today', '2026-11-24');
        assert.equal(before.status, 0, before.stderr);
        assert.match(before.stdout, /meeting 2026-11-24 · last session 2026-11-17/);
        assert.match(before.stdout, /\n- \[ \] Budget an Łukasz schicken — \*\*overdue 4 days\*\*, due 2026-11-20 · from 2026-11-17 \(sessions\/2026-11-17\.md:12\)\n/);
        // Today's session is logged: the agenda is for next week's meeting.
        write('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\n---\n\n## Agenda\n\n- Budget\n\n## Notes\n\n预算已发送。\n');
        assert.match(cli('agenda', '--root', root, '--today', '2026-11-24').stdout, /meeting 2026-12-01 · last session 2026-11-24/);
        assert.match(cli('agenda', '--root', root, '--today', '2026-11-24', '--date', '2026-12-08').stdout, /meeting 2026-12-08 · last session 2026-11-24/);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });

    it('asks which mentorship when there are several', () => {
      const r = cli('agenda', '--root', 'examples', '--today', '2026-11-24');
      assertMisuse(r, /--mentorship/);
      assert.match(r.stderr, /mentorship\/alex/);
    });

    it('refuses a mentorship that does not exist, listing those that do', () => {
      assertMisuse(cli('agenda', '--root', 'examples', '--mentorship', 'nobody'), /no mentorship "nobody".*@sam/);
    });
  });

  describe('report', () => {
    it('prints the golden report', () => {
      const r = cli('report', '--root', 'examples', '--mentorship', 'sam', '--from', '2026-08-01', '--to', '2026-11-30');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, goldenText('report-sam-2026-08-01-2026-11-30.md'));
    });

    it('prints the report as JSON', () => {
      const r = cli('report', '--root', 'examples', '--mentorship', 'sam', '--from', '2026-08-01', '--to', '2026-11-30', '--json');
      assert.equal(r.status, 0, r.stderr);
      const data = JSON.parse(r.stdout);
      assert.equal(data.sessions.length, 9);
      assert.equal(data.actionsOpen, 10);
    });
  });

  describe('check', () => {
    it('exits 1 on the broken journal, with the problems as a JSON array', () => {
      const r = cli('check', '--root', 'test/fixtures/broken-journal', '--json');
      assert.equal(r.status, 1, r.stderr);
      const problems: Record<string, unknown>[] = JSON.parse(r.stdout);
      for (const p of problems) {
        assert.equal(typeof p.file, 'string');
        assert.equal(typeof p.line, 'number');
        assert.ok(['error', 'warning', 'info'].includes(String(p.severity)));
        assert.equal(typeof p.message, 'string');
      }
      assert.deepEqual(
        problems.map((p) => [p.file, p.severity]),
        [
          ['mentorship/sessions/2026-11-02.md', 'error'],
          ['mentorship/sessions/2026-11-04.md', 'error'],
          ['mentorship/sessions/2026-11-06.md', 'error'],
          ['mentorship/sessions/2026-11-06.md', 'warning'],
          ['mentorship/sessions/2026-11-06.md', 'warning'],
          ['mentorship/sessions/2026-11-09.md', 'warning'],
          ['mentorship/sessions/2026-11-09.md', 'warning'],
          ['mentorship/sessions/2026-11-11.md', 'warning'],
        ],
      );
      assert.deepEqual(problems.filter((p) => p.file !== 'mentorship/sessions/2026-11-04.md').map((p) => p.line), [11, 11, 12, 14, 4, 11, 11]);
    });

    it('prints one line per problem and a summary without --json', () => {
      const r = cli('check', '--root', 'test/fixtures/broken-journal');
      assert.equal(r.status, 1);
      // With the column of the token when the check knows it (1-based): the date here.
      assert.match(r.stdout, /^mentorship\/sessions\/2026-11-02\.md:11:53: error: .*2026-02-30/m);
      const line = fs.readFileSync(path.join(REPO, 'test/fixtures/broken-journal/mentorship/sessions/2026-11-02.md'), 'utf8').split('\n')[10];
      assert.equal(line.slice(52, 62), '2026-02-30');
      assert.match(r.stdout, /^mentorship\/sessions\/2026-11-04\.md:5: error: front matter/m);
      assert.match(r.stdout, /^8 problems \(3 errors\) in 9 entries\.$/m);
    });

    it('exits 0 on the sample journal', () => {
      const r = cli('check', '--root', 'examples');
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, 'No problems in 21 entries.\n');
      const json = cli('check', '--root', 'examples', '--json');
      assert.equal(json.status, 0);
      assert.deepEqual(JSON.parse(json.stdout), []);
    });
  });

  describe('merge-driver', () => {
    const session = (items: string[]) => ['---', 'type: session', 'date: 2026-11-24', '---', '', '# Session', '', '## Action items', '', ...items, ''].join('\n');
    const base = session(['- [ ] Draft the outline @sam', '- [ ] Book a review slot @priya']);
    let dir: string;
    /** Writes the three versions as git does (temporary files) and runs the driver on them. */
    function driver(o: string | Buffer, a: string | Buffer, b: string | Buffer, ...extra: string[]) {
      const files = ['O', 'A', 'B'].map((n) => path.join(dir, n));
      [o, a, b].forEach((text, i) => fs.writeFileSync(files[i], text));
      const r = cli('merge-driver', ...files, 'mentorship/sessions/2026-11-24.md', ...extra);
      return { ...r, result: fs.readFileSync(files[1]) };
    }
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-driver-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('writes the merge into OURS and exits 0 when it is clean', () => {
      const r = driver(base, base.replace('- [ ] Draft', '- [x] Draft').replace('@sam\n', '@sam [completion:: 2026-11-25]\n'), base.replace('@priya', '@priya [due:: 2026-12-01]'));
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.equal(r.result.toString('utf8'), session(['- [x] Draft the outline @sam [completion:: 2026-11-25]', '- [ ] Book a review slot @priya [due:: 2026-12-01]']));
    });

    it('leaves conflict markers with the labels it is given and exits 1, naming the file once', () => {
      const r = driver(base, base.replace('@priya', '@priya [due:: 2026-12-01]'), base.replace('@priya', '@priya [due:: 2026-12-02]'), '--ours-label', 'HEAD', '--theirs-label', 'origin/main');
      assert.equal(r.status, 1);
      assert.match(r.result.toString('utf8'), /^<<<<<<< HEAD\n- \[ \] Book a review slot @priya \[due:: 2026-12-01\]\n=======\n.*\n>>>>>>> origin\/main$/m);
      assert.equal(r.stderr, 'mentorship: mentorship/sessions/2026-11-24.md: 1 conflict left (merged item by item)\n');
    });

    it('merges a file that is not UTF-8 line by line, byte for byte', () => {
      const latin1 = (t: string) => Buffer.from(t, 'latin1');
      const r = driver(latin1('caf\xe9\nb\nc\n'), latin1('CAF\xc9\nb\nc\n'), latin1('caf\xe9\nb\nc\xe9\n'));
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.result, latin1('CAF\xc9\nb\nc\xe9\n'));
    });

    it('keeps OURS of a binary file and exits 1', () => {
      const r = driver(Buffer.from([0, 1]), Buffer.from([0, 2]), Buffer.from([0, 3]));
      assert.equal(r.status, 1);
      assert.deepEqual(r.result, Buffer.from([0, 2]));
      assert.match(r.stderr, /binary; kept our version/);
    });

    it('refuses a call without the four files, or with a file that is not there', () => {
      assertMisuse(cli('merge-driver', 'a', 'b', 'c'), /needs 4 arguments/);
      assertMisuse(cli('merge-driver', path.join(dir, 'none'), path.join(dir, 'none'), path.join(dir, 'none'), 'x.md'), /cannot read/);
      assertMisuse(cli('merge-driver', 'a', 'b', 'c', 'd', '--marker-size', 'x'), /--marker-size "x"/);
    });

    it('is what git runs for journal files, once .gitattributes and git config name it', function () {
      const git = (...args: string[]) => {
        const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
        assert.ok(r.status === 0 || args[0] === 'merge', `git ${args.join(' ')}: ${r.stderr}`);
        return r;
      };
      git('init', '-q', '-b', 'main');
      git('config', 'user.email', 'test@example.com');
      git('config', 'user.name', 'Test');
      git('config', 'merge.mentorship.driver', `"${process.execPath}" "${path.join(REPO, 'bin', 'mentorship.js')}" merge-driver %O %A %B %P`);
      fs.writeFileSync(path.join(dir, '.gitattributes'), 'mentorship/**/*.md merge=mentorship\n');
      fs.mkdirSync(path.join(dir, 'mentorship', 'sessions'), { recursive: true });
      const file = path.join(dir, 'mentorship', 'sessions', '2026-11-24.md');
      fs.writeFileSync(file, base);
      git('add', '-A');
      git('commit', '-qm', 'base');
      git('checkout', '-qb', 'priya');
      fs.writeFileSync(file, base.replace('@priya', '@priya [due:: 2026-12-01]'));
      git('commit', '-qam', 'priya sets a due date');
      git('checkout', '-q', 'main');
      fs.writeFileSync(file, base.replace('- [ ] Draft', '- [x] Draft'));
      git('commit', '-qam', 'sam ticks the item above it');
      // Git's own merge conflicts here (neighbouring lines); the driver merges them.
      const merge = git('merge', '--no-edit', 'priya');
      assert.equal(merge.status, 0, merge.stdout + merge.stderr);
      assert.equal(fs.readFileSync(file, 'utf8'), session(['- [x] Draft the outline @sam', '- [ ] Book a review slot @priya [due:: 2026-12-01]']));
    });
  });

  describe('pre-commit hook (installed as Set Up Git Merging types it)', () => {
    it('refuses a commit whose staged journal has conflict markers, and lets a clean one through', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-hook-'));
      try {
        const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: dir, encoding: 'utf8' });
        run('git', ['init', '-q']);
        run('git', ['config', 'user.email', 'test@example.com']);
        run('git', ['config', 'user.name', 'Test']);
        const install = run('sh', ['-c', hookInstallCommand('mentorship', `"${process.execPath}" "${path.join(REPO, 'bin', 'mentorship.js')}"`)]);
        assert.match(install.stdout, /^installed /, install.stderr);
        const file = path.join(dir, 'mentorship', 'sessions', '2026-11-24.md');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, '---\ntype: session\ndate: 2026-11-24\n---\n\n<<<<<<< ours\n- [ ] A @sam\n=======\n- [ ] B @sam\n>>>>>>> theirs\n');
        run('git', ['add', '-A']);
        const refused = run('git', ['commit', '-qm', 'conflicted']);
        assert.equal(refused.status, 1);
        assert.match(refused.stderr, /sessions\/2026-11-24\.md:6: error: unresolved git conflict marker/);
        fs.writeFileSync(file, '---\ntype: session\ndate: 2026-11-24\n---\n\n- [ ] A @sam\n');
        run('git', ['add', '-A']);
        const committed = run('git', ['commit', '-qm', 'resolved']);
        assert.equal(committed.status, 0, committed.stdout + committed.stderr);
        // An existing hook is left alone.
        assert.match(run('sh', ['-c', hookInstallCommand('mentorship', 'mentorship')]).stdout, /exists: add the Mentorship check to it by hand/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('health, skills and program (as typed, on the four health journals)', () => {
    const ROOT = 'test/fixtures/health';
    let tmp: string;
    before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-cli-program-'))));
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('prints the golden health as JSON and as text, exit 0', () => {
      const json = cli('health', '--root', ROOT, '--today', '2026-11-24', '--json');
      assert.equal(json.status, 0, json.stderr);
      assert.equal(json.stderr, '');
      assert.equal(json.stdout, goldenText('health-fixtures-2026-11-24.json'));
      const rows = JSON.parse(json.stdout) as Record<string, unknown>[];
      for (const row of rows) {
        for (const key of ['mentorship', 'cadence', 'followThrough', 'goals', 'signals']) assert.ok(key in row, key);
        const c = row.cadence as Record<string, unknown>;
        for (const key of ['expected', 'held', 'rate', 'lastSession']) assert.ok(key in c, key);
        const f = row.followThrough as Record<string, Record<string, unknown>>;
        for (const side of ['mentor', 'mentee']) for (const key of ['handle', 'closed', 'closedOnTime', 'open', 'overdue']) assert.ok(key in f[side], `${side}.${key}`);
        for (const g of row.goals as Record<string, unknown>[]) assert.equal(typeof g.stale, 'boolean');
        for (const sig of row.signals as Record<string, unknown>[]) {
          assert.deepEqual(['kind', 'level', 'message', 'evidence'].filter((k) => !(k in sig)), []);
          assert.ok(['ok', 'watch', 'act'].includes(sig.level as string));
        }
      }
      const text = cli('health', '--root', ROOT, '--today', '2026-11-24');
      assert.equal(text.status, 0, text.stderr);
      assert.equal(text.stdout, goldenText('health-fixtures-2026-11-24.txt'));
    });

    it('prints one mentorship\'s health with --mentorship (folder or mentee handle)', () => {
      const byFolder = JSON.parse(cli('health', '--root', ROOT, '--today', '2026-11-24', '--json', '--mentorship', 'lapsing').stdout);
      const byHandle = JSON.parse(cli('health', '--root', ROOT, '--today', '2026-11-24', '--json', '--mentorship', '@lena').stdout);
      assert.equal(byFolder.length, 1);
      assert.deepEqual(byHandle, byFolder);
      assert.equal(byFolder[0].level, 'act');
    });

    it('prints the golden skills as JSON and text', () => {
      const json = cli('skills', '--root', ROOT, '--today', '2026-11-24', '--json');
      assert.equal(json.status, 0, json.stderr);
      assert.equal(json.stdout, goldenText('skills-fixtures-2026-11-24.json'));
      assert.equal(cli('skills', '--root', ROOT, '--today', '2026-11-24').stdout, goldenText('skills-fixtures-2026-11-24.txt'));
    });

    it('writes the golden program report and says what it wrote', () => {
      const out = path.join(tmp, 'report.html');
      const r = cli('program', '--root', ROOT, '--out', out, '--today', '2026-11-24');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `Wrote ${out}: 4 pairs, 3 active, 2 to check in with.\n`);
      assert.equal(fs.readFileSync(out, 'utf8'), goldenText('program-fixtures-2026-11-24.html'));
      const json = cli('program', '--root', ROOT, '--today', '2026-11-24', '--json');
      assert.equal(json.stdout, goldenText('program-fixtures-2026-11-24.json'));
    });

    it('refuses misuse with one line and exit 2', () => {
      assertMisuse(cli('health', '--root', ROOT, '--today', '2026-02-30'), /--today "2026-02-30" is not a date/);
      assertMisuse(cli('health', '--root', ROOT, '--mentorship', 'nobody'), /no mentorship "nobody"/);
      assertMisuse(cli('health', '--root', ROOT, '--verbose'), /unknown option --verbose/);
      assertMisuse(cli('skills', '--root', 'no/such/folder'), /no such folder/);
      assertMisuse(cli('program', '--root', ROOT), /program needs --out/);
      assertMisuse(cli('program', '--root', ROOT, '--out', path.join(tmp, 'report.txt')), /name an \.html file/);
      assertMisuse(cli('program', '--root', ROOT, '--out', path.join(tmp, 'no', 'such', 'dir', 'r.html')), /cannot be written/);
      assertMisuse(cli('program', '--root', ROOT, '--out'), /--out needs a value/);
    });
  });

  describe('misuse', () => {
    it('refuses an unknown command', () => assertMisuse(cli('agendas', '--root', 'examples'), /unknown command "agendas"/));
    it('refuses an unknown option', () => assertMisuse(cli('items', '--root', 'examples', '--verbose'), /unknown option --verbose/));
    it('refuses a stray argument', () => assertMisuse(cli('items', 'examples'), /unexpected argument "examples"/));
    it('requires --root', () => assertMisuse(cli('items'), /--root/));
    it('requires a value for --root', () => assertMisuse(cli('check', '--root'), /--root needs a value/));
    it('refuses a root that does not exist', () => assertMisuse(cli('check', '--root', 'no/such/folder'), /no such folder/));
    it('refuses a root that is a file', () => assertMisuse(cli('check', '--root', 'package.json'), /not a folder/));
    it('refuses a date that is not a day', () => assertMisuse(cli('agenda', '--root', 'examples', '--mentorship', 'sam', '--today', '2026-02-30'), /--today "2026-02-30" is not a date/));
    it('refuses a date that is not ISO', () => assertMisuse(cli('items', '--root', 'examples', '--today', 'tomorrow'), /not a date/));
    it('requires the report period', () => assertMisuse(cli('report', '--root', 'examples', '--mentorship', 'sam'), /--from/));
    it('refuses a period that ends before it starts', () => assertMisuse(cli('report', '--root', 'examples', '--mentorship', 'sam', '--from', '2026-12-01', '--to', '2026-11-01'), /after --to/));
    it('refuses a value for a switch', () => assertMisuse(cli('check', '--root', 'examples', '--json=yes'), /--json takes no value/));
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'main']) {
      it(`refuses "mentorship ${name}" as an unknown command: one line, exit 2, no stack`, () => {
        assertMisuse(cli(name, '--root', 'examples'), new RegExp(`unknown command "${name}"`));
        assertMisuse(cli(name, '--help'), new RegExp(`unknown command "${name}"`));
      });
    }
    it('refuses a mentorship named like an Object.prototype property', () => {
      for (const name of ['constructor', 'toString', '__proto__']) assertMisuse(cli('agenda', '--root', 'examples', '--mentorship', name), /no mentorship/);
    });
  });

  describe('check: files that are not UTF-8 text, and front matter with a key twice', () => {
    let root: string;
    before(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-cli-encoding-'));
      fs.mkdirSync(path.join(root, 'sessions'));
      fs.writeFileSync(path.join(root, 'mentorship.md'), '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
      const session = '---\ntype: session\ndate: 2026-11-24\n---\n## Action items\n- [ ] Draft it @sam\n';
      fs.writeFileSync(path.join(root, 'sessions', '2026-11-24.md'), session);
      fs.writeFileSync(path.join(root, 'sessions', '2026-11-25.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(session, 'utf16le')]));
      fs.writeFileSync(path.join(root, 'sessions', '2026-11-26.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      fs.writeFileSync(path.join(root, 'sessions', '2026-11-27.md'), Buffer.from(session.replace('Draft', 'R\xe9sum\xe9'), 'latin1'));
      fs.writeFileSync(path.join(root, 'sessions', '2026-11-28.md'), '---\ntype: session\ndate: 2026-11-28\ntype: goal\n---\n');
    });
    after(() => fs.rmSync(root, { recursive: true, force: true }));

    it('lists each file with a clear message and exits 1', () => {
      const r = cli('check', '--root', root);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^sessions\/2026-11-25\.md:1: error: UTF-16 text: .*save the file as UTF-8/m);
      assert.match(r.stdout, /^sessions\/2026-11-26\.md:1: error: binary file/m);
      assert.match(r.stdout, /^sessions\/2026-11-27\.md:1: error: not UTF-8: line 6 has bytes that are not UTF-8/m);
      assert.match(r.stdout, /^sessions\/2026-11-28\.md:4: error: front matter has "type" twice \(lines 2 and 4\)/m);
      assert.doesNotMatch(r.stdout, /no-checkbox|No problems/);
      const json = JSON.parse(cli('check', '--root', root, '--json').stdout) as { file: string; code: string }[];
      assert.deepEqual(json.map((p) => [p.file, p.code]), [
        ['sessions/2026-11-25.md', 'encoding'],
        ['sessions/2026-11-26.md', 'binary'],
        ['sessions/2026-11-27.md', 'encoding'],
        ['sessions/2026-11-28.md', 'duplicate-key'],
      ]);
    });

    it('lists no item of a file it cannot read', () => {
      const r = cli('items', '--root', root, '--json', '--today', '2026-11-24');
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((i) => i.file), ['sessions/2026-11-24.md']);
    });
  });

  describe('help', () => {
    for (const command of ['agenda', 'items', 'report', 'check', 'health', 'skills', 'program']) {
      it(`prints help for ${command} and exits 0`, () => {
        const r = cli(command, '--help');
        assert.equal(r.status, 0);
        assert.match(r.stdout, new RegExp(`^Usage: mentorship ${command} --root DIR`));
        assert.equal(r.stderr, '');
        assert.equal(cli(command, '-h').stdout, r.stdout);
      });
    }

    it('prints the overview with --help (exit 0) and without a command (exit 2)', () => {
      const help = cli('--help');
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage: mentorship <command>/);
      assert.match(help.stdout, /agenda[\s\S]*items[\s\S]*report[\s\S]*check/);
      assert.equal(cli().status, 2);
    });
  });
});
