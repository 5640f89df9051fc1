// Shared by the unit tests: where the repository is, and indexes of the sample journals.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JournalIndex } from '../../src/core/journalIndex';
import { scanJournal } from '../../src/core/scan';
import { NodeJournalFs } from '../../src/node/nodeJournalFs';

/** The repository root (tests run from `out/test/unit`). */
export const REPO = path.resolve(__dirname, '..', '..', '..');
export const EXAMPLES = path.join(REPO, 'examples');
export const BROKEN = path.join(REPO, 'test', 'fixtures', 'broken-journal');
/** Four mentorships made for health, skills and the program report: healthy, lapsing, stopped, stale. */
export const HEALTH_FIXTURES = path.join(REPO, 'test', 'fixtures', 'health');

export async function indexOf(root: string): Promise<JournalIndex> {
  const index = new JournalIndex();
  const problems = await scanJournal(new NodeJournalFs(root), index);
  if (problems.length) throw new Error(`unreadable files: ${JSON.stringify(problems)}`);
  return index;
}

/** A small deterministic PRNG (mulberry32), the benchmark's, so generated cases are the same on every run. */
export { prng } from '../../bench/generate';

export function picker(rand: () => number): <T>(list: readonly T[]) => T {
  return (list) => list[Math.floor(rand() * list.length)];
}

const GOLDEN = path.join(REPO, 'test', 'golden');

/** Compares with a golden file byte for byte; `UPDATE_GOLDEN=1` writes it instead (then read it!). */
export function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `no golden file ${name}: run the tests once with UPDATE_GOLDEN=1 and review it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `output differs from test/golden/${name}`);
}
