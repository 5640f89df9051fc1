// A few words per session for the Sessions view. The index keeps structure, not prose, so the
// first agenda point or notes sentence comes from the file's text (the store's cache, read once
// per version of a file); a changed file is a new Entry object, so a WeakMap keyed by the entry
// never serves a stale summary.
import type { Entry } from '../../core/model';
import { sessionSummary } from '../../core/summaries';
import type { EntryTexts } from '../../host/entryTexts';
import type { Journal } from '../../host/journalStore';

/**
 * Files read per expansion at most: about a screenful of rows, the ones a person sees first.
 * Older sessions are summed up from their title and items (what the index keeps), so opening a
 * mentorship with hundreds of sessions reads a few dozen small files, not hundreds.
 */
const MAX_READS = 40;

export class SessionSummaries {
  private readonly cache = new WeakMap<Entry, string>();

  constructor(private readonly texts: EntryTexts) {}

  /** Reads what is missing for the newest `MAX_READS` of `sessions`. */
  async load(journal: Journal, sessions: readonly Entry[]): Promise<void> {
    const missing = sessions.slice(0, MAX_READS).filter((s) => !this.cache.has(s));
    await Promise.all(
      missing.map(async (s) => {
        // Undefined when deleted since it was indexed: summarized from the index meanwhile.
        const text = await this.texts.read(journal.fs, s);
        this.cache.set(s, sessionSummary(s, text ?? null));
      }),
    );
  }

  get(entry: Entry): string {
    return this.cache.get(entry) ?? sessionSummary(entry, null);
  }
}
