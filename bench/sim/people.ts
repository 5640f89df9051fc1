// The two people of the merge simulation and what they do on a day: Sam (the mentee) prepares
// the agenda, logs the meeting, ticks and moves his items, logs wins, keeps his goals' milestones;
// Priya (the mentor) sometimes prepares the agenda too, logs feedback, ticks items (hers, and now
// and then his). Every write goes through the write paths (writePaths.ts).
import { addDays } from '../../src/core/dates';
import { EditRefused } from '../../src/core/edits';
import type { ItemKind } from '../../src/core/model';
import { itemLine } from '../../src/core/templates';
import type { Clone } from './clone';
import type { ItemRef, WritePaths } from './writePaths';

const VERBS = ['Draft', 'Review', 'Send', 'Book', 'Read', 'Write up', 'Pair on', 'Prepare', 'Ask about', 'Try'];
const THINGS = ['the RFC outline', 'the rollout plan', 'the on-call runbook', 'the latency dashboard', 'die Überprüfung', 'the café talk slides', 'the Kafka chapter', 'the design review', 'the retro notes', 'el plan de pruebas'];

export interface Person {
  handle: 'sam' | 'priya';
  clone: Clone;
  rand: () => number;
  /** Makes every text this person writes unique (items are identified by their words). */
  counter: number;
  refused: number;
}

export function person(handle: Person['handle'], clone: Clone, rand: () => number): Person {
  return { handle, clone, rand, counter: 0, refused: 0 };
}

/** One write, or a refusal counted (the writer refuses, e.g., to edit a line that changed). */
function attempt(p: Person, write: () => unknown): void {
  try {
    write();
  } catch (e) {
    if (!(e instanceof EditRefused)) throw e;
    p.refused++;
  }
}

const chance = (p: Person, x: number) => p.rand() < x;
const pick = <T>(p: Person, xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(p.rand() * xs.length)] : undefined);

function words(p: Person): string {
  return `${pick(p, VERBS)} ${pick(p, THINGS)} (${p.handle[0]}${++p.counter})`;
}

/** Open items of `kind` (by owner when given), as tree rows offer them. */
function openItems(p: Person, kind: ItemKind, owner?: string): ItemRef[] {
  return p.clone
    .index()
    .items('.')
    .filter(({ item, entry }) => item.kind === kind && item.status === 'open' && !entry.isPrivate && !entry.unsafeToEdit && (owner === undefined || item.owner === owner))
    .map(({ item, entry }) => ({ path: entry.path, line: item.line, raw: item.raw }));
}

function doneItems(p: Person): ItemRef[] {
  return p.clone
    .index()
    .items('.')
    .filter(({ item, entry }) => item.kind === 'action' && item.status === 'done' && !entry.unsafeToEdit)
    .map(({ item, entry }) => ({ path: entry.path, line: item.line, raw: item.raw }));
}

function todaysSession(p: Person, day: string): string | undefined {
  return p.clone.index().sessions('.').find((s) => s.date === day && !s.unsafeToEdit)?.path;
}

/** Generate Agenda, the day before the meeting or on its morning. */
export function prepare(p: Person, w: WritePaths, day: string): void {
  attempt(p, () => w.generateAgenda(p.clone, day));
}

/** In the meeting: Sam logs it (in the agenda's session, or with the composer), Priya adds hers. */
export function meet(p: Person, w: WritePaths, day: string): void {
  const dueSoon = () => addDays(day, 7 + Math.floor(p.rand() * 10));
  if (p.handle === 'sam') {
    const session = todaysSession(p, day);
    if (session === undefined || chance(p, 0.25)) {
      attempt(p, () =>
        w.logSession(p.clone, {
          date: day,
          notes: `We talked about ${pick(p, THINGS)}.`,
          actions: [{ text: words(p), owner: 'sam', due: dueSoon() }, { text: words(p), owner: chance(p, 0.5) ? 'priya' : 'sam' }],
          wins: chance(p, 0.5) ? [words(p)] : [],
        }),
      );
    } else {
      attempt(p, () => w.writeNotes(p.clone, session, `We talked about ${pick(p, THINGS)} (${++p.counter}).`));
      for (let i = 0; i < 1 + Math.floor(p.rand() * 3); i++) {
        attempt(p, () => w.addItem(p.clone, session, 'action', itemLine('action', words(p), { owner: chance(p, 0.7) ? 'sam' : 'priya', due: chance(p, 0.6) ? dueSoon() : null })));
      }
    }
    for (let i = 0; i < 2; i++) {
      const item = pick(p, openItems(p, 'action', 'sam'));
      if (item) attempt(p, () => w.complete(p.clone, item, day));
    }
    const late = pick(p, openItems(p, 'action'));
    if (late && chance(p, 0.3)) attempt(p, () => w.setDue(p.clone, late, dueSoon()));
    const carry = pick(p, openItems(p, 'action', 'sam'));
    if (carry && chance(p, 0.25)) attempt(p, () => w.moveToNextSession(p.clone, carry, day));
    return;
  }
  if (chance(p, 0.6)) attempt(p, () => w.log(p.clone, day, 'feedback', words(p), p.handle));
  const mine = pick(p, openItems(p, 'action', 'priya'));
  if (mine && chance(p, 0.4)) attempt(p, () => w.complete(p.clone, mine, day));
  const session = todaysSession(p, day);
  if (session && chance(p, 0.3)) attempt(p, () => w.addItem(p.clone, session, 'action', itemLine('action', words(p), { owner: 'priya' })));
}

/** An ordinary working day. */
export function work(p: Person, w: WritePaths, day: string): void {
  const later = () => addDays(day, 3 + Math.floor(p.rand() * 14));
  if (p.handle === 'sam') {
    const mine = pick(p, openItems(p, 'action', 'sam'));
    if (mine && chance(p, 0.12)) attempt(p, () => w.complete(p.clone, mine, day));
    if (chance(p, 0.08)) attempt(p, () => w.log(p.clone, day, 'win', words(p), p.handle));
    const milestone = pick(p, openItems(p, 'milestone'));
    if (milestone && chance(p, 0.06)) attempt(p, () => w.complete(p.clone, milestone, day));
    const any = pick(p, openItems(p, 'action'));
    if (any && chance(p, 0.04)) attempt(p, () => w.setDue(p.clone, any, later()));
    const goal = pick(p, p.clone.index().goals('.').filter((g) => g.entry.goal!.status === 'active'));
    if (goal && chance(p, 0.03)) attempt(p, () => w.addItem(p.clone, goal.entry.path, 'milestone', itemLine('action', words(p))));
    if (chance(p, 0.012) || (goal === undefined && chance(p, 0.2))) {
      attempt(p, () => {
        const path = w.newGoal(p.clone, day, `Grow in ${pick(p, THINGS)} ${++p.counter}`);
        for (let i = 0; i < 3; i++) w.addItem(p.clone, path, 'milestone', itemLine('action', words(p)));
      });
    }
    const carry = pick(p, openItems(p, 'action', 'sam'));
    if (carry && chance(p, 0.02)) attempt(p, () => w.moveToNextSession(p.clone, carry, day));
    const done = pick(p, doneItems(p));
    if (done && chance(p, 0.01)) attempt(p, () => w.reopen(p.clone, done));
    return;
  }
  if (chance(p, 0.06)) attempt(p, () => w.log(p.clone, day, 'feedback', words(p), p.handle));
  const mine = pick(p, openItems(p, 'action', 'priya'));
  if (mine && chance(p, 0.08)) attempt(p, () => w.complete(p.clone, mine, day));
  const any = pick(p, openItems(p, 'action'));
  if (any && chance(p, 0.03)) attempt(p, () => w.setDue(p.clone, any, later()));
  const his = pick(p, openItems(p, 'action', 'sam'));
  if (his && chance(p, 0.03)) attempt(p, () => w.complete(p.clone, his, day));
  if (his && chance(p, 0.01)) attempt(p, () => w.moveToNextSession(p.clone, his, day));
}
