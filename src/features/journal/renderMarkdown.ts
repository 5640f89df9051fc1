// Journal Markdown → HTML for the webview, rendered in the extension host. Why here and not in
// the webview: the host knows where the journal is (relative links are resolved and checked
// against it, images become webview URIs of files inside it), the webview bundle stays small
// for a fast first paint, and this module has no vscode import so it is unit-tested in Node.
// The webview still sanitizes what it receives (media/journal/sanitize.ts): defence in depth.
//
// markdown-it is created lazily, once, with raw HTML off; links go through core/linkPolicy.ts. HTML
// comments are the one piece of HTML it understands: they render as nothing (as in any Markdown
// viewer), found by markdown-it's own rules so code blocks and code spans keep their `<!--`.
import type MarkdownIt from 'markdown-it';
import type { ItemStatus } from '../../core/model';
import { chipLabel, chipsOf } from '../../core/chips';
import { classifyImage, classifyLink, isAllowedLinkScheme } from '../../core/linkPolicy';

type Token = MarkdownIt.Token;

export interface RenderItem {
  /** 1-based line in the file. */
  line: number;
  status: ItemStatus | null;
}

export interface RenderContext {
  /** The file's journal-relative path (relative links resolve against its folder). */
  path: string;
  /** 1-based file line where `body` starts, so `data-line` attributes are file lines. */
  bodyLine: number;
  /** The index's items of this file: their list lines get `data-line` and a task marker. */
  items: readonly RenderItem[];
  /** The URL an image inside the journal is shown from, or null to show it as text. */
  resolveImage?: (journalPath: string) => string | null;
}

interface Env extends RenderContext {
  byLine: Map<number, RenderItem>;
  linkStack: boolean[];
}

// Any one character in brackets is a checkbox (`[/]`, `[?]`, `[!]` …), as the index reads it.
const TASK_MARKER = /^\[[^]\][ \t]?/u;
const BLOCKS_WITH_LINES = new Set(['paragraph_open', 'heading_open', 'list_item_open', 'blockquote_open', 'fence', 'code_block', 'table_open', 'hr']);

let engine: Promise<MarkdownIt> | undefined;

/** The one markdown-it instance, created on first use. */
export function markdownEngine(): Promise<MarkdownIt> {
  engine ??= import('markdown-it').then((m) => configure(new m.default({ html: false, linkify: false, typographer: false })));
  return engine;
}

/** Renders the Markdown `body` of the file `ctx.path`. */
export async function renderMarkdown(body: string, ctx: RenderContext): Promise<string> {
  return renderWith(await markdownEngine(), body, ctx);
}

/** The same, with an engine already loaded (for rendering many bodies in one go). */
export function renderWith(md: MarkdownIt, body: string, ctx: RenderContext): string {
  const env: Env = { ...ctx, byLine: new Map(ctx.items.map((i) => [i.line, i])), linkStack: [] };
  return md.render(body, env);
}

function configure(md: MarkdownIt): MarkdownIt {
  // Links whose scheme is not allowed are not links at all: markdown-it leaves their source text.
  md.validateLink = isAllowedLinkScheme;
  md.core.ruler.push('journal_lines', (state) => {
    // Only renders through renderWith carry the journal context.
    if ((state.env as Partial<Env> | undefined)?.byLine) annotate(state.tokens, state.env as Env, state.Token);
  });
  const esc = md.utils.escapeHtml;

  md.renderer.rules.link_open = (tokens, idx, _o, env: Env) => {
    const target = classifyLink(tokens[idx].attrGet('href') ?? '', env?.path ?? '');
    env?.linkStack?.push(target.kind !== 'blocked');
    if (target.kind === 'external') return `<a href="${esc(target.href)}" class="external">`;
    // Opened by the webview through the extension (validated there), never by navigation.
    if (target.kind === 'journal') return `<a href="#" class="journal-link" data-path="${esc(target.path)}">`;
    return '<span class="link-blocked">';
  };
  md.renderer.rules.link_close = (_t, _i, _o, env: Env) => (env?.linkStack?.pop() ? '</a>' : '</span>');

  md.renderer.rules.image = (tokens, idx, options, env: Env, self) => {
    const token = tokens[idx];
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const path = classifyImage(token.attrGet('src') ?? '', env?.path ?? '');
    const url = path !== null ? env?.resolveImage?.(path) : null;
    if (url) return `<img src="${esc(url)}" alt="${esc(alt)}">`;
    return `<span class="image-blocked">${esc(`[image: ${alt || 'untitled'}]`)}</span>`;
  };

  md.renderer.rules.task_marker = (tokens, idx) => `<span class="task-marker" data-status="${esc(String(tokens[idx].meta))}"></span>`;
  md.renderer.rules.journal_field = (tokens, idx) => {
    const { key, value } = tokens[idx].meta as { key: string; value: string };
    const label = chipLabel(key, value);
    return `<span class="field-chip" data-field="${esc(key)}" data-value="${esc(value)}">${esc(label)}</span>`;
  };
  md.renderer.rules.journal_mention = (tokens, idx) => `<span class="mention">@${esc(String(tokens[idx].meta))}</span>`;
  // Comments: a block of its own (which, as in CommonMark, may interrupt a paragraph) or inline.
  md.block.ruler.before('code', 'journal_comment', commentBlock, { alt: ['paragraph', 'reference', 'blockquote'] });
  md.inline.ruler.before('html_inline', 'journal_comment', commentInline);
  return md;
}

/**
 * A block that starts with `<!--` (indented less than code), through the line holding `-->` (or the
 * end of its container), renders as nothing; words after the `-->` become a paragraph.
 */
function commentBlock(state: MarkdownIt.StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const src = state.src;
  let at = state.bMarks[startLine] + state.tShift[startLine];
  if (!src.startsWith('<!--', at)) return false;
  if (silent) return true;
  let line = startLine;
  let rest = '';
  for (;;) {
    // The comment that opens at `at` on `line`: find its end on this line or a later one.
    let close = src.indexOf('-->', at);
    while (close < 0 || close > state.eMarks[line]) {
      line++;
      if (line >= endLine || state.sCount[line] < state.blkIndent) break;
      close = src.indexOf('-->', state.bMarks[line] + state.tShift[line]);
    }
    if (line >= endLine || close < 0 || close > state.eMarks[line]) break;
    at = close + 3;
    while (at < state.eMarks[line] && (src.charCodeAt(at) === 32 || src.charCodeAt(at) === 9)) at++;
    // Another comment right after it on the same line goes too.
    if (src.startsWith('<!--', at)) continue;
    rest = src.slice(at, state.eMarks[line]).trim();
    line++;
    break;
  }
  if (rest) {
    const open = state.push('paragraph_open', 'p', 1);
    open.map = [line - 1, line];
    const inline = state.push('inline', '', 0);
    inline.content = rest;
    inline.map = [line - 1, line];
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
  }
  state.line = Math.min(line, endLine);
  return true;
}

/** `<!-- … -->` inside a paragraph (it may span its lines), `<!-->` and `<!--->`: nothing. */
function commentInline(state: MarkdownIt.StateInline, _silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (src.charCodeAt(pos) !== 0x3c || !src.startsWith('<!--', pos)) return false;
  let end: number;
  if (src.startsWith('>', pos + 4)) end = pos + 5;
  else if (src.startsWith('->', pos + 4)) end = pos + 6;
  else {
    const close = src.indexOf('-->', pos + 4);
    if (close < 0) return false;
    end = close + 3;
  }
  state.pos = end;
  return true;
}

/**
 * Adds `data-line` (file lines) to blocks, marks the index's items, replaces `[ ]`-style markers
 * with a task marker the webview turns into a checkbox, shows inline fields and owners as
 * chips, drops the leading `# Title` (the card
 * shows it), and turns table alignment styles into classes (the CSP allows no inline styles).
 */
function annotate(tokens: Token[], env: Env, TokenClass: MarkdownIt.StateCore['Token']): void {
  if (tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1') tokens.splice(0, 3);
  dropEmptySections(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'inline' && t.children) t.children = splitFields(t.children, TokenClass);
    if (t.map && BLOCKS_WITH_LINES.has(t.type)) t.attrSet('data-line', String(env.bodyLine + t.map[0]));
    if (t.type === 'th_open' || t.type === 'td_open') {
      const align = /text-align:(left|right|center)/.exec(t.attrGet('style') ?? '');
      t.attrs = (t.attrs ?? []).filter(([name]) => name !== 'style');
      if (align) t.attrJoin('class', `align-${align[1]}`);
    }
    if (t.type !== 'list_item_open' || !t.map) continue;
    const item = env.byLine.get(env.bodyLine + t.map[0]);
    if (!item) continue;
    t.attrJoin('class', 'item');
    if (item.status === null) continue;
    t.attrJoin('class', `item-${item.status}`);
    const inline = tokens[i + 2]?.type === 'inline' ? tokens[i + 2] : undefined;
    const first = inline?.children?.[0];
    if (!first || first.type !== 'text' || !TASK_MARKER.test(first.content)) continue;
    first.content = first.content.replace(TASK_MARKER, '');
    const marker = new TokenClass('task_marker', '', 0);
    marker.meta = item.status;
    inline!.children!.unshift(marker);
  }
}

/**
 * Removes the headings with nothing under them (a template's `## Wins` never filled in, or one
 * holding only a comment): from the end, so a section whose subsections are all empty goes too.
 */
function dropEmptySections(tokens: Token[]): void {
  const rank = (t: Token) => Number(t.tag.slice(1));
  for (let i = tokens.length - 3; i >= 0; i--) {
    const t = tokens[i];
    if (t.type !== 'heading_open' || t.level !== 0) continue;
    const next = tokens[i + 3];
    if (next === undefined || (next.type === 'heading_open' && next.level === 0 && rank(next) <= rank(t))) tokens.splice(i, 3);
  }
}

/** Splits text tokens so inline fields and `@owners` render as chips (their text stays escaped). */
function splitFields(children: Token[], TokenClass: MarkdownIt.StateCore['Token']): Token[] {
  const out: Token[] = [];
  const text = (content: string) => {
    const t = new TokenClass('text', '', 0);
    t.content = content;
    out.push(t);
  };
  for (const child of children) {
    if (child.type !== 'text') {
      out.push(child);
      continue;
    }
    let last = 0;
    for (const chip of chipsOf(child.content)) {
      if (chip.start > last) text(child.content.slice(last, chip.start));
      const token = new TokenClass(chip.handle !== undefined ? 'journal_mention' : 'journal_field', '', 0);
      token.meta = chip.handle ?? { key: chip.key, value: chip.value };
      out.push(token);
      last = chip.end;
    }
    if (last === 0) out.push(child);
    else if (last < child.content.length) text(child.content.slice(last));
  }
  return out;
}
