// Never lose a word, never leave the workspace: the writer and the store attacked through the
// paths a user or a hostile repository takes. Every test works in its own mentorship folder
// (mentorship/reliability/), removed afterwards, so the sample journal stays as it was.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Journal } from '../../../src/host/journalStore';
import type { ItemRefArg } from '../../../src/host/nodes';
import { type ExtensionApi, activate, stubWindow, waitFor, workspaceFolder } from '../helpers';

const HOME = 'reliability';
const AGREEMENT = '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Sam Okafor (@sam)\ncadence: weekly\nstarted: 2026-10-01\n---\n';
let api: ExtensionApi;

const journal = (): Journal => api.services.store.all()[0];
const abs = (rel: string) => path.join(workspaceFolder().uri.fsPath, 'mentorship', ...rel.split('/'));
const diskText = (rel: string) => fs.readFileSync(abs(rel), 'utf8');

/** Writes a file as another program would (not through VS Code), and waits for the index to see it. */
async function external(rel: string, content: string | Buffer): Promise<void> {
  fs.mkdirSync(path.dirname(abs(rel)), { recursive: true });
  fs.writeFileSync(abs(rel), content);
  await api.services.store.reread(journal().uri(rel));
}

function row(rel: string, title: string): ItemRefArg {
  const entry = journal().index.get(rel);
  assert.ok(entry, `${rel} is indexed`);
  const item = entry.items.find((i) => i.title.startsWith(title));
  assert.ok(item, `${rel} has an item "${title}": ${entry.items.map((i) => i.title)}`);
  return { type: 'item', journal: journal(), path: rel, item };
}

describe('never lose a word, never leave the workspace', () => {
  before(async () => {
    api = await activate();
    await external(`${HOME}/mentorship.md`, AGREEMENT);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    fs.rmSync(abs(HOME), { recursive: true, force: true });
    await api.services.store.reset();
  });

  it('moves the right line when a line is typed above it while the move runs', async () => {
    const src = `${HOME}/sessions/2026-11-10.md`;
    await external(src, '---\ntype: session\ndate: 2026-11-10\n---\n## Notes\nFirst note.\n## Action items\n- [ ] Keep me @sam\n- [ ] Move me along @sam\n');
    // The next meeting is already planned: the item moves to its day.
    const planned = '---\ntype: session\ndate: 2026-12-01\n---\n## Agenda\n';
    await external(`${HOME}/sessions/2026-12-01.md`, planned);
    const arg = row(src, 'Move me along');
    const doc = await vscode.workspace.openTextDocument(journal().uri(src));
    // While the writer opens the file, someone types above the item.
    const ws = vscode.workspace as unknown as { openTextDocument: (...a: unknown[]) => Thenable<vscode.TextDocument> };
    const original = ws.openTextDocument;
    ws.openTextDocument = async (...a: unknown[]) => {
      if (String(a[0]) !== doc.uri.toString()) return original.apply(vscode.workspace, a);
      ws.openTextDocument = original;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(5, 0), 'A line typed meanwhile.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      return original.apply(vscode.workspace, a);
    };
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('mentorship.moveItemToNextSession', arg), '2026-12-01');
    } finally {
      ws.openTextDocument = original;
      info.restore();
    }
    const lines = doc.getText().split('\n');
    assert.equal(lines[5], 'A line typed meanwhile.');
    assert.equal(lines[6], 'First note.');
    assert.equal(lines[8], '- [ ] Keep me @sam');
    assert.match(lines[9], /^- \[ \] Move me along @sam \[moved:: 2026-12-01\]$/);
    assert.equal(fs.readFileSync(abs(`${HOME}/sessions/2026-12-01.md`), 'utf8'), planned, 'a move copies nothing into the planned session');
  });

  it('never lets a second create of one name overwrite the first', async () => {
    const folder = `${HOME}/notes`;
    const [a, b, c] = await Promise.all(
      ['first', 'second', 'third'].map((word) => api.services.writer.createFile(journal(), folder, '2026-11-24-same', `---\ntype: note\n---\n${word}\n`)),
    );
    assert.deepEqual([a, b, c], [`${folder}/2026-11-24-same.md`, `${folder}/2026-11-24-same-2.md`, `${folder}/2026-11-24-same-3.md`]);
    assert.match(diskText(a), /first/);
    assert.match(diskText(b), /second/);
    assert.match(diskText(c), /third/);
  });

  it('logs two wins at once into one day log, both kept', async () => {
    const input = stubWindow('showInputBox', (...args) => ((args[0] as { prompt?: string }).prompt?.includes('went well') ? `Win ${Math.random()}` : undefined));
    const pick = stubWindow('showQuickPick', (items) => (Array.isArray(items) ? items.find((i: { ref?: { mentorship: { id: string } } }) => i.ref?.mentorship.id === HOME) : undefined));
    const info = stubWindow('showInformationMessage', () => undefined);
    let written: unknown[];
    try {
      written = await Promise.all([vscode.commands.executeCommand('mentorship.logWin'), vscode.commands.executeCommand('mentorship.logWin')]);
    } finally {
      input.restore();
      pick.restore();
      info.restore();
    }
    // The day's log note (whose it is, when the handle is known: nobody's here).
    assert.equal(written[0], written[1]);
    assert.match(String(written[0]), /^reliability\/(?:notes\/2026-11-24-log|sessions\/2026-11-24)\.md$/);
    const text = diskText(String(written[0]));
    assert.equal(text.match(/^- Win /gm)?.length, 2, text);
  });

  it('never edits a file whose bytes are not UTF-8, and says which file', async () => {
    const rel = `${HOME}/sessions/2026-11-12.md`;
    const bytes = Buffer.concat([Buffer.from('---\ntype: session\ndate: 2026-11-12\n---\n## Notes\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n## Action items\n- [ ] Latin-1 item @sam\n')]);
    fs.mkdirSync(path.dirname(abs(rel)), { recursive: true });
    fs.writeFileSync(abs(rel), bytes);
    await api.services.store.reread(journal().uri(rel));
    // The file is reported, not indexed as garbage.
    const problems = api.services.store.diagnosticsOf(journal(), rel);
    assert.match(problems[0]?.message ?? '', /not UTF-8/);
    // Through the writer (as the tree or webview would), with the line as it was: refused.
    await assert.rejects(
      api.services.writer.editItemLine(journal(), rel, 8, '- [ ] Latin-1 item @sam', (l) => l.replace('[ ]', '[x]')),
      /2026-11-12\.md: not UTF-8: line 6 has bytes that are not UTF-8 text/,
    );
    assert.deepEqual(fs.readFileSync(abs(rel)), bytes);
  });

  it('refuses to save a stale buffer over a change another program made', async () => {
    const rel = `${HOME}/sessions/2026-11-13.md`;
    await external(rel, '---\ntype: session\ndate: 2026-11-13\n---\n## Action items\n- [ ] Alpha task @sam\n- [ ] Bravo task @sam\n');
    const doc = await vscode.workspace.openTextDocument(journal().uri(rel));
    assert.equal(doc.isDirty, false);
    const before = fs.statSync(abs(rel));
    // Same length, same modification time: rsync -t, cp -p, a sync client.
    const changed = '---\ntype: session\ndate: 2026-11-13\n---\n## Action items\n- [ ] Alpha task @sam\n- [ ] Delta task @sam\n';
    assert.equal(changed.length, diskText(rel).length);
    fs.writeFileSync(abs(rel), changed);
    fs.utimesSync(abs(rel), before.atime, before.mtime);
    const stale = doc.getText().includes('Bravo');
    await assert.rejects(
      api.services.writer.editItemLine(journal(), rel, 6, '- [ ] Alpha task @sam', (l) => l.replace('[ ]', '[x]')),
      stale ? /changed on disk by another program/ : /./,
    );
    assert.equal(diskText(rel), changed, 'the other program\'s change is kept');
  });

  it('keeps the line endings of a file with mixed endings, but for the changed line', async () => {
    const rel = `${HOME}/sessions/2026-11-14.md`;
    const mixed = '---\r\ntype: session\r\ndate: 2026-11-14\r\n---\n## Action items\r\n- [ ] Mixed item @sam\n- [ ] Other item @sam\r\n';
    await external(rel, mixed);
    await vscode.commands.executeCommand('mentorship.completeItem', row(rel, 'Mixed item'));
    assert.equal(diskText(rel), mixed.replace('- [ ] Mixed item @sam', '- [x] Mixed item @sam [completion:: 2026-11-24]'));
  });

  it('neither indexes nor writes through symbolic links that arrive after the first scan', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-outside-'));
    const outsideFile = path.join(outside, 'elsewhere.md');
    const outsideText = '---\ntype: session\ndate: 2026-11-15\n---\n## Action items\n- [ ] Outside item @sam\n';
    fs.writeFileSync(outsideFile, outsideText);
    fs.mkdirSync(abs(`${HOME}/sessions`), { recursive: true });
    // As a `git pull` would bring them: a linked folder and a linked file.
    fs.symlinkSync(outside, abs(`${HOME}/pulled`), 'dir');
    fs.symlinkSync(outsideFile, abs(`${HOME}/sessions/2026-11-15.md`));
    try {
      await api.services.store.reread(journal().uri(`${HOME}/sessions/2026-11-15.md`));
      await api.services.store.reread(journal().uri(`${HOME}/pulled/elsewhere.md`));
      // And whatever the watcher brings in its own time.
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(journal().index.all().filter((e) => e.path.includes('2026-11-15') || e.path.includes('pulled')).map((e) => e.path), []);
      await assert.rejects(api.services.writer.createFile(journal(), `${HOME}/pulled`, '2026-11-24', 'x\n'), /symbolic link/);
      await assert.rejects(api.services.writer.addItem(journal(), `${HOME}/sessions/2026-11-15.md`, 'win', '- Sneaky'), /symbolic link/);
      assert.deepEqual(fs.readdirSync(outside), ['elsewhere.md']);
      assert.equal(fs.readFileSync(outsideFile, 'utf8'), outsideText);
    } finally {
      fs.rmSync(abs(`${HOME}/pulled`), { force: true });
      fs.rmSync(abs(`${HOME}/sessions/2026-11-15.md`), { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  describe('the journal root', () => {
    const config = () => vscode.workspace.getConfiguration('mentorship', workspaceFolder().uri);
    let outside: string;

    before(() => {
      outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-elsewhere-'));
      fs.writeFileSync(path.join(outside, 'mentorship.md'), AGREEMENT);
      fs.symlinkSync(outside, path.join(workspaceFolder().uri.fsPath, 'linked-root'), 'dir');
    });

    after(async () => {
      await config().update('root', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      fs.rmSync(path.join(workspaceFolder().uri.fsPath, 'linked-root'), { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
      fs.rmSync(path.join(workspaceFolder().uri.fsPath, '.vscode'), { recursive: true, force: true });
      await api.services.store.reset();
    });

    for (const [root, why] of [
      [`../${'x'}`, /leads outside the workspace folder/],
      ['/etc', /not a path inside the workspace folder/],
      ['linked-root', /is a symbolic link/],
    ] as const) {
      it(`refuses "${root}" from the repository's settings, saying why, and reads nothing there`, async () => {
        const warn = stubWindow('showWarningMessage', () => undefined);
        try {
          await config().update('root', root.startsWith('../') ? path.relative(workspaceFolder().uri.fsPath, outside) : root, vscode.ConfigurationTarget.WorkspaceFolder);
          await waitFor(() => warn.calls.length > 0, 'the warning');
          await api.services.store.ready();
        } finally {
          warn.restore();
        }
        assert.match(String(warn.calls[0][0]), why);
        assert.deepEqual(api.services.store.all(), []);
        assert.deepEqual(api.services.store.mentorships(), []);
      });
    }
  });
});
