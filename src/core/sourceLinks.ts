// Links from a report (progress report, what changed) back to where each line was written, and
// who gave a piece of feedback. Reports are Markdown read in a preview, saved as a file, or
// printed by the CLI: `SourceLinks` says where links start from, so they work where the report is.
import type { Entry, Item } from './model';
import { parsePerson } from './people';
import { charIn, isWhiteSpace, trimStartWhere, withoutMention } from './text';
import { joinPath, linkTarget, relativeLink } from './paths';

/** The href from the report to `path` (journal-relative) at `line`, or null to write no link. */
export type SourceLinks = (path: string, line?: number) => string | null;

/**
 * Links relative to a report kept in `folder`, `path#L12` for a line (the form VS Code and git
 * hosts open at that line). `folder` and `journalRoot` are relative to one common base (the
 * journal root itself by default, or the workspace folder when the report is kept elsewhere in it).
 */
export function linksFrom(folder: string, journalRoot = ''): SourceLinks {
  const from = joinPath(folder);
  // Parentheses too: an unbalanced one would end the link early.
  return (path, line) => `${linkTarget(relativeLink(from, joinPath(journalRoot, path))).replace(/\(/g, '%28').replace(/\)/g, '%29')}${line ? `#L${line}` : ''}`;
}

/** No links: plain text (a report kept where the journal's files are not). */
export const noLinks: SourceLinks = () => null;

/** `[text](href)`, or the text alone when there is no href. */
export function link(text: string, href: string | null): string {
  return href === null ? text : `[${text.replace(/([\\[\]])/g, '\\$1')}](${href})`;
}

// Feedback that already says who it is from: "From @priya: …", "From Dana in our 1:1: …", "Via Marta: …".
const SAYS_WHO = /^\s*(?:from|via|by)\b/i;

/** Whether feedback's words already say who gave it ("From @priya: …", "Via Marta: …"). */
export function saysWho(text: string): boolean {
  return SAYS_WHO.test(text);
}

/**
 * Who gave a piece of feedback, when the line does not already say it: the `@handle` on the
 * line (its owner), else the entry's `author` in front matter; null when neither is known.
 */
export function feedbackGiver(item: Item, entry: Entry): string | null {
  if (saysWho(item.title)) return null;
  if (item.owner) return item.owner;
  return parsePerson(entry.frontMatter.author)?.handle ?? null;
}

/** The feedback's words with its giver in front, "From @priya: …", the handle not said twice. */
export function attributed(text: string, giver: string | null): string {
  if (!giver) return text;
  // Linear steps only: the handle is not made into a pattern, spaces go before punctuation last.
  const words = trimStartWhere(
    withoutMention(text, giver, charIn(',('))
      .replace(/\([ \t\u00A0]*\)/g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ([.,;:!?])/g, '$1')
      .trim(),
    (c) => isWhiteSpace(c) || c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || c === 44,
  );
  return `From @${giver}: ${words || text}`;
}
