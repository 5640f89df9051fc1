// One shared copy of the short strings a journal repeats thousands of times: owners, dates, goal
// ids, front-matter words. The index keeps tens of thousands of them; a string looked up here and
// dropped dies young, where a kept duplicate would be copied by every garbage collection after.

const table = new Map<string, string>();

/** The shared copy of `s`. Only strings under 13 characters (V8 copies those on slicing, so
 *  keeping one never keeps the whole file it was cut from). */
export function intern(s: string): string {
  if (s.length >= 13) return s;
  const known = table.get(s);
  if (known !== undefined) return known;
  // Bounded: a journal's vocabulary is small; anything past this is not worth sharing.
  if (table.size >= 8192) table.clear();
  table.set(s, s);
  return s;
}

const lists = new Map<string, readonly string[]>();
const NO_STRINGS: readonly string[] = Object.freeze([]);

/**
 * `list`, or a shared frozen copy of it when it is empty or one short string: most items and
 * sessions name one goal, the same one as many others. Frozen, so no holder can change it for
 * the rest.
 */
export function internList(list: string[]): string[] {
  if (list.length === 0) return NO_STRINGS as string[];
  if (list.length > 1) return list;
  const one = intern(list[0]);
  if (one.length >= 13) return Object.freeze([one]) as string[];
  let shared = lists.get(one);
  if (shared === undefined) {
    if (lists.size >= 8192) lists.clear();
    lists.set(one, (shared = Object.freeze([one])));
  }
  return shared as string[];
}
