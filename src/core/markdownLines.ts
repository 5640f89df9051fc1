// The line-level Markdown the journal reads, in one place: which lines fenced code blocks and
// HTML comments hide, ATX headings, the extent of front matter, and lines with their own line
// endings. The parser, the line edits, agenda insertion and summaries all read a file through
// these, so what one of them calls an item the others never insert into, tick or skip.
// Hand-written scanners: every function here runs in time linear in its input.

/**
 * Follows the fenced code blocks and HTML comments of a body, one line at a time.
 *
 * Fences follow CommonMark: an opening fence is up to three spaces, then at least three
 * backticks or tildes (a backtick fence's info string holds no backtick); it closes at a line of
 * up to three spaces, at least as many of the same character, and nothing but spaces or tabs.
 * An HTML comment opens at `<!--` outside a fence and closes at the next `-->`. A line that
 * starts with a comment, or on which a comment closes, is the comment's (as CommonMark reads an
 * HTML block): nothing on it is a heading, an item or a fence. On other lines, comments are cut
 * out and the rest is read.
 */
export class HiddenLines {
  /** The open fence's character code (96 backtick, 126 tilde), or 0 when none is open. */
  private fenceChar = 0;
  private fenceLength = 0;
  private comment = false;

  /** Whether a fenced code block is open (the lines that follow are code until it closes). */
  get inFence(): boolean {
    return this.fenceChar !== 0;
  }

  /** Whether an HTML comment is open. */
  get inComment(): boolean {
    return this.comment;
  }

  /**
   * Reads `line` (without its line break) and returns what of it is Markdown to read: null when
   * the line is code, a fence or a comment's, else the line with its comments cut out. What it
   * returns always starts where the line starts.
   */
  visible(line: string): string | null {
    if (this.comment) {
      const end = line.indexOf('-->');
      if (end >= 0) this.comment = withoutComments(line.slice(end + 3)).open;
      return null;
    }
    if (this.fenceChar !== 0) {
      if (closesFence(line, this.fenceChar, this.fenceLength)) this.fenceChar = 0;
      return null;
    }
    const open = fenceOpening(line);
    if (open !== 0) {
      this.fenceChar = line.charCodeAt(open >> 8);
      this.fenceLength = open & 0xff;
      return null;
    }
    const at = line.indexOf('<!--');
    if (at < 0) return line;
    const { rest, open: stillOpen } = withoutComments(line);
    this.comment = stillOpen;
    return isBlankBefore(line, at) ? null : rest;
  }
}

/** Whether `line` has only spaces before index `at` (at most three: a comment that starts the line). */
function isBlankBefore(line: string, at: number): boolean {
  for (let i = 0; i < at; i++) if (line.charCodeAt(i) !== 32) return false;
  return at <= 3;
}

/**
 * When `line` opens a fence: its indentation << 8 | its length (capped at 255); else 0.
 * Packed in one number so the parser's loop allocates nothing.
 */
function fenceOpening(line: string): number {
  let p = 0;
  while (p < 3 && line.charCodeAt(p) === 32) p++;
  const c = line.charCodeAt(p);
  if (c !== 96 && c !== 126) return 0;
  let q = p;
  while (line.charCodeAt(q) === c) q++;
  if (q - p < 3) return 0;
  // "```js`x" is inline code, not a fence.
  if (c === 96 && line.indexOf('`', q) >= 0) return 0;
  return (p << 8) | Math.min(q - p, 255);
}

function closesFence(line: string, c: number, length: number): boolean {
  let p = 0;
  while (p < 3 && line.charCodeAt(p) === 32) p++;
  let q = p;
  while (line.charCodeAt(q) === c) q++;
  if (q - p < length) return false;
  for (; q < line.length; q++) {
    const t = line.charCodeAt(q);
    if (t !== 32 && t !== 9) return false;
  }
  return true;
}

/** `line` without its `<!-- … -->` parts, and whether a comment is still open at its end. */
export function withoutComments(line: string): { rest: string; open: boolean } {
  let out = '';
  let from = 0;
  for (;;) {
    const s = line.indexOf('<!--', from);
    if (s < 0) return { rest: from === 0 ? line : out + line.slice(from), open: false };
    out += line.slice(from, s);
    const e = line.indexOf('-->', s + 4);
    if (e < 0) return { rest: out, open: true };
    from = e + 3;
  }
}

/** The level of the ATX heading on `line` (1–6), or 0 when it is none. */
export function headingLevel(line: string): number {
  let p = 0;
  while (p < 3 && line.charCodeAt(p) === 32) p++;
  let q = p;
  while (line.charCodeAt(q) === 35 /* # */) q++;
  const level = q - p;
  const after = line.charCodeAt(q);
  return level >= 1 && level <= 6 && (after === 32 || after === 9) ? level : 0;
}

/**
 * The words of the heading of `level` on `line`: without the opening hashes, the spaces around
 * the words and an optional closing run of `#` after a space (`## Notes ##` → `Notes`).
 */
export function headingText(line: string, level: number): string {
  let start = line.indexOf('#') + level;
  while (start < line.length && isSpaceOrTab(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  if (end > start && line.charCodeAt(end - 1) === 35) {
    let hashes = end - 1;
    while (hashes > start && line.charCodeAt(hashes - 1) === 35) hashes--;
    // A closing run needs a space before it: `## C#` is about C#.
    if (hashes > start && isSpaceOrTab(line.charCodeAt(hashes - 1))) {
      end = hashes - 1;
      while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
    }
  }
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Whether `line` closes front matter: `---` or `...` with at most two spaces or a CR after. */
export function closesFrontMatter(line: string): boolean {
  return line.length <= 5 && (line.trimEnd() === '---' || line.trimEnd() === '...');
}

/**
 * How many of `lines` the front matter spans (its `---` lines included): 0 when the first line
 * (without a BOM) is not `---`, all of them when it is never closed.
 */
export function frontMatterLineCount(lines: readonly string[]): number {
  const first = lines[0];
  if (first === undefined) return 0;
  if ((first.charCodeAt(0) === 0xfeff ? first.slice(1) : first).trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) if (closesFrontMatter(lines[i])) return i + 1;
  return lines.length;
}

/** A text's lines without their line breaks, split at `\n` and `\r\n` (as the parser reads them). */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
  }
  return lines;
}

/** The index in `text` where 0-based line `n` starts (the text's length when there is no such line). */
export function offsetOfLine(text: string, n: number): number {
  let pos = 0;
  for (let l = 0; l < n; l++) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return text.length;
    pos = nl + 1;
  }
  return pos;
}

/**
 * The line break that ends 0-based line `n` of `text` (`\r\n` or `\n`); for the last line, which
 * has none, the one before it; `\n` in a text of one line.
 */
export function lineBreakOf(text: string, n: number): string {
  let nl = text.indexOf('\n', offsetOfLine(text, n));
  if (nl < 0) {
    nl = text.lastIndexOf('\n');
    if (nl < 0) return '\n';
  }
  return text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}

/**
 * How `text` ends its lines: one kind throughout, none at all, or `mixed` (both `\n` and
 * `\r\n`, or a lone `\r`, which editors read as a line break and the parser does not).
 */
export function lineEndings(text: string): 'lf' | 'crlf' | 'mixed' | 'none' {
  let lf = false;
  let crlf = false;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return 'mixed';
    crlf = true;
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) {
      lf = true;
      break;
    }
  }
  return lf && crlf ? 'mixed' : lf ? 'lf' : crlf ? 'crlf' : 'none';
}
