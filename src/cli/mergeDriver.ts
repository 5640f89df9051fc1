// `mentorship merge-driver %O %A %B %P`: git's merge driver for journal files. Git gives the
// base, ours and theirs versions as temporary files and the path; the result goes into ours'
// file. Exit 0 when it merged cleanly, 1 when conflict markers are left, 2 on a bad invocation.
import * as fs from 'node:fs';
import { mergeJournalFile, mergeText, type MergeOptions } from '../core/merge/mergeJournalFile';
import { UsageError } from './args';
import type { CliIo } from './main';

const OPTIONS = ['marker-size', 'ours-label', 'theirs-label'];

export function mergeDriver(argv: string[], io: CliIo): number {
  const files: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!OPTIONS.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    values.set(name, value);
  }
  if (files.length !== 4) throw new UsageError(`merge-driver needs 4 arguments, BASE OURS THEIRS PATH (git's %O %A %B %P); got ${files.length}`);
  const [basePath, oursPath, theirsPath, path] = files;
  const options: MergeOptions = { oursLabel: values.get('ours-label'), theirsLabel: values.get('theirs-label') };
  if (values.has('marker-size')) {
    const size = Number(values.get('marker-size'));
    if (!Number.isInteger(size) || size < 7 || size > 100) throw new UsageError(`--marker-size "${values.get('marker-size')}" is not a number from 7 to 100`);
    // Our readers know seven-character markers only; longer ones (git's %L for nested merges) are written as asked.
    options.markerSize = size;
  }
  const read = (file: string) => {
    try {
      return fs.readFileSync(file);
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
  };
  const [base, ours, theirs] = [read(basePath), read(oursPath), read(theirsPath)];
  const journalPath = path.replace(/\\/g, '/');

  // Binary: nothing sensible to merge line by line; ours stays, and git reports the conflict.
  if ([base, ours, theirs].some((b) => b.includes(0))) {
    io.err(`mentorship: ${path} is binary; kept our version, resolve it by hand\n`);
    return 1;
  }
  const texts = [base, ours, theirs].map(utf8);
  const result = texts.every((t): t is string => t !== null)
    ? mergeJournalFile(texts[0], texts[1], texts[2], journalPath, options)
    : // Not UTF-8: a plain line merge of the bytes (latin1 maps every byte to one character and back).
      mergeText(base.toString('latin1'), ours.toString('latin1'), theirs.toString('latin1'), options);
  const bytes = texts.every((t) => t !== null) ? Buffer.from(result.text, 'utf8') : Buffer.from(result.text, 'latin1');
  try {
    fs.writeFileSync(oursPath, bytes);
  } catch {
    throw new UsageError(`cannot write ${oursPath}`);
  }
  if (result.conflicts > 0) {
    io.err(`mentorship: ${path}: ${result.conflicts} conflict${result.conflicts === 1 ? '' : 's'} left (${describe(result.method)})\n`);
    return 1;
  }
  return 0;
}

function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function describe(method: string): string {
  if (method === 'items') return 'merged item by item';
  if (method === 'lines') return 'merged line by line';
  return 'the whole file differs';
}
