// What the editor's helpers (completions, hovers, quick fixes) know of the mentorship a file
// belongs to: its people (agreement first, then handles by use), its goals with progress, and
// when it meets next. Read from the index and remembered while the index does not change, so a
// completion list per keystroke costs a lookup. A private file sees the whole journal; any other
// sees the shared view (a handle or goal written only in private notes is never offered there).
import { advance } from '../cadence';
import type { DueContext } from '../dueChoices';
import type { JournalIndex, JournalView } from '../journalIndex';
import type { Entry, GoalStatus, IsoDate, Person } from '../model';
import { parsePerson } from '../people';
import { nextMeeting, nextMeetingDay } from '../schedule';

export interface PersonFact {
  /** Without `@`. */
  handle: string;
  name: string | null;
  /** How the agreement names them; null for handles only seen in entries. */
  role: 'mentor' | 'mentee' | 'person' | null;
  /** Items owned and mentions in the mentorship's entries. */
  uses: number;
}

export interface GoalFact {
  id: string;
  title: string;
  status: GoalStatus;
  done: number;
  total: number;
  target: IsoDate | null;
  /** The first open milestone, as written. */
  nextMilestone: string | null;
  /** The goal file, journal-relative. */
  path: string;
}

export interface MentorshipFacts {
  /** The mentorship the file belongs to (null: none). */
  mentorshipId: string | null;
  /** The index as the file may see it (shared unless the file is private). */
  view: JournalView;
  /** The agreement's people first (mentee, mentor, then `people:`), then other handles, most used first. */
  people: PersonFact[];
  /** The mentorship's goals: active first, then by id. */
  goals: GoalFact[];
}

interface Memo {
  generation: number;
  byKey: Map<string, MentorshipFacts>;
}

const memo = new WeakMap<JournalIndex, Memo>();

/** The facts of the mentorship of the file at `path` (journal-relative). */
export function factsOf(index: JournalIndex, path: string): MentorshipFacts {
  let m = memo.get(index);
  if (!m || m.generation !== index.generation) memo.set(index, (m = { generation: index.generation, byKey: new Map() }));
  const isPrivate = path.startsWith('private/') || path.includes('/private/');
  const mentorshipId = index.mentorshipIdOf(path);
  const key = `${isPrivate ? 'p' : 's'}\u0000${mentorshipId ?? ''}`;
  let facts = m.byKey.get(key);
  if (!facts) {
    const view: JournalView = isPrivate ? index : index.shared();
    const entries = view.entriesOf(mentorshipId);
    facts = { mentorshipId, view, people: peopleOf(view, mentorshipId, entries), goals: goalsOf(view, mentorshipId) };
    m.byKey.set(key, facts);
  }
  return facts;
}

function peopleOf(view: JournalView, mentorshipId: string | null, entries: Entry[]): PersonFact[] {
  const out = new Map<string, PersonFact>();
  const add = (p: Person | null, role: PersonFact['role']) => {
    if (p?.handle && !out.has(p.handle.toLowerCase())) out.set(p.handle.toLowerCase(), { handle: p.handle, name: p.name, role, uses: 0 });
  };
  const m = mentorshipId === null ? undefined : view.mentorship(mentorshipId);
  add(m?.agreement.mentee ?? null, 'mentee');
  add(m?.agreement.mentor ?? null, 'mentor');
  const agreement = m ? view.get(m.agreementPath) : undefined;
  const listed = agreement?.frontMatter.people;
  if (Array.isArray(listed)) for (const p of listed) add(parsePerson(p), 'person');
  // Sessions without an agreement name their own people.
  for (const e of entries) {
    add(e.people.mentee, 'mentee');
    add(e.people.mentor, 'mentor');
  }
  const seen = new Map<string, { handle: string; uses: number }>();
  for (const e of entries) {
    for (const i of e.items) {
      if (!i.owner) continue;
      const k = i.owner.toLowerCase();
      const known = out.get(k);
      if (known) known.uses++;
      else {
        const s = seen.get(k);
        if (s) s.uses++;
        else seen.set(k, { handle: i.owner, uses: 1 });
      }
    }
  }
  const others = [...seen.values()].sort((a, b) => b.uses - a.uses || (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0));
  return [...out.values(), ...others.map((s) => ({ handle: s.handle, name: null, role: null, uses: s.uses }))];
}

const STATUS_ORDER: Record<GoalStatus, number> = { active: 0, paused: 1, achieved: 2, dropped: 3 };

function goalsOf(view: JournalView, mentorshipId: string | null): GoalFact[] {
  return view
    .goals(mentorshipId)
    .map((g) => ({
      id: g.id,
      title: g.entry.goal!.title,
      status: g.entry.goal!.status,
      done: g.done,
      total: g.total,
      target: g.entry.goal!.target,
      nextMilestone: g.milestones.find((i) => i.status === 'open')?.title ?? null,
      path: g.entry.path,
    }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Today and the next meeting of the mentorship of `path`, for due-date choices: none without a
 * cadence or a session planned ahead. In a session dated today or later (one being written or
 * planned), "next session" is the meeting after that one, not the session itself.
 */
export function dueContextOf(index: JournalIndex, path: string, today: IsoDate): DueContext {
  const shared = index.shared();
  const id = index.mentorshipIdOf(path);
  const m = id === null ? undefined : shared.mentorship(id);
  if (id === null || !m) return { today, nextSession: null };
  const entry = index.get(path);
  const day = entry ? (entry.type === 'session' ? entry.date : null) : DATED_SESSION.exec(path)?.[1] ?? null;
  if (day !== null && day >= today) {
    const later = shared.sessions(id).filter((s) => s.date !== null && s.date > day);
    const next = later.length ? later[later.length - 1].date : m.agreement.cadence ? advance(day, m.agreement.cadence) : null;
    return { today, nextSession: next };
  }
  const known = m.agreement.cadence !== null || nextMeeting(shared, id, today).planned !== null;
  return { today, nextSession: known ? nextMeetingDay(shared, id, today) : null };
}

// A session file named by its day (`sessions/2026-11-25.md`, `-2.md`), not yet in the index.
const DATED_SESSION = /(?:^|\/)sessions\/(\d{4}-\d{2}-\d{2})(?:-\d+)?\.md$/;
