// The journal webview in the real workbench: one panel with a strict CSP whose real webview
// loads, says "ready" and asks for bodies; every message from it validated (hostile ones rejected,
// nothing written); and the composer and checkbox paths, driven through the same handler the
// webview's messages go through, writing real files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { composeSession } from '../../../src/core/compose';
import { uniqueFileName } from '../../../src/core/templates';
import type { JournalPanel } from '../../../src/features/journal/journalPanel';
import type { Journal } from '../../../src/host/journalStore';
import type { HostMessage, JournalModel } from '../../../src/shared/journalProtocol';
import { type ExtensionApi, activate, readText, waitFor } from '../helpers';
import { restoreSample } from './sampleJournal';

const TODAY = '2026-11-24';
let api: ExtensionApi;
let panel: JournalPanel;

const journal = (): Journal => api.services.store.all()[0];
const journalId = () => journal().folder.uri.toString();
const rootKey = () => api.services.store.mentorships().find((r) => r.mentorship.id === '.')!.key;
const current = () => (api.hooks.journalPanel as () => JournalPanel | undefined)();
const sessionNames = async () => new Set((await vscode.workspace.fs.readDirectory(journal().uri('sessions'))).map(([n]) => n));
const models = (): JournalModel[] => panel.posted.filter((m): m is Extract<HostMessage, { type: 'model' }> => m.type === 'model').map((m) => m.model);

/** The reply to an accepted message (undefined when the message was rejected or had none). */
const replyOf = (h: Awaited<ReturnType<JournalPanel['receive']>>): HostMessage | undefined => (h.accepted ? h.reply : undefined);

/** Accepted as well-formed, then refused with a result (nothing written). */
const refused = (h: Awaited<ReturnType<JournalPanel['receive']>>): boolean => {
  const reply = replyOf(h);
  return reply?.type === 'result' && !reply.ok;
};

function wrote(reply: HostMessage | undefined) {
  assert.ok(reply && reply.type === 'result', `expected a result, got ${JSON.stringify(reply)}`);
  assert.ok(reply.ok, `the extension refused: ${reply.ok ? '' : reply.message}`);
  assert.ok(reply.wrote, 'the result says what was written');
  return reply.wrote;
}

describe('journal webview', () => {
  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
  });

  after(async () => {
    current()?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreSample(api.services.store);
  });

  it('opens one panel with a strict CSP; a second call reveals it; the real webview says ready and asks for bodies', async () => {
    await vscode.commands.executeCommand('mentorship.openJournal');
    panel = await waitFor(() => current(), 'the journal panel');
    assert.equal(panel.panel.viewType, 'mentorship.journal');
    const options = panel.panel.webview.options;
    assert.equal(options.enableCommandUris, false);
    assert.equal(options.enableScripts, true);
    const roots = (options.localResourceRoots ?? []).map((u) => u.toString());
    assert.ok(roots.includes(journal().root.toString()), `journal root in ${roots}`);
    assert.ok(roots.some((r) => r.endsWith('/dist/media')) && roots.length === 3, `only our media and the journal: ${roots}`);
    assert.equal(panel.panel.options.retainContextWhenHidden, undefined);
    const html = await waitFor(() => (panel.panel.webview.html.includes('nonce-') ? panel.panel.webview.html : ''), 'the webview HTML');
    const nonce = /script-src 'nonce-([A-Za-z0-9]+)'/.exec(html)?.[1];
    assert.ok(nonce && html.includes(`<script nonce="${nonce}"`), 'scripts by nonce only');
    assert.match(html, /default-src 'none'/);

    // The webview in the workbench ran under that CSP: it said "ready", got the model, asked for bodies.
    const model = await waitFor(() => models()[0], 'the model posted after "ready"', 30_000);
    assert.equal(model.entries[0].path, 'sessions/2026-11-18.md');
    assert.equal(model.today, TODAY);
    await waitFor(() => panel.posted.some((m) => m.type === 'bodies' && m.bodies.length > 0), 'bodies the webview asked for', 30_000);

    await vscode.commands.executeCommand('mentorship.openJournal');
    assert.equal(current(), panel, 'the same panel is revealed');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('mentorship.journal'));
    assert.equal(tabs.length, 1);
  });

  it('rejects hostile messages and writes nothing', async () => {
    const before = await sessionNames();
    const sample = await readText(journal().uri('sessions/2026-11-18.md'));
    const session = { date: TODAY, goals: [], notes: 'x', actions: [], wins: [], feedback: [] };
    const hostile: unknown[] = [
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'logSession', requestId: 1, mentorship: rootKey(), session: { ...session, date: '../../escape' } },
      { type: 'logSession', requestId: 2, mentorship: rootKey(), session: { ...session, extra: '<script>' } },
      { type: 'logEntry', requestId: 3, mentorship: rootKey(), entry: { kind: 'agreement', text: 'x', title: '', owner: '', isPrivate: false } },
      { type: 'toggleItem', requestId: 4, ref: { journal: journalId(), path: '../../../etc/passwd.md' }, line: 1, raw: '- [ ] x', done: true },
      { type: 'open', ref: { journal: journalId(), path: '/etc/passwd.md' }, line: 1 },
      { type: 'open', ref: { journal: journalId(), path: 'sessions/2026-11-18.md' }, line: 1, then: 'command:workbench.action.terminal.new' },
      'ready',
      null,
    ];
    for (const msg of hostile) {
      const handled = await panel.receive(msg);
      assert.equal(handled.accepted, false, `accepted ${JSON.stringify(msg)}`);
    }
    // Well-formed but naming a file or mentorship the journal does not have: refused, nothing written.
    const unknownFile = await panel.receive({ type: 'toggleItem', requestId: 5, ref: { journal: journalId(), path: 'sessions/1999-01-01.md' }, line: 1, raw: '- [ ] x', done: true });
    assert.ok(refused(unknownFile), JSON.stringify(unknownFile));
    const otherJournal = await panel.receive({ type: 'toggleItem', requestId: 6, ref: { journal: 'file:///etc', path: 'sessions/2026-11-18.md' }, line: 1, raw: '- [ ] x', done: true });
    assert.ok(refused(otherJournal), JSON.stringify(otherJournal));
    const unknownMentorship = await panel.receive({ type: 'logSession', requestId: 7, mentorship: 'nowhere/x', session });
    assert.ok(refused(unknownMentorship), JSON.stringify(unknownMentorship));
    const changedItem = await panel.receive({ type: 'toggleItem', requestId: 8, ref: { journal: journalId(), path: 'sessions/2026-11-18.md' }, line: 24, raw: '- [ ] Not what the file says', done: true });
    const reply = replyOf(changedItem);
    assert.ok(reply?.type === 'result' && !reply.ok);
    assert.match(reply.message, /changed since the journal was drawn/);
    assert.deepEqual(await sessionNames(), before);
    assert.equal(await readText(journal().uri('sessions/2026-11-18.md')), sample);
  });

  it('logs a session from the composer message: the file on disk, the reply, the live timeline', async () => {
    const names = await sessionNames();
    const path = `sessions/${uniqueFileName((n) => names.has(n), TODAY)}`;
    const fields = { date: TODAY, goals: ['design-doc'], notes: 'Went through the **draft**.', actions: [{ text: 'Send the RFC to Security', owner: 'sam', due: '2026-12-01' }], wins: ['First full draft'], feedback: ['From @priya: ship it'] };
    const handled = await panel.receive({ type: 'logSession', requestId: 10, mentorship: rootKey(), session: fields });
    assert.ok(handled.accepted);
    const w = wrote(replyOf(handled));
    assert.deepEqual([w.path, w.action, w.journal], [path, 'created', journalId()]);
    const expected = composeSession({ ...fields, actions: [{ text: 'Send the RFC to Security', owner: 'sam', due: '2026-12-01' }] });
    assert.equal(await readText(journal().uri(path)), expected);
    assert.equal(w.markdown, expected);
    assert.match(expected, /^- \[ \] Send the RFC to Security @sam \[due:: 2026-12-01\]$/m);
    // The timeline follows: a new model lists the session first, with its items.
    const model = await waitFor(() => models().find((m) => m.entries[0]?.path === path), 'a model with the new session first');
    assert.deepEqual(model.entries[0].goals, ['design-doc']);
    assert.deepEqual(model.entries[0].owners, ['priya', 'sam']);
    // Its body, as the webview asks for it: rendered Markdown and the items behind the checkboxes.
    const bodies = replyOf(await panel.receive({ type: 'loadBodies', refs: [{ journal: journalId(), path }] }));
    assert.ok(bodies?.type === 'bodies' && bodies.bodies.length === 1);
    assert.equal(bodies.bodies[0].items.find((i) => i.kind === 'action')?.due, '2026-12-01');
    assert.match(bodies.bodies[0].html, /<h2 data-line="\d+">Notes<\/h2>\n<p data-line="\d+">Went through the <strong>draft<\/strong>.<\/p>/);
    // The composer's "Open" button: the file in an editor.
    await panel.receive({ type: 'open', ref: { journal: w.journal, path: w.path }, line: 12 });
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === journal().uri(path).toString() ? vscode.window.activeTextEditor : undefined), 'the session in an editor');
    assert.equal(editor.selection.active.line, 11);
  });

  it('logs a session into the session planned for its day (a generated agenda): no second file, the agenda kept', async () => {
    const planned = 'sessions/2026-12-16.md';
    const agenda = '---\ntype: session\ndate: 2026-12-16\n---\n\n# Session 2026-12-16\n\n## Agenda\n\n- [ ] Budget für Q1\n<!-- mentorship agenda 00000000 -->\n\n## Notes\n\n\n## Action items\n\n\n';
    await vscode.workspace.fs.writeFile(journal().uri(planned), new TextEncoder().encode(agenda));
    try {
      await waitFor(() => journal().index.get(planned), 'the planned session indexed');
      const fields = { date: '2026-12-16', goals: ['design-doc'], notes: 'Budget: 三个选项。', actions: [{ text: 'Compare the options', owner: 'sam', due: '' }], wins: [], feedback: [] };
      const w = wrote(replyOf(await panel.receive({ type: 'logSession', requestId: 20, mentorship: rootKey(), session: fields })));
      assert.deepEqual([w.path, w.action], [planned, 'appended']);
      assert.equal(
        await readText(journal().uri(planned)),
        '---\ntype: session\ndate: 2026-12-16\ngoals: [design-doc]\n---\n\n# Session 2026-12-16\n\n## Agenda\n\n- [ ] Budget für Q1\n<!-- mentorship agenda 00000000 -->\n\n## Notes\n\nBudget: 三个选项。\n\n## Action items\n\n- [ ] Compare the options @sam\n\n',
      );
      assert.ok(!(await sessionNames()).has('2026-12-16-2.md'));
    } finally {
      await vscode.workspace.fs.delete(journal().uri(planned));
      await waitFor(() => !journal().index.get(planned), 'the planned session forgotten');
    }
  });

  it('completes and reopens an item through the safe edit path, and logs a win into the day\'s log', async () => {
    const path = models().find((m) => m.entries[0]?.date === TODAY)!.entries[0].path;
    const item = journal().index.get(path)!.items.find((i) => i.kind === 'action')!;
    const ref = { journal: journalId(), path };
    const done = await panel.receive({ type: 'toggleItem', requestId: 11, ref, line: item.line, raw: item.raw, done: true });
    const reply = replyOf(done);
    assert.ok(reply?.type === 'result' && reply.ok, JSON.stringify(reply));
    const text = await readText(journal().uri(path));
    assert.match(text, /^- \[x\] Send the RFC to Security @sam \[due:: 2026-12-01\] \[completion:: 2026-11-24\]$/m);
    const completed = journal().index.get(path)!.items.find((i) => i.kind === 'action')!;
    await panel.receive({ type: 'toggleItem', requestId: 12, ref, line: completed.line, raw: completed.raw, done: false });
    assert.match(await readText(journal().uri(path)), /^- \[ \] Send the RFC to Security @sam \[due:: 2026-12-01\]$/m);

    // Into the day's log (an earlier suite wrote it), not into the session: the other person's
    // log on their clone never collides with it.
    const win = await panel.receive({ type: 'logEntry', requestId: 13, mentorship: rootKey(), entry: { kind: 'win', text: 'Presented the RFC', title: '', owner: '', isPrivate: false } });
    const w = wrote(replyOf(win));
    assert.equal(w.path, `notes/${TODAY}-log.md`);
    assert.ok(w.markdown.endsWith('- Presented the RFC') || w.markdown.endsWith('- Presented the RFC\n'), w.markdown);
    assert.match(await readText(journal().uri(w.path)), /## Wins\n\n(?:- .*\n)*- Presented the RFC\n/);
    assert.doesNotMatch(await readText(journal().uri(path)), /Presented the RFC/);
  });
});
