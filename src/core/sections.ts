// What a heading says its list lines are. Case-insensitive, with the synonyms people use.
import type { ItemKind, SectionKind } from './model';
import { charIn, withoutTrailingMarks } from './text';

const HEADINGS = new Map<string, SectionKind>();
function add(kind: SectionKind, ...names: string[]): void {
  for (const n of names) HEADINGS.set(n, kind);
}
add('action', 'action items', 'action item', 'actions', 'follow-ups', 'follow-up', 'follow ups', 'followups', 'todo', 'todos', 'to do', 'to-do', 'next steps', 'tasks');
add('wins', 'wins', 'win', 'successes', 'kudos');
add('feedback', 'feedback');
add('intro', 'introductions', 'introduction', 'intros', 'intro', 'connections');
add('next', 'next time', 'for next time', 'next session', 'topics for next time', 'parking lot');
add('milestones', 'milestones', 'milestone');
add('agenda', 'agenda');
add('notes', 'notes', 'discussion');
add('why', 'why');
add('measure', 'measure of success', 'measures of success', 'success criteria');
add('log', 'log', 'progress log');

/** The kind of a heading's text, e.g. "Follow-ups:" → action; unknown headings are `other`. */
export function sectionKind(heading: string): SectionKind {
  // Journals repeat a handful of headings thousands of times: remember them as written.
  const seen = SEEN.get(heading);
  if (seen !== undefined) return seen;
  // No known heading has a digit: "Session 2026-11-24" and "Goal 3" are titles, not sections.
  if (HAS_DIGIT.test(heading)) return 'other';
  const kind = kindOf(heading);
  if (SEEN.size >= 512) SEEN.clear();
  SEEN.set(heading, kind);
  return kind;
}

const HAS_DIGIT = /\d/;
const END_MARKS = charIn(':.!');

const SEEN = new Map<string, SectionKind>();

function kindOf(heading: string): SectionKind {
  const quick = HEADINGS.get(heading.toLowerCase());
  if (quick !== undefined) return quick;
  const key = withoutTrailingMarks(heading.toLowerCase().replace(/[\p{Extended_Pictographic}\uFE0F]/gu, ''), END_MARKS)
    .replace(/\s+/g, ' ')
    .trim();
  return HEADINGS.get(key) ?? 'other';
}

/** The item kind of list lines under a section kind, or null when plain bullets there are prose. */
export function bulletKind(kind: SectionKind): ItemKind | null {
  switch (kind) {
    case 'action': return 'action';
    case 'milestones': return 'milestone';
    case 'wins': return 'win';
    case 'feedback': return 'feedback';
    case 'intro': return 'intro';
    case 'next': return 'topic';
    default: return null;
  }
}

/** The heading text written for each item kind when the extension adds a section. */
export const SECTION_TITLES: Record<ItemKind, string> = {
  action: 'Action items',
  milestone: 'Milestones',
  win: 'Wins',
  feedback: 'Feedback',
  intro: 'Introductions',
  topic: 'Next time',
};
