// Initialize Journal: the agreement (mentor, mentee, cadence), the goals/sessions/notes folders
// and a .gitignore that keeps private/ out of git, in the journal root of a workspace folder;
// then it offers (never runs by itself) the git setup for two people's clones.
import * as vscode from 'vscode';
import { parseCadence } from '../../core/cadence';
import { AGREEMENT_FILE, agreementTemplate } from '../../core/templates';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { EditRefused } from '../../host/journalWriter';
import { showEntry } from '../../host/pickers';
import type { Journal } from '../../host/journalStore';
import type { Services } from '../../host/services';
import { exists } from '../../host/workspaceFiles';
import { askPerson, chooseFolder, ignorePrivate } from './initSteps';

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
    void whatNext(fresh, inFolder ? `${inFolder}/` : `the folder ${fresh.folder.name}`);
    return fresh.uri(AGREEMENT_FILE).toString();
  }
}

/**
 * After Initialize, one notification (not awaited: the command is done): where the journal is,
 * the two ways to start, and the git setup, offered and never run without the user.
 */
function whatNext(journal: Journal, where: string): Thenable<unknown> {
  const session = 'New Session';
  const open = 'Open Journal';
  const git = 'Set Up Git Merging…';
  return vscode.window
    .showInformationMessage(
      `Mentorship: the journal is ready in ${where}, with the agreement open to read together. Next: log your first 1:1 as a session, or open the journal to see the timeline and log from there. Sharing it with your mentor or mentee through git? Journal files can merge item by item.`,
      session,
      open,
      git,
    )
    .then((answer) => {
      if (answer === session) return vscode.commands.executeCommand('mentorship.newSession');
      if (answer === open) return vscode.commands.executeCommand('mentorship.openJournal');
      if (answer === git) return vscode.commands.executeCommand('mentorship.setUpGit', journal);
      return undefined;
    });
}
