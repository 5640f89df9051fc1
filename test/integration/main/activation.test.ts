// The extension activates on the sample journal without scanning, then indexes it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate } from '../helpers';

describe('activation', () => {
  it('activates quickly and indexes both sample mentorships', async () => {
    const api = await activate();
    // Reported, not asserted as a time: machines are shared and noisy.
    console.log(`activate() took ${api.activationMs.toFixed(2)} ms`);
    const ids = api.services.store.mentorships().map((r) => r.mentorship.id);
    assert.deepEqual(ids, ['.', 'alex']);
    assert.ok(vscode.workspace.isTrusted !== undefined);
  });

  it('reads the local disk with Node\'s fs, or everything through workspace.fs when MENTORSHIP_FS=workspace', async () => {
    const api = await activate();
    const journal = api.services.store.all()[0];
    assert.equal(journal.root.scheme, 'file');
    assert.equal(journal.fsKind, process.env.MENTORSHIP_FS === 'workspace' ? 'workspace' : 'node');
  });
});
