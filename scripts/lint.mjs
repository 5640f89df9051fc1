#!/usr/bin/env node
// `npm run lint` (tier `lint` of `npm test`): ESLint with the layering rules of eslint.config.mjs
// over the repository, after checking that each rule still fires on a line that breaks it (a
// rule that matches nothing would pass forever). Offline, a few seconds.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: repo });

// Each: a file (it need not exist), a line in it, and the rule that must refuse it.
const MUST_FAIL = [
  ['src/core/x.ts', "import * as vscode from 'vscode';", 'no-restricted-imports'],
  ['src/core/x.ts', "import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
  ['src/core/x.ts', "import * as path from 'path';", 'no-restricted-imports'],
  ['src/core/x.ts', "import { JournalStore } from '../host/journalStore';", 'no-restricted-imports'],
  ['src/features/agenda/x.ts', "import { Tooltip } from '../trees/itemRows';", 'no-restricted-imports'],
  ['src/features/agenda/x.ts', "import { x } from '../../features/trees/itemRows';", 'no-restricted-imports'],
  ['src/features/agenda/x.ts', 'void vscode.workspace.fs.readFile(uri);', 'no-restricted-syntax'],
  ['src/features/agenda/x.ts', 'void workspace.applyEdit(edit);', 'no-restricted-syntax'],
  ['src/cli/x.ts', 'const e = new vscode.WorkspaceEdit();', 'no-restricted-syntax'],
  ['test/unit/x.test.ts', "describe.only('x', () => {});", 'no-restricted-syntax'],
  ['test/unit/x.test.ts', "it.skip('x', () => {});", 'no-restricted-syntax'],
];
const MAY_PASS = [
  ['src/features/agenda/x.ts', "import { a } from './agendaSession';\nimport { b } from '../../host/journalWriter';\nimport { c } from '../../core/agenda';"],
  ['src/host/x.ts', 'const e = new vscode.WorkspaceEdit();\nvoid vscode.workspace.fs.stat(uri);'],
  ['src/core/x.ts', "import { parse } from 'yaml';\nimport { intern } from './intern';"],
];

const problems = [];
for (const [filePath, code, rule] of MUST_FAIL) {
  const [result] = await eslint.lintText(code, { filePath: path.join(repo, filePath) });
  if (!result.messages.some((m) => m.ruleId === rule)) problems.push(`the linter no longer refuses, in ${filePath}: ${code}`);
}
for (const [filePath, code] of MAY_PASS) {
  const [result] = await eslint.lintText(code, { filePath: path.join(repo, filePath) });
  for (const m of result.messages) problems.push(`the linter refuses what is allowed, in ${filePath}: ${m.message}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results);
if (output) console.log(output);
const errors = results.reduce((n, r) => n + r.errorCount, 0);
console.log(`lint: ${results.length} files, ${errors} error${errors === 1 ? '' : 's'}; the rules refuse all ${MUST_FAIL.length} lines that break them`);
process.exitCode = errors ? 1 : 0;
