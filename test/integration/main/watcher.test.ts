// The store follows files changed by other programs (an editor, git): a new session file
// appears in the Action Items tree, and a burst of 400 files (a branch switch) is applied as
// one rescan with one change event, both when they appear and when they go.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JournalTree } from '../../../src/features/trees/journalTree';
import { activate, waitFor, workspaceFolder, type ExtensionApi } from '../helpers';
import { restoreSample, settle } from './sampleJournal';
import { described, label, rows } from './treeRows';

const BURST = 400;

describe('watcher', () => {
  let api: ExtensionApi;
  let tree: JournalTree;
  let root: string;

  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
    tree = api.hooks.actionItemsTree as JournalTree;
    root = path.join(workspaceFolder().uri.fsPath, 'mentorship');
  });

  after(async () => {
    fs.rmSync(path.join(root, 'sessions', '2026-11-25.md'), { force: true });
    for (const file of burstFiles()) fs.rmSync(file.path, { force: true });
    await settle(api.services.store);
  });

  it('shows an action item from a session file another program wrote', async () => {
    const file = path.join(root, 'sessions', '2026-11-25.md');
    fs.writeFileSync(file, '---\ntype: session\ndate: 2026-11-25\n---\n\n## Action items\n\n- [ ] Send the slides to Lena @sam [due:: 2026-11-27]\n');
    const dueThisWeek = async (): Promise<string[]> => {
      const [sam] = await tree.getChildren();
      const week = (await tree.getChildren(sam)).find((g) => g.type === 'group' && g.kind === 'thisWeek');
      return week ? (await rows(tree, week)).map(label) : [];
    };
    await waitFor(async () => (await dueThisWeek()).includes('Send the slides to Lena'), 'the new item under "Due this week"');
    fs.unlinkSync(file);
    await waitFor(async () => !(await dueThisWeek()).includes('Send the slides to Lena'), 'the item to go with its file');
  });

  it(`applies a burst of ${BURST} files (a branch switch) as one rescan and one change`, async () => {
    const store = api.services.store;
    await settle(store);
    const journal = store.all()[0];
    // A rescan builds a fresh index and swaps it in; applying files one by one keeps the index.
    let index = journal.index;
    let changes = 0;
    const sub = store.onDidChange(() => changes++);
    try {
      // Written aside, then moved in together: all of them land within milliseconds even on a
      // loaded machine, where writing 400 files can take longer than the store's coalescing.
      const stage = fs.mkdtempSync(path.join(path.dirname(workspaceFolder().uri.fsPath), 'burst-'));
      const staged = burstFiles().map((file, i) => ({ ...file, staged: path.join(stage, `${i}.md`) }));
      for (const file of staged) fs.writeFileSync(file.staged, file.text);
      for (const file of staged) fs.renameSync(file.staged, file.path);
      fs.rmSync(stage, { recursive: true, force: true });
      await waitFor(() => changes > 0, 'the store to apply the burst', 20_000);
      await settle(store);
      assert.equal(changes, 1, 'one change event');
      assert.notEqual(journal.index, index, 'rescanned');
      assert.equal(journal.index.size, 21 + BURST);
      const [sam, alex] = await rows(tree);
      assert.deepEqual([sam.item.description, alex.item.description], [`${11 + BURST} open · 3 overdue`, '4 open · 2 overdue']);
      assert.deepEqual(described(await rows(tree, sam.node)), [
        ['Overdue', '3'],
        ['Due this week', '3'],
        ['Later', '2'],
        ['No date', String(3 + BURST)],
      ]);

      index = journal.index;
      changes = 0;
      for (const file of burstFiles()) fs.unlinkSync(file.path);
      await waitFor(() => changes > 0, 'the store to apply the deletions', 20_000);
      await settle(store);
      assert.equal(changes, 1, 'one change event');
      assert.notEqual(journal.index, index, 'rescanned');
      assert.equal(journal.index.size, 21);
      assert.equal((await rows(tree))[0].item.description, '11 open · 3 overdue');
    } finally {
      sub.dispose();
    }
  });

  it('reads a whole new folder (a pulled mentee), whose files get no events of their own', async () => {
    const store = api.services.store;
    await settle(store);
    const folder = path.join(root, 'newbie');
    // Built aside and moved in as one folder, as git or a copy does.
    const stage = fs.mkdtempSync(path.join(path.dirname(workspaceFolder().uri.fsPath), 'newbie-'));
    fs.mkdirSync(path.join(stage, 'sessions'));
    fs.writeFileSync(path.join(stage, 'mentorship.md'), '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Noor Haddad (@noor)\ncadence: weekly\nstarted: 2026-11-02\n---\n');
    fs.writeFileSync(path.join(stage, 'sessions', '2026-11-16.md'), '---\ntype: session\ndate: 2026-11-16\n---\n\n## Action items\n\n- [ ] Read the onboarding guide @noor\n');
    try {
      fs.renameSync(stage, folder);
      await waitFor(() => store.mentorships().some((r) => r.mentorship.id === 'newbie'), 'the new mentorship in the store', 20_000);
      await waitFor(() => store.all()[0].index.get('newbie/sessions/2026-11-16.md'), 'its session in the index');
      fs.rmSync(folder, { recursive: true, force: true });
      await waitFor(() => !store.mentorships().some((r) => r.mentorship.id === 'newbie'), 'the mentorship gone with its folder', 20_000);
      assert.equal(store.all()[0].index.get('newbie/sessions/2026-11-16.md'), undefined);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(stage, { recursive: true, force: true });
      await settle(store);
    }
  });

  /** Session files with one undated open item each, into the existing sessions folder. */
  function burstFiles(): { path: string; text: string }[] {
    return Array.from({ length: BURST }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 6 + i)).toISOString().slice(0, 10);
      return {
        path: path.join(root, 'sessions', `${day}.md`),
        text: `---\ntype: session\ndate: ${day}\n---\n\n## Action items\n\n- [ ] Item of ${day} @sam\n`,
      };
    });
  }
});
