// A mentorship's health (core/health) as the views show it: from its shared files, for a day,
// kept with the store's derived values until a change touches that mentorship — a change in
// one mentorship of a program's journal must not make every other mentorship's health computed
// again (at 100,000 entries that was 290 ms of every change, for the status bar's tooltip alone).
import { healthOf, type MentorshipHealth } from '../core/health/health';
import type { IsoDate } from '../core/model';
import type { JournalStore, MentorshipRef } from './journalStore';

export function mentorshipHealth(store: JournalStore, ref: MentorshipRef, day: IsoDate): MentorshipHealth | null {
  return store.derived(ref.key, `health:${day}`, () => healthOf(ref.journal.index.shared(), ref.mentorship.id, day));
}
