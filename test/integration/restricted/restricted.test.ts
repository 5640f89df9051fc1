// Restricted Mode (a folder nobody trusted yet): the views, the agenda preview and the checks
// work; every command that would write explains that the folder must be trusted, and writes
// nothing. Enforced in the handlers, not only in `when` clauses.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JournalTree } from '../../../src/features/trees/journalTree';
import type { ItemRefArg } from '../../../src/host/nodes';
import { activate, stubWindow, waitFor, workspaceFolder, type ExtensionApi } from '../helpers';

/** Every file under the workspace with its content: to prove nothing was written. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p, fs.readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('Restricted Mode', () => {
  let api: ExtensionApi;
  let initial: Map<string, string>;

  before(async () => {
    api = await activate();
    initial = snapshot(workspaceFolder().uri.fsPath);
  });

  after(() => {
    assert.deepEqual(snapshot(workspaceFolder().uri.fsPath), initial, 'no file was written or changed');
  });

  it('runs in an untrusted folder', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('shows the journal in the views', async () => {
    assert.deepEqual(api.services.store.mentorships().map((r) => r.mentorship.id), ['.', 'alex']);
    const tree = api.hooks.goalsTree as JournalTree;
    assert.equal((await tree.getChildren()).length, 2);
  });

  it('previews the agenda without writing a session file', async () => {
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      const mentorship = api.services.store.mentorships().find((r) => r.mentorship.id === '.')!;
      await vscode.commands.executeCommand('mentorship.generateAgenda', { type: 'mentorship', ref: mentorship });
    } finally {
      info.restore();
    }
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the agenda preview');
    assert.equal(editor.document.isUntitled, true);
    assert.match(editor.document.getText(), /## Agenda[\s\S]*### Action items to check[\s\S]*<!-- mentorship agenda [0-9a-f]{8} -->/);
    assert.match(String(info.calls[0]?.[0]), /Restricted Mode/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('refuses to complete an item, a new session, a win and Initialize, saying the folder must be trusted', async () => {
    const journal = api.services.store.all()[0];
    const entry = journal.index.get('sessions/2026-11-18.md')!;
    const item = entry.items.find((i) => i.kind === 'action' && i.status === 'open')!;
    const arg: ItemRefArg = { type: 'item', journal, path: entry.path, item };
    const warn = stubWindow('showWarningMessage', () => undefined);
    const input = stubWindow('showInputBox', () => 'Shipped the RFC');
    const pick = stubWindow('showQuickPick', (items) => (Array.isArray(items) ? items[0] : undefined));
    try {
      for (const command of ['mentorship.completeItem', 'mentorship.newSession', 'mentorship.logWin', 'mentorship.initialize']) {
        warn.calls.length = 0;
        await vscode.commands.executeCommand(command, ...(command === 'mentorship.completeItem' ? [arg] : []));
        assert.ok(warn.calls.some((c) => /Restricted Mode/.test(String(c[0]))), `${command} explains: ${JSON.stringify(warn.calls)}`);
      }
      // The registry refuses before the command asks anything.
      assert.equal(input.calls.length, 0, `asked: ${JSON.stringify(input.calls)}`);
      assert.equal(pick.calls.length, 0, `asked: ${JSON.stringify(pick.calls)}`);
    } finally {
      warn.restore();
      input.restore();
      pick.restore();
    }
  });

  it('groups Action Items by owner without writing the repository\'s settings', async () => {
    await vscode.commands.executeCommand('mentorship.groupByOwner');
    assert.equal((api.hooks.grouping as { value: string }).value, 'owner');
    assert.equal(fs.readFileSync(path.join(workspaceFolder().uri.fsPath, '.vscode', 'settings.json'), 'utf8'), '{\n  "mentorship.actionItems.groupBy": "due"\n}\n');
    await vscode.commands.executeCommand('mentorship.groupByDue');
  });

  it('still checks the journal', async () => {
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.checkJournal');
    } finally {
      info.restore();
    }
    assert.match(String(info.calls[0]?.[0]), /No problems in 21 entries/);
  });
});
