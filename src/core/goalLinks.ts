// What belongs under a goal: the open action items linked to it and the sessions that discussed
// it. An item is linked by `[goal:: id]` or by being written in the goal's own file (the parser
// adds the goal's id to those); a session discussed a goal when its front matter lists it in
// `goals:` or one of its items links to it.
import type { Entry } from './model';
import type { ItemRef, JournalIndex } from './journalIndex';
import { byDue } from './openItems';

/** Open action items linked to the goal, soonest due first. */
export function openItemsOfGoal(index: JournalIndex, mentorshipId: string | null, goalId: string): ItemRef[] {
  return index
    .items(mentorshipId)
    .filter((r) => r.item.kind === 'action' && r.item.status === 'open' && r.item.goals.includes(goalId))
    .sort(byDue);
}

/** Sessions that discussed the goal, newest first. */
export function sessionsOfGoal(index: JournalIndex, mentorshipId: string | null, goalId: string): Entry[] {
  return index.sessions(mentorshipId).filter((s) => discusses(s, goalId));
}

export function discusses(entry: Entry, goalId: string): boolean {
  return entry.goalIds.includes(goalId) || entry.items.some((i) => i.goals.includes(goalId));
}

/** What `openItemsOfGoal` and `sessionsOfGoal` give, for every goal of a mentorship at once (one pass). */
export interface GoalLinks {
  open: ItemRef[];
  sessions: Entry[];
}

export function goalLinksOf(index: JournalIndex, mentorshipId: string | null): Map<string, GoalLinks> {
  const out = new Map<string, GoalLinks>();
  const linksOf = (goal: string) => out.get(goal) ?? out.set(goal, { open: [], sessions: [] }).get(goal)!;
  for (const r of index.items(mentorshipId)) {
    if (r.item.kind !== 'action' || r.item.status !== 'open') continue;
    for (const goal of new Set(r.item.goals)) linksOf(goal).open.push(r);
  }
  for (const links of out.values()) links.open.sort(byDue);
  for (const s of index.sessions(mentorshipId)) {
    const goals = new Set(s.goalIds);
    for (const i of s.items) for (const g of i.goals) goals.add(g);
    for (const goal of goals) linksOf(goal).sessions.push(s);
  }
  return out;
}
