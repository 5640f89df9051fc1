// The texts of journal files (rendering, search, summaries), read once per version of a file:
// the store's one cache of entry texts. The index replaces an Entry object whenever its file is
// re-read, so caching by Entry identity (WeakMap) is exactly "until the file changes", and
// forgotten entries free themselves.
import type { JournalFs } from '../core/journalFs';
import type { Entry } from '../core/model';

/** Files read at once: enough to hide latency, few enough not to flood the file system. */
const CONCURRENCY = 16;

export class EntryTexts {
  /** null: the file could not be read (gone, or unreadable) when it was asked for. */
  private readonly texts = new WeakMap<Entry, string | null>();
  private readonly revs = new WeakMap<Entry, number>();
  private next = 1;

  /** A number unique to this version of the entry (the webview caches rendered bodies by it). */
  revOf(entry: Entry): number {
    let rev = this.revs.get(entry);
    if (rev === undefined) this.revs.set(entry, (rev = this.next++));
    return rev;
  }

  /** The text, when it was loaded ('' when the file could not be read). */
  textOf(entry: Entry): string | undefined {
    const text = this.texts.get(entry);
    return text === null ? '' : text;
  }

  /** The text of one entry, read if needed; undefined when the file is gone or unreadable. */
  async read(fs: JournalFs, entry: Entry): Promise<string | undefined> {
    await this.load(fs, [entry]);
    return this.texts.get(entry) ?? undefined;
  }

  /** Whether the text of this version of the entry has been read. */
  has(entry: Entry): boolean {
    return this.texts.has(entry);
  }

  /**
   * Reads the texts not read yet; an unreadable file counts as empty (the index reports it).
   * `pause` (see core/scan.ts) lets a long load share the thread.
   */
  async load(fs: JournalFs, entries: readonly Entry[], pause?: () => Promise<void> | undefined): Promise<void> {
    const missing = entries.filter((e) => !this.texts.has(e));
    let at = 0;
    const worker = async () => {
      while (at < missing.length) {
        const entry = missing[at++];
        let text: string | null = null;
        try {
          text = fs.readFileNow ? fs.readFileNow(entry.path) : await fs.readFile(entry.path);
        } catch {
          // Deleted or unreadable since it was indexed: the next index change brings a new Entry.
        }
        this.texts.set(entry, text);
        const wait = pause?.();
        if (wait) await wait;
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, missing.length) }, worker));
  }
}
