// Skills over time: what a mentee practised, per quarter, for reviews. Skills come from goals'
// `skills:` and flow to the goal's milestones and to the wins and items linked to it
// (`[goal:: id]`); a win, milestone or item can name its own (`[skill:: communication]`,
// `[skills:: a, b]` or `#skill/communication`). The parser leaves fields it does not know in the
// item's text, so they are read here, from that text, only for the few items that mention a skill.
import { isIsoDate } from './dates';
import type { GoalView, SharedView } from './journalIndex';
import { compareStrings } from './journalIndex';
import type { Entry, IsoDate, Item } from './model';
import { quarterOf, quartersBetween } from './health/periods';

export interface SkillCounts {
  /** Goals with the skill that were active (started, not yet achieved or dropped) in the quarter. */
  goalsActive: number;
  goalsAchieved: number;
  milestonesDone: number;
  wins: number;
  /** Action items done (and introductions made) that carry the skill. */
  itemsDone: number;
}

export interface SkillQuarter extends SkillCounts {
  /** `2026-Q4`. */
  quarter: string;
}

export interface SkillRow {
  /** As first written in a goal's `skills:` (else as tagged, `-` read as a space). */
  skill: string;
  /** Every quarter of the report, oldest first (zeros included, so rows line up). */
  quarters: SkillQuarter[];
  total: SkillCounts;
  /** Milestones, wins and items done plus goals achieved: how much it was practised. */
  practice: number;
}

export interface SkillsReport {
  mentorship: string;
  title: string;
  quarters: string[];
  /** Most practised first, then by name. */
  skills: SkillRow[];
}

export interface SkillsOptions {
  /** The last day counted (an active goal is active until then). */
  to: IsoDate;
  /** The first day counted; default: since the mentorship's first dated record. */
  from?: IsoDate;
}

/** Counts one event for each of `skills` in `day`'s quarter (when the day is in the range). */
type Tally = (skills: readonly string[], day: IsoDate, what: keyof SkillCounts, goalId?: string) => void;

export function skillsOf(view: SharedView, mentorshipId: string, o: SkillsOptions): SkillsReport {
  const m = view.mentorship(mentorshipId);
  if (!m) throw new Error(`No mentorship "${mentorshipId}" in this journal`);
  const names = new Map<string, string>();
  const counts = new Map<string, Map<string, SkillCounts>>();
  let first: IsoDate | null = o.from ?? null;
  const within = (d: IsoDate) => (o.from === undefined || d >= o.from) && d <= o.to;
  /** Skill → the goals active with it at some time in the range. */
  const activeGoals = new Map<string, Set<string>>();
  const tally: Tally = (skills, day, what, goalId) => {
    if (!within(day)) return;
    if (first === null || day < first) first = day;
    const q = quarterOf(day);
    for (const s of skills) {
      if (goalId !== undefined) {
        let set = activeGoals.get(s);
        if (!set) activeGoals.set(s, (set = new Set()));
        set.add(goalId);
      }
      let byQuarter = counts.get(s);
      if (!byQuarter) counts.set(s, (byQuarter = new Map()));
      let c = byQuarter.get(q);
      if (!c) byQuarter.set(q, (c = { goalsActive: 0, goalsAchieved: 0, milestonesDone: 0, wins: 0, itemsDone: 0 }));
      c[what]++;
    }
  };
  // Goals' skills are shown as written; a tag's `-` and `_` (it cannot hold a space) as spaces.
  const name = (written: string, isTag = false) => {
    const key = skillKey(written);
    if (key && !names.has(key)) names.set(key, isTag ? key : written.trim());
    return key;
  };

  // Goals first: their spelling of a skill is the one shown.
  const goals = view.goals(m.id);
  const goalSkills = new Map<string, string[]>();
  for (const g of goals) goalSkills.set(g.id, unique(g.entry.goal!.skills.map((s) => name(s))));
  for (const g of goals) countGoal(g, goalSkills.get(g.id)!, o, tally);

  for (const { item, entry } of view.items(m.id)) {
    const what = eventOf(item);
    if (what === null) continue;
    const day = item.completion ?? entry.date;
    if (day === null) continue;
    const own = ownSkills(item.text).map((s) => name(s, true));
    const linked = item.goals.flatMap((id) => goalSkills.get(id) ?? []);
    const skills = unique([...linked, ...own]);
    if (skills.length) tally(skills, day, what);
  }

  const quarters = first === null ? [] : quartersBetween(first, o.to);
  const skills: SkillRow[] = [...counts.entries()].map(([key, byQuarter]) => {
    const total: SkillCounts = { goalsActive: 0, goalsAchieved: 0, milestonesDone: 0, wins: 0, itemsDone: 0 };
    for (const c of byQuarter.values()) {
      total.goalsAchieved += c.goalsAchieved;
      total.milestonesDone += c.milestonesDone;
      total.wins += c.wins;
      total.itemsDone += c.itemsDone;
    }
    total.goalsActive = activeGoals.get(key)?.size ?? 0;
    return {
      skill: names.get(key) ?? key,
      quarters: quarters.map((quarter) => ({ quarter, ...(byQuarter.get(quarter) ?? { goalsActive: 0, goalsAchieved: 0, milestonesDone: 0, wins: 0, itemsDone: 0 }) })),
      total,
      practice: total.milestonesDone + total.wins + total.itemsDone + total.goalsAchieved,
    };
  });
  skills.sort((a, b) => b.practice - a.practice || compareStrings(a.skill.toLowerCase(), b.skill.toLowerCase()));
  return { mentorship: m.id, title: m.title, quarters, skills };
}

/** What a done item adds to its skills, or null when it adds nothing. */
function eventOf(item: Item): keyof SkillCounts | null {
  if (item.status === 'cancelled' || item.status === 'moved') return null;
  if (item.kind === 'win') return 'wins';
  if (item.status !== 'done') return null;
  if (item.kind === 'milestone') return 'milestonesDone';
  if (item.kind === 'action' || item.kind === 'intro') return 'itemsDone';
  return null;
}

/** A goal is active in every quarter from its start to its end (achieved, paused, dropped, or `to`). */
function countGoal(g: GoalView, skills: string[], o: SkillsOptions, tally: Tally): void {
  if (!skills.length) return;
  const info = g.entry.goal!;
  const last = lastCompletion(g.milestones);
  const achieved = info.status === 'achieved' ? dayIn(g.entry, 'achieved') ?? last : null;
  const start = info.started ?? firstCompletion(g.milestones) ?? achieved;
  if (start === null) return;
  // A paused or dropped goal was active until its last milestone (or a `paused:` / `dropped:` day).
  const end = info.status === 'active' ? o.to : info.status === 'achieved' ? achieved ?? start : dayIn(g.entry, info.status) ?? last ?? start;
  const from = o.from !== undefined && start < o.from ? o.from : start;
  const to = end > o.to ? o.to : end;
  if (from <= to) {
    for (const q of quartersBetween(from, to)) tally(skills, quarterStartWithin(q, from), 'goalsActive', g.id);
  }
  if (achieved !== null) tally(skills, achieved, 'goalsAchieved');
}

/** A day inside quarter `q` on or after `from` (its first day, or `from` in `from`'s quarter). */
function quarterStartWithin(q: string, from: IsoDate): IsoDate {
  const first = `${q.slice(0, 4)}-${String((Number(q.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return first < from ? from : first;
}

function dayIn(entry: Entry, key: string): IsoDate | null {
  const v = entry.frontMatter[key];
  return typeof v === 'string' && isIsoDate(v) ? v : null;
}

function lastCompletion(items: Item[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const i of items) if (i.status === 'done' && i.completion !== null && (last === null || i.completion > last)) last = i.completion;
  return last;
}

function firstCompletion(items: Item[]): IsoDate | null {
  let first: IsoDate | null = null;
  for (const i of items) if (i.status === 'done' && i.completion !== null && (first === null || i.completion < first)) first = i.completion;
  return first;
}

function unique(keys: string[]): string[] {
  return [...new Set(keys.filter((k) => k !== ''))];
}

/** How skills compare: lower case, `-` and `_` as spaces, spaces collapsed. */
export function skillKey(written: string): string {
  return written.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
}

const NO_SKILLS: string[] = [];

/**
 * The skills an item's text names itself: `#skill/name` (a tag: after a space or at the start)
 * and `[skill:: a]`, `[skills:: a, b]`, `(skill:: a)`. One pass over the text; nothing unless it
 * says "skill".
 */
export function ownSkills(text: string): string[] {
  if (!text.includes('kill') && !text.includes('KILL')) return NO_SKILLS;
  const lower = text.toLowerCase();
  if (!lower.includes('skill')) return NO_SKILLS;
  const out: string[] = [];
  for (let at = lower.indexOf('#skill/'); at >= 0; at = lower.indexOf('#skill/', at + 1)) {
    if (at > 0 && !isSpace(lower.charCodeAt(at - 1))) continue;
    let end = at + 7;
    while (end < text.length && isTagChar(text, end)) end++;
    while (end > at + 7 && text.charCodeAt(end - 1) === 47) end--;
    if (end > at + 7) out.push(text.slice(at + 7, end));
  }
  // Fields: the closing bracket after each `::` is found once per bracket kind and reused, so
  // many `::` with no closer stay linear.
  const nextClose: Record<string, number> = { ']': -2, ')': -2 };
  for (let at = lower.indexOf('::'); at >= 0; at = lower.indexOf('::', at + 2)) {
    let k = at;
    while (k > 0 && lower.charCodeAt(k - 1) === 32) k--;
    const keyEnd = k;
    while (k > 0 && keyEnd - k < 7 && isAsciiLetter(lower.charCodeAt(k - 1))) k--;
    const key = lower.slice(k, keyEnd);
    if (key !== 'skill' && key !== 'skills') continue;
    while (k > 0 && lower.charCodeAt(k - 1) === 32) k--;
    const open = lower[k - 1];
    if (open !== '[' && open !== '(') continue;
    const closer = open === '[' ? ']' : ')';
    if (nextClose[closer] !== -1 && nextClose[closer] < at) nextClose[closer] = closer === ']' ? closeOfWiki(text, at + 2) : text.indexOf(closer, at + 2);
    const end = nextClose[closer];
    if (end < 0) continue;
    for (const part of text.slice(at + 2, end).split(',')) {
      const v = stripWiki(part.trim());
      if (v) out.push(v);
    }
  }
  return out;
}

/** The `]` that closes a field's value, past any `[[wiki]]` links in it; -1 when none. */
function closeOfWiki(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function stripWiki(v: string): string {
  return v.startsWith('[[') && v.endsWith(']]') ? v.slice(2, -2).trim() : v;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

function isAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

const TAG_CHAR = /[\p{L}\p{N}\p{M}_/-]/u;

function isTagChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 47;
  return TAG_CHAR.test(text[i]);
}
