#!/usr/bin/env node
// Runs the extension-host integration suites, each on its own fresh workspace:
//   main       a copy of examples/ (the sample journal), read with Node's fs (the local-disk fast path)
//   mainWorkspaceFs  the same tests again, every read through workspace.fs (as in remote and web windows)
//   multiRoot  two mentees' repositories as one multi-root workspace
//   empty      an empty folder (Initialize, welcome view)
//   restricted a copy of examples/ never trusted: Restricted Mode (Workspace Trust left on)
// The extension is loaded from this repository (build first: npm run build).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIntegration } from './vscode/runIntegration.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const TODAY = '2026-11-24';

function copyExamples(dest) {
  fs.cpSync(path.join(repo, 'examples'), dest, { recursive: true });
}

const suites = {
  main() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-main-'));
    copyExamples(dir);
    return dir;
  },
  mainWorkspaceFs() {
    return suites.main();
  },
  multiRoot() {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-multi-'));
    const sam = path.join(base, 'sam-journal');
    const alex = path.join(base, 'alex-journal');
    copyExamples(sam);
    fs.rmSync(path.join(sam, 'mentorship', 'alex'), { recursive: true });
    fs.mkdirSync(alex, { recursive: true });
    fs.cpSync(path.join(repo, 'examples', 'mentorship', 'alex'), path.join(alex, 'mentorship'), { recursive: true });
    const ws = path.join(base, 'mentees.code-workspace');
    fs.writeFileSync(ws, JSON.stringify({ folders: [{ path: sam }, { path: alex }] }, null, 2));
    return ws;
  },
  empty() {
    return fs.mkdtempSync(path.join(os.tmpdir(), 'mj-empty-'));
  },
  restricted() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-restricted-'));
    copyExamples(dir);
    // The repository's own settings set a value: toggling the view must not rewrite them.
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{\n  "mentorship.actionItems.groupBy": "due"\n}\n');
    return dir;
  },
};
/** Extra environment per suite. */
const suiteEnv = { restricted: { MENTORSHIP_WORKSPACE_TRUST: '1' }, mainWorkspaceFs: { MENTORSHIP_FS: 'workspace' } };
/** The folder of tests a suite runs, when not its own name. */
const suiteDir = { mainWorkspaceFs: 'main' };

let failed = 0;
let passed = 0;
for (const [name, prepare] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  const dir = suiteDir[name] ?? name;
  if (!fs.existsSync(path.join(repo, 'out', 'test', 'integration', dir))) continue;
  const target = prepare();
  console.log(`\n== integration suite "${name}" on ${target}`);
  try {
    await runIntegration({
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out', 'test', 'integration', 'runner.js'),
      folderOrWorkspace: target,
      env: { MENTORSHIP_SUITE: dir, MENTORSHIP_TODAY: TODAY, MENTORSHIP_TEST_WORKSPACE: target, ...suiteEnv[name] },
      label: `integration-${name}`,
    });
    passed++;
  } catch (e) {
    failed++;
    console.error(`suite "${name}" failed: ${e instanceof Error ? e.message : e}`);
  }
}
console.log(`integration suites: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
