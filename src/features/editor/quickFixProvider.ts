// Quick fixes for the journal's problems (core/editor/quickFixes.ts decides which): offered on
// the problem's token, carried out by "mentorship.applyQuickFix" through the one writer, which
// checks the line still says what the fix expects.
import * as vscode from 'vscode';
import { loadNaturalDates } from '../../core/dueChoices';
import { looksLikeIsoDate } from '../../core/dates';
import { dueContextOf, factsOf } from '../../core/editor/facts';
import { quickFixes, type QuickFix } from '../../core/editor/quickFixes';
import { checkText } from '../../core/checks';
import { inferType } from '../../core/parseEntry';
import { today } from '../../host/clock';
import type { JournalStore } from '../../host/journalStore';
import { readyJournalDocument } from './journalDocument';

export const APPLY_QUICK_FIX = 'mentorship.applyQuickFix';

export class JournalQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: JournalStore) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === 'mentorship' && typeof d.code === 'string');
    if (ours.length === 0) return [];
    const hit = await readyJournalDocument(this.store, doc);
    if (!hit) return [];
    // The buffer as it is now: a marker drawn before the last keystroke may point at other words.
    const fresh = checkText(hit.journal.index, hit.path, doc.getText());
    const problems = ours.flatMap((diagnostic) => {
      const problem = fresh.find((p) => p.code === diagnostic.code && p.line === diagnostic.range.start.line + 1 && (p.column === undefined || (p.column === diagnostic.range.start.character && p.endColumn === diagnostic.range.end.character)));
      return problem ? [{ diagnostic, problem }] : [];
    });
    if (problems.length === 0) return [];
    const day = today();
    const facts = factsOf(hit.journal.index, hit.path);
    // English dates are read only when a problem has a date written in words.
    const words = problems.some(({ problem }) => problem.code === 'bad-date' && problem.column !== undefined && !looksLikeIsoDate(doc.lineAt(problem.line - 1).text.slice(problem.column, problem.endColumn)));
    const fileName = hit.path.slice(hit.path.lastIndexOf('/') + 1);
    const fixFacts = {
      today: day,
      due: dueContextOf(hit.journal.index, hit.path, day),
      goals: facts.goals,
      people: facts.people,
      placeType: inferType(hit.path, fileName),
      nameDate: /^\d{4}-\d{2}-\d{2}/.exec(fileName)?.[0] ?? null,
      chrono: words ? await loadNaturalDates() : null,
    };
    const firstLine = doc.lineCount ? doc.lineAt(0).text : '';
    const actions: vscode.CodeAction[] = [];
    for (const { diagnostic, problem } of problems) {
      for (const fix of quickFixes(problem, doc.lineAt(problem.line - 1).text, fixFacts, firstLine)) actions.push(codeAction(fix, diagnostic, doc.uri));
    }
    return actions;
  }
}

function codeAction(fix: QuickFix, diagnostic: vscode.Diagnostic, uri: vscode.Uri): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred === true;
  action.command = { command: APPLY_QUICK_FIX, title: fix.title, arguments: [uri, fix] };
  return action;
}
