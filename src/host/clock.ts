// "Today" for the extension. The core never reads the clock; adapters ask here. Tests pin the
// day with the MENTORSHIP_TODAY environment variable of the extension host.
import { isIsoDate, localToday } from '../core/dates';
import type { IsoDate } from '../core/model';

export function today(): IsoDate {
  const pinned = typeof process !== 'undefined' ? process.env.MENTORSHIP_TODAY : undefined;
  return pinned && isIsoDate(pinned) ? pinned : localToday(new Date());
}
