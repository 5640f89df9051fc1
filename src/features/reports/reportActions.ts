// What a report's page offers: open the line a link points to, keep the report as a Markdown file
// where the user chooses (links relative to that file), copy its Markdown.
import * as vscode from 'vscode';
import { EditRefused } from '../../core/edits';
import { linksFrom, noLinks, type SourceLinks } from '../../core/sourceLinks';
import type { Command } from '../../host/command';
import type { Journal, JournalStore } from '../../host/journalStore';
import { showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';
import { COPY_REPORT, OPEN_SOURCE, SAVE_REPORT, type Report, type ReportView } from './reportView';

/** A report's link: opens the journal file at the line it names. */
export class OpenReportSourceCommand implements Command {
  readonly id = OPEN_SOURCE;
  constructor(private readonly store: JournalStore) {}

  async execute(folder?: unknown, path?: unknown, line?: unknown): Promise<void> {
    await this.store.ready();
    const journal = this.store.all().find((j) => j.folder.uri.toString() === folder);
    if (!journal || typeof path !== 'string' || !journal.index.get(path)) throw new EditRefused('that entry is no longer in the journal; run the report again');
    await showEntry(journal, path, typeof line === 'number' ? line : 1);
  }
}

export class SaveReportCommand implements Command {
  readonly id = SAVE_REPORT;
  readonly writes = true;
  constructor(
    private readonly services: Services,
    private readonly view: ReportView,
  ) {}

  /** Returns where the report was saved. */
  async execute(): Promise<vscode.Uri | undefined> {
    const report = shownReport(this.view);
    if (!report) return undefined;
    const uri = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(report.journal.folder.uri, report.fileName),
      filters: { Markdown: ['md'] },
      saveLabel: 'Save Report',
      title: `Save "${report.title}" as Markdown`,
    });
    if (!uri) return undefined;
    const content = report.render(linksFor(uri, report.journal));
    await this.services.writer.saveChosen(uri, content);
    void vscode.window.showInformationMessage(`Mentorship: saved the report as ${vscode.workspace.asRelativePath(uri)}.`, 'Open').then((a) => (a === 'Open' ? vscode.window.showTextDocument(uri) : undefined));
    return uri;
  }
}

export class CopyReportCommand implements Command {
  readonly id = COPY_REPORT;
  constructor(private readonly view: ReportView) {}

  /** Copies the Markdown, links left out (pasted into mail or chat, they would lead nowhere). */
  async execute(): Promise<string | undefined> {
    const report = shownReport(this.view);
    if (!report) return undefined;
    const markdown = report.render(noLinks);
    await vscode.env.clipboard.writeText(markdown);
    void vscode.window.showInformationMessage(`Mentorship: the report "${report.title}" is on the clipboard.`);
    return markdown;
  }
}

function shownReport(view: ReportView): Report | undefined {
  const report = view.current();
  if (!report) void vscode.window.showInformationMessage('Mentorship: open a Progress Report or What Changed first; then save or copy it.');
  return report;
}

/** Links from a file at `uri` to the journal's files: relative when both are on one file system. */
function linksFor(uri: vscode.Uri, journal: Journal): SourceLinks {
  const root = journal.root;
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) return noLinks;
  const folder = uri.path.slice(0, uri.path.lastIndexOf('/'));
  return linksFrom(folder, root.path);
}
