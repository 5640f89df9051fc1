// A clone without the merge driver: `git merge` leaves a session conflicted where Sam and Priya
// edited neighbouring items and both added one. The problem on the marker offers "Resolve
// conflicts by the journal's rules" (and the merge editor); run, the file holds every edit of both
// sides, and only a true conflict (one item given two due dates) stays marked.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { Resolution } from '../../../src/core/merge/resolveConflicts';
import { activate, readText, stubWindow, waitFor, type ExtensionApi } from '../helpers';

const FILE = 'mentorship/sessions/2026-11-18.md';

describe('multi-root: resolving what git left conflicted', () => {
  let api: ExtensionApi;
  let folder: vscode.Uri;
  let head: string;
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: folder.fsPath,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Sam Okafor', GIT_AUTHOR_EMAIL: 'sam@example.com', GIT_COMMITTER_NAME: 'Sam Okafor', GIT_COMMITTER_EMAIL: 'sam@example.com' },
    });
  const uri = () => vscode.Uri.joinPath(folder, FILE);
  const edit = async (change: (lines: string[]) => void) => {
    const lines = (await readText(uri())).split('\n');
    change(lines);
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(lines.join('\n')));
  };
  const at = (lines: string[], words: string) => {
    const i = lines.findIndex((l) => l.includes(words));
    assert.ok(i >= 0, `no line with "${words}"`);
    return i;
  };
  /** Priya on her branch, Sam on main, then Sam merges without the driver: git leaves markers. */
  async function conflicted(priya: (lines: string[]) => void, sam: (lines: string[]) => void): Promise<void> {
    git('checkout', '-q', '-b', 'priya');
    await edit(priya);
    git('commit', '-q', '-am', 'Priya');
    git('checkout', '-q', 'main');
    await edit(sam);
    git('commit', '-q', '-am', 'Sam');
    assert.throws(() => git('merge', '-q', '--no-edit', 'priya'), 'git leaves a conflict');
    assert.match(await readText(uri()), /^<<<<<<< HEAD$/m);
    await api.services.store.reread(uri());
  }
  async function resolve(): Promise<Resolution | undefined> {
    const said = [stubWindow('showInformationMessage', () => undefined), stubWindow('showWarningMessage', () => undefined)];
    try {
      return await vscode.commands.executeCommand<Resolution>('mentorship.resolveConflicts', uri());
    } finally {
      said.forEach((s) => s.restore());
    }
  }

  before(async () => {
    api = await activate();
    folder = vscode.workspace.workspaceFolders![0].uri;
    head = git('rev-parse', 'HEAD').trim();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    git('reset', '-q', '--hard', head);
    execFileSync('git', ['branch', '-q', '-D', 'priya'], { cwd: folder.fsPath, stdio: 'ignore' });
    await api.services.store.reread(uri());
  });

  it('offers to resolve on the conflict, then combines neighbouring ticks and two added items', async () => {
    await conflicted(
      (lines) => {
        lines[at(lines, 'Leave written comments')] = lines[at(lines, 'Leave written comments')].replace('- [ ]', '- [x]') + ' [completion:: 2026-11-28]';
        lines.splice(at(lines, 'Suggest a book') + 1, 0, '- [ ] Send Sam two talks to watch @priya');
      },
      (lines) => {
        lines[at(lines, 'Book a 30-minute dry run')] = lines[at(lines, 'Book a 30-minute dry run')].replace('- [ ]', '- [x]') + ' [completion:: 2026-11-26]';
        lines.splice(at(lines, 'Suggest a book') + 1, 0, '- [ ] Draft the Q1 goals @sam');
      },
    );
    const marker = (await readText(uri())).split('\n').indexOf('<<<<<<< HEAD');
    const problem = await waitFor(() => vscode.languages.getDiagnostics(uri()).find((d) => d.code === 'conflict' && d.range.start.line === marker), 'the conflict marker flagged');
    // As when the user opens the file and asks for fixes on the marker.
    await vscode.window.showTextDocument(uri());
    // (A request made while the editor is still loading the file git changed is cancelled: ask again.)
    const ask = async () => {
      try {
        const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), problem.range, vscode.CodeActionKind.QuickFix.value);
        return found.length ? found : undefined;
      } catch {
        return undefined;
      }
    };
    const actions = await waitFor(ask, 'fixes offered on the conflict');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes("Resolve conflicts by the journal's rules"), JSON.stringify(titles));
    assert.ok(titles.includes('Open in the merge editor'), JSON.stringify(titles));
    const ours = actions.find((a) => a.title === "Resolve conflicts by the journal's rules")!;
    assert.deepEqual([ours.command?.command, String(ours.command?.arguments?.[0])], ['mentorship.resolveConflicts', String(uri())]);

    const result = await resolve();
    assert.ok(result && result.regions >= 1 && result.left === 0, JSON.stringify(result && { regions: result.regions, left: result.left }));
    const text = await readText(uri());
    assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
    for (const line of [
      '- [x] Book a 30-minute dry run of the lightning talk with the team @sam [due:: 2026-11-25] [goal:: public-speaking] [completion:: 2026-11-26]',
      '- [x] Leave written comments on the RFC draft @priya [due:: 2026-11-27] [goal:: design-doc] [completion:: 2026-11-28]',
      '- [ ] Draft the Q1 goals @sam',
      '- [ ] Send Sam two talks to watch @priya',
    ]) {
      assert.equal(text.split('\n').filter((l) => l === line).length, 1, line);
    }
    // The index reads it as one file with no conflict, and the problem is gone.
    const entry = api.services.store.all()[0].index.get('sessions/2026-11-18.md')!;
    assert.equal(entry.unsafeToEdit, false);
    assert.equal(entry.items.filter((i) => i.section === 'Action items').length, 8);
    await waitFor(() => !vscode.languages.getDiagnostics(uri()).some((d) => d.code === 'conflict'), 'the conflict problem to go');
  });

  it('leaves one item given two due dates marked, and refuses a file resolved by hand', async () => {
    await conflicted(
      (lines) => void (lines[at(lines, 'Present the RFC')] = lines[at(lines, 'Present the RFC')].replace('2026-12-03', '2026-12-10')),
      (lines) => void (lines[at(lines, 'Present the RFC')] = lines[at(lines, 'Present the RFC')].replace('2026-12-03', '2026-12-08')),
    );
    // Someone started by hand: their line is in none of the versions, so nothing is replaced.
    const before = await readText(uri());
    await edit((lines) => void (lines[at(lines, 'We talked about how a draft')] += ' (and why)'));
    const handEdited = await readText(uri());
    const refused = stubWindow('showWarningMessage', () => undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('mentorship.resolveConflicts', uri()), undefined);
      assert.match(String(refused.calls[0]?.[0]), /2026-11-18\.md:\d+ is in none of the versions git is merging/);
    } finally {
      refused.restore();
    }
    assert.equal(await readText(uri()), handEdited);
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(before));

    const result = await resolve();
    assert.equal(result?.left, 1);
    const text = await readText(uri());
    assert.match(text, /\n<<<<<<< ours\n- \[ \] Present the RFC at the architecture review @sam \[goal:: design-doc\] 📅 2026-12-08\n=======\n- \[ \] Present the RFC at the architecture review @sam \[goal:: design-doc\] 📅 2026-12-10\n>>>>>>> theirs\n/);
  });
});
