// What tree rows (and the journal webview) hand to commands: plain references into a journal.
// Commands accept these as arguments, or ask with a picker when run from the palette.
import type { Item } from '../core/model';
import type { Journal, MentorshipRef } from './journalStore';

export interface ItemRefArg {
  readonly type: 'item';
  readonly journal: Journal;
  /** Journal-relative path of the file the item is written in. */
  readonly path: string;
  readonly item: Item;
}

export interface EntryRefArg {
  readonly type: 'entry';
  readonly journal: Journal;
  readonly path: string;
  readonly line?: number;
}

export interface MentorshipArg {
  readonly type: 'mentorship';
  readonly ref: MentorshipRef;
}

export type CommandArg = ItemRefArg | EntryRefArg | MentorshipArg;

export function isItemArg(a: unknown): a is ItemRefArg {
  return typeof a === 'object' && a !== null && (a as { type?: unknown }).type === 'item';
}

export function isEntryArg(a: unknown): a is EntryRefArg {
  return typeof a === 'object' && a !== null && (a as { type?: unknown }).type === 'entry';
}

export function isMentorshipArg(a: unknown): a is MentorshipArg {
  return typeof a === 'object' && a !== null && (a as { type?: unknown }).type === 'mentorship';
}
