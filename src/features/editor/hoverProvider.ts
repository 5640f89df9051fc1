// Hovers in journal files (core/editor/hovers.ts says what): an item's story, a goal's progress,
// who a handle is. Every word from the files is escaped (host/tooltip.ts).
import * as vscode from 'vscode';
import { factsOf } from '../../core/editor/facts';
import { hoverAt } from '../../core/editor/hovers';
import { today } from '../../host/clock';
import type { JournalStore } from '../../host/journalStore';
import { Tooltip } from '../../host/tooltip';
import { linesOfDocument, readyJournalDocument } from './journalDocument';

export class JournalHovers implements vscode.HoverProvider {
  constructor(private readonly store: JournalStore) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const hit = await readyJournalDocument(this.store, doc);
    if (!hit) return undefined;
    const facts = factsOf(hit.journal.index, hit.path);
    const hover = hoverAt(linesOfDocument(doc), pos.line, pos.character, { ...facts, path: hit.path, today: today() });
    if (!hover) return undefined;
    const tip = new Tooltip().title(hover.title);
    for (const parts of hover.lines) tip.line(...parts);
    return new vscode.Hover(tip.build(), new vscode.Range(pos.line, hover.start, pos.line, hover.end));
  }
}
