// What a hover says in a journal file. On an item: its status, its owner by name, when it is due
// as people say it ("overdue 3 days"), where it was first written and where it moved since, and
// its goal with progress. On a goal id: the goal's title, status, progress and next milestone.
// On `@handle`: who that is and what they have open. Pure: words out, the host escapes them.
import { daysBetween } from '../dates';
import { parseItemLine } from '../itemLine';
import type { IsoDate, ItemStatus } from '../model';
import { itemLabel, plural, shortDay, taskFieldWords } from '../summaries';
import { goalIdsInFrontMatter, goalIdsInItem, mentionsIn } from '../tokens';
import { situationAt, type TextLines } from './documentLines';
import type { GoalFact, MentorshipFacts, PersonFact } from './facts';
import { itemTrail } from './itemTrail';

export interface HoverText {
  /** 0-based columns of the line the hover is about. */
  start: number;
  end: number;
  /** A bold first line. */
  title: string;
  /** Paragraphs, each of parts joined with ` · ` (empty parts left out). */
  lines: (string | null | false | undefined)[][];
}

export interface HoverFacts extends Pick<MentorshipFacts, 'mentorshipId' | 'view' | 'people' | 'goals'> {
  path: string;
  today: IsoDate;
}

/** The hover at 0-based `line`, `column`, or null when there is nothing to say there. */
export function hoverAt(lines: TextLines, line: number, column: number, facts: HoverFacts): HoverText | null {
  const text = lines.lineAt(line);
  const where = situationAt(lines, line);
  if (where.inFrontMatter) {
    const goal = goalIdsInFrontMatter((n) => lines.lineAt(n - 1), where.frontMatterEnd + 2).find((g) => g.line === line + 1 && within(g, column));
    return goal ? goalHover(goal.id, goal, facts) : null;
  }
  if (where.hidden) return null;
  const goal = goalIdsInItem(text).find((g) => within(g, column));
  if (goal) return goalHover(goal.id, goal, facts);
  const mention = mentionsIn(text).find((m) => column >= m.column - 1 && column <= m.endColumn);
  if (mention) return personHover(mention.handle, { column: mention.column - 1, endColumn: mention.endColumn }, facts);
  // An item with a checkbox (action item, milestone, introduction to make): its story.
  const parsed = parseItemLine(text);
  return parsed?.hasCheckbox ? itemHover(text, parsed, facts) : null;
}

function within(span: { column: number; endColumn: number }, column: number): boolean {
  return column >= span.column && column <= span.endColumn;
}

function goalHover(id: string, span: { column: number; endColumn: number }, facts: HoverFacts): HoverText {
  const goal = facts.goals.find((g) => g.id === id);
  if (!goal) {
    return { start: span.column, end: span.endColumn, title: id, lines: [[`No goal "${id}" in this mentorship (no goals/${id}.md).`]] };
  }
  return { start: span.column, end: span.endColumn, title: goal.title, lines: goalLines(goal, facts.today) };
}

/** A goal in words: id and status, progress and target, next milestone. */
function goalLines(goal: GoalFact, today: IsoDate): HoverText['lines'] {
  const target = goal.target === null ? null : goal.target < today && goal.status === 'active' ? `target ${goal.target}, passed` : `target ${goal.target}`;
  return [
    [`Goal ${goal.id}`, goal.status],
    [`${goal.done}/${goal.total} milestones done`, target],
    [goal.nextMilestone && `Next milestone: ${goal.nextMilestone}`],
  ];
}

function personHover(handle: string, span: { column: number; endColumn: number }, facts: HoverFacts): HoverText {
  const person = facts.people.find((p) => p.handle.toLowerCase() === handle.toLowerCase());
  const open = facts.view.items(facts.mentorshipId).filter((r) => r.item.kind === 'action' && r.item.status === 'open' && r.item.owner?.toLowerCase() === handle.toLowerCase());
  const overdue = open.filter((r) => r.item.due !== null && r.item.due < facts.today).length;
  const next = open.map((r) => r.item.due).filter((d): d is IsoDate => d !== null && d >= facts.today).sort()[0];
  return {
    start: span.column,
    end: span.endColumn,
    title: person?.name ? `${person.name} (@${person.handle})` : `@${handle}`,
    lines: [
      [person ? roleWords(person) : `@${handle} is not named in this mentorship's agreement`],
      [open.length ? `${plural(open.length, 'open action item')}` : 'No open action items', overdue > 0 && `${overdue} overdue`, next && `next due ${shortDay(next, facts.today)}`],
    ],
  };
}

function roleWords(p: PersonFact): string {
  if (p.role === 'mentor') return 'Mentor in this mentorship';
  if (p.role === 'mentee') return 'Mentee in this mentorship';
  if (p.role === 'person') return 'Listed in the agreement\u2019s people';
  return `Named on ${plural(p.uses, 'item')} in this mentorship`;
}

const STATUS_WORDS: Record<ItemStatus, string> = { open: 'Open', done: 'Done', cancelled: 'Cancelled', moved: 'Moved to the next session' };

function itemHover(text: string, item: NonNullable<ReturnType<typeof parseItemLine>>, facts: HoverFacts): HoverText {
  const start = text.length - text.trimStart().length;
  const owner = item.owner ? facts.people.find((p) => p.handle.toLowerCase() === item.owner!.toLowerCase()) : undefined;
  const status = item.status ?? 'open';
  const statusWords = [
    STATUS_WORDS[status],
    status === 'done' && item.completion && `on ${item.completion}`,
    status === 'moved' && item.moved && `on ${item.moved}`,
  ].filter(Boolean).join(' ');
  const badDue = item.badDates.find((b) => b.field === 'due');
  const trail = itemTrail(facts.view, facts.mentorshipId, item.text, facts.path);
  const lines: HoverText['lines'] = [
    [statusWords, item.owner && `owner ${owner?.name ? `${owner.name} (@${item.owner})` : `@${item.owner}`}`],
    [item.due && dueWords(item.due, status, facts.today), badDue && `the due date "${badDue.text}" is not a day (write YYYY-MM-DD)`],
    [trail.first && `First written in ${stopWords(trail.first)}`, ...trail.moves.map((m) => `moved out of ${stopWords(m)}${m.on ? ` on ${m.on}` : ''}`)],
  ];
  for (const id of item.goals) {
    const goal = facts.goals.find((g) => g.id === id);
    lines.push(goal ? [`Goal: ${goal.title} (${id})`, `${goal.done}/${goal.total} milestones`, goal.status !== 'active' && goal.status] : [`Goal: ${id}, which does not exist in this mentorship`]);
  }
  lines.push(taskFieldWords(item));
  return { start, end: text.length, title: itemLabel({ kind: 'action', owner: item.owner, title: item.title }) || text.trim(), lines };
}

/** `due Tue 24 Nov (today)`, `overdue 3 days (due 2026-11-21)`, `due in 5 days, Mon 30 Nov`. */
function dueWords(due: IsoDate, status: ItemStatus, today: IsoDate): string {
  const n = daysBetween(today, due);
  if (status !== 'open') return `was due ${due}`;
  if (n < 0) return `overdue ${plural(-n, 'day')} (due ${due})`;
  if (n === 0) return `due today (${due})`;
  if (n === 1) return `due tomorrow (${due})`;
  return `due in ${plural(n, 'day')}, ${shortDay(due, today)} (${due})`;
}

function stopWords(stop: { path: string; date: IsoDate | null }): string {
  return stop.date ? `the session of ${stop.date}` : stop.path;
}

