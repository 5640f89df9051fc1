// Writes an Agenda as Markdown, in the form of where it goes:
//  - a session file (the default): words that do not change with the day it is made
//    ("**overdue**, due 2026-11-13"), links from the sessions folder to each file without a line
//    number (lines move; an Obsidian block id `#^abc123` when the item has one), and after the
//    lines a marker holding their hash (agendaBlock.ts), so Generate Agenda refreshes them in place;
//  - text read once (the clipboard, the cursor, a terminal): "**overdue 11 days**", links to the
//    line relative to the document it lands in, or plain "from 2026-11-04 (sessions/2026-11-04.md:28)".
// Lines people go through in the meeting are checkboxes to tick; the parser never reads a line
// under the Agenda heading as an item, so nothing is counted twice, and its sub-headings avoid
// the names of item sections.
import type { Agenda, AgendaGoal, AgendaItem } from './agenda';
import { markedAgenda } from './agendaBlock';
import { daysBetween } from './dates';
import { joinPath, relativeLink } from './paths';
import { SECTION_TITLES } from './sections';
import { link, linksFrom, type SourceLinks } from './sourceLinks';
import { endWithOneLineBreak, sessionHead } from './templates';

export interface AgendaStyle {
  /** `stable`: for a shared file, nothing that changes by the day. `live`: "overdue 3 days", "6 days ago". */
  words: 'stable' | 'live';
  /** Hrefs to journal files (journal-relative path in, href out), or null for plain text with path and line. */
  links: SourceLinks | null;
  /** Links point at the item's line (`#L28`): only in text read once, never in a shared file. */
  lineLinks: boolean;
}

/** The session file's style: stable words, links from its sessions folder, no line numbers. */
export function sessionStyle(agenda: Agenda): AgendaStyle {
  return { words: 'stable', links: linksFrom(joinPath(agenda.mentorship.id, 'sessions')), lineLinks: false };
}

/** The clipboard's (and a terminal's): live words, plain text a chat or mail keeps readable. */
export const PLAIN_STYLE: AgendaStyle = { words: 'live', links: null, lineLinks: true };

/** The `## Agenda` block (no marker): for a session file by default, else in `style`. */
export function renderAgenda(agenda: Agenda, given: AgendaStyle = sessionStyle(agenda)): string {
  // Most sessions hold several items: each file's href is worked out once.
  const hrefs = new Map<string, string | null>();
  const links = given.links;
  const style: AgendaStyle = links === null ? given : { ...given, links: (path) => (hrefs.has(path) ? hrefs.get(path)! : hrefs.set(path, links(path)).get(path)!) };
  const out: string[] = ['## Agenda', ''];
  const last = agenda.lastSession ? `last session ${agenda.lastSession.date}` : 'first session';
  out.push(`_${agenda.mentorship.title} · meeting ${agenda.date} · ${last}_`, '');
  if (agenda.focus.length) out.push(`_Focus: ${agenda.focus.map(oneLine).join(' · ')}_`, '');

  out.push('### Action items to check', '');
  if (agenda.actionItems.length === 0) out.push('Nothing open.', '');
  for (const group of agenda.actionItems) {
    out.push(`**${group.owner ? '@' + group.owner : 'No owner'}**`, '');
    const later = group.items.filter((i) => i.bucket === 'later');
    for (const item of group.items) if (item.bucket !== 'later') out.push(`- [ ] ${actionLine(item, agenda, style)}`);
    if (later.length) out.push(`- Later: ${later.map((i) => `${oneLine(i.text)} (due ${i.due})`).join('; ')}`);
    out.push('');
  }
  if (agenda.notYet.length) {
    const when = (i: AgendaItem) => `${i.notBefore!.field === 'start' ? 'starts' : 'scheduled'} ${i.notBefore!.date}`;
    out.push(`Not yet: ${agenda.notYet.map((i) => `${oneLine(i.text)}${i.owner ? ` @${i.owner}` : ''} (${when(i)})`).join('; ')}.`, '');
  }
  section(out, 'Check-in', agenda.checkIn.map((q) => `- [ ] ${oneLine(q)}`));
  section(out, 'Topics', [...agenda.topics.map((t) => `- [ ] ${oneLine(t.text)} · ${source(t, agenda, style)}`), ...agenda.recurring.map((r) => `- [ ] ${oneLine(r)}`)]);
  section(out, 'Goals', agenda.goals.map((g) => `- [ ] ${goalLine(g, agenda, style)}`));
  section(out, 'Introductions to make', agenda.introductions.map((i) => `- [ ] ${oneLine(i.text)} · ${source(i, agenda, style)}`));
  section(out, 'Wins since the last session', agenda.wins.map((i) => `- ${oneLine(i.text)} · ${source(i, agenda, style)}`));
  section(out, 'Feedback since the last session', agenda.feedback.map((i) => `- ${oneLine(i.text)} · ${source(i, agenda, style)}`));
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** A whole session file: front matter, the agenda with its marker, and empty sections ready to fill in. */
export function renderAgendaSession(agenda: Agenda): string {
  // No `goals:` here: which goals the session is about is decided in the meeting, not by the
  // agenda (listing every active goal would mark them all as discussed).
  const lines = sessionHead(agenda.date);
  lines.push(markedAgenda(renderAgenda(agenda)).trimEnd(), '');
  for (const heading of ['Notes', SECTION_TITLES.action, SECTION_TITLES.feedback, SECTION_TITLES.win, SECTION_TITLES.topic]) {
    lines.push(`## ${heading}`, '', '');
  }
  return endWithOneLineBreak(lines.join('\n'));
}

function section(out: string[], title: string, lines: string[]): void {
  if (lines.length === 0) return;
  out.push(`### ${title}`, '', ...lines, '');
}

function actionLine(item: AgendaItem, agenda: Agenda, style: AgendaStyle): string {
  let when = '';
  switch (item.bucket) {
    case 'overdue':
      if (style.words === 'stable') when = ` — **overdue**, due ${item.due}`;
      else when = item.overdueDays !== null ? ` — **overdue ${days(item.overdueDays)}**, due ${item.due}` : ` — **due ${item.due}**, before the meeting`;
      break;
    case 'badDate':
      when = ` — due date unreadable ("${oneLine(item.unreadableDue!)}")`;
      break;
    case 'soon':
      when = ` — due ${item.due}`;
      break;
    case 'stale':
      when = ` — stale: keep or drop?${item.since !== null && item.since !== item.source.date ? ` (open since ${item.since})` : ''}`;
      break;
  }
  const extras = [item.recurrence ? `repeats ${oneLine(item.recurrence)}` : '', item.moved && item.moved === agenda.date ? 'moved to this meeting' : item.moved ? `moved to ${item.moved}` : ''].filter(Boolean);
  return `${oneLine(item.text)}${when}${extras.map((e) => ` · ${e}`).join('')} · ${source(item, agenda, style)}`;
}

function goalLine(g: AgendaGoal, agenda: Agenda, style: AgendaStyle): string {
  const title = style.links ? link(oneLine(g.title), style.links(g.path)) : oneLine(g.title);
  const parts = [`${g.done}/${g.total} milestones${g.target ? `, target ${g.target}` : ''}`];
  if (g.nextMilestone) parts.push(`next: ${oneLine(g.nextMilestone)}`);
  if (g.lastDiscussed === null) parts.push('not discussed yet');
  else if (style.words === 'stable') parts.push(`last discussed ${g.lastDiscussed}, ${days(g.daysSinceDiscussed!)} before`);
  else parts.push(`last discussed ${g.lastDiscussed} (${days(daysBetween(g.lastDiscussed, agenda.today))} ago)`);
  return `${title} — ${parts.join('; ')}`;
}

/**
 * "from 2026-11-04" (or "from 2026-10-07-2" for a day's second session) as a link, or as plain
 * text with the path from the mentorship's folder and the line: "from 2026-11-04 (sessions/2026-11-04.md:28)".
 */
function source(item: AgendaItem, agenda: Agenda, style: AgendaStyle): string {
  const path = item.source.path;
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const label = `from ${/^\d{4}-\d{2}-\d{2}-\d+$/.test(base) ? base : item.source.date ?? base}`;
  if (!style.links) return `${label} (${relativeLink(joinPath(agenda.mentorship.id), path)}:${item.source.line})`;
  const href = style.links(path);
  if (href === null) return label;
  const anchor = style.lineLinks ? `#L${item.source.line}` : item.source.blockId ? `#^${item.source.blockId}` : '';
  return link(label, href + anchor);
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** Item text is Markdown a person wrote; only keep it from breaking the list. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}
