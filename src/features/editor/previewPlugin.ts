// VS Code's own Markdown preview, for journal files only, shows items as the journal does: a
// checkbox for the item's status, owners, dates and goals as chips (an overdue due date in red,
// a goal linking to its file), links under the journal's link policy (core/linkPolicy.ts), and
// no raw HTML (comments render as nothing, any other HTML as its text). Other Markdown renders
// as VS Code renders it. The markdown-it instance is VS Code's: nothing here loads one.
import type MarkdownIt from 'markdown-it';
import { chipLabel, chipsOf } from '../../core/chips';
import { factsOf, type GoalFact, type PersonFact } from '../../core/editor/facts';
import { folderPrefix } from '../../core/journalIndex';
import { classifyImage, classifyLink } from '../../core/linkPolicy';
import { daysBetween } from '../../core/dates';
import { withoutComments } from '../../core/markdownLines';
import { linkTarget, relativeLink } from '../../core/paths';
import { plural } from '../../core/summaries';
import { today } from '../../host/clock';
import type { JournalStore } from '../../host/journalStore';

type Token = MarkdownIt.Token;
type Rule = NonNullable<MarkdownIt['renderer']['rules'][string]>;

/** What a render of a journal file knows, kept on markdown-it's `env` for the renderer rules. */
interface JournalRender {
  path: string;
  today: string;
  goals: Map<string, GoalFact>;
  people: Map<string, PersonFact>;
  /** Whether each open link was kept (a blocked one renders as a span). */
  links: boolean[];
}

const KEY = 'mentorshipJournal';
// Any one character in brackets is a checkbox, as the parser reads it.
const TASK_MARKER = /^\[([^])\][ \t]/u;
const STATUS: Record<string, string> = { x: 'done', X: 'done', '-': 'cancelled', '>': 'moved' };

/** The plugin VS Code's preview calls `extendMarkdownIt` with. */
export function journalPreview(store: JournalStore): (md: MarkdownIt) => MarkdownIt {
  return (md) => {
    // VS Code parses a document without telling which one it is (it caches the tokens per
    // document) and says so only when rendering: so chips are marked in every document, and
    // rendered as chips only in a journal file's render (as their own text elsewhere).
    md.core.ruler.push('mentorship_journal', (state) => chipify(state.tokens, state.Token));
    const esc = md.utils.escapeHtml;
    const journal = (env: unknown) => renderOf(store, env);
    md.renderer.rules.mentorship_task = (tokens, idx, _o, env) =>
      journal(env) ? `<span class="mj-task" data-status="${esc(String(tokens[idx].meta))}"></span>` : esc(tokens[idx].content);
    md.renderer.rules.mentorship_chip = (tokens, idx, _o, env) => {
      const r = journal(env);
      return r ? chipHtml(tokens[idx].meta as ChipMeta, r, esc) : esc(tokens[idx].content);
    };
    wrap(md, journal, 'html_block', (tokens, idx) => {
      const text = withoutComments(tokens[idx].content).rest.trim();
      return text ? `<p>${esc(text)}</p>\n` : '';
    });
    wrap(md, journal, 'html_inline', (tokens, idx) => esc(withoutComments(tokens[idx].content).rest));
    wrap(md, journal, 'link_open', (tokens, idx, options, env, self, original) => {
      const r = journal(env)!;
      const kept = classifyLink(tokens[idx].attrGet('href') ?? '', r.path).kind !== 'blocked';
      r.links.push(kept);
      return kept ? original(tokens, idx, options, env, self) : '<span class="mj-link-blocked">';
    });
    wrap(md, journal, 'link_close', (tokens, idx, options, env, self, original) => (journal(env)!.links.pop() === false ? '</span>' : original(tokens, idx, options, env, self)));
    wrap(md, journal, 'image', (tokens, idx, options, env, self, original) => {
      if (classifyImage(tokens[idx].attrGet('src') ?? '', journal(env)!.path) !== null) return original(tokens, idx, options, env, self);
      return `<span class="mj-image-blocked">${esc(`[image: ${tokens[idx].content || 'untitled'}]`)}</span>`;
    });
    return md;
  };
}

/**
 * What this render knows of the journal, when the preview shows a journal file: worked out once
 * per render and kept on markdown-it's `env` (null: not a journal file).
 */
function renderOf(store: JournalStore, env: unknown): JournalRender | null {
  if (typeof env !== 'object' || env === null) return null;
  const e = env as Record<string, unknown>;
  if (e[KEY] === undefined) e[KEY] = journalRender(store, e.currentDocument);
  return e[KEY] as JournalRender | null;
}

/** The journal context of a render of the document `uri`, or null when it is no journal file. */
function journalRender(store: JournalStore, uri: unknown): JournalRender | null {
  const u = uri as { path?: unknown } | undefined;
  if (!u || typeof u.path !== 'string' || !u.path.toLowerCase().endsWith('.md')) return null;
  const hit = store.locate(u as Parameters<JournalStore['locate']>[0]);
  if (!hit) return null;
  const facts = factsOf(hit.journal.index, hit.path);
  return {
    path: hit.path,
    today: today(),
    goals: new Map(facts.goals.map((g) => [g.id, g])),
    people: new Map(facts.people.map((p) => [p.handle.toLowerCase(), p])),
    links: [],
  };
}

/** Replaces a renderer rule for journal files only; other files keep VS Code's rule. */
function wrap(md: MarkdownIt, journal: (env: unknown) => JournalRender | null, name: string, rule: (...args: [...Parameters<Rule>, Rule]) => string): void {
  const original: Rule = md.renderer.rules[name] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules[name] = (tokens, idx, options, env, self) => (journal(env) ? rule(tokens, idx, options, env, self, original) : original(tokens, idx, options, env, self));
}

interface ChipMeta {
  key?: string;
  value?: string;
  handle?: string;
  /** The status of the item the chip is on (for an overdue due date). */
  status: string | null;
}

/**
 * Splits the text of inline runs into chips, and a list item's `[ ]` into a checkbox; each keeps
 * its text, which is what it renders as outside a journal file.
 */
function chipify(tokens: Token[], TokenClass: MarkdownIt.StateCore['Token']): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'inline' || !t.children) continue;
    let status: string | null = null;
    const first = t.children[0];
    if (tokens[i - 2]?.type === 'list_item_open' && first?.type === 'text') {
      const m = TASK_MARKER.exec(first.content);
      if (m) {
        status = STATUS[m[1]] ?? 'open';
        first.content = first.content.slice(m[0].length);
        const marker = new TokenClass('mentorship_task', '', 0);
        marker.meta = status;
        marker.content = m[0];
        t.children.unshift(marker);
      }
    }
    const out: Token[] = [];
    for (const child of t.children) {
      if (child.type !== 'text') {
        out.push(child);
        continue;
      }
      let last = 0;
      for (const chip of chipsOf(child.content)) {
        if (chip.start > last) out.push(textToken(TokenClass, child.content.slice(last, chip.start)));
        const token = new TokenClass('mentorship_chip', '', 0);
        token.meta = { key: chip.key, value: chip.value, handle: chip.handle, status } satisfies ChipMeta;
        token.content = child.content.slice(chip.start, chip.end);
        out.push(token);
        last = chip.end;
      }
      if (last === 0) out.push(child);
      else if (last < child.content.length) out.push(textToken(TokenClass, child.content.slice(last)));
    }
    t.children = out;
  }
}

function textToken(TokenClass: MarkdownIt.StateCore['Token'], content: string): Token {
  const t = new TokenClass('text', '', 0);
  t.content = content;
  return t;
}

function chipHtml(chip: ChipMeta, r: JournalRender, esc: (s: string) => string): string {
  if (chip.handle !== undefined) {
    const person = r.people.get(chip.handle.toLowerCase());
    const title = person?.name ? ` title="${esc(person.name)}"` : '';
    return `<span class="mj-chip mj-person"${title}>@${esc(chip.handle)}</span>`;
  }
  const key = chip.key ?? '';
  const value = chip.value ?? '';
  if (key === 'goal' || key === 'goals') {
    return value
      .split(',')
      .map((v) => v.trim().replace(/^\[\[|\]\]$/g, ''))
      .filter(Boolean)
      .map((id) => goalChip(id, r, esc))
      .join(' ');
  }
  if (key === 'due' && (chip.status === 'open' || chip.status === null) && value < r.today && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const late = daysBetween(value, r.today);
    return `<span class="mj-chip mj-due mj-overdue" title="${esc(`overdue ${plural(late, 'day')}`)}">${esc(chipLabel(key, value))}</span>`;
  }
  return `<span class="mj-chip${key === 'due' ? ' mj-due' : ''}">${esc(chipLabel(key, value))}</span>`;
}

/** A goal's chip: a link to its file (inside the journal), titled with its progress; plain when it does not exist. */
function goalChip(id: string, r: JournalRender, esc: (s: string) => string): string {
  const goal = r.goals.get(id);
  if (!goal) return `<span class="mj-chip mj-goal mj-missing" title="no such goal">${esc(`#${id}`)}</span>`;
  const href = linkTarget(relativeLink(folderPrefix(r.path), goal.path));
  const title = `${goal.title} · ${goal.done}/${goal.total} milestones`;
  return `<a class="mj-chip mj-goal" href="${esc(href)}" title="${esc(title)}">${esc(`#${id}`)}</a>`;
}
