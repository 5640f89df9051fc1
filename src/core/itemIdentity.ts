// An item's identity across versions of a file: its words without the dates that edits change
// (due, completion, moved …) and without its checkbox. Two lines with the same identity are one
// item in two states. The merge driver and the conflict bookkeeping compare items by it.

// `[due:: …]`, `(completion:: …)` …: the value stops at the next bracket, so every character is
// read at most twice (linear time on any text).
const DATE_FIELD = /[\[(][ \t]*(?:due|completion|done|moved|scheduled|start|created|cancelled)[ \t]*::[^\[\]()]*[\])]/gi;
// Obsidian Tasks' emoji dates (📅 📆 🗓 ✅ ⏳ ⌛ 🛫 ➕ ❌) with their day.
const EMOJI_DATE = /(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}|\u2705|\u23F3|\u231B|\u{1F6EB}|\u2795|\u274C)\uFE0F?[\s\u00A0]*\d{4}-\d{2}-\d{2}[.)]?/gu;
const SPACE = /\s+/g;

/** The identity of an item from its words as parsed (`Item.text`: after the checkbox, fields included). */
export function itemIdentity(text: string): string {
  return text.replace(DATE_FIELD, ' ').replace(EMOJI_DATE, ' ').replace(SPACE, ' ').trim();
}
