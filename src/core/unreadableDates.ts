// Items whose due date is written but is not a day (`[due:: friday]`, `[due:: 2026-02-30]`):
// the parser keeps no date for them and reports the line; views must not show them as undated.
// Derived from the entry's diagnostics (no extra work while indexing): only a line the parser
// reported is read again, to learn which field and what text.
import { parseItemLine } from './itemLine';
import type { Entry, Item } from './model';

/** The parser's code for a date that is not a real ISO day. */
export const BAD_DATE_CODE = 'bad-date';

/** The text of an item's unreadable due date (`friday`), or null when it has none or a real one. */
export function unreadableDue(entry: Entry, item: Item): string | null {
  if (item.due !== null || entry.diagnostics.length === 0) return null;
  if (!entry.diagnostics.some((d) => d.line === item.line && d.code === BAD_DATE_CODE)) return null;
  return unreadableDueOf(item.raw);
}

/** The same for one line as written (e.g. a line of an editor's buffer): reads the line. */
export function unreadableDueOf(raw: string): string | null {
  const parsed = parseItemLine(raw);
  if (!parsed || parsed.due !== null) return null;
  const bad = parsed.badDates.find((b) => b.field === 'due');
  return bad ? bad.text : null;
}
