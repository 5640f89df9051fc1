// The "next 1:1" status bar item on the sample journal (today pinned to 2026-11-24): Sam's
// next session is due Wed 2 Dec (every 2 weeks after 18 Nov), Alex's Fri 11 Dec; five open
// action items are overdue (three of Sam's mentorship, two of Alex's): the bar counts those of
// the mentorship it names.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NextSessionStatusBar } from '../../../src/features/statusBar/nextSessionStatusBar';
import type { MentorshipArg } from '../../../src/host/nodes';
import { activate, stubWindow, waitFor, type ExtensionApi } from '../helpers';
import { restoreSample, settle } from './sampleJournal';

describe('status bar', () => {
  let api: ExtensionApi;
  let bar: NextSessionStatusBar;

  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
    bar = api.hooks.statusBar as NextSessionStatusBar;
  });

  it('shows the soonest next 1:1 and the overdue action items, and generates its agenda on click', () => {
    assert.equal(bar.item.text, '$(calendar) Next 1:1 with Sam: Wed 2 Dec  $(warning) 3 overdue');
    assert.equal(bar.item.command && typeof bar.item.command === 'object' ? bar.item.command.command : bar.item.command, 'mentorship.generateAgenda');
    const [arg] = (bar.item.command as vscode.Command).arguments as [MentorshipArg];
    assert.equal(arg.type, 'mentorship');
    assert.equal(arg.ref.mentorship.id, '.');
    assert.equal(arg.ref.journal, api.services.store.all()[0]);
    const tooltip = (bar.item.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1');
    assert.match(tooltip, /Sam Okafor ← Priya Raman: next 1:1 Wed 2 Dec \(every 2 weeks, last Wed 18 Nov\) · 3 overdue action items/);
    assert.match(tooltip, /Alex Chen ← Priya Raman: next 1:1 Fri 11 Dec \(monthly, last Wed 11 Nov\) · 2 overdue action items/);
  });

  it("follows the journal: a session planned for today makes the next 1:1 today; once it is held, the next cadence day", async () => {
    const uri = api.services.store.all()[0].uri('sessions/2026-11-24.md');
    const planned = '---\ntype: session\ndate: 2026-11-24\n---\n\n## Agenda\n\n- Alternatives considered\n\n## Notes\n\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(planned));
    try {
      await waitFor(() => bar.item.text.startsWith('$(calendar) Next 1:1 with Sam: today'), 'the status bar to say today', 15_000);
      // Today's session is logged: notes under Notes make it held, and the next 1:1 is two weeks on.
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${planned}Sam walked Priya through the alternatives; Tomás' review is booked.\n`));
      await waitFor(() => bar.item.text.startsWith('$(calendar) Next 1:1 with Sam: Tue 8 Dec'), 'the status bar to name the next cadence day', 15_000);
      const tooltip = (bar.item.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1');
      assert.match(tooltip, /next 1:1 Tue 8 Dec \(every 2 weeks, last Tue 24 Nov\)/);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => bar.item.text.includes('Wed 2 Dec'), 'the status bar to go back to Wed 2 Dec', 15_000);
  });

  it('names both mentees when their 1:1s fall on the same day, and asks whose agenda on click', async () => {
    const journal = api.services.store.all()[0];
    const uri = journal.uri('alex/sessions/2026-12-02.md');
    const config = vscode.workspace.getConfiguration('mentorship');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntype: session\ndate: 2026-12-02\n---\n\n## Agenda\n\n- Review practice\n'));
    const pick = stubWindow('showQuickPick', (items) => (items as { label: string }[]).find((i) => i.label === 'Alex'));
    try {
      await waitFor(() => bar.item.text === '$(calendar) Next 1:1 with Sam and Alex: Wed 2 Dec  $(warning) 5 overdue', 'the status bar to name both', 15_000);
      const command = bar.item.command as vscode.Command;
      assert.equal(command.command, 'mentorship.agendaForNextMeeting');
      await config.update('agenda.output', 'clipboard', vscode.ConfigurationTarget.Global);
      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const offered = (pick.calls[0][0] as vscode.QuickPickItem[]).map((i) => [i.label, i.description]);
      assert.deepEqual(offered, [
        ['Sam', 'Sam Okafor ← Priya Raman · Wed 2 Dec · 3 overdue items'],
        ['Alex', 'Alex Chen ← Priya Raman · Wed 2 Dec · 2 overdue items'],
      ]);
      const agenda = await vscode.env.clipboard.readText();
      assert.match(agenda, /Alex Chen ← Priya Raman/, agenda);
      assert.doesNotMatch(agenda, /Sam Okafor ← Priya Raman/, "Alex's agenda, not Sam's");
    } finally {
      pick.restore();
      await config.update('agenda.output', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => bar.item.text === '$(calendar) Next 1:1 with Sam: Wed 2 Dec  $(warning) 3 overdue', 'the status bar to name Sam alone again', 15_000);
  });

  it('hides when the window has no journal, and comes back with it', async () => {
    const calls: string[] = [];
    const { show, hide } = bar.item;
    bar.item.show = () => (calls.push('show'), show.call(bar.item));
    bar.item.hide = () => (calls.push('hide'), hide.call(bar.item));
    const config = vscode.workspace.getConfiguration('mentorship');
    try {
      await config.update('root', 'no-journal-here', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => calls.includes('hide'), 'the status bar item to hide');
      assert.equal(api.services.store.mentorships().length, 0);
      assert.equal(calls.includes('show'), false);
    } finally {
      await config.update('root', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => calls[calls.length - 1] === 'show', 'the status bar item to come back');
    await settle(api.services.store);
    assert.equal(bar.item.text, '$(calendar) Next 1:1 with Sam: Wed 2 Dec  $(warning) 3 overdue');
    bar.item.show = show;
    bar.item.hide = hide;
  });
});
