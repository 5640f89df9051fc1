// Edits by line, the one shape every change to an existing journal file takes. The host turns
// them into a WorkspaceEdit on the editor's buffer, or applies them to the file's own text with
// `applyLineEdits`, which keeps every line's own ending (a file with mixed endings stays mixed).

export type LineEdit =
  /** Replaces the words of 0-based `line` (its line ending stays). */
  | { kind: 'replace'; line: number; text: string }
  /**
   * Inserts `text` (whole lines, each ending in a line break) before 0-based `line`; a `line` at
   * or past the last line appends after it, starting a new line first when the file's last line
   * is not empty.
   */
  | { kind: 'insert'; line: number; text: string }
  /**
   * Replaces `remove` whole lines from 0-based `line` (their line breaks with them) by `text`
   * (whole lines, each ending in a line break): a section rewritten in place. The lines after
   * keep their endings.
   */
  | { kind: 'splice'; line: number; remove: number; text: string };

interface Span {
  start: number;
  /** End of the words, where the line break (if any) starts. */
  end: number;
  eol: string;
}

function spans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      out.push({ start, end: text.length, eol: '' });
      return out;
    }
    const cr = nl > start && text.charCodeAt(nl - 1) === 13;
    out.push({ start, end: cr ? nl - 1 : nl, eol: cr ? '\r\n' : '\n' });
    start = nl + 1;
  }
}

/** The line break most lines of `text` end with (`\n` when there is none). */
export function dominantEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Whether `text` ends some lines with `\r\n` and others with `\n`. */
export function hasMixedEols(text: string): boolean {
  let crlf = false;
  let lf = false;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf = true;
    else lf = true;
    if (crlf && lf) return true;
  }
  return false;
}

/** `text` with every line break written as `eol`. */
export function withEol(text: string, eol: string): string {
  return text.replace(/\r?\n/g, eol);
}

/**
 * Applies non-overlapping line edits to `text`. Each line keeps its own ending; inserted lines
 * take the ending of the line before them (the file's usual one at the top).
 */
export function applyLineEdits(text: string, edits: readonly LineEdit[]): string {
  const lines = spans(text);
  const usual = dominantEol(text);
  // Applied from the end backwards so earlier offsets stay valid; an insert before a replace of
  // the same line goes first in the text, so it is applied after it.
  const ordered = [...edits].sort((a, b) => b.line - a.line || (a.kind === b.kind ? 0 : a.kind === 'insert' ? 1 : -1));
  let out = text;
  for (const e of ordered) {
    if (e.kind === 'splice') {
      if (e.line > lines.length || e.remove < 0) throw new RangeError(`line ${e.line + 1} is past the end of the file`);
      const start = e.line < lines.length ? lines[e.line].start : text.length;
      const end = e.line + e.remove < lines.length ? lines[e.line + e.remove].start : text.length;
      const eol = e.line > 0 ? lines[e.line - 1].eol || usual : usual;
      // Past a last line with words and no line break: the new lines start on a line of their own.
      const last = lines[lines.length - 1];
      const lead = e.line >= lines.length && last.end > last.start ? eol : '';
      out = out.slice(0, start) + lead + withEol(e.text, eol) + out.slice(end);
      continue;
    }
    if (e.kind === 'replace') {
      const span = lines[e.line];
      if (!span) throw new RangeError(`line ${e.line + 1} is past the end of the file`);
      out = out.slice(0, span.start) + e.text + out.slice(span.end);
      continue;
    }
    if (e.line < lines.length) {
      const eol = e.line > 0 ? lines[e.line - 1].eol || usual : usual;
      out = out.slice(0, lines[e.line].start) + withEol(e.text, eol) + out.slice(lines[e.line].start);
      continue;
    }
    const last = lines[lines.length - 1];
    const eol = lines.length > 1 ? lines[lines.length - 2].eol : usual;
    const prefix = last.end > last.start ? eol : '';
    out = out + prefix + withEol(e.text, eol);
  }
  return out;
}
