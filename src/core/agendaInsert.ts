// Puts a generated agenda into a session file that already exists for the meeting day (one a
// "move to next session" created, or written by hand): into its empty Agenda section, or as a
// new Agenda section before the first other section. Never over an agenda someone wrote, and
// never into front matter, a code block or a comment, where the parser would not read it.
import { EditRefused, type Insertion } from './edits';
import { frontMatterLineCount, headingLevel, headingText, HiddenLines, lineBreakOf, splitLines } from './markdownLines';
import { sectionKind } from './sections';

/** Where `agendaBlock` (from renderAgenda: "## Agenda" and its lines) goes, or null when the file has an agenda already. */
export function agendaInsertion(docText: string, agendaBlock: string): Insertion | null {
  const lines = splitLines(docText);
  // The headings the parser reads, each with its level, and where the hidden parts are.
  const headings: { line: number; level: number }[] = [];
  const hidden = new HiddenLines();
  let agenda = -1;
  let firstH2 = -1;
  for (let i = frontMatterLineCount(lines); i < lines.length; i++) {
    const l = hidden.visible(lines[i]);
    if (l === null) continue;
    const level = headingLevel(l);
    if (level === 0) continue;
    headings.push({ line: i, level });
    if (agenda < 0 && sectionKind(headingText(l, level)) === 'agenda') agenda = headings.length - 1;
    if (agenda < 0 && firstH2 < 0 && level === 2) firstH2 = i;
  }
  // Inserted lines end as the line above them does: a file keeps its line endings, mixed or not.
  const eolAt = (line: number) => lineBreakOf(docText, line);
  const blockLines = splitLines(agendaBlock);
  while (blockLines.length && blockLines[blockLines.length - 1] === '') blockLines.pop();
  if (agenda >= 0) {
    const { line: i, level } = headings[agenda];
    const next = headings.slice(agenda + 1).find((h) => h.level <= level);
    const end = next ? next.line : lines.length;
    if (lines.slice(i + 1, end).some((l) => l.trim() !== '')) return null;
    // The heading stays; the agenda's lines (without its own heading) go under it.
    const body = blockLines.slice(1);
    while (body.length && body[0] === '') body.shift();
    const at = lines[i + 1] !== undefined && lines[i + 1].trim() === '' ? i + 2 : i + 1;
    const eol = eolAt(at - 1);
    const text = body.join(eol);
    const after = end < lines.length ? eol : '';
    return at === i + 2 ? { line: at, text: text + eol + after } : { line: at, text: eol + text + eol + after };
  }
  if (firstH2 >= 0) {
    const eol = eolAt(Math.max(0, firstH2 - 1));
    return { line: firstH2, text: blockLines.join(eol) + eol + eol };
  }
  if (hidden.inFence || hidden.inComment) {
    throw new EditRefused(`the session ends inside an unclosed ${hidden.inFence ? 'code block' : 'HTML comment'}; close it first, or the agenda would be hidden`);
  }
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  const eol = eolAt(Math.max(0, end - 1));
  return { line: end, text: (end > 0 ? eol : '') + blockLines.join(eol) + eol };
}
