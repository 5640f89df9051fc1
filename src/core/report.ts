// A progress report over a period, for performance reviews and retrospectives: sessions held
// (each in a few words), goals moved and achieved, milestones done, action items closed, wins,
// feedback (with who gave it), introductions; every line links to where it was written.
// Private entries are left out: a report is meant to be shared.
import type { IsoDate, Entry, Item } from './model';
import type { SharedView } from './journalIndex';
import { compareStrings, newestFirst } from './journalIndex';
import { attributed, feedbackGiver, link, linksFrom, type SourceLinks } from './sourceLinks';
import { skillsOf, type SkillCounts } from './skills';
import { countsText } from './skillsText';
import { sessionSummary } from './summaries';

export interface ReportOptions {
  mentorshipId: string;
  from: IsoDate;
  to: IsoDate;
  /** A session file's text, for its summary (its first agenda point or notes sentence); null: not read. */
  textOf?: (entry: Entry) => string | null;
}

export interface ReportLine {
  text: string;
  owner: string | null;
  date: IsoDate | null;
  path: string;
  line: number;
  /** Feedback only: who gave it, when the line does not say so itself (its @handle, or the entry's author). */
  from?: string | null;
}

export interface ReportGoal {
  id: string;
  title: string;
  path: string;
  status: string;
  done: number;
  total: number;
  milestonesDone: ReportLine[];
  sessions: number;
  achieved: boolean;
}

export interface ProgressReport {
  mentorship: { id: string; title: string };
  from: IsoDate;
  to: IsoDate;
  sessions: { date: IsoDate; path: string; title: string; summary: string }[];
  goals: ReportGoal[];
  actionsCompleted: ReportLine[];
  actionsOpen: number;
  wins: ReportLine[];
  feedback: ReportLine[];
  introductions: ReportLine[];
  /** Skills practised in the period (skills.ts), most practised first. */
  skills: ({ skill: string } & SkillCounts)[];
}

export function buildReport(index: SharedView, o: ReportOptions): ProgressReport {
  const m = index.mentorship(o.mentorshipId);
  if (!m) throw new Error(`No mentorship "${o.mentorshipId}" in this journal`);
  const within = (d: IsoDate | null) => d !== null && d >= o.from && d <= o.to;
  const entries = index.entriesOf(m.id);
  // Oldest first, in the index's order of sessions (so `2026-10-07.md` precedes `2026-10-07-2.md`).
  const sessions = entries.filter((e) => e.type === 'session' && within(e.date)).sort(newestFirst).reverse();
  const line = (item: Item, entry: Entry, date: IsoDate | null): ReportLine => ({ text: item.title, owner: item.owner, date, path: entry.path, line: item.line });

  const actionsCompleted: ReportLine[] = [];
  let actionsOpen = 0;
  const wins: ReportLine[] = [];
  const feedback: ReportLine[] = [];
  const introductions: ReportLine[] = [];
  for (const entry of entries) {
    for (const item of entry.items) {
      if (item.kind === 'action') {
        if (item.status === 'done' && within(item.completion ?? entry.date)) actionsCompleted.push(line(item, entry, item.completion ?? entry.date));
        if (item.status === 'open' && entry.date !== null && entry.date <= o.to) actionsOpen++;
      } else if (entry.type !== 'goal' && within(entry.date)) {
        if (item.kind === 'win') wins.push(line(item, entry, entry.date));
        else if (item.kind === 'feedback') feedback.push({ ...line(item, entry, entry.date), from: feedbackGiver(item, entry) });
        else if (item.kind === 'intro' && (item.status === 'done' || item.status === null)) introductions.push(line(item, entry, item.completion ?? entry.date));
      }
    }
  }

  const goals: ReportGoal[] = [];
  for (const g of index.goals(m.id)) {
    const milestonesDone = g.milestones.filter((i) => i.status === 'done' && within(i.completion)).map((i) => line(i, g.entry, i.completion));
    const discussedIn = sessions.filter((s) => s.goalIds.includes(g.id) || s.items.some((i) => i.goals.includes(g.id))).length;
    if (milestonesDone.length === 0 && discussedIn === 0) continue;
    const goal = g.entry.goal!;
    const achievedOn = typeof g.entry.frontMatter.achieved === 'string' ? g.entry.frontMatter.achieved : lastCompletion(g.milestones);
    goals.push({
      id: g.id,
      title: g.entry.title,
      path: g.entry.path,
      status: goal.status,
      done: g.done,
      total: g.total,
      milestonesDone,
      sessions: discussedIn,
      achieved: goal.status === 'achieved' && within(achievedOn),
    });
  }
  const order = new Map(sessions.map((s, i) => [s.path, i]));
  const byDate = (a: ReportLine, b: ReportLine) =>
    compareStrings(a.date ?? '', b.date ?? '') || (order.get(a.path) ?? -1) - (order.get(b.path) ?? -1) || compareStrings(a.path, b.path) || a.line - b.line;
  return {
    mentorship: { id: m.id, title: m.title },
    from: o.from,
    to: o.to,
    sessions: sessions.map((s) => ({ date: s.date!, path: s.path, title: s.title, summary: sessionSummary(s, o.textOf?.(s) ?? null) })),
    goals: goals.sort((a, b) => compareStrings(a.id, b.id)),
    actionsCompleted: actionsCompleted.sort(byDate),
    actionsOpen,
    wins: wins.sort(byDate),
    feedback: feedback.sort(byDate),
    introductions: introductions.sort(byDate),
    skills: skillsOf(index, m.id, { from: o.from, to: o.to }).skills.map((r) => ({ skill: r.skill, ...r.total })),
  };
}

function lastCompletion(items: Item[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const i of items) if (i.completion && (last === null || i.completion > last)) last = i.completion;
  return last;
}

/** The report as Markdown; links start from the journal root unless `links` says otherwise. */
export function renderReport(r: ProgressReport, links: SourceLinks = linksFrom('')): string {
  const out: string[] = [`# Progress report: ${r.mentorship.title}`, '', `_${r.from} to ${r.to}_`, ''];
  const milestones = r.goals.reduce((n, g) => n + g.milestonesDone.length, 0);
  const achieved = r.goals.filter((g) => g.achieved).length;
  out.push(
    '## Summary',
    '',
    `- ${count(r.sessions.length, 'session')} held`,
    `- ${count(r.goals.length, 'goal')} moved, ${achieved} achieved, ${count(milestones, 'milestone')} done`,
    `- ${count(r.actionsCompleted.length, 'action item')} completed, ${r.actionsOpen} still open`,
    `- ${count(r.wins.length, 'win')}, ${count(r.feedback.length, 'piece')} of feedback, ${count(r.introductions.length, 'introduction')}`,
    '',
  );
  if (r.sessions.length) {
    out.push('## Sessions', '');
    for (const s of r.sessions) out.push(`- ${link(s.date, links(s.path))}${s.summary ? ` — ${s.summary}` : ''}`);
    out.push('');
  }
  if (r.goals.length) {
    out.push('## Goals', '');
    for (const g of r.goals) {
      const state = g.achieved ? 'achieved in this period' : g.status;
      out.push(`### ${link(g.title, links(g.path))}`, '', `${state} · ${g.done}/${g.total} milestones · discussed in ${count(g.sessions, 'session')}`, '');
      for (const m of g.milestonesDone) out.push(`- [x] ${m.text}${dated(m, links)}`);
      if (g.milestonesDone.length) out.push('');
    }
  }
  if (r.skills.length) {
    out.push('## Skills', '');
    for (const k of r.skills) out.push(`- ${k.skill} — ${countsText(k)}`);
    out.push('');
  }
  list(out, 'Action items completed', r.actionsCompleted, links);
  list(out, 'Wins', r.wins, links);
  list(out, 'Feedback', r.feedback, links);
  list(out, 'Introductions', r.introductions, links);
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

function list(out: string[], title: string, lines: ReportLine[], links: SourceLinks): void {
  if (!lines.length) return;
  out.push(`## ${title}`, '');
  for (const l of lines) out.push(`- ${attributed(l.text, l.from ?? null)}${dated(l, links)}`);
  out.push('');
}

/** ` (2026-11-18)`, the day linking to the line it was written on. */
function dated(l: ReportLine, links: SourceLinks): string {
  return ` (${link(l.date ?? `${l.path}:${l.line}`, links(l.path, l.line))})`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
