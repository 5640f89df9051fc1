// Tooltips built from journal text: Markdown for our own emphasis, every word from the files
// escaped, never trusted, no HTML, so a file cannot put a link, a command or markup in front
// of the user. (MarkdownString.appendText would also escape, but it turns every space into
// &nbsp;, and long lines then never wrap in the hover.)
import * as vscode from 'vscode';

export class Tooltip {
  private readonly md = new vscode.MarkdownString('', false);

  constructor() {
    this.md.isTrusted = false;
    this.md.supportHtml = false;
  }

  /** A bold first line. */
  title(text: string): this {
    this.md.appendMarkdown(`**${escapeMarkdown(text)}**\n\n`);
    return this;
  }

  /** A paragraph of plain text; empty parts are skipped, the rest joined with ` · `. */
  line(...parts: (string | null | undefined | false)[]): this {
    const text = parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' · ');
    if (text) this.md.appendMarkdown(`${escapeMarkdown(text)}\n\n`);
    return this;
  }

  build(): vscode.MarkdownString {
    return this.md;
  }
}

/** Backslash-escapes every character Markdown could read as syntax (CommonMark allows all). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:]/g, '\\$&').replace(/\s+/g, ' ');
}
