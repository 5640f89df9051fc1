// The three trees on the sample journal, read the way VS Code reads them (getChildren, then
// getTreeItem for each row), with today pinned to 2026-11-24.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JournalTree } from '../../../src/features/trees/journalTree';
import type { ItemNode, TreeNode } from '../../../src/features/trees/treeNodes';
import { activate, waitFor, type ExtensionApi } from '../helpers';
import { restoreSample } from './sampleJournal';
import { described, find, hover, icon, label, reveal, rows } from './treeRows';

describe('trees', () => {
  let api: ExtensionApi;
  let goals: JournalTree;
  let sessions: JournalTree;
  let actionItems: JournalTree;

  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
    goals = api.hooks.goalsTree as JournalTree;
    sessions = api.hooks.sessionsTree as JournalTree;
    actionItems = api.hooks.actionItemsTree as JournalTree;
  });

  describe('Goals', () => {
    it('shows each mentorship with its goals: active by target date, then achieved', async () => {
      const top = await rows(goals);
      assert.deepEqual(described(top), [
        ['Sam Okafor ← Priya Raman', '2 active'],
        ['Alex Chen ← Priya Raman', '1 active'],
      ]);
      assert.ok(top.every((r) => r.item.contextValue === 'mentorship' && r.item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded));
      const sam = await rows(goals, top[0].node);
      assert.deepEqual(described(sam), [
        ['Write and land my first design doc', '3/5 · target 2026-12-15'],
        ['Give a lightning talk at DevDays', '2/5 · target 2027-01-29'],
        ['Feel confident as primary on-call', '4/4 · achieved'],
      ]);
      assert.deepEqual(sam.map(icon), ['target', 'target', 'pass-filled']);
      assert.deepEqual(sam.map((r) => r.item.contextValue), ['goal', 'goal', 'goal']);
      assert.equal(sam[0].item.command?.command, 'mentorship.openItem');
      assert.deepEqual(
        { type: sam[0].node.type, path: (sam[0].node as { path: string }).path },
        { type: 'entry', path: 'goals/design-doc.md' },
      );
    });

    it('opens a goal to its milestones, its open action items and the sessions that discussed it', async () => {
      const [sam] = await rows(goals);
      const designDoc = find(await rows(goals, sam.node), 'Write and land my first design doc');
      const children = await rows(goals, designDoc.node);
      assert.deepEqual(
        children.map((r) => [label(r), r.item.contextValue, icon(r)]),
        [
          ['Read three accepted RFCs and note what made them convincing', 'milestone-item-done', 'pass'],
          ['Agree the problem statement with Dana and the team', 'milestone-item-done', 'pass'],
          ['Write the first full draft of the idempotency-keys RFC', 'milestone-item-done', 'pass'],
          ['Get written reviews from Security and Payments', 'milestone-item-open', 'circle-large-outline'],
          ['Present at the architecture review and get a decision', 'milestone-item-open', 'circle-large-outline'],
          ['Send the RFC draft to Tomás for a security read', 'action-item-open', 'warning'],
          ['Fill in "Alternatives considered", including database constraints', 'action-item-open', 'warning'],
          ['Leave written comments on the RFC draft', 'action-item-open', 'circle-large-outline'],
          ['Present the RFC at the architecture review', 'action-item-open', 'circle-large-outline'],
          ['Discussed in', 'group-discussed', 'comment-discussion'],
        ],
      );
      assert.equal(children[0].item.description, 'done 2026-08-26');
      assert.equal(children[5].item.description, '@sam · due 2026-11-13 · 11 days overdue');
      const discussed = children[9];
      assert.equal(discussed.item.description, '8 sessions');
      const sessionRows = await rows(goals, discussed.node);
      assert.deepEqual(sessionRows.map(label), ['2026-11-18', '2026-11-04', '2026-10-21', '2026-10-07', '2026-09-16', '2026-09-02', '2026-08-19', '2026-08-05']);
      assert.equal(sessionRows[0].item.contextValue, 'session');
      assert.equal(sessionRows[0].item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    });

    it('knows every row\'s parent', async () => {
      const [sam] = await rows(goals);
      const [goal] = await rows(goals, sam.node);
      const children = await rows(goals, goal.node);
      for (const child of children) assert.equal(goals.getParent!(child.node), goal.node);
      assert.equal(goals.getParent!(goal.node), sam.node);
      assert.equal(goals.getParent!(sam.node), undefined);
    });
  });

  describe('Sessions', () => {
    it('lists sessions newest first with open items and a few words', async () => {
      const top = await rows(sessions);
      assert.deepEqual(described(top), [
        ['Sam Okafor ← Priya Raman', '9 sessions · next Wed 2 Dec'],
        ['Alex Chen ← Priya Raman', '3 sessions · next Fri 11 Dec'],
      ]);
      const sam = await rows(sessions, top[0].node);
      assert.deepEqual(described(sam), [
        ['2026-11-18', "5 open · RFC draft: Priya's first read"],
        ['2026-11-04', '2 open · The draft is nearly done.'],
        ['2026-10-21', '1 open · RFC outline (moved from 2026-10-07)'],
        ['2026-10-07', '1 open · Incident debrief'],
        ['2026-10-07', 'First primary on-call shift'],
        ['2026-09-16', 'Debrief of the first design review'],
        ['2026-09-02', '1 open · Most of the hour went on the shape of a good RFC.'],
        ['2026-08-19', 'The three RFCs: first impressions'],
        ['2026-08-05', 'Kickoff'],
      ]);
      assert.deepEqual(sam.map((r) => (r.node as { path: string }).path).slice(3, 5), ['sessions/2026-10-07-2.md', 'sessions/2026-10-07.md']);
      assert.ok(sam.every((r) => r.item.contextValue === 'session' && icon(r) === 'comment-discussion'));
    });

    it('opens a session to its action items, wins, feedback and introductions', async () => {
      const [sam] = await rows(sessions);
      const nov4 = find(await rows(sessions, sam.node), '2026-11-04');
      const children = await rows(sessions, nov4.node);
      assert.deepEqual(
        children.map((r) => [label(r), r.item.description, r.item.contextValue]),
        [
          ['Pick a talk topic', '@sam · done 2026-11-04', 'action-item-done'],
          ['Send the RFC draft to Tomás for a security read', '@sam · due 2026-11-13 · 11 days overdue', 'action-item-open'],
          ['Submit the lightning-talk abstract to DevDays January', '@sam · due 2026-12-12', 'action-item-open'],
          ['Dana asked Sam to present the RFC at the architecture review himself.', '', 'win-item-plain'],
          ['Intro Sam to Tomás Silva (@tomas), security engineer, as a reviewer for the RFC', '@priya · done 2026-11-05', 'intro-item-done'],
          ["Intro Sam to Lena Park (@lena), who runs the internal speakers' club", '@priya', 'intro-item-open'],
        ],
      );
      assert.deepEqual(children.map(icon), ['pass', 'warning', 'circle-large-outline', 'star-full', 'pass', 'person-add']);
    });

    it('marks a moved item with the day it moved to', async () => {
      const [sam] = await rows(sessions);
      const oct7 = (await rows(sessions, sam.node)).find((r) => (r.node as { path: string }).path === 'sessions/2026-10-07.md')!;
      const [moved] = await rows(sessions, oct7.node);
      assert.deepEqual([label(moved), moved.item.description, moved.item.contextValue, icon(moved)], [
        "Review Sam's RFC outline together",
        '@priya · moved to 2026-10-21',
        'action-item-moved',
        'arrow-right',
      ]);
    });

    it('shows an item listed again and ticked in a later session as done there, not overdue', async () => {
      const journal = api.services.store.all()[0];
      const path = 'sessions/2026-11-21.md';
      const text = '---\ntype: session\ndate: 2026-11-21\n---\n\n## Action items\n\n- [x] Send the RFC draft to Tomás for a security read @sam [completion:: 2026-11-21]\n';
      await vscode.workspace.fs.writeFile(journal.uri(path), new TextEncoder().encode(text));
      try {
        await waitFor(() => journal.index.get(path)?.items.length === 1, 'the session to be indexed');
        const [sam] = await rows(sessions);
        const nov4 = find(await rows(sessions, sam.node), '2026-11-04');
        const item = find(await rows(sessions, nov4.node), 'Send the RFC draft to Tomás for a security read');
        assert.deepEqual([item.item.description, icon(item), item.item.contextValue], ['@sam · done 2026-11-21 (ticked again there)', 'pass', 'action-item-open']);
        assert.match((await hover(sessions, item)).value.replace(/\\(.)/g, '$1'), /Listed again and ticked in sessions\/2026-11-21\.md, line 8 \(2026-11-21\): it counts as done/);
        // Nor is it among the Action items view's open items.
        const [samItems] = await rows(actionItems);
        const open = (await Promise.all((await rows(actionItems, samItems.node)).map((g) => rows(actionItems, g.node)))).flat();
        assert.ok(!open.some((r) => label(r) === 'Send the RFC draft to Tomás for a security read'), JSON.stringify(open.map(label)));
      } finally {
        await vscode.workspace.fs.delete(journal.uri(path));
        await waitFor(() => !journal.index.get(path), 'the session to be forgotten');
      }
      // Without the later line it is open and overdue again.
      const [sam] = await rows(sessions);
      const again = find(await rows(sessions, find(await rows(sessions, sam.node), '2026-11-04').node), 'Send the RFC draft to Tomás for a security read');
      assert.deepEqual([again.item.description, icon(again)], ['@sam · due 2026-11-13 · 11 days overdue', 'warning']);
    });
  });

  describe('Action items', () => {
    afterEach(async () => {
      await vscode.commands.executeCommand('mentorship.groupByDue');
    });

    it('groups open items Overdue / Due this week / Later / No date under each mentorship', async () => {
      const top = await rows(actionItems);
      assert.deepEqual(described(top), [
        ['Sam Okafor ← Priya Raman', '11 open · 3 overdue'],
        ['Alex Chen ← Priya Raman', '4 open · 2 overdue'],
      ]);
      const groups = await rows(actionItems, top[0].node);
      assert.deepEqual(described(groups), [
        ['Overdue', '3'],
        ['Due this week', '3'],
        ['Later', '2'],
        ['No date', '3'],
      ]);
      const overdue = await rows(actionItems, groups[0].node);
      assert.deepEqual(described(overdue), [
        ['Send the RFC draft to Tomás for a security read', '@sam · due 2026-11-13 · 11 days overdue'],
        ['Share the list of open brown-bag slots for Q1', '@priya · due 2026-11-20 · 4 days overdue'],
        ['Fill in "Alternatives considered", including database constraints', '@sam · due 2026-11-23 · 1 day overdue'],
      ]);
      for (const r of overdue) {
        const i = r.item.iconPath as vscode.ThemeIcon;
        assert.equal(i.id, 'warning');
        assert.equal(i.color?.id, 'list.warningForeground');
      }
      const thisWeek = await rows(actionItems, groups[1].node);
      assert.deepEqual(described(thisWeek), [
        ['Book a 30-minute dry run of the lightning talk with the team', '@sam · due 2026-11-25'],
        ['Ask Dana for the written senior-engineer criteria at our next 1:1', '@sam · due 2026-11-26 · private'],
        ['Leave written comments on the RFC draft', '@priya · due 2026-11-27'],
      ]);
      assert.equal(icon(thisWeek[1]), 'lock');
      const alexOverdue = await rows(actionItems, (await rows(actionItems, top[1].node))[0].node);
      assert.deepEqual(alexOverdue.map(label), ['Find a change in the deploy tooling to review', 'Ask Jonas for a deploy-tooling change to review']);
    });

    it('shows items whose due date is unreadable in a group of their own, marked, never as "No date"', async () => {
      const journal = api.services.store.all()[0];
      const path = 'sessions/2026-11-20.md';
      const text = [
        '---',
        'type: session',
        'date: 2026-11-20',
        '---',
        '',
        '## Action items',
        '',
        '- [ ] Check the on-call rota @sam [due:: 2026-12-32]',
        '- [ ] Call the venue @sam [due:: friday]',
        '- [ ] Renew the badge @priya [due:: 2026-02-30]',
        '- [ ] Undated on purpose @sam',
        '',
      ].join('\n');
      await vscode.workspace.fs.writeFile(journal.uri(path), new TextEncoder().encode(text));
      try {
        await waitFor(() => journal.index.get(path)?.items.length === 4, 'the session to be indexed');
        const [sam] = await rows(actionItems);
        const groups = await rows(actionItems, sam.node);
        assert.deepEqual(described(groups), [
          ['Overdue', '3'],
          ['Due date unreadable', '3'],
          ['Due this week', '3'],
          ['Later', '2'],
          ['No date', '4'],
        ]);
        const group = groups[1];
        assert.equal((group.item.iconPath as vscode.ThemeIcon).color?.id, 'list.errorForeground');
        const unreadable = await rows(actionItems, group.node);
        assert.deepEqual(described(unreadable), [
          ['Check the on-call rota', '@sam · due date unreadable: 2026-12-32'],
          ['Call the venue', '@sam · due date unreadable: friday'],
          ['Renew the badge', '@priya · due date unreadable: 2026-02-30'],
        ]);
        assert.deepEqual(unreadable.map(icon), ['warning', 'warning', 'warning']);
        assert.equal(unreadable[0].item.contextValue, 'action-item-open', 'Set Due Date is on its menu');
        assert.match((await hover(actionItems, unreadable[1])).value.replace(/\\(.)/g, '$1'), /The due date "friday" is not a day \(write YYYY-MM-DD\): Set Due Date fixes it/);
        const undated = await rows(actionItems, groups[4].node);
        assert.ok(undated.some((r) => label(r) === 'Undated on purpose'));
        assert.ok(!undated.some((r) => ['Check the on-call rota', 'Call the venue', 'Renew the badge'].includes(label(r))));
        // Grouped by owner, the marker is still there.
        await vscode.commands.executeCommand('mentorship.groupByOwner');
        const owners = await rows(actionItems, (await rows(actionItems))[0].node);
        const samItems = await rows(actionItems, owners.find((r) => label(r) === '@sam')!.node);
        assert.equal(samItems.find((r) => label(r) === 'Call the venue')?.item.description, '@sam · due date unreadable: friday');
      } finally {
        await vscode.workspace.fs.delete(journal.uri(path));
        await waitFor(() => !journal.index.get(path), 'the session to be forgotten');
      }
    });

    it('gives each item row what the menus and Open need', async () => {
      const [sam] = await rows(actionItems);
      const [overdue] = await rows(actionItems, sam.node);
      const [first] = await rows(actionItems, overdue.node);
      assert.equal(first.item.contextValue, 'action-item-open');
      assert.equal(first.item.resourceUri, undefined);
      assert.equal(first.item.command?.command, 'mentorship.openItem');
      const arg = first.item.command?.arguments?.[0] as { type: string; path: string; item: { line: number }; journal: unknown };
      assert.equal(arg, first.node);
      assert.deepEqual([arg.type, arg.path, arg.item.line], ['item', 'sessions/2026-11-04.md', 28]);
      assert.equal(arg.journal, api.services.store.all()[0]);
      // Built on hover, not with the row: thousands of rows would otherwise each carry one.
      assert.equal(first.item.tooltip, undefined);
      const tooltip = await hover(actionItems, first);
      assert.ok(tooltip instanceof vscode.MarkdownString);
      assert.ok(!tooltip.isTrusted && !tooltip.supportHtml);
      // Words from the files are escaped, so they cannot form links or markup.
      const text = tooltip.value.replace(/\\(.)/g, '$1');
      assert.match(text, /^\*\*Send the RFC draft to Tomás for a security read\*\*/);
      assert.match(text, /open, 11 days overdue · owner @sam · due 2026-11-13/);
      assert.match(text, /From session 2026-11-04: sessions\/2026-11-04\.md, line 28/);
    });

    it('never lets an item\'s text become a link or markup in its tooltip', async () => {
      const [sam] = await rows(actionItems);
      const [overdue] = await rows(actionItems, sam.node);
      const [first] = await rows(actionItems, overdue.node);
      const node = first.node as ItemNode;
      const hostile = { ...node, item: { ...node.item, title: 'Read [this](command:workbench.action.quit) <img src=x> https://example.com' } };
      const value = (await hover(actionItems, { node: hostile, item: await actionItems.getTreeItem(hostile) })).value;
      assert.ok(value.includes('\\[this\\]\\(command\\:workbench'), value);
      assert.ok(value.includes('\\<img'), value);
      assert.ok(value.includes('https\\://example'), value);
    });

    it('switches to one group per owner and back, with the view title, writing no settings', async () => {
      const view = api.hooks.actionItemsView as vscode.TreeView<TreeNode>;
      let fired = 0;
      const sub = actionItems.onDidChangeTreeData!(() => fired++);
      try {
        await vscode.commands.executeCommand('mentorship.groupByOwner');
        assert.equal((api.hooks.grouping as { value: string }).value, 'owner');
        // View state, not a setting: the repository's .vscode/settings.json is never written.
        assert.equal(vscode.workspace.getConfiguration('mentorship').inspect('actionItems.groupBy')?.workspaceValue, undefined);
        await waitFor(() => fired > 0, 'the Action Items tree to redraw');
        assert.equal(view.description, 'by owner');
        const [sam, alex] = await rows(actionItems);
        assert.deepEqual(described(await rows(actionItems, sam.node)), [
          ['@sam', 'mentee · 7 · 2 overdue'],
          ['@priya', 'mentor · 3 · 1 overdue'],
          ['@marta', '1'],
        ]);
        const samItems = await rows(actionItems, (await rows(actionItems, sam.node))[0].node);
        assert.deepEqual(samItems.map((r) => r.item.description).slice(0, 2), ['@sam · due 2026-11-13 · 11 days overdue', '@sam · due 2026-11-23 · 1 day overdue']);
        assert.deepEqual(described(await rows(actionItems, alex.node)), [
          ['@alex', 'mentee · 3 · 2 overdue'],
          ['@priya', 'mentor · 1'],
        ]);
        await vscode.commands.executeCommand('mentorship.groupByDue');
        assert.equal((api.hooks.grouping as { value: string }).value, 'due');
        await waitFor(() => view.description === 'by due date', 'the view title to say "by due date"');
        assert.deepEqual((await rows(actionItems, sam.node)).map(label), ['Overdue', 'Due this week', 'Later', 'No date']);
      } finally {
        sub.dispose();
      }
    });

    it('shows the number of overdue items as the view badge', async () => {
      const view = api.hooks.actionItemsView as vscode.TreeView<TreeNode>;
      assert.equal(view.badge?.value, 5);
    });
  });

  it('reveals a row through its TreeView, which needs getParent', async () => {
    const view = api.hooks.actionItemsView as vscode.TreeView<TreeNode>;
    const [, alex] = await rows(actionItems);
    const [overdue] = await rows(actionItems, alex.node);
    const [, jonas] = await rows(actionItems, overdue.node);
    await reveal('mentorship.actionItems', view, jonas.node);
    assert.equal(view.visible, true);

    const goalsView = api.hooks.goalsView as vscode.TreeView<TreeNode>;
    const [sam] = await rows(goals);
    const [designDoc] = await rows(goals, sam.node);
    const milestones = await rows(goals, designDoc.node);
    await reveal('mentorship.goals', goalsView, milestones[3].node);
  });

  it('fires one change event per tree for one store change, and Refresh rebuilds the index', async () => {
    const store = api.services.store;
    const counts = [0, 0, 0];
    const changed: unknown[][] = [[], [], []];
    const subs = [goals, sessions, actionItems].map((t, i) =>
      t.onDidChangeTreeData!((e) => {
        counts[i]++;
        changed[i].push(e);
      }),
    );
    try {
      const journal = store.all()[0];
      // Rows handed out before: a change in one mentorship refreshes that mentorship's row alone.
      const shown = await Promise.all([goals, sessions, actionItems].map((t) => t.getChildren()));
      await store.reread(journal.uri('sessions/2026-11-18.md'));
      assert.deepEqual(counts, [1, 1, 1]);
      for (let i = 0; i < 3; i++) {
        const sam = shown[i].find((n) => n.type === 'mentorship' && n.ref.mentorship.id === '.');
        assert.deepEqual(changed[i][0], [sam], `tree ${i} refreshed ${JSON.stringify(changed[i][0] === undefined ? 'everything' : 'other rows')}`);
      }
      const before = journal.index;
      await vscode.commands.executeCommand('mentorship.refresh');
      assert.deepEqual(counts, [2, 2, 2]);
      assert.notEqual(store.all()[0], undefined);
      assert.notEqual(store.all()[0].index, before, 'Refresh builds a new index');
      assert.deepEqual((await rows(actionItems)).map(label), ['Sam Okafor ← Priya Raman', 'Alex Chen ← Priya Raman']);
    } finally {
      for (const s of subs) s.dispose();
    }
  });

  it('shows "Reading the journal…" while the index builds, then the rows', async () => {
    const store = api.services.store;
    const building = store.reset();
    const [row] = await sessions.getChildren();
    assert.equal(row.type, 'progress');
    const item = await sessions.getTreeItem(row);
    assert.equal(item.label, 'Reading the journal…');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'loading~spin');
    await building;
    assert.deepEqual((await rows(sessions)).map(label), ['Sam Okafor ← Priya Raman', 'Alex Chen ← Priya Raman']);
  });

  it('starts mentorship rows collapsed when a repository holds many mentorships', async () => {
    const store = api.services.store;
    const journal = store.all()[0];
    const folders = ['m1', 'm2', 'm3'].map((m) => journal.uri(`${m}/mentorship.md`));
    try {
      for (const [i, uri] of folders.entries()) {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Mentee ${i} (@m${i})\n---\n`));
        await store.reread(uri);
      }
      const top = await rows(goals);
      assert.equal(top.length, 5);
      assert.ok(top.every((r) => r.item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed));
    } finally {
      for (const uri of folders) await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true, useTrash: false });
      await restoreSample(store);
      await store.reset();
    }
    const top = await rows(goals);
    assert.ok(top.every((r) => r.item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded));
  });
});
