// Workspace Trust cannot be switched off inside the integration host (it runs trusted), so the
// guarantee is checked where it lives: every write goes through JournalWriter, and every public
// writer method refuses in Restricted Mode (requireTrust) before it touches anything.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './helpers';

const SRC = path.join(REPO, 'src');
const WRITER = path.join(SRC, 'host', 'journalWriter.ts');
/** Calls that change files on disk (an editor's `edit` only changes a buffer the user then saves). */
const WRITES = /\bapplyEdit\s*\(|\bfs\.(writeFile|createDirectory|delete|rename|copy)\s*\(|\.save\s*\(\s*\)|\bnode:fs\b|\bfrom\s+['"]fs['"]/;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : d.name.endsWith('.ts') ? [p] : [];
  });
}

/** Public async methods of the writer with the code before their first `await`. */
export function publicMethodPrologues(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^ {2}async (\w+)\([^)]*\)[^{]*\{\n([\s\S]*?)^ {2}\}/gm)) {
    const body = m[2];
    const first = body.search(/\bawait\b/);
    out.set(m[1], first < 0 ? body : body.slice(0, first));
  }
  return out;
}

describe('writes and Workspace Trust', () => {
  it('finds the methods it must check (the scanner works)', () => {
    const sample = '  async good(a: string): Promise<void> {\n    requireTrust();\n    await x();\n  }\n\n  async bad(): Promise<void> {\n    await x();\n    requireTrust();\n  }\n';
    const found = publicMethodPrologues(sample);
    assert.deepEqual([...found.keys()], ['good', 'bad']);
    assert.match(found.get('good')!, /requireTrust\(\);/);
    assert.doesNotMatch(found.get('bad')!, /requireTrust\(\);/);
  });

  it('every public JournalWriter method calls requireTrust() before its first await', () => {
    const methods = publicMethodPrologues(fs.readFileSync(WRITER, 'utf8'));
    assert.ok(methods.size >= 6, `only ${methods.size} writer methods found: ${[...methods.keys()]}`);
    const unguarded = [...methods].filter(([, prologue]) => !/^\s*requireTrust\(\);/.test(prologue)).map(([name]) => name);
    assert.deepEqual(unguarded, []);
  });

  it('nothing in the extension writes files except through JournalWriter', () => {
    const offenders = tsFiles(SRC)
      .filter((f) => f !== WRITER && !f.startsWith(path.join(SRC, 'cli')) && !f.startsWith(path.join(SRC, 'node')))
      .filter((f) => WRITES.test(fs.readFileSync(f, 'utf8').replace(/^\s*\/\/.*$/gm, '')))
      .map((f) => path.relative(REPO, f));
    assert.deepEqual(offenders, []);
  });
});
