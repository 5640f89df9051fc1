// Writes an Agenda as Markdown: the `## Agenda` block (for the clipboard or the cursor) and a
// whole new session file around it. Agenda lines are plain bullets, never checkboxes, so the
// items they repeat are not counted twice; its sub-headings avoid the names of item sections.
import type { Agenda, AgendaItem } from './agenda';
import { linkTarget, relativeLink } from './paths';
import { SECTION_TITLES } from './sections';
import { endWithOneLineBreak, sessionHead } from './templates';

export function renderAgenda(agenda: Agenda): string {
  const out: string[] = ['## Agenda', ''];
  const last = agenda.lastSession ? `last session ${agenda.lastSession.date}` : 'first session';
  out.push(`_${agenda.mentorship.title} · meeting ${agenda.date} · ${last}_`, '');

  out.push('### Open action items', '');
  if (agenda.actionItems.length === 0) out.push('Nothing open.', '');
  for (const group of agenda.actionItems) {
    out.push(`**${group.owner ? '@' + group.owner : 'No owner'}**`, '');
    for (const item of group.items) out.push(`- ${actionLine(item)}`);
    out.push('');
  }
  section(out, 'Check-in', agenda.checkIn);
  section(out, 'Topics queued last time', agenda.topics.map(withSource));
  section(
    out,
    'Goals',
    agenda.goals.map((g) => {
      const parts = [`${g.done}/${g.total} milestones`];
      if (g.target) parts.push(`target ${g.target}`);
      parts.push(g.lastDiscussed ? `last discussed ${g.lastDiscussed} (${days(g.daysSinceDiscussed!)} ago)` : 'not discussed yet');
      const next = g.nextMilestone ? ` Next: ${g.nextMilestone}` : '';
      return `[${escape(g.title)}](${linkTarget(relativeLink(sessionsFolder(agenda), g.path))}) — ${parts.join(', ')}.${escape(next)}`;
    }),
  );
  section(out, 'Introductions to make', agenda.introductions.map(withSource));
  section(out, 'Wins since last session', agenda.wins.map(withSource));
  section(out, 'Feedback since last session', agenda.feedback.map(withSource));
  section(out, 'Recurring topics', agenda.recurring.map(escape));
  section(out, 'Focus of this mentorship', agenda.focus.map(escape));
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** A whole session file: front matter, the agenda, and empty sections ready to fill in. */
export function renderAgendaSession(agenda: Agenda): string {
  // No `goals:` here: which goals the session is about is decided in the meeting, not by the
  // agenda (listing every active goal would mark them all as discussed).
  const lines = sessionHead(agenda.date);
  lines.push(renderAgenda(agenda).trimEnd(), '');
  for (const heading of ['Notes', SECTION_TITLES.action, SECTION_TITLES.feedback, SECTION_TITLES.win, SECTION_TITLES.topic]) {
    lines.push(`## ${heading}`, '', '');
  }
  return endWithOneLineBreak(lines.join('\n'));
}

function sessionsFolder(agenda: Agenda): string {
  return agenda.mentorship.id === '.' ? 'sessions/' : `${agenda.mentorship.id}/sessions/`;
}

function section(out: string[], title: string, lines: string[]): void {
  if (lines.length === 0) return;
  out.push(`### ${title}`, '');
  for (const l of lines) out.push(`- ${l}`);
  out.push('');
}

function actionLine(item: AgendaItem): string {
  let when = '';
  if (item.overdueDays !== null) when = ` — **overdue ${days(item.overdueDays)}** (due ${item.due})`;
  else if (item.due) when = ` — due ${item.due}${item.dueSoon ? ' (soon)' : ''}`;
  return `${escape(item.text)}${when} · ${sourceLink(item)}`;
}

function withSource(item: AgendaItem): string {
  const owner = item.owner ? ` @${item.owner}` : '';
  return `${escape(item.text)}${owner} · ${sourceLink(item)}`;
}

/** "from 2026-11-04", or "from 2026-10-07-2" for a day's second session. */
function sourceLink(item: AgendaItem): string {
  const base = item.source.path.slice(item.source.path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const label = /^\d{4}-\d{2}-\d{2}-\d+$/.test(base) ? base : item.source.date ?? base;
  return `[from ${label}](${item.source.link})`;
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** Item text is already Markdown written by a person; only keep it from breaking our list. */
function escape(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}
