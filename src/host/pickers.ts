// Pickers shared by commands: which mentorship (asked only when there are several), which item.
import * as vscode from 'vscode';
import type { IsoDate } from '../core/model';
import { isIsoDate } from '../core/dates';
import type { JournalStore, MentorshipRef } from './journalStore';
import { isMentorshipArg } from './nodes';

/** The mentorship a command is about: from its argument, the active editor, or a picker. */
export async function pickMentorship(store: JournalStore, arg?: unknown, placeHolder = 'Which mentorship?'): Promise<MentorshipRef | undefined> {
  await store.ready();
  if (isMentorshipArg(arg)) return arg.ref;
  const all = store.mentorships();
  if (all.length === 0) {
    const init = 'Initialize Journal';
    if ((await vscode.window.showInformationMessage('There is no mentorship journal in this workspace yet.', init)) === init) {
      await vscode.commands.executeCommand('mentorship.initialize');
    }
    return undefined;
  }
  if (all.length === 1) return all[0];
  // The mentorship of the file being edited is the likely answer.
  const active = vscode.window.activeTextEditor?.document.uri;
  const hit = active && store.locate(active);
  if (hit) {
    const id = hit.journal.index.mentorshipIdOf(hit.path);
    const ref = all.find((r) => r.journal === hit.journal && r.mentorship.id === id);
    if (ref) return ref;
  }
  const multiRoot = new Set(all.map((r) => r.journal)).size > 1;
  const pick = await vscode.window.showQuickPick(
    all.map((ref) => ({ label: ref.mentorship.title, description: multiRoot ? `${ref.journal.label} · ${ref.mentorship.id}` : ref.mentorship.id, ref })),
    { placeHolder },
  );
  return pick?.ref;
}

/** Asks for a day as YYYY-MM-DD, validating as the user types. */
export async function askDate(prompt: string, value: IsoDate | undefined): Promise<IsoDate | undefined> {
  const answer = await vscode.window.showInputBox({
    prompt,
    value,
    placeHolder: 'YYYY-MM-DD',
    validateInput: (v) => (v.trim() === '' || isIsoDate(v.trim()) ? undefined : 'Write a real day as YYYY-MM-DD, e.g. 2026-12-01'),
  });
  return answer === undefined ? undefined : answer.trim();
}
