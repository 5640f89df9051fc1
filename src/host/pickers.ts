// Pickers shared by commands: which mentorship (asked only when there are several), which item,
// which day, which words; and showing a file at a line afterwards.
import * as vscode from 'vscode';
import type { Item, IsoDate } from '../core/model';
import { isIsoDate } from '../core/dates';
import type { Journal, JournalStore, MentorshipRef } from './journalStore';
import { isMentorshipArg, type ItemRefArg } from './nodes';

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
    all.map((ref) => ({ label: ref.mentorship.title, description: `${multiRoot ? `${ref.journal.label} · ` : ''}${mentorshipFolder(ref)}`, ref })),
    { placeHolder, matchOnDescription: true },
  );
  return pick?.ref;
}

/** Where a mentorship's files are, from its workspace folder: `mentorship/`, `mentorship/alex/`, `./`. */
export function mentorshipFolder(ref: MentorshipRef): string {
  const folder = ref.journal.folder.uri.path.replace(/\/$/, '');
  const root = ref.journal.root.path.slice(folder.length + 1);
  const path = [root, ref.mentorship.prefix.replace(/\/$/, '')].filter(Boolean).join('/');
  return path ? `${path}/` : './';
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

/** Asks for words; undefined when cancelled. Empty answers are refused unless `optional`. */
export async function askText(prompt: string, options: { value?: string; placeHolder?: string; optional?: boolean; validate?: (v: string) => string | undefined } = {}): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    prompt,
    value: options.value,
    placeHolder: options.placeHolder,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? (options.optional ? undefined : 'Write something, or press Escape to cancel') : options.validate?.(v.trim())),
  });
  return answer === undefined ? undefined : answer.trim();
}

/** A quick pick over the items of every journal that `want` accepts; undefined when cancelled. */
export async function pickItem(store: JournalStore, want: (item: Item) => boolean, placeHolder: string): Promise<ItemRefArg | undefined> {
  await store.ready();
  const journals = store.all();
  const candidates: { label: string; description: string; detail: string; arg: ItemRefArg }[] = [];
  for (const journal of journals) {
    for (const { item, entry } of journal.index.items()) {
      if (!want(item)) continue;
      const when = [item.owner ? `@${item.owner}` : '', item.due ? `due ${item.due}` : '', item.completion ? `done ${item.completion}` : ''].filter(Boolean).join(' · ');
      const where = `${journals.length > 1 ? journal.label + ': ' : ''}${entry.path}:${item.line}`;
      candidates.push({ label: item.title, description: when, detail: where, arg: { type: 'item', journal, path: entry.path, item } });
    }
  }
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage('Mentorship: there is no such action item in this workspace.');
    return undefined;
  }
  return (await vscode.window.showQuickPick(candidates, { placeHolder, matchOnDescription: true, matchOnDetail: true }))?.arg;
}

/**
 * Opens a journal file with the cursor on `line` (1-based), revealed in the center. Files just
 * written open as a real tab; a row of a tree opens as a preview, as the Explorer does.
 */
export async function showEntry(journal: Journal, path: string, line?: number, preview = false): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(journal.uri(path), { preview });
  if (line !== undefined && line >= 1) {
    const at = new vscode.Position(Math.min(line - 1, editor.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  }
  return editor;
}
