// Reports open on a read-only page (no document, so no save prompt): every line links to where it
// was written and the link opens that line; sessions are summed up in a few words; Save as
// Markdown keeps a copy where the user chooses, with links relative to it; Copy puts it on the
// clipboard.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildChanges, renderChanges } from '../../../src/core/changes';
import { addDays } from '../../../src/core/dates';
import { buildReport, renderReport } from '../../../src/core/report';
import type { ReportView } from '../../../src/features/reports/reportView';
import type { Journal } from '../../../src/host/journalStore';
import type { MentorshipArg } from '../../../src/host/nodes';
import { type ExtensionApi, activate, readText, stubWindow, waitFor, workspaceFolder } from '../helpers';

const TODAY = '2026-11-24';
let api: ExtensionApi;

const journal = (): Journal => api.services.store.all()[0];
const view = (): ReportView => api.hooks.reportView as ReportView;
const arg = (id: string): MentorshipArg => ({ type: 'mentorship', ref: api.services.store.mentorships().find((r) => r.mentorship.id === id)! });
const textOf = (e: { path: string }) => fs.readFileSync(journal().uri(e.path).fsPath, 'utf8');

async function run(command: string, inputs: string[], pick: (items: { label: string }[]) => unknown, ...args: unknown[]): Promise<string> {
  const input = stubWindow('showInputBox', () => inputs.shift());
  const quick = stubWindow('showQuickPick', (items) => pick(items as { label: string }[]));
  try {
    return (await vscode.commands.executeCommand(command, ...args)) as string;
  } finally {
    input.restore();
    quick.restore();
  }
}

/** The command links of a page, decoded: `[command, args]`. */
function commandLinks(html: string): [string, unknown[]][] {
  return [...html.matchAll(/href="command:([\w.]+)(?:\?([^"]*))?"/g)].map((m) => [m[1], m[2] ? JSON.parse(decodeURIComponent(m[2].replace(/&amp;/g, '&'))) : []]);
}

/** Answers the next save dialog. */
async function saveAs(uri: vscode.Uri | undefined): Promise<unknown> {
  const w = vscode.window as unknown as Record<string, unknown>;
  const original = w.showSaveDialog;
  w.showSaveDialog = () => Promise.resolve(uri);
  const info = stubWindow('showInformationMessage', () => undefined);
  const warn = stubWindow('showWarningMessage', () => undefined);
  try {
    const saved = await vscode.commands.executeCommand('mentorship.saveReport');
    return saved ?? warn.calls[0]?.[0];
  } finally {
    w.showSaveDialog = original;
    info.restore();
    warn.restore();
  }
}

describe('reports', () => {
  before(async () => {
    api = await activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('progress report over the last 90 days: a page, not an untitled document, with sessions in a few words', async () => {
    const markdown = await run('mentorship.progressReport', [], (items) => items.find((i) => i.label === 'Last 90 days'), arg('.'));
    const expected = renderReport(buildReport(journal().index.shared(), { mentorshipId: '.', from: addDays(TODAY, -89), to: TODAY, textOf }));
    assert.equal(markdown, expected);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.isUntitled), 'nothing asks to be saved on close');
    assert.match(markdown, /_2026-08-27 to 2026-11-24_/);
    assert.match(markdown, /- \[2026-11-18\]\(sessions\/2026-11-18.md\) — RFC draft: Priya's first read\n/);
    assert.doesNotMatch(markdown, /— Session\n/);
    assert.doesNotMatch(markdown, /senior-engineer criteria/, 'private entries stay out');
    const page = view().page('progress')!;
    assert.equal(page.report.title, 'Progress report: Sam Okafor ← Priya Raman');
    assert.match(page.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[A-Za-z0-9]{32}';">/);
    assert.doesNotMatch(page.html, /<script/i);
  });

  it('a link on the page opens the line it names', async () => {
    await run('mentorship.progressReport', [], (items) => items.find((i) => i.label === 'Last 90 days'), arg('.'));
    const links = commandLinks(view().page('progress')!.html);
    assert.deepEqual(links.slice(0, 2).map(([c]) => c), ['mentorship.saveReport', 'mentorship.copyReport']);
    const feedback = links.find(([c, a]) => c === 'mentorship.openReportSource' && a[1] === 'sessions/2026-11-18.md' && a[2] !== 1);
    assert.ok(feedback, 'a link to a line of the session of 18 November');
    await vscode.commands.executeCommand(feedback[0], ...feedback[1]);
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'the session in an editor');
    assert.equal(editor.document.uri.toString(), journal().uri('sessions/2026-11-18.md').toString());
    const line = feedback[1][2] as number;
    assert.equal(editor.selection.active.line, line - 1);
    assert.match(editor.document.lineAt(line - 1).text, /^- /, 'the line of an item');
  });

  it('progress report over a custom period', async () => {
    const markdown = await run('mentorship.progressReport', ['2026-09-01', '2026-09-30'], (items) => items.find((i) => i.label.startsWith('Custom')), arg('.'));
    assert.equal(markdown, renderReport(buildReport(journal().index.shared(), { mentorshipId: '.', from: '2026-09-01', to: '2026-09-30', textOf })));
    assert.match(markdown, /- \[2026-09-02\]\(sessions\/2026-09-02.md\) — /);
    assert.doesNotMatch(markdown, /2026-10-07\]/);
  });

  it('what changed since the last session shows an item completed today, linked to its line', async () => {
    const p = 'sessions/2026-11-04.md';
    const item = journal().index.get(p)!.items.find((i) => i.title.startsWith('Submit the lightning-talk abstract'))!;
    await vscode.commands.executeCommand('mentorship.completeItem', { type: 'item', journal: journal(), path: p, item });
    assert.match(await readText(journal().uri(p)), /\[x\] Submit the lightning-talk abstract.*\[completion:: 2026-11-24\]/);

    const text = await run('mentorship.whatChanged', [], () => undefined, arg('.'));
    assert.equal(text, renderChanges(buildChanges(journal().index.shared(), { mentorshipId: '.', today: TODAY, textOf })));
    assert.match(text, /since the session of \[2026-11-18\]\(sessions\/2026-11-18.md\)/);
    assert.match(text, new RegExp(`## Action items completed\\n\\n(- .*\\n)*- Submit the lightning-talk abstract to DevDays January @sam — \\[2026-11-24\\]\\(sessions/2026-11-04.md#L${item.line}\\)\\n`));
    assert.doesNotMatch(text, /`|private\//);
    const link = commandLinks(view().page('changes')!.html).find(([, a]) => a[1] === p);
    assert.deepEqual(link?.[1], [workspaceFolder().uri.toString(), p, item.line]);
  });

  it('saves the report in the workspace through the writer, links relative to the file, and never over a file', async () => {
    const markdown = await run('mentorship.progressReport', [], (items) => items.find((i) => i.label === 'Last 30 days'), arg('.'));
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'reviews', 'sam-progress.md');
    const saved = (await saveAs(target)) as vscode.Uri;
    assert.equal(saved.toString(), target.toString());
    const text = await readText(target);
    // The journal is in mentorship/, the report in reviews/: links go up one folder.
    assert.equal(text, markdown.replace(/\]\((?=sessions\/|goals\/|notes\/)/g, '](../mentorship/'));
    assert.match(text, /\[2026-11-18\]\(\.\.\/mentorship\/sessions\/2026-11-18\.md\)/);
    // Saved again to the same place (the dialog asked, but a report never replaces a file in the workspace).
    await fs.promises.writeFile(target.fsPath, 'my own notes\n');
    const refusal = await saveAs(target);
    assert.match(String(refusal), /reviews\/sam-progress\.md exists; a report never replaces a file in the workspace/);
    assert.equal(await readText(target), 'my own notes\n');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, 'reviews'), { recursive: true });
  });

  it('saves outside the workspace where the user chose, links still leading to the journal', async () => {
    await run('mentorship.whatChanged', [], () => undefined, arg('alex'));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-report-'));
    try {
      const target = vscode.Uri.file(path.join(outside, 'alex.md'));
      assert.equal(((await saveAs(target)) as vscode.Uri).toString(), target.toString());
      const text = fs.readFileSync(target.fsPath, 'utf8');
      assert.match(text, /^# What changed since the last session\n/);
      const rel = path.relative(outside, journal().uri('alex/sessions/2026-11-11.md').fsPath).split(path.sep).join('/');
      assert.ok(text.includes(`(${rel})`), `a link from ${outside} to the session: ${text}`);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('copies the report shown last as Markdown, without links that would lead nowhere', async () => {
    await run('mentorship.progressReport', [], (items) => items.find((i) => i.label === 'Last 90 days'), arg('.'));
    await vscode.env.clipboard.writeText('');
    const info = stubWindow('showInformationMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('mentorship.copyReport');
    } finally {
      info.restore();
    }
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /^# Progress report: Sam Okafor ← Priya Raman\n/);
    assert.match(copied, /- 2026-11-18 — RFC draft: Priya's first read\n/);
    assert.doesNotMatch(copied, /\]\(/);
  });
});
