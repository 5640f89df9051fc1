// `npm run bench:merge [-- --weeks N --seeds 1,2 --sync daily,weekly,meetings --with driver,git
// --verbose]`: two people (Sam the mentee, Priya the
// mentor) keep one journal on two clones of a repository for many weeks, meeting every second
// Tuesday, each writing through the extension's own write paths (bench/sim/writePaths.ts), and
// syncing with a fetch + `git merge` (what `git pull` does) daily, weekly, or only around
// their meetings — with the journal's merge driver configured in both clones, and without it.
// After every merge it checks the result (bench/sim/afterMerge.ts). Seeded and deterministic:
// the same seeds give the same journals, merges and figures. The last line printed is one JSON
// object (see docs/performance.md, "Merges").
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDays } from '../src/core/dates';
import { checkMerge } from '../src/core/merge/check';
import { resolveConflicts as resolveByRules } from '../src/core/merge/resolveConflicts';
import { agreementTemplate, PRIVATE_GITIGNORE } from '../src/core/templates';
import { prng } from './generate';
import { checkMergeResult, resolveConflicts } from './sim/afterMerge';
import { Clone, ROOT } from './sim/clone';
import { meet, person, prepare, work, type Person } from './sim/people';
import { currentWritePaths, type WritePaths } from './sim/writePaths';

type Sync = 'daily' | 'weekly' | 'meetings';
const SYNCS: Sync[] = ['daily', 'weekly', 'meetings'];
/** A Monday; meetings are on the Tuesday of every second week. */
const START = '2026-01-05';

interface Tally {
  merges: number;
  clean: number;
  files: number;
  conflictedFiles: number;
  conflictedCreated: number;
  conflictedAppends: number;
  conflictedEdits: number;
  /** Conflicted merges whose conflicted files were all created on both sides. */
  onlyCreatedTwice: number;
  /** Conflicted merges (without the driver) that "Resolve Conflicts by the Journal's Rules", run once on each conflicted file, leaves with no conflict. */
  oneClick: number;
  /** Items the one-click resolution would lose, repeat or put in the wrong state (core merge check). */
  oneClickProblems: number;
  lost: number;
  duplicated: number;
  wrongState: number;
  indexMissing: number;
  indexExtra: number;
  refused: number;
  sessions: number;
  secondSessions: number;
  examples: string[];
}

const emptyTally = (): Tally => ({ merges: 0, clean: 0, files: 0, conflictedFiles: 0, conflictedCreated: 0, conflictedAppends: 0, conflictedEdits: 0, onlyCreatedTwice: 0, oneClick: 0, oneClickProblems: 0, lost: 0, duplicated: 0, wrongState: 0, indexMissing: 0, indexExtra: 0, refused: 0, sessions: 0, secondSessions: 0, examples: [] });

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

/** The driver as a clone registers it: this repository's CLI, run by this Node. */
function driverCommand(): string {
  const bin = path.resolve(__dirname, '..', 'bin', 'mentorship.js');
  return `"${process.execPath}" "${bin}" merge-driver %O %A %B %P`;
}

async function simulate(sync: Sync, driver: boolean, seed: number, weeks: number, writes: WritePaths): Promise<Tally> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-merge-sim-'));
  // Git without the machine's own settings (a global conflictStyle or rerere would change the figures).
  const env = { ...process.env, HOME: tmp, XDG_CONFIG_HOME: tmp, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  const tally = emptyTally();
  try {
    // Two clones whose object stores see each other (git's alternates): "push" moves the shared
    // head, "fetch" moves the other clone's origin/main to it. The transport is all that is
    // skipped (it is most of git's time here); every merge is a real `git merge`.
    const sam = new Clone('sam', path.join(tmp, 'sam'), env);
    const priya = new Clone('priya', path.join(tmp, 'priya'), env);
    for (const c of [sam, priya]) {
      fs.mkdirSync(c.dir);
      c.git(['init', '-q', '-b', 'main']);
    }
    fs.writeFileSync(path.join(sam.dir, '.git', 'objects', 'info', 'alternates'), path.join(priya.dir, '.git', 'objects') + '\n');
    fs.writeFileSync(path.join(priya.dir, '.git', 'objects', 'info', 'alternates'), path.join(sam.dir, '.git', 'objects') + '\n');
    sam.write('mentorship.md', agreementTemplate({ mentor: { name: 'Priya Raman', handle: 'priya' }, mentee: { name: 'Sam Okafor', handle: 'sam' }, cadence: { unit: 'week', every: 2 }, started: addDays(START, 1) }));
    sam.write('.gitignore', PRIVATE_GITIGNORE);
    // What Initialize offers to write: the attribute is committed, the driver is per clone.
    fs.writeFileSync(path.join(sam.dir, '.gitattributes'), `${ROOT}/**/*.md merge=mentorship\n`);
    sam.git(['add', '-A']);
    sam.git(['-c', 'user.name=Sam', '-c', 'user.email=sam@example.com', 'commit', '-qm', 'Initialize the journal']);
    shared.head = sam.head();
    priya.git(['reset', '-q', '--hard', shared.head]);
    for (const c of [sam, priya]) c.fetched(shared.head);
    sam.dirty = false;
    for (const [clone, name] of [[sam, 'Sam'], [priya, 'Priya']] as const) {
      clone.git(['config', 'user.name', name]);
      clone.git(['config', 'user.email', `${name.toLowerCase()}@example.com`]);
      // No automatic gc: refs stay loose files that the simulation reads.
      clone.git(['config', 'gc.auto', '0']);
      if (driver) clone.git(['config', 'merge.mentorship.driver', driverCommand()]);
    }
    const people = [person('sam', sam, prng(seed * 2 + 1)), person('priya', priya, prng(seed * 2 + 2))];
    const order = prng(seed * 7 + 3);

    const syncAll = async () => {
      const [first, second] = order() < 0.5 ? people : [people[1], people[0]];
      for (const p of [first, second, first]) await syncOne(p, tally);
    };
    for (let d = 0; d < weeks * 7; d++) {
      const day = addDays(START, d);
      if (d % 7 >= 5) continue;
      for (const p of people) p.clone.day = day;
      const meeting = d % 14 === 1;
      const eve = d % 14 === 0;
      if (eve && people[0].rand() < 0.5) prepare(people[0], writes, day);
      if (meeting) {
        if (people[0].rand() < 0.6) prepare(people[0], writes, day);
        if (people[1].rand() < 0.35) prepare(people[1], writes, day);
        if (sync === 'meetings') await syncAll();
        for (const p of people) meet(p, writes, day);
      } else {
        for (const p of people) work(p, writes, day);
      }
      if (sync === 'daily' || (sync === 'weekly' && d % 7 === 4) || (sync === 'meetings' && meeting)) await syncAll();
    }
    for (const p of people) tally.refused += p.refused;
    const sessions = sam.names('sessions');
    tally.sessions = sessions.length;
    tally.secondSessions = sessions.filter((n) => /^\d{4}-\d{2}-\d{2}-\d+\.md$/.test(n)).length;
    return tally;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const verbose = process.argv.includes('--verbose');

/** The shared repository's main branch. */
const shared = { head: '' };

/** Commit, fetch, merge (checked), push: one person's sync. */
async function syncOne(p: Person, tally: Tally): Promise<void> {
  const c = p.clone;
  if (!c.dirty && c.synced === shared.head) return;
  if (c.dirty) {
    c.git(['add', '-A']);
    c.git(['commit', '-qm', `${p.handle}: ${c.day}`], (s) => s === 0 || s === 1);
    c.dirty = false;
  }
  const ours = c.head();
  // Ahead: commits since its last sync; behind: the shared head moved since.
  const ahead = ours !== c.synced;
  const behind = shared.head !== c.synced;
  const theirs = shared.head;
  const base = c.synced;
  c.fetched(theirs);
  if (behind && !ahead) c.git(['merge', '-q', '--ff-only', 'origin/main']);
  if (behind && ahead) {
    const merged = c.git(['merge', '--no-edit', '-q', 'origin/main'], (s) => s === 0 || s === 1);
    const conflicted = merged.status === 0 ? new Set<string>() : new Set(c.git(['diff', '--name-only', '--diff-filter=U']).stdout.split('\n').filter(Boolean).map((f) => f.slice(ROOT.length + 1)));
    tally.merges++;
    if (merged.status === 0) tally.clean++;
    const found = await checkMergeResult(c, base, ours, theirs, conflicted);
    tally.files += found.files;
    tally.conflictedFiles += found.conflictedFiles;
    tally.conflictedCreated += found.conflictedCreated;
    tally.conflictedAppends += found.conflictedAppends;
    tally.conflictedEdits += found.conflictedEdits;
    if (merged.status !== 0 && found.conflictedCreated === found.conflictedFiles) tally.onlyCreatedTwice++;
    for (const problem of found.problems) {
      if (problem.kind === 'lost') tally.lost++;
      else if (problem.kind === 'duplicated') tally.duplicated++;
      else tally.wrongState++;
    }
    tally.indexMissing += found.indexMissing;
    tally.indexExtra += found.indexExtra;
    for (const e of found.examples) if (tally.examples.length < 8) tally.examples.push(`${c.day} ${c.name}: ${e}`);
    if (merged.status !== 0) {
      {
        // What the extension's command makes of each conflicted file, from git's three versions
        // (reported for merges without the driver; with it, what is left is a true conflict).
        let left = 0;
        for (const rel of conflicted) {
          const stage = (n: number) => {
            const r = c.git(['show', `:${n}:${ROOT}/${rel}`], () => true);
            return r.status === 0 ? r.stdout : '';
          };
          const sides = { base: stage(1), ours: stage(2), theirs: stage(3) };
          try {
            const resolved = resolveByRules(rel, c.read(rel) ?? '', sides);
            left += resolved.left;
            tally.oneClickProblems += checkMerge(rel, sides.base, sides.ours, sides.theirs, resolved.text).length;
          } catch {
            left++;
          }
        }
        if (left === 0) tally.oneClick++;
      }
      if (verbose) for (const rel of conflicted) console.log(`--- ${c.day} ${c.name} ${rel}\n${c.read(rel)}`);
      for (const rel of conflicted) c.write(rel, resolveConflicts(c.read(rel) ?? ''));
      c.git(['add', '-A']);
      c.git(['commit', '-q', '--no-edit']);
      c.dirty = false;
    }
  }
  c.changed();
  if (ahead) {
    shared.head = c.head();
    c.fetched(shared.head);
  }
}

function add(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const k of Object.keys(out) as (keyof Tally)[]) {
    if (k === 'examples') out.examples = [...a.examples, ...b.examples].slice(0, 8);
    else out[k] = a[k] + b[k];
  }
  return out;
}

const rate = (n: number, of: number) => (of === 0 ? 1 : Math.round((n / of) * 1000) / 1000);

async function main(): Promise<void> {
  const weeks = Number(arg('weeks', '52'));
  const seeds = arg('seeds', '1,2,3,4').split(',').map(Number);
  if (!Number.isInteger(weeks) || weeks < 2 || seeds.some((s) => !Number.isInteger(s))) throw new Error('--weeks must be an integer ≥ 2 and --seeds a list of integers');
  const syncs = arg('sync', SYNCS.join(',')).split(',') as Sync[];
  const configs = arg('with', 'driver,git').split(',');
  if (syncs.some((x) => !SYNCS.includes(x)) || configs.some((x) => x !== 'driver' && x !== 'git')) throw new Error('--sync takes daily,weekly,meetings and --with driver,git');
  const results = [];
  for (const sync of syncs) {
    for (const driver of configs.map((x) => x === 'driver')) {
      let total = emptyTally();
      for (const seed of seeds) total = add(total, await simulate(sync, driver, seed, weeks, currentWritePaths));
      const row = {
        sync,
        driver,
        merges: total.merges,
        cleanMerges: total.clean,
        cleanRate: rate(total.clean, total.merges),
        filesMergedBothSides: total.files,
        conflictedFiles: total.conflictedFiles,
        conflictedMergesOnlyByFilesCreatedTwice: total.onlyCreatedTwice,
        ...(driver ? {} : { cleanAfterOneClick: total.clean + total.oneClick, cleanRateAfterOneClick: rate(total.clean + total.oneClick, total.merges), oneClickProblems: total.oneClickProblems }),
        conflictedBecause: { bothCreated: total.conflictedCreated, appendsAtOnePlace: total.conflictedAppends, sameOrNeighbouringLines: total.conflictedEdits },
        lost: total.lost,
        duplicated: total.duplicated,
        wrongState: total.wrongState,
        indexMissing: total.indexMissing,
        indexExtra: total.indexExtra,
        refusedWrites: total.refused,
        sessionFiles: total.sessions,
        secondSessionFiles: total.secondSessions,
      };
      results.push(row);
      console.log(`${sync.padEnd(8)} ${driver ? 'driver ' : 'git    '} ${String(total.clean).padStart(4)}/${String(total.merges).padEnd(4)} clean (${(row.cleanRate * 100).toFixed(1)} %), ${total.conflictedFiles}/${total.files} files conflicted (created on both sides ${total.conflictedCreated}, appends at one place ${total.conflictedAppends}, same or neighbouring lines ${total.conflictedEdits}; ${total.onlyCreatedTwice} conflicted merges only by files created twice); lost ${total.lost}, duplicated ${total.duplicated}, wrong state ${total.wrongState}, index missing ${total.indexMissing} / extra ${total.indexExtra}; ${total.secondSessions}/${total.sessions} session files are a day's second or third`);
      if (!driver) console.log(`         then Resolve Conflicts by the Journal's Rules once per conflicted file: ${total.clean + total.oneClick}/${total.merges} clean (${(rate(total.clean + total.oneClick, total.merges) * 100).toFixed(1)} %), ${total.oneClickProblems} items lost, repeated or in the wrong state`);
      for (const e of total.examples) console.log(`    ${e}`);
    }
  }
  console.log(JSON.stringify({ weeks, seeds, meetings: 'every 2 weeks', results }));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
