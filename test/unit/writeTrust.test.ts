// Workspace Trust cannot be switched off inside the main integration host (it runs trusted; the
// "restricted" suite proves the behaviour), so the guarantee is also checked where it lives:
// every write goes through JournalWriter, every public writer method runs through its queue,
// which refuses in Restricted Mode before anything else, and every command that writes says so
// (`writes = true`), so the command registry refuses it before it asks the user anything.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './helpers';

const SRC = path.join(REPO, 'src');
const WRITER = path.join(SRC, 'host', 'journalWriter.ts');
/** Calls that change files on disk (an editor's `edit` only changes a buffer the user then saves). */
const WRITES = /\bapplyEdit\s*\(|\bfs\.(writeFile|createDirectory|delete|rename|copy)\s*\(|\.save\s*\(\s*\)|\bnode:fs\b|\bfrom\s+['"]fs['"]|\.update\s*\([^)]*ConfigurationTarget/;
/** Files that write without the writer, and why (each is a command that declares `writes = true`). */
const WRITES_ELSEWHERE: Record<string, string> = {};
/** Commands that use the writer without declaring it, and why. */
const EXEMPT: Record<string, string> = {
  'agenda/generateAgenda.ts': 'in Restricted Mode it shows a preview instead of writing; the writer refuses any write there',
};

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : d.name.endsWith('.ts') ? [p] : [];
  });
}

/** Public methods of a class body (two-space indent, not private) with their bodies. */
export function publicMethods(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^ {2}(?:async )?(\w+)\([^)]*\)[^{;]*\{\n([\s\S]*?)^ {2}\}/gm)) {
    if (m[1] === 'constructor') continue;
    out.set(m[1], m[2]);
  }
  return out;
}

describe('writes and Workspace Trust', () => {
  const writer = fs.readFileSync(WRITER, 'utf8');
  const classBody = writer.slice(writer.indexOf('export class JournalWriter'), writer.indexOf('\n}\n', writer.indexOf('export class JournalWriter')));

  it('finds the methods it must check (the scanner works)', () => {
    const sample = '  good(a: string): Promise<void> {\n    return this.run(async () => x());\n  }\n\n  async bad(): Promise<void> {\n    await x();\n  }\n';
    const found = publicMethods(sample);
    assert.deepEqual([...found.keys()], ['good', 'bad']);
  });

  it('every public JournalWriter method runs through the queue that checks trust first', () => {
    // `private` methods do not match (a modifier before the name).
    const methods = [...publicMethods(classBody)];
    assert.ok(methods.length >= 8, `only ${methods.length} writer methods found: ${methods.map(([n]) => n)}`);
    const publicNames = methods.map(([n]) => n);
    const unguarded = methods
      .filter(([, body]) => !/^\s*return this\.run\(/.test(body))
      // Or it hands the whole work to another public method that does.
      .filter(([, body]) => !publicNames.some((n) => new RegExp(`this\\.${n}\\(`).test(body)))
      .map(([name]) => name);
    assert.deepEqual(unguarded, []);
    const run = /private run<T>\([^)]*\)[^{]*\{\n([\s\S]*?)^ {2}\}/m.exec(classBody)?.[1] ?? '';
    assert.ok(run.indexOf('requireTrust()') >= 0 && run.indexOf('requireTrust()') < run.indexOf('this.queue'), 'run() refuses in Restricted Mode before it queues anything');
  });

  it('nothing in the extension writes files or settings except through JournalWriter', () => {
    const offenders = tsFiles(SRC)
      .filter((f) => f !== WRITER && !f.startsWith(path.join(SRC, 'cli')) && !f.startsWith(path.join(SRC, 'node')))
      .filter((f) => !(path.relative(SRC, f).split(path.sep).join('/') in WRITES_ELSEWHERE && /readonly writes = true;/.test(fs.readFileSync(f, 'utf8'))))
      .filter((f) => WRITES.test(fs.readFileSync(f, 'utf8').replace(/^\s*\/\/.*$/gm, '')))
      .map((f) => path.relative(REPO, f));
    assert.deepEqual(offenders, []);
  });

  it('every command that writes declares it, so the registry refuses it in Restricted Mode', () => {
    const features = path.join(SRC, 'features');
    const undeclared = tsFiles(features)
      .map((f) => ({ rel: path.relative(features, f), text: fs.readFileSync(f, 'utf8') }))
      .filter(({ text }) => /implements Command\b/.test(text) && /\.writer\.|writeAgendaSession|applyPlan/.test(text))
      .filter(({ rel, text }) => !/readonly writes = true;/.test(text) && !(rel in EXEMPT))
      .map(({ rel }) => rel);
    assert.deepEqual(undeclared, []);
  });
});
