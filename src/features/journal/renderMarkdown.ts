// Journal Markdown → HTML for the webview, rendered in the extension host. Why here and not in
// the webview: the host knows where the journal is (relative links are resolved and checked
// against it, images become webview URIs of files inside it), the webview bundle stays small
// for a fast first paint, and this module has no vscode import so it is unit-tested in Node.
// The webview still sanitizes what it receives (media/journal/sanitize.ts): defence in depth.
//
// markdown-it is created lazily, once, with raw HTML off; links go through linkPolicy.ts.
import type MarkdownIt from 'markdown-it';
import type { ItemStatus } from '../../core/model';
import { classifyImage, classifyLink, isAllowedLinkScheme } from './linkPolicy';

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
/**
 * A Dataview inline field (`[due:: 2026-12-01]`), an Obsidian Tasks emoji date (`📅 2026-12-01`,
 * `✅ 2026-11-20`, `⏳ …`), or an `@handle` after a space or at the start.
 */
const FIELD_OR_MENTION =
  /\[(?<key>[A-Za-z][\w-]*)::[ \t]*(?<value>[^\]]*?)[ \t]*\]|(?<emoji>[\u{1F4C5}\u{1F4C6}\u{1F5D3}\u2705\u23F3\u231B\u{1F6EB}\u2795\u274C])\uFE0F?[\s\u00A0]*(?<day>\d{4}-\d{2}-\d{2})|(?<lead>^|[\s(])@(?<handle>[\p{L}\p{N}\p{M}_](?:[\p{L}\p{N}\p{M}_.-]*[\p{L}\p{N}\p{M}_])?)/gu;
const EMOJI_KEY: Record<string, string> = {
  '\u{1F4C5}': 'due', '\u{1F4C6}': 'due', '\u{1F5D3}': 'due', '\u2705': 'completion', '\u23F3': 'scheduled',
  '\u231B': 'scheduled', '\u{1F6EB}': 'start', '\u2795': 'created', '\u274C': 'cancelled',
};
const FIELD_LABEL: Record<string, string> = { due: 'due', completion: 'done', moved: 'moved', created: 'created', start: 'starts', scheduled: 'scheduled', cancelled: 'cancelled' };
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
    const label = key === 'goal' ? `#${value}` : `${FIELD_LABEL[key] ?? `${key}:`} ${value}`;
    return `<span class="field-chip" data-field="${esc(key)}" data-value="${esc(value)}">${esc(label)}</span>`;
  };
  md.renderer.rules.journal_mention = (tokens, idx) => `<span class="mention">@${esc(String(tokens[idx].meta))}</span>`;
  return md;
}

/**
 * Adds `data-line` (file lines) to blocks, marks the index's items, replaces `[ ]`-style markers
 * with a task marker the webview turns into a checkbox, shows inline fields and owners as
 * chips, drops the leading `# Title` (the card
 * shows it), and turns table alignment styles into classes (the CSP allows no inline styles).
 */
function annotate(tokens: Token[], env: Env, TokenClass: MarkdownIt.StateCore['Token']): void {
  if (tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1') tokens.splice(0, 3);
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
    for (const m of child.content.matchAll(FIELD_OR_MENTION)) {
      const g = m.groups!;
      const start = m.index + (g.lead?.length ?? 0);
      if (start > last) text(child.content.slice(last, start));
      const token = new TokenClass(g.handle ? 'journal_mention' : 'journal_field', '', 0);
      if (g.handle) token.meta = g.handle;
      else if (g.key) token.meta = { key: g.key.toLowerCase(), value: g.value };
      else token.meta = { key: EMOJI_KEY[g.emoji], value: g.day };
      out.push(token);
      last = m.index + m[0].length;
    }
    if (last === 0) out.push(child);
    else if (last < child.content.length) text(child.content.slice(last));
  }
  return out;
}
