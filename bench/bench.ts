// `npm run bench [-- --entries 1000|10000|100000] [--runs N]`: what users wait for, at scale, in one
// run on one machine: the CLI's commands as fresh processes beside `rg --json -j1` and a Node
// process that only reads the files (ratios within the run); the bundles' sizes and load times;
// then the core inside one warm process (index, single-file update, agenda, heap). The last line
// printed is one JSON object (see docs/performance.md).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { buildAgenda } from '../src/core/agenda';
import { renderAgenda } from '../src/core/agendaMarkdown';
import { JournalIndex } from '../src/core/journalIndex';
import { scanJournal } from '../src/core/scan';
import { NodeJournalFs } from '../src/node/nodeJournalFs';
import { commands, measure, type ProcessFigures } from './freshProcesses';
import { measureEditor } from './editorBench';
import { generateJournal, prng } from './generate';
import { programBench } from './program';

const REPO = path.resolve(__dirname, '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer`);
  return v;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function main(): Promise<void> {
  // The program report against `check` (its own run: bench/program.ts).
  if (process.argv.includes('--program')) return console.log(JSON.stringify(programBench(arg('entries', 100_000), arg('mentorships', 1000))));
  const entries = arg('entries', 10000);
  if (entries < 100) throw new Error('--entries must be at least 100');
  const runs = arg('runs', 5);
  // Per checkout: other checkouts on the machine may run their own benchmark at the same time.
  const root = path.join(os.tmpdir(), `mentorship-bench-${entries}-${createHash('sha1').update(REPO).digest('hex').slice(0, 8)}`);
  const t0 = now();
  const { files } = generateJournal(root, entries);
  console.log(`generated ${files.length} files in ${(now() - t0).toFixed(0)} ms under ${root}`);

  const fresh = freshProcesses(root, runs);
  const bundles = bundleFigures(runs);

  // Warm the OS cache and the JIT once, then take the best of three of each, interleaved, so
  // both sides see the same machine state.
  const readAll = () => {
    let bytes = 0;
    for (const f of files) bytes += fs.readFileSync(f, 'utf8').length;
    return bytes;
  };
  const coldIndex = async () => {
    const index = new JournalIndex();
    await scanJournal(new NodeJournalFs(root), index);
    return index;
  };
  readAll();
  const calibration = calibrate(files, await itemLinesOf(coldIndex, root), readAll);
  const reads: number[] = [];
  const colds: number[] = [];
  let index: JournalIndex | undefined;
  for (let r = 0; r < 3; r++) {
    let t = now();
    readAll();
    reads.push(now() - t);
    index = undefined;
    gc();
    t = now();
    index = await coldIndex();
    colds.push(now() - t);
  }
  const readFloorMs = Math.min(...reads);
  const coldIndexMs = Math.min(...colds);
  const idx = index!;
  if (idx.size !== files.length) throw new Error(`indexed ${idx.size} of ${files.length} files`);

  gc();
  const heapMB = process.memoryUsage().heapUsed / 1024 / 1024;

  // Single-file updates: an item is added to a random session, then the file is re-read and
  // re-indexed, as the extension does on a file-system event.
  const rnd = prng(7);
  const sessions = files.filter((f) => f.includes(`${path.sep}sessions${path.sep}`));
  const updates: number[] = [];
  for (let i = 0; i < 300; i++) {
    const file = sessions[Math.floor(rnd() * sessions.length)];
    fs.appendFileSync(file, `- [ ] follow up ${i} @mentee0 [due:: 2027-01-0${1 + (i % 9)}]\n`);
    const rel = path.relative(root, file).split(path.sep).join('/');
    const t = now();
    idx.set(rel, fs.readFileSync(file, 'utf8'));
    updates.push(now() - t);
  }

  const mentorshipId = idx.mentorships()[0].id;
  const agendaRuns: number[] = [];
  let agendaText = '';
  for (let i = 0; i < 15; i++) {
    const t = now();
    agendaText = renderAgenda(buildAgenda(idx.shared(), { mentorshipId, today: '2026-11-24' }));
    agendaRuns.push(now() - t);
  }
  const { firstCompleteMs, ...editor } = measureEditor(idx, now, percentile);
  const result = {
    entries: files.length,
    ...fresh,
    ...bundles,
    readFloorMs: round(readFloorMs),
    coldIndexMs: round(coldIndexMs),
    coldRatio: round(coldIndexMs / readFloorMs),
    updateP95Ms: round(percentile(updates, 95), 3),
    coreAgendaMs: round(percentile(agendaRuns, 50), 2),
    heapMB: round(heapMB, 1),
    ...editor,
  };
  console.log(`editor: the first completion list after the index changed took ${firstCompleteMs.toFixed(2)} ms`);
  console.log(`agenda for ${mentorshipId}: ${agendaText.split('\n').length} lines; first run ${agendaRuns[0].toFixed(2)} ms`);
  console.log(`read floor runs ${reads.map((x) => x.toFixed(0)).join(', ')} ms; cold index runs ${colds.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.log(`calibration: reading and keeping one object per item takes ${calibration.keepMs.toFixed(0)} ms, ${calibration.ratio.toFixed(2)}× the read floor (${calibration.readMs.toFixed(0)} ms in the same runs)`);
  console.log(JSON.stringify(result));
}

/** The CLI in fresh processes beside rg and the read floor; prints a table, returns the figures. */
function freshProcesses(root: string, runs: number): Record<string, number | string | null> {
  const { commands: list, skipped } = commands(REPO, root, 'mentee-03');
  const figures = measure(list, runs);
  const rg = figures.get('rg');
  const ratio = (f: ProcessFigures | undefined) => (f && rg ? round(f.ms / rg.ms) : null);
  console.log(`\nfresh processes, median of ${runs} interleaved runs (wall ms · CPU ms · peak RSS MB · output):`);
  const words: Record<string, string> = {
    rg: 'rg --json -j1 (checkbox lines)',
    read: 'node: list and read every file',
    check: 'mentorship check',
    agenda: 'mentorship agenda --mentorship mentee-03',
    items: 'mentorship items --json',
  };
  for (const [name, f] of figures) {
    const vsRg = name !== 'rg' && rg ? `   ${ratio(f)}× rg` : '';
    console.log(`  ${words[name].padEnd(42)} ${f.ms.toFixed(0).padStart(6)} · ${f.cpuMs?.toFixed(0).padStart(6) ?? '     -'} · ${f.peakMB?.toFixed(0).padStart(4) ?? '   -'} · ${(f.outBytes / 1e6).toFixed(1)} MB${vsRg}`);
  }
  for (const note of skipped) console.log(`  skipped: ${note}`);
  const get = (name: string, key: keyof ProcessFigures) => (figures.get(name)?.[key] ?? null) as number | null;
  return {
    rgMs: get('rg', 'ms'),
    nodeReadMs: get('read', 'ms'),
    checkMs: get('check', 'ms'),
    agendaMs: get('agenda', 'ms'),
    itemsMs: get('items', 'ms'),
    checkVsRg: ratio(figures.get('check')),
    agendaVsRg: ratio(figures.get('agenda')),
    itemsVsRg: ratio(figures.get('items')),
    checkCpuMs: get('check', 'cpuMs'),
    rgCpuMs: get('rg', 'cpuMs'),
    checkPeakMB: get('check', 'peakMB'),
    agendaPeakMB: get('agenda', 'peakMB'),
    itemsPeakMB: get('items', 'peakMB'),
  };
}

/** Sizes of the bundles and the time to load them in a fresh process (median of `runs`). */
function bundleFigures(runs: number): Record<string, number> {
  const dist = path.join(REPO, 'dist');
  const size = (f: string) => (fs.existsSync(path.join(dist, f)) ? round(fs.statSync(path.join(dist, f)).size / 1024, 1) : -1);
  const requireMs = (f: string) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [path.join(REPO, 'bench', 'requireTime.js'), path.join(dist, f)], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`loading ${f}: ${r.stderr}`);
      times.push(Number(r.stdout));
    }
    return round(percentile(times, 50), 1);
  };
  const figures = {
    extensionKB: size('extension.js'),
    extensionWebKB: size('extensionWeb.js'),
    cliKB: size('cli.js'),
    webviewKB: size(path.join('media', 'journal.js')),
    extensionRequireMs: requireMs('extension.js'),
    cliRequireMs: requireMs('cli.js'),
  };
  console.log(`\nbundles: extension ${figures.extensionKB} KB (loads in ${figures.extensionRequireMs} ms), web extension ${figures.extensionWebKB} KB, CLI ${figures.cliKB} KB (loads in ${figures.cliRequireMs} ms), journal webview ${figures.webviewKB} KB\n`);
  return figures;
}

/** Each file's item lines, from an index that is dropped before anything is measured. */
async function itemLinesOf(build: () => Promise<JournalIndex>, root: string): Promise<Map<string, Int32Array>> {
  const itemLines = new Map<string, Int32Array>();
  for (const e of (await build()).all()) itemLines.set(path.join(root, ...e.path.split('/')), Int32Array.from(e.items.map((i) => i.line)));
  return itemLines;
}

/**
 * Calibration, not a target: read every file and keep, for each item the index finds in it, one
 * small object holding the item's line as written, and nothing else: no parsing, no fields, no
 * index. No index that builds its items as objects while it indexes can be cheaper. Measured
 * before the figures, on an empty heap as the cold index is, against its own read floor.
 */
function calibrate(files: string[], itemLines: Map<string, Int32Array>, readAll: () => number): { keepMs: number; readMs: number; ratio: number } {
  const keepItems = () => {
    const kept: { path: string; items: { line: number; raw: string }[] }[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const wanted = itemLines.get(f);
      const items: { line: number; raw: string }[] = [];
      let next = 0;
      let line = 0;
      for (let p = 0; wanted && next < wanted.length && p < text.length; ) {
        let e = text.indexOf('\n', p);
        if (e < 0) e = text.length;
        if (++line === wanted[next]) {
          items.push({ line, raw: text.slice(p, e) });
          next++;
        }
        p = e + 1;
      }
      kept.push({ path: f, items });
    }
    return kept;
  };
  keepItems();
  const keeps: number[] = [];
  const reads: number[] = [];
  for (let r = 0; r < 3; r++) {
    gc();
    let t = now();
    readAll();
    reads.push(now() - t);
    gc();
    t = now();
    keepItems();
    keeps.push(now() - t);
  }
  const keepMs = Math.min(...keeps);
  const readMs = Math.min(...reads);
  return { keepMs, readMs, ratio: keepMs / readMs };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
