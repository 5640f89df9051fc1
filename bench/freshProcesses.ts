// What a terminal user waits for: the CLI's commands as fresh processes (Node's start, loading
// the bundle, reading, parsing, printing), beside `rg --json -j1` over the same files (the
// engine of tools like Todo Tree; Debian's ripgrep) and a fresh Node process that only reads
// every file. Interleaved runs, so every side sees the same machine; ratios within one run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface ProcessFigures {
  /** Median wall-clock milliseconds of the runs. */
  ms: number;
  /** Median user + system CPU milliseconds, when /usr/bin/time is there. */
  cpuMs: number | null;
  /** Largest peak resident set over the runs, in MB, when /usr/bin/time is there. */
  peakMB: number | null;
  /** Bytes written to stdout by one run. */
  outBytes: number;
}

interface Command {
  name: string;
  argv: string[];
}

const TIME = '/usr/bin/time';
/** The checkbox lines the journal's items are: what a Todo Tree-like search looks for. */
export const RG_PATTERN = '^\\s*[-*+] \\[[ xX/>-]\\]';

export function which(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // Not here.
    }
  }
  return null;
}

/** Runs each command `runs` times, interleaved; returns figures by name. */
export function measure(commands: Command[], runs: number): Map<string, ProcessFigures> {
  const timed = fs.existsSync(TIME);
  const out = path.join(os.tmpdir(), `mentorship-bench-time-${process.pid}`);
  const samples = new Map<string, { ms: number[]; cpu: number[]; peak: number[]; bytes: number }>();
  for (const c of commands) samples.set(c.name, { ms: [], cpu: [], peak: [], bytes: outputBytes(c) });
  for (let r = 0; r < runs; r++) {
    for (const c of commands) {
      const argv = timed ? [TIME, '-f', '%e %U %S %M', '-o', out, ...c.argv] : c.argv;
      const started = process.hrtime.bigint();
      const result = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.error) throw result.error;
      // `check` exits 1 when it finds errors; anything else is a failure of the benchmark.
      if (result.status !== 0 && !(c.name === 'check' && result.status === 1)) throw new Error(`${c.name} exited ${result.status}: ${result.stderr}`);
      const s = samples.get(c.name)!;
      s.ms.push(ms);
      if (timed) {
        const [, user, sys, kb] = fs.readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        s.cpu.push((user + sys) * 1000);
        s.peak.push(kb / 1024);
      }
    }
  }
  fs.rmSync(out, { force: true });
  const figures = new Map<string, ProcessFigures>();
  for (const [name, s] of samples) {
    figures.set(name, { ms: median(s.ms), cpuMs: s.cpu.length ? median(s.cpu) : null, peakMB: s.peak.length ? Math.max(...s.peak) : null, outBytes: s.bytes });
  }
  return figures;
}

/** The commands of the comparison on the journal at `root` (agenda for mentorship `mentorship`). */
export function commands(repo: string, root: string, mentorship: string): { commands: Command[]; skipped: string[] } {
  const cli = [process.execPath, path.join(repo, 'bin', 'mentorship.js')];
  const list: Command[] = [
    { name: 'read', argv: [process.execPath, path.join(repo, 'bench', 'readEveryFile.js'), root] },
    { name: 'check', argv: [...cli, 'check', '--root', root] },
    { name: 'agenda', argv: [...cli, 'agenda', '--root', root, '--mentorship', mentorship, '--today', '2026-11-24'] },
    { name: 'items', argv: [...cli, 'items', '--json', '--root', root, '--today', '2026-11-24'] },
  ];
  const skipped: string[] = [];
  const rg = which('rg');
  if (rg) list.unshift({ name: 'rg', argv: [rg, '--json', '-j1', RG_PATTERN, root] });
  else skipped.push('rg (ripgrep) is not installed: `apt-get install ripgrep` for the comparison with rg --json -j1');
  return { commands: list, skipped };
}

function outputBytes(c: Command): number {
  const r = spawnSync(c.argv[0], c.argv.slice(1), { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 2 ** 31 - 1 });
  return r.stdout?.length ?? 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
