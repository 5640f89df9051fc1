// What in a journal file leads somewhere: goal ids (in `goals:` and `[goal:: …]`) lead to the goal
// file; an agenda's "from 2026-11-04" links lead to the line the item was written on. Read as the
// parser reads the file: nothing in code blocks or comments.
import { resolveRelative } from '../linkPolicy';
import { frontMatterLineCount, HiddenLines, splitLines } from '../markdownLines';
import type { Item } from '../model';
import { itemsOf } from '../parseEntry';
import { goalIdsInFrontMatter, goalIdsInItem } from '../tokens';

export interface GoalRef {
  /** 0-based line and columns of the id. */
  line: number;
  column: number;
  endColumn: number;
  id: string;
}

export interface SourceLink {
  line: number;
  column: number;
  endColumn: number;
  /** Journal-relative path of the file it leads to. */
  path: string;
  /** 1-based line in that file, when the link names one (`#L12`). */
  targetLine: number | null;
  /** The block id the link names (`#^abc123`), without `^`. */
  blockId: string | null;
  /** What the agenda line says before the link, checkbox and marker taken off: the item's words. */
  said: string;
}

/** Every goal id written in `text` (the file at `path`). */
export function goalRefs(path: string, text: string): GoalRef[] {
  const lines = splitLines(text);
  const out: GoalRef[] = [];
  const fm = frontMatterLineCount(lines);
  if (fm > 0) for (const g of goalIdsInFrontMatter((n) => lines[n - 1] ?? '', fm + 1)) out.push({ ...g, line: g.line - 1 });
  for (const item of itemsOf(path, text)) {
    if (item.raw.indexOf('::') < 0) continue;
    for (const g of goalIdsInItem(item.raw)) out.push({ ...g, line: item.line - 1 });
  }
  return out;
}

const FROM = '[from ';
/** `- [ ] ` or `- ` at the start of an agenda line. */
const LIST_MARKER = /^\s*[-*+]\s+(?:\[.\]\s+)?/;

/** The agenda's `[from …](…)` links of `text` (the file at `path`) that stay inside the journal. */
export function sourceLinks(path: string, text: string): SourceLink[] {
  const lines = splitLines(text);
  const hidden = new HiddenLines();
  const out: SourceLink[] = [];
  for (let i = frontMatterLineCount(lines); i < lines.length; i++) {
    const line = hidden.visible(lines[i]);
    if (line === null) continue;
    // Each step moves past a `](`, or to the `[` that opens the text before it: linear in the line.
    for (let at = line.indexOf(FROM); at >= 0; at = line.indexOf(FROM, at + 1)) {
      const close = line.indexOf('](', at);
      if (close < 0) break;
      const open = line.lastIndexOf('[', close);
      if (open !== at) {
        at = open - 1;
        continue;
      }
      const end = line.indexOf(')', close + 2);
      if (end < 0) break;
      const href = line.slice(close + 2, end);
      const hash = href.indexOf('#');
      const target = resolveRelative(hash < 0 ? href : href.slice(0, hash), path);
      const fragment = hash < 0 ? '' : href.slice(hash + 1);
      const l = /^L(\d+)$/.exec(fragment);
      const block = /^\^([A-Za-z0-9-]+)$/.exec(fragment);
      // The link is on the words people read, "from 2026-11-04".
      if (target !== null && target.toLowerCase().endsWith('.md')) {
        out.push({ line: i, column: at + 1, endColumn: close, path: target, targetLine: l ? Number(l[1]) : null, blockId: block ? block[1] : null, said: line.slice(0, at).replace(LIST_MARKER, '') });
      }
      at = end;
    }
  }
  return out;
}

/**
 * The 1-based line a "from" link leads to among `items`, those of the file it names: the line it
 * names, else the item with its block id, else the item whose words the agenda line begins with
 * (agendas written for two people to merge name no lines). Null when none is found: the file's top.
 */
export function sourceLineOf(link: SourceLink, items: readonly Pick<Item, 'line' | 'title' | 'taskFields'>[]): number | null {
  if (link.targetLine !== null) return link.targetLine;
  if (link.blockId !== null) return items.find((i) => i.taskFields.blockId === link.blockId)?.line ?? null;
  // The agenda writes an item's title without its owner's handle: compare words, handles aside.
  const said = wordsOf(link.said);
  let best: { line: number; length: number } | null = null;
  for (const item of items) {
    const words = wordsOf(item.title);
    if (words.length > 0 && (said === words || said.startsWith(`${words} `)) && (best === null || words.length > best.length)) best = { line: item.line, length: words.length };
  }
  return best?.line ?? null;
}

function wordsOf(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => w !== '' && !w.startsWith('@'))
    .join(' ');
}
