// Small string helpers for what a regular expression would do in quadratic time on a long run of
// the same character (`/[.,;]+$/` retries from every character of a run that is not at the end).
// Every one is a single pass.

/** `s` without the characters at its end for which `drop` holds. */
export function trimEndWhere(s: string, drop: (c: number) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without the characters at its start for which `drop` holds. */
export function trimStartWhere(s: string, drop: (c: number) => boolean): string {
  let start = 0;
  while (start < s.length && drop(s.charCodeAt(start))) start++;
  return start === 0 ? s : s.slice(start);
}

/** A test for the characters of `chars` (all in the Basic Multilingual Plane). */
export function charIn(chars: string): (c: number) => boolean {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return (c) => set.has(c);
}

/** What `\s` matches and String.prototype.trim removes: white space and line terminators. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The line terminators of JavaScript and of editors: `\n`, `\r`, NEL, LINE and PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Whether `s` has a line break (as an editor would break the line there). */
export function hasLineBreak(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLineBreak(s.charCodeAt(i))) return true;
  return false;
}

/** `s` on one line: every run of white space holding a line break becomes one space. */
export function oneLine(s: string): string {
  if (!hasLineBreak(s)) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!isWhiteSpace(c) && c !== 0x85) {
      out += s[i++];
      continue;
    }
    let j = i;
    let breaks = false;
    while (j < s.length && (isWhiteSpace(s.charCodeAt(j)) || s.charCodeAt(j) === 0x85)) {
      if (isLineBreak(s.charCodeAt(j))) breaks = true;
      j++;
    }
    out += breaks ? ' ' : s.slice(i, j);
    i = j;
  }
  return out;
}

/**
 * `text` without each mention of `@handle` that stands alone: at the start or after white space
 * (or a character `before` accepts), and before the end, white space or punctuation.
 */
export function withoutMention(text: string, handle: string, before: (c: number) => boolean, limit = Infinity): string {
  const mention = `@${handle}`;
  let out = '';
  let copied = 0;
  let found = 0;
  for (let at = text.indexOf(mention); found < limit && at >= 0; at = text.indexOf(mention, at + 1)) {
    const prev = at === 0 ? -1 : text.charCodeAt(at - 1);
    if (at > 0 && !isWhiteSpace(prev) && !before(prev)) continue;
    const end = at + mention.length;
    if (end < text.length && !isWhiteSpace(text.charCodeAt(end)) && !MENTION_END(text.charCodeAt(end))) continue;
    out += text.slice(copied, at);
    copied = end;
    at = end - 1;
    found++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const MENTION_END = charIn('.,;:!?)');

/**
 * `s` without a run of characters `isMark` accepts at its end, and the white space after that
 * run (`Notes:: ` → `Notes`); unchanged when it does not end so.
 */
export function withoutTrailingMarks(s: string, isMark: (c: number) => boolean): string {
  let end = s.length;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  const marks = end;
  while (end > 0 && isMark(s.charCodeAt(end - 1))) end--;
  return end === marks ? s : s.slice(0, end);
}
