// What the webview needs of an entry's items beside its rendered body (checkboxes, "open at line",
// overdue and invalid-date chips). Pure, shared by the message handler and the browser tests.
import { badDateMessage, parseItemLine } from '../../core/itemLine';
import type { Entry } from '../../core/model';
import type { BadDate, BodyItem } from '../../shared/journalProtocol';

const NONE: BadDate[] = [];

export function bodyItems(entry: Entry): BodyItem[] {
  // The parser reports unreadable dates as diagnostics on their line; only those lines are read again.
  const badLines = new Set(entry.diagnostics.filter((d) => d.code === 'bad-date').map((d) => d.line));
  return entry.items.map((i) => ({
    line: i.line,
    kind: i.kind,
    status: i.status,
    title: i.title,
    raw: i.raw,
    due: i.due,
    badDates: badLines.has(i.line) ? (parseItemLine(i.raw)?.badDates ?? NONE).map((b) => ({ field: b.field, text: b.text, message: badDateMessage(b.field, b.text) })) : NONE,
  }));
}
