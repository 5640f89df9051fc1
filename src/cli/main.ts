// `mentorship`: the journal from a terminal, a git hook or CI, on the same core as the extension.
// Contract (other tools depend on it): see docs/cli.md. Exit 0 ok, 1 problems found, 2 misuse.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAgenda } from '../core/agenda';
import { PLAIN_STYLE, renderAgenda } from '../core/agendaMarkdown';
import { checkJournal, hasErrors } from '../core/checks';
import { isIsoDate, localToday } from '../core/dates';
import { JournalIndex, type Mentorship } from '../core/journalIndex';
import type { Diagnostic, IsoDate } from '../core/model';
import { buildReport, renderReport } from '../core/report';
import { nextMeetingDay } from '../core/schedule';
import { scanJournal } from '../core/scan';
import { NodeJournalFs } from '../node/nodeJournalFs';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { HELP } from './help';
import { mergeDriver } from './mergeDriver';

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
    if (!run) throw new UsageError(`unknown command "${command}" (try: agenda, items, report, check, merge-driver)`);
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
    const { index } = await load(args);
    const today = todayOf(args, io);
    const only = args.values.has('mentorship') ? pickMentorship(index, args.values.get('mentorship')).id : undefined;
    let refs = index.items(only);
    if (args.switches.has('open')) refs = refs.filter((r) => r.item.status === 'open');
    if (args.switches.has('json')) {
      const rows = refs.map(({ item, entry, mentorship }) => ({
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
      }));
      io.out(JSON.stringify(rows, null, 2) + '\n');
      return 0;
    }
    for (const { item, entry } of refs) {
      const box = item.status === null ? '-' : { open: '[ ]', done: '[x]', cancelled: '[-]', moved: '[>]' }[item.status];
      const due = item.due ? ` (due ${item.due}${item.status === 'open' && item.due < today ? ', overdue' : ''})` : '';
      io.out(`${entry.path}:${item.line}\t${item.kind}\t${box} ${item.title}${due}${entry.isPrivate ? ' [private]' : ''}\n`);
    }
    return 0;
  },

  async agenda(argv, io) {
    const args = parseArgs(argv, ['root', 'today', 'date', 'mentorship'], ['json']);
    const { index } = await load(args);
    const today = todayOf(args, io);
    const m = pickMentorship(index, args.values.get('mentorship'));
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
    const { index, fs: files } = await load(args);
    const m = pickMentorship(index, args.values.get('mentorship'));
    // Session files are read again for their summaries (a few words each); one that cannot be read is summed up from its items.
    const textOf = (e: { path: string }) => {
      try {
        return files.readFileNow(e.path);
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
    const { index } = await load(args);
    // What could not be read is in the index's problems, which checkJournal lists first.
    const problems: Diagnostic[] = checkJournal(index);
    if (args.switches.has('json')) {
      io.out(JSON.stringify(problems.map(({ file, line, severity, code, message }) => ({ file, line, severity, code, message })), null, 2) + '\n');
    } else if (problems.length === 0) {
      io.out(`No problems in ${index.size} entries.\n`);
    } else {
      for (const p of problems) io.out(`${p.file}:${p.line}: ${p.severity}: ${p.message}\n`);
      const errors = problems.filter((p) => p.severity === 'error').length;
      io.out(`${problems.length} problem${problems.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in ${index.size} entries.\n`);
    }
    return hasErrors(problems) ? 1 : 0;
  },

  'merge-driver': (argv, io) => Promise.resolve(mergeDriver(argv, io)),
};
const COMMANDS = new Map(Object.entries(COMMAND_TABLE));

async function load(args: ParsedArgs): Promise<{ index: JournalIndex; unreadable: { path: string; message: string }[]; fs: NodeJournalFs }> {
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
  const index = new JournalIndex();
  const files = new NodeJournalFs(root);
  const unreadable = await scanJournal(files, index);
  return { index, unreadable, fs: files };
}

function pickMentorship(index: JournalIndex, wanted: string | undefined): Mentorship {
  const all = index.mentorships();
  if (wanted !== undefined) {
    const m = index.findMentorship(wanted);
    if (!m) throw new UsageError(`no mentorship "${wanted}" (found: ${all.map(describe).join(', ') || 'none'})`);
    return m;
  }
  if (all.length === 1) return all[0];
  if (all.length === 0) throw new UsageError('no mentorship.md agreement found under --root');
  throw new UsageError(`${all.length} mentorships here; choose one with --mentorship (${all.map(describe).join(', ')})`);
}

function describe(m: Mentorship): string {
  return m.agreement.mentee?.handle ? `${m.id} = @${m.agreement.mentee.handle}` : m.id;
}

function todayOf(args: ParsedArgs, io: CliIo): IsoDate {
  return args.values.has('today') ? isoArg(args, 'today') : localToday(io.now());
}

function isoArg(args: ParsedArgs, name: string): IsoDate {
  const v = args.values.get(name)!;
  if (!isIsoDate(v)) throw new UsageError(`--${name} "${v}" is not a date (write YYYY-MM-DD)`);
  return v;
}
