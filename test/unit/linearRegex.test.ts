// Every regular expression in src/ and media/ must run in linear time: a pattern that backtracks
// on a long run of one character froze the extension host for seconds on a 60 KB file. Checked
// with recheck (a ReDoS checker: automata analysis and fuzzing), over every regular expression
// literal found by TypeScript's own parser. Patterns built at run time (`new RegExp(text)`)
// cannot be checked, so they are refused: write a literal, or a scanner.
//
// recheck runs its native binary when its package is installed for this platform, else its
// pure JavaScript build (slower). Patterns found safe are remembered per recheck version in
// node_modules/.cache, so a run re-checks only new or changed patterns.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from 'recheck';
import * as ts from 'typescript';
import { REPO } from './helpers';

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/**
 * Patterns another change is replacing, each with the reason it may stay for now. Remove an
 * entry when its pattern is gone: the test fails while an entry names a pattern no file has.
 */
const PENDING: { file: string; source: string; why: string }[] = [];

/** The regular expression literals of a TypeScript or JavaScript source, and its `RegExp(…)` calls that are not. */
export function regexesIn(file: string, text: string): { literals: Found[]; dynamic: Found[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Found[] = [];
  const dynamic: Found[] = [];
  const lineOf = (n: ts.Node) => source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = (node as ts.RegularExpressionLiteral).text;
      const end = t.lastIndexOf('/');
      literals.push({ file, line: lineOf(node), source: t.slice(1, end), flags: t.slice(end + 1) });
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const literal = (n: ts.Expression | undefined) => n === undefined || ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
      if (pattern && literal(pattern) && literal(flags)) {
        literals.push({ file, line: lineOf(node), source: (pattern as ts.StringLiteral).text, flags: flags ? (flags as ts.StringLiteral).text : '' });
      } else {
        dynamic.push({ file, line: lineOf(node), source: node.getText(source).slice(0, 80), flags: '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, dynamic };
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : /\.(ts|mts|js|mjs)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

const RECHECK_VERSION = (JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;
const CACHE = path.join(REPO, 'node_modules', '.cache', 'mentorship-journal', `linear-regex-${RECHECK_VERSION}.json`);

function readCache(): Set<string> {
  try {
    return new Set(JSON.parse(fs.readFileSync(CACHE, 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

/** What recheck says of one pattern: null when it is linear, else why not. */
export async function superLinear(source: string, flags: string): Promise<string | null> {
  const d = await check(source, flags, { timeout: 30_000 });
  if (d.status === 'safe') return null;
  if (d.status === 'vulnerable') return `${d.complexity.summary} (attack: ${d.attack.pattern})`;
  return `undecided by recheck (${d.error.kind}): simplify the pattern or write a scanner`;
}

describe('every regular expression in src/ and media/ runs in linear time', function () {
  // The pure JavaScript checker takes several seconds on the larger patterns.
  this.timeout(300_000);
  const files = [...sourceFiles(path.join(REPO, 'src')), ...sourceFiles(path.join(REPO, 'media'))];
  const found = files.map((f) => regexesIn(path.relative(REPO, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')));
  const literals = found.flatMap((f) => f.literals);

  it('finds the patterns (the collector works) and recheck refuses super-linear ones', async () => {
    assert.ok(literals.length > 50, `only ${literals.length} regular expressions found`);
    const sample = regexesIn('sample.ts', 'const A = /[:.!]+\\s*$/;\nconst B = new RegExp(`^${x}+$`);\nconst C = new RegExp("^a+$", "u");\nconst D = /^(a|a)*$/;\n');
    assert.deepEqual(sample.literals.map((l) => [l.line, l.source, l.flags]), [[1, '[:.!]+\\s*$', ''], [3, '^a+$', 'u'], [4, '^(a|a)*$', '']]);
    assert.deepEqual(sample.dynamic.map((d) => d.line), [2]);
    assert.match((await superLinear('[:.!]+\\s*$', '')) ?? 'linear', /polynomial/);
    assert.match((await superLinear('^(a|a)*$', '')) ?? 'linear', /exponential/);
    assert.equal(await superLinear('^a+$', ''), null);
  });

  it('builds no pattern from text at run time (only literals can be checked)', () => {
    const dynamic = found.flatMap((f) => f.dynamic);
    assert.deepEqual(dynamic.map((d) => `${d.file}:${d.line}: ${d.source}`), []);
  });

  it('each literal is linear (recheck)', async () => {
    const cache = readCache();
    const failures: string[] = [];
    const stillPending = new Set<string>();
    for (const l of literals) {
      const pending = PENDING.find((p) => p.file === l.file && p.source === l.source);
      if (pending) {
        stillPending.add(`${pending.file}\u0000${pending.source}`);
        continue;
      }
      const key = `${l.flags}/${l.source}`;
      if (cache.has(key)) continue;
      const why = await superLinear(l.source, l.flags);
      if (why === null) cache.add(key);
      else failures.push(`${l.file}:${l.line}: /${l.source}/${l.flags} is ${why}`);
    }
    fs.mkdirSync(path.dirname(CACHE), { recursive: true });
    fs.writeFileSync(CACHE, JSON.stringify([...cache].sort()));
    const stale = PENDING.filter((p) => !stillPending.has(`${p.file}\u0000${p.source}`)).map((p) => `${p.file}: /${p.source}/ is gone: remove it from PENDING`);
    assert.deepEqual([...failures, ...stale], []);
  });
});
