// Initialize on an empty folder, answered through the real prompts: the agreement, the folders
// and the .gitignore appear, the store reads one mentorship, and a second Initialize refuses.
// Then the git setup it offers: .gitattributes written when chosen, git commands typed, not run.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type ExtensionApi, activate, readText, stubWindow, waitFor, workspaceFolder } from '../helpers';

const TODAY = '2026-11-24';
let api: ExtensionApi;

const uri = (...parts: string[]) => vscode.Uri.joinPath(workspaceFolder().uri, 'mentorship', ...parts);
const exists = (u: vscode.Uri) => vscode.workspace.fs.stat(u).then((s) => s.type, () => undefined);

describe('initialize on an empty folder', () => {
  before(async () => {
    api = await activate();
  });

  it('has no mentorship yet, and commands that need one offer Initialize instead', async () => {
    assert.deepEqual(api.services.store.mentorships(), []);
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.logWin');
    } finally {
      info.restore();
    }
    assert.match(String(info.calls[0]?.[0]), /no mentorship journal/);
    assert.deepEqual(info.calls[0].slice(1), ['Initialize Journal']);
    assert.equal(await exists(uri()), undefined, 'nothing was written');
  });

  it('creates the agreement, the folders and a .gitignore for private/, and the store reads it', async () => {
    // The names, then (after "New Session" in the notification that follows) the session's day.
    const inputs = ['Priya Raman (@priya)', 'Sam Okafor (@sam)', ''];
    const input = stubWindow('showInputBox', () => inputs.shift());
    const pick = stubWindow('showQuickPick', (items) => (items as string[]).find((i) => i === 'every 2 weeks'));
    const info = stubWindow('showInformationMessage', (message) => (String(message).includes('the journal is ready') ? 'New Session' : undefined));
    try {
      await vscode.commands.executeCommand('mentorship.initialize');
      // The notification says what to do next; its "New Session" button logs the first session.
      await waitFor(() => api.services.store.all()[0]?.index.get(`sessions/${TODAY}.md`), 'the first session, from the notification\'s button');
    } finally {
      input.restore();
      pick.restore();
      info.restore();
    }
    // The git setup is offered, not done: nothing of it is written until asked.
    const offer = info.calls.find((c) => String(c[0]).includes('through git'));
    assert.ok(offer?.includes('Set Up Git Merging…'), JSON.stringify(info.calls));
    assert.equal(await exists(uri('.gitattributes')), undefined);
    assert.deepEqual(pick.calls[0][0], ['weekly', 'every 2 weeks', 'monthly']);
    const [message, ...buttons] = info.calls.find((c) => String(c[0]).includes('the journal is ready'))!;
    assert.equal(message, 'Mentorship: the journal is ready in mentorship/, with the agreement open to read together. Next: log your first 1:1 as a session, or open the journal to see the timeline and log from there. Sharing it with your mentor or mentee through git? Journal files can merge item by item.');
    assert.deepEqual(buttons, ['New Session', 'Open Journal', 'Set Up Git Merging…']);
    for (const folder of ['goals', 'sessions', 'notes']) assert.equal(await exists(uri(folder)), vscode.FileType.Directory, folder);
    assert.equal(await readText(uri('.gitignore')), '# Private notes stay on this machine: never committed, never in an agenda.\nprivate/\n');

    const refs = await waitFor(() => (api.services.store.mentorships().length === 1 ? api.services.store.mentorships() : undefined), 'one mentorship');
    const { mentorship, journal } = refs[0];
    assert.equal(mentorship.id, '.');
    assert.equal(journal.index.get('mentorship.md')?.diagnostics.length, 0, 'the agreement has no problems');
    assert.deepEqual(mentorship.agreement.mentor, { name: 'Priya Raman', handle: 'priya' });
    assert.deepEqual(mentorship.agreement.mentee, { name: 'Sam Okafor', handle: 'sam' });
    assert.deepEqual(mentorship.agreement.cadence, { unit: 'week', every: 2 });
    assert.equal(mentorship.agreement.started, TODAY);
    // The session the button made is open, below its Agenda heading.
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the session in an editor');
    assert.equal(editor.document.uri.toString(), uri('sessions', `${TODAY}.md`).toString());
  });

  it('refuses a second Initialize and leaves the agreement as it is', async () => {
    const before = await readText(uri('mentorship.md'));
    const warn = stubWindow('showWarningMessage', () => undefined);
    const input = stubWindow('showInputBox', () => 'Someone Else (@else)');
    try {
      await vscode.commands.executeCommand('mentorship.initialize');
    } finally {
      warn.restore();
      input.restore();
    }
    assert.equal(input.calls.length, 0, 'refused before asking anything');
    assert.match(String(warn.calls[0]?.[0]), /mentorship agreement already/);
    assert.equal(await readText(uri('mentorship.md')), before);
  });

  it('then New Session opens the session planned for the first meeting, and makes one for another day', async () => {
    const answers = ['', '2026-12-22'];
    const input = stubWindow('showInputBox', () => answers.shift());
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      // The first meeting's session (made from the notification's button) is planned: opened, not doubled.
      assert.equal(await vscode.commands.executeCommand('mentorship.newSession'), `sessions/${TODAY}.md`);
      assert.equal(api.services.store.all()[0].index.sessions('.').length, 1);
      assert.equal(await vscode.commands.executeCommand('mentorship.newSession'), 'sessions/2026-12-22.md');
    } finally {
      input.restore();
      info.restore();
    }
    assert.equal(api.services.store.all()[0].index.sessions('.').length, 2);
  });

  describe('Set Up Git Merging', () => {
    type Typed = { name?: string; cwd?: unknown; text: string; run: boolean | undefined; shown: boolean };
    /** Runs the command with the quick pick answered by `choose` and terminals recorded, not opened. */
    async function setUp(choose: (items: vscode.QuickPickItem[]) => vscode.QuickPickItem[] | undefined) {
      const typed: Typed[] = [];
      const w = vscode.window as unknown as Record<string, unknown>;
      const createTerminal = w.createTerminal;
      w.createTerminal = (options: vscode.TerminalOptions) => {
        const t: Typed = { name: options.name, cwd: options.cwd, text: '', run: undefined, shown: false };
        typed.push(t);
        return { show: () => (t.shown = true), sendText: (text: string, addNewLine?: boolean) => ((t.text += text), (t.run = addNewLine)), dispose: () => undefined };
      };
      const pick = stubWindow('showQuickPick', (items) => choose(items as vscode.QuickPickItem[]));
      const info = stubWindow('showInformationMessage', () => undefined);
      try {
        const done = await vscode.commands.executeCommand('mentorship.setUpGit');
        return { done, typed, pick, info };
      } finally {
        w.createTerminal = createTerminal;
        pick.restore();
        info.restore();
      }
    }

    it('writes nothing and types nothing when the choice is cancelled', async () => {
      const r = await setUp(() => undefined);
      assert.equal(r.done, undefined);
      assert.equal(r.typed.length, 0);
      assert.equal(await exists(uri('.gitattributes')), undefined);
      const items = r.pick.calls[0][0] as vscode.QuickPickItem[];
      assert.equal(items.length, 3);
      for (const item of items) assert.ok((item.detail ?? '').length > 60, `"${item.label}" explains itself`);
    });

    it('adds .gitattributes and types the git config and hook lines without running them; run, they work', async () => {
      const r = await setUp((items) => items);
      assert.deepEqual(r.done, ['attributes', 'driver', 'hook']);
      assert.equal(await readText(uri('.gitattributes')), '# Mentorship Journal: merge journal files item by item (mentorship merge-driver; see its docs/cli.md).\n*.md merge=mentorship\n');
      assert.equal(r.typed.length, 1);
      const [t] = r.typed;
      assert.equal(t.run, false, 'typed, not run');
      assert.ok(t.shown);
      assert.equal(String(t.cwd), String(workspaceFolder().uri));
      assert.match(t.text, /^git config merge\.mentorship\.driver '?node .*bin\/mentorship\.js\S* merge-driver %O %A %B %P'? && h=/);
      assert.ok(!t.text.includes('\n'), 'one line: a newline would run it');
      assert.match(String(r.info.calls[0]?.[0]), /typed in the terminal/);

      // What the user's Enter does: in a git repository, the driver is defined and the hook installed.
      const folder = workspaceFolder().uri.fsPath;
      const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' });
      git('init', '-q');
      execFileSync('sh', ['-c', t.text], { cwd: folder, encoding: 'utf8' });
      assert.match(git('config', 'merge.mentorship.driver'), /bin\/mentorship\.js\S* merge-driver %O %A %B %P/);
      const hook = path.join(folder, '.git', 'hooks', 'pre-commit');
      assert.match(fs.readFileSync(hook, 'utf8'), /^root=mentorship$/m);
      assert.ok(fs.statSync(hook).mode & 0o100, 'the hook is executable');
      fs.rmSync(path.join(folder, '.git'), { recursive: true, force: true });
    });

    it('does not add the attribute twice', async () => {
      const r = await setUp((items) => items.filter((i) => i.label.includes('.gitattributes')));
      assert.match((r.pick.calls[0][0] as vscode.QuickPickItem[])[0].label, /already go to the merge driver/);
      assert.equal((await readText(uri('.gitattributes'))).match(/merge=mentorship/g)?.length, 1);
      assert.equal(r.typed.length, 0);
    });
  });

  it('never appends to a .gitignore that is a symbolic link out of the workspace, and says so', async () => {
    // A fresh start: the journal removed, its .gitignore replaced by a link to a file outside.
    await vscode.workspace.fs.delete(uri(), { recursive: true, useTrash: false });
    await api.services.store.reset();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-ignore-'));
    const target = path.join(outside, 'gitignore');
    fs.writeFileSync(target, 'node_modules/\n');
    fs.mkdirSync(uri().fsPath, { recursive: true });
    fs.symlinkSync(target, uri('.gitignore').fsPath);
    const inputs = ['Zoe Muller (@zoe)', 'Sam Okafor (@sam)'];
    const input = stubWindow('showInputBox', () => inputs.shift());
    const pick = stubWindow('showQuickPick', () => 'weekly');
    const warn = stubWindow('showWarningMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.initialize');
    } finally {
      input.restore();
      pick.restore();
      warn.restore();
    }
    assert.equal(fs.readFileSync(target, 'utf8'), 'node_modules/\n', 'the file outside the workspace is untouched');
    assert.match(String(warn.calls[0]?.[0]), /private\/ is not git-ignored: .*\.gitignore is a symbolic link/);
    assert.equal(await exists(uri('mentorship.md')), vscode.FileType.File, 'the journal itself was made');
    fs.rmSync(outside, { recursive: true, force: true });
  });
});
