// The texts of journal files for the webview (search and rendering), read once per version of a
// file. The index replaces an Entry object whenever its file is re-read, so caching by Entry
// identity (WeakMap) is exactly "until the file changes", and forgotten entries free themselves.
import type { JournalFs } from '../../core/journalFs';
import type { Entry } from '../../core/model';

/** Files read at once: enough to hide latency, few enough not to flood the file system. */
const CONCURRENCY = 16;

export class EntryTexts {
  private readonly texts = new WeakMap<Entry, string>();
  private readonly revs = new WeakMap<Entry, number>();
  private next = 1;

  /** A number unique to this version of the entry (the webview caches rendered bodies by it). */
  revOf(entry: Entry): number {
    let rev = this.revs.get(entry);
    if (rev === undefined) this.revs.set(entry, (rev = this.next++));
    return rev;
  }

  textOf(entry: Entry): string | undefined {
    return this.texts.get(entry);
  }

  /** Reads the texts not read yet; an unreadable file counts as empty (the index reports it). */
  async load(fs: JournalFs, entries: readonly Entry[]): Promise<void> {
    const missing = entries.filter((e) => !this.texts.has(e));
    let at = 0;
    const worker = async () => {
      while (at < missing.length) {
        const entry = missing[at++];
        let text = '';
        try {
          text = fs.readFileNow ? fs.readFileNow(entry.path) : await fs.readFile(entry.path);
        } catch {
          // Deleted or unreadable since it was indexed: the next index change brings a new Entry.
        }
        this.texts.set(entry, text);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, missing.length) }, worker));
  }
}
