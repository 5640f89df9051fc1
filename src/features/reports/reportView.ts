// Reports (Progress Report, What Changed) open as a rendered, read-only page: no document, so no
// save prompt on close. Links go back to the line each entry was written on (a command link this
// page alone may run); "Save as Markdown…" keeps a copy where the user chooses, its links
// relative to that file. Why not the built-in Markdown preview of a virtual document: it resolves
// a relative link against the virtual document's own scheme (not the journal's files), and by
// default it opens a linked Markdown file as another preview at its top, not at the line.
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { linksFrom, type SourceLinks } from '../../core/sourceLinks';
import { Disposable } from '../../host/dispose';
import type { Journal } from '../../host/journalStore';

/** A report on screen: its Markdown for any place links start from. */
export interface Report {
  kind: 'progress' | 'changes';
  /** The page's title, e.g. `Progress report: Sam Okafor ← Priya Raman`. */
  title: string;
  /** A file name to suggest when saving, e.g. `progress-report-sam-2026-11-24.md`. */
  fileName: string;
  journal: Journal;
  render(links: SourceLinks): string;
}

export const OPEN_SOURCE = 'mentorship.openReportSource';
export const SAVE_REPORT = 'mentorship.saveReport';
export const COPY_REPORT = 'mentorship.copyReport';

let engine: Promise<MarkdownIt> | undefined;

function markdownIt(): Promise<MarkdownIt> {
  engine ??= import('markdown-it').then((m) => new m.default({ html: false, linkify: false, typographer: false }));
  return engine;
}

export class ReportView extends Disposable {
  private readonly panels = new Map<Report['kind'], { panel: vscode.WebviewPanel; report: Report; html: string }>();
  /** The report whose page was shown last (what Save and Copy act on from the palette). */
  private last: Report['kind'] | undefined;

  /** Shows `report` in its page (one per kind, reused); returns the page's HTML. */
  async show(report: Report): Promise<string> {
    let shown = this.panels.get(report.kind);
    if (!shown) {
      const panel = vscode.window.createWebviewPanel('mentorship.report', report.title, vscode.ViewColumn.Active, {
        enableScripts: false,
        enableCommandUris: [OPEN_SOURCE, SAVE_REPORT, COPY_REPORT],
        localResourceRoots: [],
      });
      this._register(
        panel.onDidDispose(() => {
          this.panels.delete(report.kind);
          if (this.panels.size === 0) void vscode.commands.executeCommand('setContext', 'mentorship.reportShown', false);
        }),
      );
      this._register(panel.onDidChangeViewState((e) => e.webviewPanel.active && (this.last = report.kind)));
      shown = { panel, report, html: '' };
      this.panels.set(report.kind, shown);
    }
    shown.report = report;
    shown.panel.title = report.title;
    shown.html = await reportHtml(report, nonce());
    shown.panel.webview.html = shown.html;
    shown.panel.reveal(undefined, false);
    this.last = report.kind;
    void vscode.commands.executeCommand('setContext', 'mentorship.reportShown', true);
    return shown.html;
  }

  /** The report shown last, or else the one still open. */
  current(): Report | undefined {
    return (this.last && this.panels.get(this.last)?.report) || [...this.panels.values()][0]?.report;
  }

  /** What tests read: the page of a kind, as the webview got it. */
  page(kind: Report['kind']): { report: Report; html: string } | undefined {
    return this.panels.get(kind);
  }
}

/** The page: the report rendered, its links turned into command links to the source lines. */
export async function reportHtml(report: Report, nonceValue: string): Promise<string> {
  const md = await markdownIt();
  const markdown = report.render(linksFrom(''));
  const tokens = md.parse(markdown, {});
  for (const token of tokens) {
    // A link the page must not follow renders as its words (a span); nested links cannot occur.
    const followed: boolean[] = [];
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') {
        const target = linkTarget(report.journal, child.attrGet('href') ?? '');
        followed.push(target !== null);
        child.attrs = target === null ? null : [['href', target]];
        if (target === null) child.tag = 'span';
      } else if (child.type === 'link_close' && followed.pop() === false) {
        child.tag = 'span';
      }
    }
  }
  const body = md.renderer.render(tokens, md.options, {});
  const header = `<header><a href="command:${SAVE_REPORT}">Save as Markdown…</a><a href="command:${COPY_REPORT}">Copy Markdown</a><span>Dates link to the line they come from.</span></header>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonceValue}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(report.title)}</title>
<style nonce="${nonceValue}">${STYLE}</style>
</head>
<body>${header}<main>${body}</main></body>
</html>
`;
}

/**
 * Where a link in a report may go: a journal file (the report's own links, `path#L12` from the
 * journal root) becomes a command link that opens it at that line; web and mail links stay; any
 * other link (a relative link copied from an entry's text, a command, a file URL) becomes text.
 */
function linkTarget(journal: Journal, href: string): string | null {
  if (/^(?:https?:|mailto:)/i.test(href)) return href;
  const m = /^([^#?:]+\.md)(?:#L(\d{1,7}))?$/.exec(href);
  if (!m) return null;
  let path: string;
  try {
    path = m[1].split('/').map(decodeURIComponent).join('/');
  } catch {
    return null;
  }
  if (!journal.index.get(path)) return null;
  const args = [journal.folder.uri.toString(), path, m[2] ? Number(m[2]) : 1];
  return `command:${OPEN_SOURCE}?${encodeURIComponent(JSON.stringify(args))}`;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); line-height: 1.5; margin: 0; padding: 0 24px 32px; }
main { max-width: 52rem; }
header { position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; padding: 10px 0; margin-bottom: 4px; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, transparent); }
header span { color: var(--vscode-descriptionForeground); }
header a { font-weight: 600; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
li > a { white-space: nowrap; }
a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
h1 { font-size: 1.6em; margin: 0.8em 0 0.2em; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.4em; padding-bottom: 0.2em; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-foreground)); }
h3 { font-size: 1.05em; margin: 1.1em 0 0.2em; }
ul { padding-left: 1.4em; }
li { margin: 0.15em 0; }
em { color: var(--vscode-descriptionForeground); }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 0.2em; border-radius: 3px; }
`;
