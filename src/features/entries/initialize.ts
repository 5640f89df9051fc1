// Initialize Journal: the agreement (mentor, mentee, cadence), the goals/sessions/notes folders
// and a .gitignore that keeps private/ out of git, in the journal root of a workspace folder.
import * as vscode from 'vscode';
import { parseCadence } from '../../core/cadence';
import { AGREEMENT_FILE, agreementTemplate } from '../../core/templates';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { EditRefused } from '../../host/journalWriter';
import { showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';
import { askPerson, chooseFolder, exists, ignorePrivate } from './initSteps';

const CADENCES = ['weekly', 'every 2 weeks', 'monthly'];

export class InitializeCommand implements Command {
  readonly id = 'mentorship.initialize';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(): Promise<string | undefined> {
    const { store, writer } = this.services;
    const journal = await chooseFolder(store);
    if (!journal) return undefined;
    const mentor = await askPerson('The mentor, as Name (@handle)', 'Priya Raman (@priya)');
    if (!mentor) return undefined;
    const mentee = await askPerson('The mentee, as Name (@handle)', 'Sam Okafor (@sam)');
    if (!mentee) return undefined;
    const cadence = await vscode.window.showQuickPick(CADENCES, { placeHolder: 'How often do you meet?' });
    if (!cadence) return undefined;
    // Asked again: the agreement may have appeared while the questions were open.
    if (await exists(journal.uri(AGREEMENT_FILE))) throw new EditRefused(`${journal.label} already has a mentorship agreement`);

    for (const folder of ['', 'goals', 'sessions', 'notes']) await writer.createFolder(journal, folder);
    await writer.createExact(journal, AGREEMENT_FILE, agreementTemplate({ mentor, mentee, cadence: parseCadence(cadence)!, started: today() }));
    await ignorePrivate(writer, journal);
    // A new journal root: rebuild, so the views, watchers and "has a journal" context follow.
    const folder = journal.folder;
    await store.reset();
    const fresh = store.all().find((j) => j.folder.uri.toString() === folder.uri.toString()) ?? journal;
    await showEntry(fresh, AGREEMENT_FILE);
    const inFolder = fresh.root.path.slice(fresh.folder.uri.path.replace(/\/$/, '').length + 1);
    void whatNext(inFolder ? `${inFolder}/` : `the folder ${fresh.folder.name}`);
    return fresh.uri(AGREEMENT_FILE).toString();
  }
}

/** After Initialize: where the journal is and the two ways to start (not awaited: the command is done). */
function whatNext(where: string): Thenable<unknown> {
  const session = 'New Session';
  const journal = 'Open Journal';
  return vscode.window
    .showInformationMessage(
      `Mentorship: the journal is ready in ${where}, with the agreement open to read together. Next: log your first 1:1 as a session, or open the journal to see the timeline and log from there.`,
      session,
      journal,
    )
    .then((answer) => {
      if (answer === session) return vscode.commands.executeCommand('mentorship.newSession');
      if (answer === journal) return vscode.commands.executeCommand('mentorship.openJournal');
      return undefined;
    });
}
