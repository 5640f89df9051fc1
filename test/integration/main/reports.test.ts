// Reports open as untitled Markdown documents whose text is what the core renders for the
// same index: a progress report over a period, and what changed since the last session.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildChanges, renderChanges } from '../../../src/core/changes';
import { addDays } from '../../../src/core/dates';
import { buildReport, renderReport } from '../../../src/core/report';
import type { Journal } from '../../../src/host/journalStore';
import type { MentorshipArg } from '../../../src/host/nodes';
import { type ExtensionApi, activate, readText, stubWindow, waitFor } from '../helpers';

const TODAY = '2026-11-24';
let api: ExtensionApi;

const journal = (): Journal => api.services.store.all()[0];
const arg = (id: string): MentorshipArg => ({ type: 'mentorship', ref: api.services.store.mentorships().find((r) => r.mentorship.id === id)! });

async function untitledAfter(command: string, inputs: string[], pick: (items: { label: string }[]) => unknown, ...args: unknown[]): Promise<vscode.TextDocument> {
  const input = stubWindow('showInputBox', () => inputs.shift());
  const quick = stubWindow('showQuickPick', (items) => pick(items as { label: string }[]));
  try {
    await vscode.commands.executeCommand(command, ...args);
  } finally {
    input.restore();
    quick.restore();
  }
  const editor = await waitFor(() => vscode.window.activeTextEditor, 'the report in an editor');
  assert.equal(editor.document.isUntitled, true);
  assert.equal(editor.document.languageId, 'markdown');
  return editor.document;
}

describe('reports', () => {
  before(async () => {
    api = await activate();
  });

  afterEach(async () => {
    // Untitled reports would ask to be saved: close them unsaved.
    while (vscode.window.activeTextEditor?.document.isUntitled) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('progress report over the last 90 days', async () => {
    const doc = await untitledAfter('mentorship.progressReport', [], (items) => items.find((i) => i.label === 'Last 90 days'), arg('.'));
    const expected = renderReport(buildReport(journal().index.shared(), { mentorshipId: '.', from: addDays(TODAY, -89), to: TODAY }));
    assert.equal(doc.getText(), expected);
    assert.match(doc.getText(), /_2026-08-27 to 2026-11-24_/);
    assert.doesNotMatch(doc.getText(), /senior-engineer criteria/, 'private entries stay out');
  });

  it('progress report over a custom period', async () => {
    const doc = await untitledAfter('mentorship.progressReport', ['2026-09-01', '2026-09-30'], (items) => items.find((i) => i.label.startsWith('Custom')), arg('.'));
    assert.equal(doc.getText(), renderReport(buildReport(journal().index.shared(), { mentorshipId: '.', from: '2026-09-01', to: '2026-09-30' })));
    assert.match(doc.getText(), /- 2026-09-02 — /);
    assert.doesNotMatch(doc.getText(), /- 2026-10-07 — /);
  });

  it('what changed since the last session shows an item completed today', async () => {
    const path = 'sessions/2026-11-04.md';
    const item = journal().index.get(path)!.items.find((i) => i.title.startsWith('Submit the lightning-talk abstract'))!;
    await vscode.commands.executeCommand('mentorship.completeItem', { type: 'item', journal: journal(), path, item });
    assert.match(await readText(journal().uri(path)), /\[x\] Submit the lightning-talk abstract.*\[completion:: 2026-11-24\]/);

    const doc = await untitledAfter('mentorship.whatChanged', [], () => undefined, arg('.'));
    const text = doc.getText();
    assert.equal(text, renderChanges(buildChanges(journal().index.shared(), { mentorshipId: '.', today: TODAY })));
    assert.match(text, /since the session of 2026-11-18/);
    assert.match(text, /## Action items completed\n\n(- .*\n)*- Submit the lightning-talk abstract to DevDays January @sam — 2026-11-24 \(`sessions\/2026-11-04.md:\d+`\)\n/);
    assert.doesNotMatch(text, /private\//);
  });
});
