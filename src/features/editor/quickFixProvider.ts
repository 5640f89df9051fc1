// Quick fixes for the journal's problems (core/editor/quickFixes.ts decides which): offered on
// the problem's token, carried out by "mentorship.applyQuickFix" through the one writer, which
// checks the line still says what the fix expects.
import * as vscode from 'vscode';
import { loadNaturalDates } from '../../core/dueChoices';
import { looksLikeIsoDate } from '../../core/dates';
import { dueContextOf, factsOf } from '../../core/editor/facts';
import { quickFixes, type Problem, type QuickFix } from '../../core/editor/quickFixes';
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
    const day = today();
    const facts = factsOf(hit.journal.index, hit.path);
    const problems = ours.filter((d) => d.range.start.line < doc.lineCount).map((d) => ({ diagnostic: d, problem: toProblem(d, doc.lineAt(d.range.start.line).text.length) }));
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

/** The core's problem; a marker over the whole line (the check knew no token) has no columns. */
function toProblem(d: vscode.Diagnostic, lineLength: number): Problem {
  const whole = d.range.start.character === 0 && d.range.end.character >= lineLength && lineLength > 0;
  return {
    code: String(d.code),
    line: d.range.start.line + 1,
    column: whole ? undefined : d.range.start.character,
    endColumn: whole ? undefined : d.range.end.character,
    message: d.message,
  };
}

function codeAction(fix: QuickFix, diagnostic: vscode.Diagnostic, uri: vscode.Uri): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred === true;
  action.command = { command: APPLY_QUICK_FIX, title: fix.title, arguments: [uri, fix] };
  return action;
}
