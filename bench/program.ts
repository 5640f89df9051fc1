// `npm run bench -- --program [--entries N] [--mentorships M]`: the program report against
// `mentorship check` on the same generated journal (default 100,000 entries over 1,000
// mentorships), each as a fresh CLI process as CI runs them, best of three, interleaved. The
// target: `program` within 2× the time of `check` (programRatio ≤ 2).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateJournal } from './generate';

export interface ProgramBench {
  entries: number;
  mentorships: number;
  checkMs: number;
  programMs: number;
  programRatio: number;
  reportKB: number;
}

export function programBench(entries: number, mentorships: number): ProgramBench {
  const root = path.join(os.tmpdir(), `mentorship-bench-program-${entries}-${mentorships}`);
  const { files } = generateJournal(root, entries, 42, mentorships);
  const out = path.join(os.tmpdir(), `mentorship-bench-program-${process.pid}.html`);
  const cli = path.join(__dirname, '..', 'bin', 'mentorship.js');
  // The generated sessions run from 2020-01 for a few months per pair; "today" just after them.
  const run = (...args: string[]) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, ...args, '--root', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0 && !(args[0] === 'check' && r.status === 1)) throw new Error(`mentorship ${args[0]} exited ${r.status}: ${r.stderr}`);
    return performance.now() - t;
  };
  run('check');
  const checks: number[] = [];
  const programs: number[] = [];
  for (let i = 0; i < 3; i++) {
    checks.push(run('check'));
    programs.push(run('program', '--out', out, '--today', '2020-08-01'));
  }
  const reportKB = fs.statSync(out).size / 1024;
  fs.rmSync(out, { force: true });
  const checkMs = Math.min(...checks);
  const programMs = Math.min(...programs);
  console.log(`program bench: ${files.length} files; check runs ${checks.map((x) => x.toFixed(0)).join(', ')} ms; program runs ${programs.map((x) => x.toFixed(0)).join(', ')} ms`);
  return { entries: files.length, mentorships, checkMs: round(checkMs), programMs: round(programMs), programRatio: round(programMs / checkMs), reportKB: round(reportKB, 1) };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
