// Goal ids lead to their goal file (Go to Definition, and as links); an agenda's "from …" links
// lead to the line the item was written on.
import * as vscode from 'vscode';
import { factsOf } from '../../core/editor/facts';
import { goalRefs, sourceLineOf, sourceLinks } from '../../core/editor/links';
import { goalIdsInFrontMatter, goalIdsInItem } from '../../core/tokens';
import { situationAt } from '../../core/editor/documentLines';
import type { JournalStore } from '../../host/journalStore';
import { linesOfDocument, readyJournalDocument, type JournalDocument } from './journalDocument';

export class GoalDefinitions implements vscode.DefinitionProvider {
  constructor(private readonly store: JournalStore) {}

  async provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const hit = await readyJournalDocument(this.store, doc);
    if (!hit) return undefined;
    const ref = goalIdAt(doc, pos);
    const goal = ref && factsOf(hit.journal.index, hit.path).goals.find((g) => g.id === ref.id);
    if (!ref || !goal) return undefined;
    const target = hit.journal.uri(goal.path);
    return [{ originSelectionRange: ref.range, targetUri: target, targetRange: new vscode.Range(0, 0, 0, 0) }];
  }
}

/** The goal id under `pos` (in `goals:` or a `[goal:: …]` field), with its range. */
export function goalIdAt(doc: vscode.TextDocument, pos: vscode.Position): { id: string; range: vscode.Range } | undefined {
  const lines = linesOfDocument(doc);
  const where = situationAt(lines, pos.line);
  const onLine = where.inFrontMatter
    ? goalIdsInFrontMatter((n) => lines.lineAt(n - 1), where.frontMatterEnd + 2).filter((g) => g.line === pos.line + 1)
    : where.hidden
      ? []
      : goalIdsInItem(lines.lineAt(pos.line));
  const g = onLine.find((s) => pos.character >= s.column && pos.character <= s.endColumn);
  return g && { id: g.id, range: new vscode.Range(pos.line, g.column, pos.line, g.endColumn) };
}

export class JournalLinks implements vscode.DocumentLinkProvider {
  constructor(private readonly store: JournalStore) {}

  async provideDocumentLinks(doc: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const hit = await readyJournalDocument(this.store, doc);
    return hit ? documentLinks(hit, doc) : [];
  }
}

function documentLinks(hit: JournalDocument, doc: vscode.TextDocument): vscode.DocumentLink[] {
  const text = doc.getText();
  const goals = new Map(factsOf(hit.journal.index, hit.path).goals.map((g) => [g.id, g]));
  const out: vscode.DocumentLink[] = [];
  for (const ref of goalRefs(hit.path, text)) {
    const goal = goals.get(ref.id);
    if (!goal) continue;
    const link = new vscode.DocumentLink(new vscode.Range(ref.line, ref.column, ref.line, ref.endColumn), hit.journal.uri(goal.path));
    link.tooltip = `Open goal: ${goal.title}`;
    out.push(link);
  }
  for (const l of sourceLinks(hit.path, text)) {
    const uri = hit.journal.uri(l.path);
    const line = sourceLineOf(l, hit.journal.index.get(l.path)?.items ?? []);
    const link = new vscode.DocumentLink(new vscode.Range(l.line, l.column, l.line, l.endColumn), line ? uri.with({ fragment: `L${line}` }) : uri);
    link.tooltip = line ? `Open ${l.path} at line ${line}` : `Open ${l.path}`;
    out.push(link);
  }
  return out;
}
