// Problems-panel diagnostics: files written into the workspace with an impossible date and with
// broken front matter get markers (after the watcher picks them up); fixing or deleting the
// files clears them; Check Journal sums up.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, stubWindow, waitFor, type ExtensionApi } from '../helpers';
import { restoreSample } from './sampleJournal';

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mentorship');
/** The file's diagnostics once there are some. */
const some = (uri: vscode.Uri) => (ours(uri).length ? ours(uri) : undefined);
const allOurs = () => vscode.languages.getDiagnostics().flatMap(([, list]) => list.filter((d) => d.source === 'mentorship'));
const bytes = (text: string) => new TextEncoder().encode(text);

async function checkJournal(): Promise<string> {
  const info = stubWindow('showInformationMessage', () => undefined);
  try {
    const message = await vscode.commands.executeCommand<string>('mentorship.checkJournal');
    assert.deepEqual(info.calls.map((c) => c[0]), [message]);
    return message;
  } finally {
    info.restore();
  }
}

describe('diagnostics', () => {
  let api: ExtensionApi;
  let impossible: vscode.Uri;
  let broken: vscode.Uri;

  before(async () => {
    api = await activate();
    await restoreSample(api.services.store);
    const journal = api.services.store.all()[0];
    impossible = journal.uri('sessions/2026-11-25.md');
    broken = journal.uri('sessions/2026-11-26.md');
  });

  after(async () => {
    for (const uri of [impossible, broken]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('has nothing to say about the sample journal', async () => {
    await waitFor(() => allOurs().length === 0, 'no mentorship diagnostics');
    assert.equal(await checkJournal(), 'No problems in 21 entries');
  });

  it('marks an impossible date and broken front matter in files written to the workspace', async () => {
    await vscode.workspace.fs.writeFile(impossible, bytes('---\ntype: session\ndate: 2026-11-25\n---\n\n## Action items\n\n- [ ] Book the room @sam [due:: 2026-02-30]\n'));
    await vscode.workspace.fs.writeFile(broken, bytes('---\ntype: session\ndate: 2026-11-26\ngoals: [design-doc\n---\n\n## Notes\n\nUnfinished.\n'));
    const [date] = await waitFor(() => some(impossible), 'a diagnostic for the impossible date');
    assert.equal(ours(impossible).length, 1);
    assert.deepEqual([date.severity, date.code, date.source, date.range.start.line], [vscode.DiagnosticSeverity.Error, 'bad-date', 'mentorship', 7]);
    assert.match(date.message, /2026-02-30/);
    const [yaml] = await waitFor(() => some(broken), 'a diagnostic for the broken front matter');
    assert.deepEqual([yaml.severity, yaml.code, yaml.source], [vscode.DiagnosticSeverity.Error, 'front-matter', 'mentorship']);
    assert.equal(allOurs().length, ours(impossible).length + ours(broken).length);
  });

  it('Check Journal opens the Problems panel and says how many problems there are', async () => {
    const total = ours(impossible).length + ours(broken).length;
    assert.equal(await checkJournal(), `${total} problems in 2 files of the journal (${total} errors)`);
  });

  it('clears the markers of a fixed file and of a deleted one', async () => {
    await vscode.workspace.fs.writeFile(impossible, bytes('---\ntype: session\ndate: 2026-11-25\n---\n\n## Action items\n\n- [ ] Book the room @sam [due:: 2026-12-01]\n'));
    await waitFor(() => ours(impossible).length === 0, 'the fixed file to have no diagnostics');
    await vscode.workspace.fs.delete(broken);
    await waitFor(() => ours(broken).length === 0, 'the deleted file to have no diagnostics');
    await vscode.workspace.fs.delete(impossible);
    await waitFor(async () => (await checkJournal()) === 'No problems in 21 entries', 'Check Journal to find no problems again');
  });
});
