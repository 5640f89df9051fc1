// Symbolic links in someone else's repository never lead a write, or the index, outside the journal.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { activate, workspaceFolder, type ExtensionApi } from '../helpers';

describe('symbolic links in the journal', () => {
  let api: ExtensionApi;
  let outside: string;
  let link: string;

  before(async () => {
    api = await activate();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-outside-'));
    fs.writeFileSync(path.join(outside, '2026-11-20.md'), '---\ntype: session\ndate: 2026-11-20\n---\n\n## Action items\n\n- [ ] Outside item @sam\n');
    link = path.join(workspaceFolder().uri.fsPath, 'mentorship', 'linked');
    fs.symlinkSync(outside, link, 'dir');
  });

  after(async () => {
    fs.rmSync(link, { force: true });
    fs.rmSync(outside, { recursive: true, force: true });
    await api.services.store.reset();
  });

  it('does not index files behind a linked folder', async () => {
    await api.services.store.reset();
    const index = api.services.store.all()[0].index;
    assert.ok(index.size > 0);
    assert.deepEqual(index.all().filter((e) => e.path.startsWith('linked/')).map((e) => e.path), []);
  });

  it('refuses to create a file through a linked folder, and writes nothing there', async () => {
    const journal = api.services.store.all()[0];
    await assert.rejects(() => api.services.writer.createFile(journal, 'linked', '2026-11-24', '---\ntype: session\n---\n'), /symbolic link/);
    assert.deepEqual(fs.readdirSync(outside), ['2026-11-20.md']);
  });
});
