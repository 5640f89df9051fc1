// Writing the journal in the editor, in Markdown files inside a journal root: completions, hovers,
// goal links and definitions, quick fixes, goal renames, decorations, the Action items CodeLens
// and VS Code's Markdown preview. (Live problems as you type: features/diagnostics; toggling the
// item under the cursor: features/actions.)
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { ActionItemsLens } from './actionItemsLens';
import { ApplyQuickFixCommand } from './applyQuickFix';
import { JournalCompletions, TRIGGERS } from './completionProvider';
import { ItemDecorations } from './decorations';
import { GenerateAgendaHereCommand } from './generateAgendaHere';
import { GoalRenames } from './goalRenames';
import { JournalHovers } from './hoverProvider';
import { GoalDefinitions, JournalLinks } from './linkProviders';
import { journalPreview } from './previewPlugin';
import { JournalQuickFixes } from './quickFixProvider';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function register(services: Services): Record<string, unknown> {
  const { store, context } = services;
  const decorations = new ItemDecorations(store);
  const renames = new GoalRenames(services);
  const lens = new ActionItemsLens(store);
  context.subscriptions.push(
    decorations,
    renames,
    lens,
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new JournalCompletions(store), ...TRIGGERS),
    vscode.languages.registerHoverProvider(MARKDOWN, new JournalHovers(store)),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new GoalDefinitions(store)),
    vscode.languages.registerDocumentLinkProvider(MARKDOWN, new JournalLinks(store)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new JournalQuickFixes(store), { providedCodeActionKinds: JournalQuickFixes.kinds }),
    vscode.languages.registerRenameProvider(MARKDOWN, renames),
    vscode.languages.registerCodeLensProvider(MARKDOWN, lens),
  );
  registerCommands(services, [new ApplyQuickFixCommand(services), new GenerateAgendaHereCommand(services)]);
  const plugin = journalPreview(store);
  return {
    editorDecorations: decorations,
    /** For VS Code's Markdown preview (`markdown.markdownItPlugins`); returned by activate(). */
    extendMarkdownIt: (md: MarkdownIt): MarkdownIt => {
      // The preview may render before the journals are indexed: render again once they are.
      void store.ready().then(() => vscode.commands.executeCommand('markdown.preview.refresh')).then(undefined, () => undefined);
      return plugin(md);
    },
  };
}
