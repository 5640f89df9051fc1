// The core runs in the extension host, in VS Code for the Web and in the CLI: it must not
// import VS Code or Node's built-ins (the file system is injected as a JournalFs).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { REPO } from './helpers';

const CORE = path.join(REPO, 'src', 'core');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : /\.(ts|js|mjs|cjs)$/.test(d.name) ? [p] : [];
  });
}

/** Every module specifier in `text`: static and dynamic imports, re-exports, require calls. */
export function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

/** Why `spec`, imported by a file in `dir` (default: src/core itself), is not allowed, or null. */
function forbidden(spec: string, dir = CORE): string | null {
  if (spec === 'vscode' || spec.startsWith('vscode/')) return 'VS Code API';
  if (spec.startsWith('node:')) return 'Node built-in';
  if (BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0])) return 'Node built-in';
  if (spec.startsWith('.') && !path.resolve(dir, spec).startsWith(CORE)) return 'module outside src/core';
  return null;
}

describe('core purity', () => {
  it('finds the imports it must check (the scanner works)', () => {
    const sample = [
      "import * as vscode from 'vscode';",
      "import { readFile } from 'node:fs';",
      "import type { Uri } from \"vscode\";",
      "export * from 'path';",
      "const cp = require('child_process');",
      "const m = await import('os');",
      "import './side-effect';",
      '// import { x } from "fs";',
    ].join('\n');
    assert.deepEqual(specifiers(sample), ['vscode', 'node:fs', 'vscode', './side-effect', 'path', 'os', 'child_process']);
    assert.deepEqual(specifiers(sample).map((s) => forbidden(s)), ['VS Code API', 'Node built-in', 'VS Code API', null, 'Node built-in', 'Node built-in', 'Node built-in']);
    assert.equal(forbidden('../host/store'), 'module outside src/core');
    assert.equal(forbidden('../model', path.join(CORE, 'merge')), null, 'a core subfolder may import the core');
    assert.equal(forbidden('../../host/store', path.join(CORE, 'merge')), 'module outside src/core');
    assert.equal(forbidden('yaml'), null);
    assert.equal(forbidden('date-fns'), null);
  });

  it('src/core imports neither vscode, nor Node built-ins, nor code outside the core', () => {
    const files = sourceFiles(CORE);
    assert.ok(files.length >= 15, `only ${files.length} core files found`);
    const problems: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const spec of specifiers(text)) {
        const why = forbidden(spec, path.dirname(file));
        if (why) problems.push(`${path.relative(REPO, file)} imports "${spec}" (${why})`);
      }
      if (/\bprocess\.(env|cwd|argv|platform)\b|\b__dirname\b|\bBuffer\./.test(text)) problems.push(`${path.relative(REPO, file)} uses the Node process or Buffer`);
    }
    assert.deepEqual(problems, []);
  });
});
