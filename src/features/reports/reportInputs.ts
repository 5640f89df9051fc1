// What the reports need besides the index: the texts of the sessions they sum up (the store's one
// cache of entry texts), and a file name to suggest when one is saved.
import type { Mentorship } from '../../core/journalIndex';
import type { Entry } from '../../core/model';
import { slugify } from '../../core/templates';
import type { Journal, JournalStore } from '../../host/journalStore';

/** Reads the sessions' texts (once per version of a file) and answers for them; null for others. */
export async function sessionTexts(store: JournalStore, journal: Journal, sessions: readonly Entry[]): Promise<(entry: Entry) => string | null> {
  await store.texts.load(journal.fs, sessions);
  const wanted = new Set(sessions);
  return (entry) => (wanted.has(entry) ? store.texts.textOf(entry) ?? null : null);
}

/** e.g. `progress-report-sam-2026-08-27-to-2026-11-24.md`. */
export function reportFileName(what: string, mentorship: Mentorship, when: string): string {
  const who = mentorship.agreement.mentee?.handle ?? mentorship.agreement.mentee?.name ?? (mentorship.id === '.' ? '' : mentorship.id);
  return `${[what, who && slugify(who), when].filter(Boolean).join('-')}.md`;
}
