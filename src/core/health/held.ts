// TEMPORARY — to be replaced by the parser's held/planned flag and src/core/schedule.ts's helpers
// when "the daily loop" lands (the lead switches it; nothing else here needs to change).
//
// A session is held when it has notes, wins, feedback, introductions or completed items;
// otherwise it is a planned one (an agenda written ahead). The index does not keep which
// sections a file has, so notes cannot be told apart here: a session dated before today counts
// as held, and one dated today (or later) only when it has one of the other marks.
import type { Entry, IsoDate } from '../model';

export function isHeld(entry: Entry, today: IsoDate): boolean {
  if (entry.type !== 'session' || entry.date === null || entry.date > today) return false;
  if (entry.date < today) return true;
  return entry.items.some((i) => i.kind === 'win' || i.kind === 'feedback' || i.kind === 'intro' || i.status === 'done');
}
