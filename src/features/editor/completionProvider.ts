// Completions in journal files (core/editor/completions.ts says what, where): owners, days,
// goal ids, fields, an action-item line, front matter and headings. English dates typed after
// `[due:: ` ("next wed") are read by chrono-node, loaded only when such words are typed.
import * as vscode from 'vscode';
import { completionsAt, dateChoice, type Choice, type ChoiceKind } from '../../core/editor/completions';
import { dueContextOf, factsOf } from '../../core/editor/facts';
import { loadNaturalDates, resolveDue } from '../../core/dueChoices';
import { today } from '../../host/clock';
import type { JournalStore } from '../../host/journalStore';
import { linesOfDocument, readyJournalDocument } from './journalDocument';

/** Typing one of these asks for completions: `@`, `[`, `:` and space (after `[due::`, `📅`, `status:`), `-`, `#`, `,`. */
export const TRIGGERS = ['@', '[', ':', ' ', '-', '#', ','];

const KINDS: Record<ChoiceKind, vscode.CompletionItemKind> = {
  person: vscode.CompletionItemKind.User,
  date: vscode.CompletionItemKind.Event,
  goal: vscode.CompletionItemKind.Reference,
  field: vscode.CompletionItemKind.Field,
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  heading: vscode.CompletionItemKind.Keyword,
  snippet: vscode.CompletionItemKind.Snippet,
};

export class JournalCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly store: JournalStore) {}

  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionList | undefined> {
    const hit = await readyJournalDocument(this.store, doc);
    if (!hit) return undefined;
    const day = today();
    const facts = factsOf(hit.journal.index, hit.path);
    const due = dueContextOf(hit.journal.index, hit.path, day);
    const found = completionsAt(linesOfDocument(doc), pos.line, pos.character, { path: hit.path, today: day, due, people: facts.people, goals: facts.goals });
    if (!found) return undefined;
    const range = {
      inserting: new vscode.Range(pos.line, found.start, pos.line, pos.character),
      replacing: new vscode.Range(pos.line, found.start, pos.line, Math.max(found.end, pos.character)),
    };
    const items = found.choices.map((c) => completionItem(c, range));
    if (found.words !== undefined) {
      // Words no choice names: read as English ("next wed", "dec 3"), offered first when they name a day.
      const answer = resolveDue(found.words, due, await loadNaturalDates());
      if ('date' in answer && answer.date !== null) {
        const typed = doc.lineAt(pos.line).text.slice(found.start, pos.character);
        items.unshift(completionItem({ ...dateChoice(found.words, answer.date, day, found.close ?? '', '0'), filterText: typed }, range));
        items[0].preselect = true;
      }
    }
    return new vscode.CompletionList(items, false);
  }
}

function completionItem(c: Choice, range: { inserting: vscode.Range; replacing: vscode.Range }): vscode.CompletionItem {
  const item = new vscode.CompletionItem({ label: c.label, description: c.description }, KINDS[c.kind]);
  item.insertText = c.snippet ? new vscode.SnippetString(c.insertText) : c.insertText;
  item.range = range;
  item.sortText = c.sortText;
  if (c.filterText !== undefined) item.filterText = c.filterText;
  if (c.detail !== undefined) item.detail = c.detail;
  if (c.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
  return item;
}
