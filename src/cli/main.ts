// `mentorship`: the journal from a terminal, a git hook or CI, on the same core as the extension.
// Contract (other tools depend on it): see docs/cli.md. Exit 0 ok, 1 problems found, 2 misuse.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { buildAgenda } from '../core/agenda';
import { PLAIN_STYLE, renderAgenda } from '../core/agendaMarkdown';
import { byPlace, checkJournal, hasErrors } from '../core/checks';
import { isIsoDate, localToday } from '../core/dates';
import { mentorshipHealth } from '../core/health/health';
import { renderHealth } from '../core/health/healthText';
import type { ItemRef, JournalIndex, Mentorship } from '../core/journalIndex';
import type { Diagnostic, IsoDate } from '../core/model';
import { ProgramBuilder } from '../core/program';
import { renderProgramHtml } from '../core/programHtml';
import { buildReport, renderReport } from '../core/report';
import { nextMeetingDay } from '../core/schedule';
import { skillsOf } from '../core/skills';
import { renderSkills } from '../core/skillsText';
import { NodeJournalFs } from '../node/nodeJournalFs';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { HELP } from './help';
import { mergeDriver } from './mergeDriver';
import { JournalReader } from './journalReader';
import { ChunkedOut, JsonArrayOut } from './output';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The clock, injected so tests pin "today". */
  now(): Date;
}

const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  now: () => new Date(),
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP.get('main')!);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.out('mentorship 0.1.0\n');
      return 0;
    }
    // Maps, not objects: `mentorship constructor` or `toString` is an unknown command like any other.
    const run = COMMANDS.get(command);
    if (!run) throw new UsageError(`unknown command "${command}" (try: agenda, items, report, check, health, skills, program, merge-driver)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(HELP.get(command) ?? HELP.get('main')!);
      return 0;
    }
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`mentorship: ${e.message}\n`);
      return 2;
    }
    // Never a stack trace: one line that names the problem.
    io.err(`mentorship: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMAND_TABLE: { [name: string]: Command } = {
  async items(argv, io) {
    const args = parseArgs(argv, ['root', 'today', 'mentorship'], ['json', 'open']);
    const reader = await open(args);
    const today = todayOf(args, io);
    const openOnly = args.switches.has('open');
    const out = new ChunkedOut(io.out);
    const json = args.switches.has('json') ? new JsonArrayOut(out) : undefined;
    const write = (refs: ItemRef[]) => {
      for (const { item, entry, mentorship } of refs) {
        if (openOnly && item.status !== 'open') continue;
        if (json) {
          json.push({
            kind: item.kind,
            status: item.status,
            text: item.text,
            title: item.title,
            owner: item.owner,
            due: item.due,
            completion: item.completion,
            overdue: item.status === 'open' && item.due !== null && item.due < today,
            goals: item.goals,
            file: entry.path,
            line: item.line,
            date: entry.date,
            mentorship,
            private: entry.isPrivate,
            // Obsidian Tasks and Dataview fields (added keys; the ones above keep their meaning).
            created: item.taskFields.created,
            start: item.taskFields.start,
            scheduled: item.taskFields.scheduled,
            cancelledDate: item.taskFields.cancelledDate,
            priority: item.taskFields.priority,
            recurrence: item.taskFields.recurrence,
            taskId: item.taskFields.taskId,
            dependsOn: item.taskFields.dependsOn,
            onCompletion: item.taskFields.onCompletion,
            blockId: item.taskFields.blockId,
          });
          continue;
        }
        const box = item.status === null ? '-' : { open: '[ ]', done: '[x]', cancelled: '[-]', moved: '[>]' }[item.status];
        const due = item.due ? ` (due ${item.due}${item.status === 'open' && item.due < today ? ', overdue' : ''})` : '';
        out.text(`${entry.path}:${item.line}\t${item.kind}\t${box} ${item.title}${due}${entry.isPrivate ? ' [private]' : ''}\n`);
      }
    };
    if (args.values.has('mentorship')) {
      const { index, mentorship } = await reader.pick(args.values.get('mentorship'));
      write(index.items(mentorship.id));
    } else {
      // One mentorship at a time, in path order: the same list as the whole journal's items.
      for await (const part of reader.parts(true)) write(part.index.items());
    }
    if (json) json.end();
    else out.flush();
    return 0;
  },

  async agenda(argv, io) {
    const args = parseArgs(argv, ['root', 'today', 'date', 'mentorship'], ['json']);
    const reader = await open(args);
    const today = todayOf(args, io);
    const { index, mentorship: m } = await reader.pick(args.values.get('mentorship'));
    const date = args.values.has('date') ? isoArg(args, 'date') : nextMeetingDay(index.shared(), m.id, today);
    const agenda = buildAgenda(index.shared(), { mentorshipId: m.id, today, date });
    // A terminal reads it once: "overdue 3 days", plain "from 2026-11-04 (sessions/2026-11-04.md:28)".
    io.out(args.switches.has('json') ? JSON.stringify(agenda, null, 2) + '\n' : renderAgenda(agenda, PLAIN_STYLE));
    return 0;
  },

  async report(argv, io) {
    const args = parseArgs(argv, ['root', 'from', 'to', 'mentorship'], ['json']);
    if (!args.values.has('from') || !args.values.has('to')) throw new UsageError('report needs --from YYYY-MM-DD and --to YYYY-MM-DD');
    const from = isoArg(args, 'from');
    const to = isoArg(args, 'to');
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    const reader = await open(args);
    const { index, mentorship: m } = await reader.pick(args.values.get('mentorship'));
    // Session files are read again for their summaries (a few words each); one that cannot be read is summed up from its items.
    const textOf = (e: { path: string }) => {
      try {
        return reader.readFileNow(e.path);
      } catch {
        return null;
      }
    };
    const report = buildReport(index.shared(), { mentorshipId: m.id, from, to, textOf });
    io.out(args.switches.has('json') ? JSON.stringify(report, null, 2) + '\n' : renderReport(report));
    return 0;
  },

  async check(argv, io) {
    const args = parseArgs(argv, ['root'], ['json']);
    const reader = await open(args);
    // What could not be read comes first in each part's checks (as in checkJournal of the whole).
    const problems: Diagnostic[] = reader.problems();
    let entries = 0;
    for await (const part of reader.parts()) {
      problems.push(...checkJournal(part.index));
      entries += part.index.size;
    }
    problems.sort(byPlace);
    const out = new ChunkedOut(io.out);
    if (args.switches.has('json')) {
      const json = new JsonArrayOut(out);
      for (const { file, line, column, severity, code, message } of problems) json.push(column === undefined ? { file, line, severity, code, message } : { file, line, column: column + 1, severity, code, message });
      json.end();
    } else if (problems.length === 0) {
      io.out(`No problems in ${entries} entries.\n`);
    } else {
      // `file:line:column:` (1-based) when the check knows the token, as compilers print it (editors and terminals open it there).
      for (const p of problems) out.text(`${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column + 1}`}: ${p.severity}: ${p.message}\n`);
      const errors = problems.filter((p) => p.severity === 'error').length;
      out.text(`${problems.length} problem${problems.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in ${entries} entries.\n`);
      out.flush();
    }
    return hasErrors(problems) ? 1 : 0;
  },

  async health(argv, io) {
    const args = parseArgs(argv, ['root', 'today', 'mentorship'], ['json']);
    const reader = await open(args);
    const today = todayOf(args, io);
    const list = await forEachMentorship(reader, args, (index, m) => mentorshipHealth(index.shared(), m.id, today));
    io.out(args.switches.has('json') ? JSON.stringify(list, null, 2) + '\n' : renderHealth(list));
    return 0;
  },

  async skills(argv, io) {
    const args = parseArgs(argv, ['root', 'today', 'mentorship'], ['json']);
    const reader = await open(args);
    const to = todayOf(args, io);
    const list = await forEachMentorship(reader, args, (index, m) => skillsOf(index.shared(), m.id, { to }));
    io.out(args.switches.has('json') ? JSON.stringify(list, null, 2) + '\n' : renderSkills(list));
    return 0;
  },

  async program(argv, io) {
    const args = parseArgs(argv, ['root', 'today', 'out'], ['json']);
    const out = args.values.get('out');
    if (out === undefined && !args.switches.has('json')) throw new UsageError('program needs --out FILE.html (or --json)');
    if (out !== undefined && !/\.html?$/i.test(out)) throw new UsageError(`--out ${out}: name an .html file`);
    const today = todayOf(args, io);
    const reader = await open(args);
    // One part at a time: a program of many pairs is never held in memory at once.
    const builder = new ProgramBuilder(today);
    await forEachMentorship(reader, args, (index, m) => builder.add(index.shared(), m.id));
    const report = builder.finish();
    if (out !== undefined) {
      const html = renderProgramHtml(report, (text) => createHash('sha256').update(text, 'utf8').digest('base64'));
      try {
        fs.writeFileSync(out, html);
      } catch (e) {
        throw new UsageError(`--out ${out}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
    if (args.switches.has('json')) io.out(JSON.stringify(report, null, 2) + '\n');
    else io.out(`Wrote ${out}: ${report.pairs} pair${report.pairs === 1 ? '' : 's'}, ${report.activePairs} active, ${report.levels.act} to check in with.\n`);
    return 0;
  },

  'merge-driver': (argv, io) => Promise.resolve(mergeDriver(argv, io)),
};
const COMMANDS = new Map(Object.entries(COMMAND_TABLE));

/** The journal under --root, checked to be a readable folder. */
async function open(args: ParsedArgs): Promise<JournalReader> {
  const rootArg = args.values.get('root');
  if (rootArg === undefined) throw new UsageError('--root DIR is required (the folder that holds the journal)');
  const root = path.resolve(rootArg);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new UsageError(`--root ${rootArg}: no such folder`);
  }
  if (!stat.isDirectory()) throw new UsageError(`--root ${rootArg}: not a folder`);
  try {
    fs.readdirSync(root);
  } catch {
    throw new UsageError(`--root ${rootArg}: cannot be read (permission denied?)`);
  }
  return JournalReader.open(new NodeJournalFs(root), collectWhenLarge);
}

/**
 * Between two mentorships the previous one is garbage, but V8 lets a heap grow to several times
 * what is alive before it collects (cheap for it, not for the machine): past HEAP_BOUND it is
 * collected at once, so a 100,000-entry journal runs in a bounded memory (about 40 MB is alive).
 */
const HEAP_BOUND = 96 * 1024 * 1024;
let collect: (() => void) | undefined;
function collectWhenLarge(): void {
  if (v8.getHeapStatistics().used_heap_size < HEAP_BOUND) return;
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

/**
 * Every mentorship under --root (shared ones: private agreements never count), or the one
 * --mentorship names, each with an index that answers for it, read one part at a time; in id order.
 */
async function forEachMentorship<T>(reader: JournalReader, args: ParsedArgs, run: (index: JournalIndex, m: Mentorship) => T): Promise<T[]> {
  if (args.values.has('mentorship')) {
    const { index, mentorship } = await reader.pick(args.values.get('mentorship'));
    return [run(index, mentorship)];
  }
  const out: { id: string; value: T }[] = [];
  for await (const part of reader.parts()) {
    for (const m of part.index.shared().mentorships()) out.push({ id: m.id, value: run(part.index, m) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((x) => x.value);
}

function todayOf(args: ParsedArgs, io: CliIo): IsoDate {
  return args.values.has('today') ? isoArg(args, 'today') : localToday(io.now());
}

function isoArg(args: ParsedArgs, name: string): IsoDate {
  const v = args.values.get(name)!;
  if (!isIsoDate(v)) throw new UsageError(`--${name} "${v}" is not a date (write YYYY-MM-DD)`);
  return v;
}
