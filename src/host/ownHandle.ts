// The user's own handle: the `mentorship.handle` setting, else git's user.name matched against
// the mentors and mentees of the open journals (through the built-in Git extension's API, so
// nothing is spawned; absent in VS Code for the Web, where only the setting counts).
import * as vscode from 'vscode';
import { guessOwnHandle } from '../core/people';
import type { JournalStore } from './journalStore';
import { readSettings } from './settings';

/** The part of the Git extension's API (git.d.ts) used here. */
interface GitConfigApi {
  repositories: { getConfig(key: string): Promise<string>; getGlobalConfig(key: string): Promise<string> }[];
}

export async function ownHandle(store: JournalStore): Promise<string | null> {
  const setting = readSettings().handle;
  const people = store.mentorships().flatMap((r) => [r.mentorship.agreement.mentor, r.mentorship.agreement.mentee]);
  return guessOwnHandle(setting, setting ? null : await gitUserName(), people);
}

async function gitUserName(): Promise<string | null> {
  try {
    const git = vscode.extensions.getExtension<{ getAPI(version: 1): GitConfigApi }>('vscode.git');
    if (!git) return null;
    const api = (git.isActive ? git.exports : await git.activate()).getAPI(1);
    for (const repo of api.repositories) {
      const name = (await repo.getConfig('user.name').catch(() => '')) || (await repo.getGlobalConfig('user.name').catch(() => ''));
      if (name) return name;
    }
    return null;
  } catch {
    return null;
  }
}
