// The agenda inside a session file: the `## Agenda` heading, the lines Generate Agenda wrote, and
// after them a marker holding a short hash of those lines, `<!-- mentorship agenda 1a2b3c4d -->`
// (a comment: the parser and the journal webview show nothing of it). Generate Agenda run again
// for the same meeting replaces just those lines when the hash still matches them (nobody edited
// the agenda since), leaves the file alone when they already say the same, and asks first when
// someone edited them or wrote the agenda by hand. Nothing outside the Agenda section changes, and
// nothing is written into front matter, a code block or a comment.
import { EditRefused } from './edits';
import type { LineEdit } from './lineEdits';
import { frontMatterLineCount, headingLevel, headingText, HiddenLines, lineBreakOf, splitLines } from './markdownLines';
import { sectionKind } from './sections';

/** How every marker line starts (the parser flags a file holding one: `Entry.generatedAgenda`). */
export const AGENDA_MARKER_START = '<!-- mentorship agenda ';

/** The marker for an agenda's lines (without its heading). */
export function agendaMarker(body: readonly string[]): string {
  return `${AGENDA_MARKER_START}${agendaHash(body)} -->`;
}

/** `block` (renderAgenda's heading and lines) with its marker after the lines. */
export function markedAgenda(block: string): string {
  const lines = trimBlank(splitLines(block));
  return [...lines, agendaMarker(trimBlank(lines.slice(1))), ''].join('\n');
}

/**
 * FNV-1a (32 bits, 8 hex digits) of the lines joined by `\n`, each without trailing white space,
 * blank lines at either end left out: the same lines give the same hash whatever their endings.
 */
export function agendaHash(lines: readonly string[]): string {
  const text = trimBlank(lines.map((l) => l.trimEnd())).join('\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export type AgendaUpdate =
  /** The file holds these very lines already. */
  | { kind: 'unchanged' }
  /** The agenda was edited since it was generated, or written by hand: replace it only when asked. */
  | { kind: 'edited'; line: number; why: 'edited' | 'handwritten' }
  | { kind: 'write'; edit: LineEdit };

/**
 * What writing `block` (renderAgenda's `## Agenda` and its lines) into the session `docText`
 * takes: under an empty Agenda heading; over the lines of an agenda generated before, when its
 * marker says nobody edited them (`replaceEdited`: even when someone did); a new Agenda section
 * before the first other section when there is none. Lines written after the marker stay.
 */
export function updateAgenda(docText: string, block: string, replaceEdited = false): AgendaUpdate {
  const lines = splitLines(docText);
  const blockLines = trimBlank(splitLines(block));
  const { agenda, level, end, firstH2, marker, hidden } = locateAgenda(lines);
  // Inserted lines end as the line above them does: a file keeps its line endings, mixed or not.
  const eolAt = (line: number) => lineBreakOf(docText, Math.max(0, line));
  if (agenda < 0) {
    const marked = trimBlank(splitLines(markedAgenda(block)));
    if (firstH2 >= 0) {
      const eol = eolAt(firstH2 - 1);
      return write({ kind: 'splice', line: firstH2, remove: 0, text: [...marked, ''].join(eol) + eol });
    }
    if (hidden.inFence || hidden.inComment) {
      throw new EditRefused(`the session ends inside an unclosed ${hidden.inFence ? 'code block' : 'HTML comment'}; close it first, or the agenda would be hidden`);
    }
    let last = lines.length;
    while (last > 0 && lines[last - 1].trim() === '') last--;
    const eol = eolAt(last - 1);
    return write({ kind: 'splice', line: last, remove: lines.length - last, text: (last > 0 ? eol : '') + marked.join(eol) + eol });
  }

  // The agenda's own sub-headings one level under its heading (`### …` under `## Agenda`).
  const body = trimBlank(blockLines.slice(1)).map((l) => (headingLevel(l) === 3 && level !== 2 ? '#'.repeat(Math.min(6, level + 1)) + l.slice(3) : l));
  const newLines = ['', ...body, agendaMarker(body)];
  const eol = eolAt(agenda);
  if (marker >= 0 && marker < end) {
    const written = lines.slice(agenda + 1, marker);
    const intact = lines[marker].trim() === agendaMarker(written);
    if (intact && lines[marker].trim() === newLines[newLines.length - 1] && sameLines(written, body)) return { kind: 'unchanged' };
    if (!intact && !replaceEdited) return { kind: 'edited', line: agenda + 1, why: 'edited' };
    return write({ kind: 'splice', line: agenda + 1, remove: marker - agenda, text: newLines.join(eol) + eol });
  }
  const current = lines.slice(agenda + 1, end);
  const empty = current.every((l) => l.trim() === '');
  if (!empty && !replaceEdited) return { kind: 'edited', line: agenda + 1, why: 'handwritten' };
  if (end === lines.length && (hidden.inFence || hidden.inComment)) {
    throw new EditRefused(`the agenda ends inside an unclosed ${hidden.inFence ? 'code block' : 'HTML comment'} that runs to the end of the file; close it first`);
  }
  // The whole section, with one blank line before what follows it.
  const after = end < lines.length ? [''] : [];
  return write({ kind: 'splice', line: agenda + 1, remove: end - agenda - 1, text: [...newLines, ...after].join(eol) + eol });
}

interface AgendaPlace {
  /** 0-based line of the Agenda heading, -1 when there is none. */
  agenda: number;
  level: number;
  /** 0-based line where its section ends (the next heading of its level or higher, or the end). */
  end: number;
  /** 0-based line of the first level-2 heading when there is no Agenda heading before it. */
  firstH2: number;
  /** 0-based lines of the markers in the Agenda section (one, unless a merge left two). */
  markers: number[];
  /** The last of them, -1 when none: the agenda's lines are those above it. */
  marker: number;
  /** The fences and comments still open where the scan stopped. */
  hidden: HiddenLines;
}

/** Where the Agenda section and its marker are, as the parser reads headings (never in code, comments or front matter). */
function locateAgenda(lines: readonly string[]): AgendaPlace {
  const hidden = new HiddenLines();
  const place: AgendaPlace = { agenda: -1, level: 0, end: lines.length, firstH2: -1, markers: [], marker: -1, hidden };
  for (let i = frontMatterLineCount(lines); i < lines.length; i++) {
    const raw = lines[i];
    const markerHere = place.agenda >= 0 && !hidden.inFence && !hidden.inComment && raw.trimStart().startsWith(AGENDA_MARKER_START);
    const l = hidden.visible(raw);
    if (markerHere) {
      place.markers.push(i);
      place.marker = i;
    }
    if (l === null) continue;
    const lv = headingLevel(l);
    if (lv === 0) continue;
    if (place.agenda >= 0) {
      if (lv <= place.level) {
        place.end = i;
        break;
      }
      continue;
    }
    if (sectionKind(headingText(l, lv)) === 'agenda') {
      place.agenda = i;
      place.level = lv;
    } else if (place.firstH2 < 0 && lv === 2) {
      place.firstH2 = i;
    }
  }
  return place;
}

/**
 * `text` with the marker of its agenda written anew over the lines now above it, when every one
 * of `sides` (the versions a merge combined) had an agenda nobody had edited, or none: the merge
 * of two generated agendas is a generated agenda too, which Generate Agenda refreshes without
 * asking. Otherwise (someone's own words are in it) `text` as it is.
 */
export function refreshMarker(text: string, sides: readonly string[]): string {
  const lines = text.split('\n');
  const clean = splitLines(text);
  const { agenda, marker, markers } = locateAgenda(clean);
  if (agenda < 0 || marker < 0) return text;
  const generated = (side: string) => {
    const l = splitLines(side);
    const p = locateAgenda(l);
    if (p.agenda < 0) return true;
    if (p.marker < 0) return l.slice(p.agenda + 1, p.end).every((x) => x.trim() === '');
    return l[p.marker].trim() === agendaMarker(l.slice(p.agenda + 1, p.marker));
  };
  if (!sides.every(generated)) return text;
  // Each side's marker stood after its last sub-section; a merge can keep both: one is enough.
  const extra = new Set(markers.slice(0, -1));
  const fresh = agendaMarker(clean.slice(agenda + 1, marker).filter((_, i) => !extra.has(agenda + 1 + i)));
  if (extra.size === 0 && clean[marker].trim() === fresh) return text;
  lines[marker] = lines[marker].endsWith('\r') ? `${fresh}\r` : fresh;
  return lines.filter((_, i) => !extra.has(i)).join('\n');
}

function write(edit: LineEdit): AgendaUpdate {
  return { kind: 'write', edit };
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  const x = trimBlank(a.map((l) => l.trimEnd()));
  const y = trimBlank(b.map((l) => l.trimEnd()));
  return x.length === y.length && x.every((l, i) => l === y[i]);
}

function trimBlank(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}
