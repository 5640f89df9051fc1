// The steps of Initialize: which workspace folder (the only one, or one picked among those
// without an agreement yet), the people, and the .gitignore for private/.
import * as vscode from 'vscode';
import type { Person } from '../../core/model';
import { parsePerson } from '../../core/people';
import { AGREEMENT_FILE, PRIVATE_GITIGNORE } from '../../core/templates';
import type { Journal, JournalStore } from '../../host/journalStore';
import { EditRefused, type JournalWriter } from '../../host/journalWriter';
import { askText } from '../../host/pickers';
import { exists, readText } from '../../host/workspaceFiles';

export async function chooseFolder(store: JournalStore): Promise<Journal | undefined> {
  await store.ready();
  const journals = store.all();
  if (journals.length === 0) throw new EditRefused('open a folder first: the journal is kept in a workspace folder');
  const free: Journal[] = [];
  for (const j of journals) if (!(await exists(j.uri(AGREEMENT_FILE)))) free.push(j);
  if (free.length === 0) {
    const where = journals.length === 1 ? `${vscode.workspace.asRelativePath(journals[0].uri(AGREEMENT_FILE))} exists` : 'every workspace folder has one';
    throw new EditRefused(`there is a mentorship agreement already (${where}); edit it instead`);
  }
  if (journals.length === 1) return free[0];
  const pick = await vscode.window.showQuickPick(
    free.map((j) => ({ label: j.label, description: vscode.workspace.asRelativePath(j.root, true), journal: j })),
    { placeHolder: 'Which folder gets the mentorship journal?' },
  );
  return pick?.journal;
}

export async function askPerson(prompt: string, placeHolder: string): Promise<Person | undefined> {
  const text = await askText(prompt, {
    placeHolder,
    validate: (v) => (parsePerson(v)?.handle ? undefined : `Write a name and a handle, like ${placeHolder}`),
  });
  return text === undefined ? undefined : parsePerson(text) ?? undefined;
}

/** Creates `.gitignore`, or adds `private/` to the one there (a root of `.` shares the repository's). */
export async function ignorePrivate(writer: JournalWriter, journal: Journal): Promise<void> {
  const uri = journal.uri('.gitignore');
  if (!(await exists(uri))) return writer.createExact(journal, '.gitignore', PRIVATE_GITIGNORE);
  const text = await readText(uri);
  if (!/^\/?private\/?[ \t]*$/m.test(text)) await writer.appendText(journal, '.gitignore', PRIVATE_GITIGNORE);
}
