// The steps of Initialize: which workspace folder (the only one, or one picked among those
// without an agreement yet), the people, the .gitignore for private/, and the offer of the git
// setup.
import * as vscode from 'vscode';
import type { Person } from '../../core/model';
import { parsePerson } from '../../core/people';
import { AGREEMENT_FILE, PRIVATE_GITIGNORE } from '../../core/templates';
import type { Journal, JournalStore } from '../../host/journalStore';
import { EditRefused, type JournalWriter } from '../../host/journalWriter';
import { askText } from '../../host/pickers';
import { exists } from '../../host/workspaceFiles';

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

/**
 * Creates `.gitignore`, or adds `private/` to the one there (a root of `.` shares the
 * repository's). When the writer refuses (a `.gitignore` that is a symbolic link, say), the
 * journal is still made and the user is told that private/ is not ignored yet.
 */
export async function ignorePrivate(writer: JournalWriter, journal: Journal): Promise<void> {
  try {
    if (!(await exists(journal.uri('.gitignore')))) return await writer.createExact(journal, '.gitignore', PRIVATE_GITIGNORE);
    await writer.appendText(journal, '.gitignore', PRIVATE_GITIGNORE, (text) => !/^\/?private\/?[ \t]*$/m.test(text));
  } catch (e) {
    if (!(e instanceof EditRefused)) throw e;
    void vscode.window.showWarningMessage(`Mentorship: the journal is ready, but private/ is not git-ignored: ${e.message}. Add "private/" to a .gitignore yourself.`);
  }
}
