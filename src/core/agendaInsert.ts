// Puts a generated agenda into a session file that already exists for the meeting day (one a
// "move to next session" created, or written by hand): into its empty Agenda section, or as a
// new Agenda section before the first other section. Never over an agenda someone wrote.
import { EditRefused, type Insertion } from './edits';
import { sectionKind } from './sections';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Where `agendaBlock` (from renderAgenda: "## Agenda" and its lines) goes, or null when the file has an agenda already. */
export function agendaInsertion(docText: string, agendaBlock: string): Insertion | null {
  const eol = docText.includes('\r\n') ? '\r\n' : '\n';
  const lines = docText.split(/\r?\n/);
  const block = agendaBlock.replace(/\r?\n/g, eol).replace(new RegExp(`(?:${eol})+$`), '');
  let i = bodyStart(lines);
  let fence: string | null = null;
  let firstH2 = -1;
  for (; i < lines.length; i++) {
    const f = FENCE.exec(lines[i]);
    if (f) {
      fence = fence === null ? f[1][0] : lines[i].trim().startsWith(fence) ? null : fence;
      continue;
    }
    if (fence !== null) continue;
    const h = HEADING.exec(lines[i]);
    if (!h) continue;
    if (sectionKind(h[2]) === 'agenda') {
      const level = h[1].length;
      let end = i + 1;
      while (end < lines.length && !(HEADING.test(lines[end]) && HEADING.exec(lines[end])![1].length <= level)) end++;
      if (lines.slice(i + 1, end).some((l) => l.trim() !== '')) return null;
      // The heading stays; the agenda's lines (without its own heading) go under it.
      const body = block.split(eol).slice(1).join(eol).replace(new RegExp(`^(?:${eol})+`), '');
      const next = lines[i + 1];
      const after = end < lines.length ? eol : '';
      return next !== undefined && next.trim() === '' ? { line: i + 2, text: body + eol + after } : { line: i + 1, text: eol + body + eol + after };
    }
    if (firstH2 < 0 && h[1].length <= 2 && h[1].length > 1) firstH2 = i;
  }
  if (firstH2 >= 0) return { line: firstH2, text: block + eol + eol };
  if (fence !== null) throw new EditRefused('the session ends inside an unclosed code block; close it first, or the agenda would be hidden');
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  return { line: end, text: (end > 0 ? eol : '') + block + eol };
}

function bodyStart(lines: string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].trimEnd() === '---' || lines[i].trimEnd() === '...') return i + 1;
  return lines.length;
}
