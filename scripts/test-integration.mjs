#!/usr/bin/env node
// Runs the extension-host integration suites, each on its own fresh workspace:
//   main       a copy of examples/ (the sample journal), read with Node's fs (the local-disk fast path)
//   mainWorkspaceFs  the same tests again, every read through workspace.fs (as in remote and web windows)
//   multiRoot  two mentees' repositories as one multi-root workspace
//   empty      an empty folder (Initialize, welcome view)
//   restricted a copy of examples/ never trusted: Restricted Mode (Workspace Trust left on)
// The extension is loaded from this repository (build first: npm run build).
import { execFileSync } from 'node:child_process';
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
    gitHistory(sam);
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
/**
 * Makes Sam's folder a git repository whose history says who changed what after the last
 * session (2026-11-18): Sam committed the journal that evening, Priya a note in the agreement on
 * the 20th, Sam a goal's log on the 21st (prose only: no item or count changes). Authors and
 * dates come from the environment, so no git configuration is written.
 */
function gitHistory(dir) {
  const git = (args, who, date) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_NAME: who, GIT_AUTHOR_EMAIL: `${who.split(' ')[0].toLowerCase()}@example.com`, GIT_COMMITTER_NAME: who, GIT_COMMITTER_EMAIL: 'ci@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  git(['init', '-q'], 'Sam Okafor', '2026-11-18T18:00:00');
  git(['add', '-A'], 'Sam Okafor', '2026-11-18T18:00:00');
  git(['commit', '-q', '-m', 'Session notes of 18 Nov'], 'Sam Okafor', '2026-11-18T18:00:00');
  fs.appendFileSync(path.join(dir, 'mentorship', 'mentorship.md'), '\nFrom December we meet on Thursdays.\n');
  git(['commit', '-q', '-am', 'Move our slot to Thursdays'], 'Priya Raman', '2026-11-20T09:30:00');
  fs.appendFileSync(path.join(dir, 'mentorship', 'goals', 'design-doc.md'), '- 2026-11-21: Sent the draft to Tomás for the security read.\n');
  git(['commit', '-q', '-am', 'Log: draft sent for the security read'], 'Sam Okafor', '2026-11-21T16:00:00');
}

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
