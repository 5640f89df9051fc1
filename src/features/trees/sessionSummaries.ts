// A few words per session for the Sessions view. The index keeps structure, not prose, so the
// first agenda point or notes sentence is read from the file once per parsed entry: a changed
// file is a new Entry object, so a WeakMap keyed by the entry never serves a stale summary.
import type { Entry } from '../../core/model';
import { sessionSummary } from '../../core/summaries';
import type { Journal } from '../../host/journalStore';

/** Files read per expansion at most; older sessions are summed up from their title and items. */
const MAX_READS = 200;

export class SessionSummaries {
  private readonly cache = new WeakMap<Entry, string>();

  /** Reads what is missing for the newest `MAX_READS` of `sessions`. */
  async load(journal: Journal, sessions: readonly Entry[]): Promise<void> {
    const missing = sessions.slice(0, MAX_READS).filter((s) => !this.cache.has(s));
    await Promise.all(
      missing.map(async (s) => {
        let text: string | null = null;
        try {
          text = await journal.fs.readFile(s.path);
        } catch {
          // Deleted since it was indexed: the watcher will remove it; summarize from the index.
        }
        this.cache.set(s, sessionSummary(s, text));
      }),
    );
  }

  get(entry: Entry): string {
    return this.cache.get(entry) ?? sessionSummary(entry, null);
  }
}
