// Renaming a goal: its id is its file name, and sessions and items name it in front-matter
// `goals:` and in `[goal:: id]` fields. Which files name a goal, and the line edits that make one
// file name the new id instead, found as the parser reads them (never in code blocks or comments).
import type { JournalView } from '../journalIndex';
import type { LineEdit } from '../lineEdits';
import { frontMatterLineCount, splitLines } from '../markdownLines';
import { itemsOf } from '../parseEntry';
import { goalIdsInFrontMatter, goalIdsInItem } from '../tokens';

/** Why `id` cannot be a goal id (a file name that every reference can hold), or null when it can. */
export function goalIdProblem(id: string): string | null {
  if (id.trim() === '') return 'a goal id cannot be empty';
  if (id !== id.trim()) return 'a goal id cannot start or end with a space';
  if (id.startsWith('.')) return 'a goal id cannot start with "."';
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 32 || '/\\,[]()|:*?"<>#'.includes(id[i])) return `a goal id cannot hold "${id[i] === '\t' ? 'a tab' : id[i]}" (it is a file name and is written in [goal:: …])`;
  }
  return null;
}

/** The entries of a mentorship that name goal `id` (front matter or a field), in path order. */
export function filesNamingGoal(view: JournalView, mentorshipId: string | null, id: string): string[] {
  return view
    .entriesOf(mentorshipId)
    .filter((e) => e.goalIds.includes(id) || e.items.some((i) => i.goals.includes(id)))
    .map((e) => e.path);
}

/** The line edits that rename goal `from` to `to` in `text`, the file at `path`. */
export function renameGoalEdits(path: string, text: string, from: string, to: string): LineEdit[] {
  const lines = splitLines(text);
  const changed = new Map<number, string>();
  const replaceIn = (line: number, spans: { column: number; endColumn: number; id: string }[]) => {
    const hits = spans.filter((s) => s.id === from).sort((a, b) => b.column - a.column);
    if (hits.length === 0) return;
    let t = changed.get(line) ?? lines[line];
    for (const s of hits) t = t.slice(0, s.column) + to + t.slice(s.endColumn);
    changed.set(line, t);
  };
  const fmLines = frontMatterLineCount(lines);
  if (fmLines > 0) {
    const byLine = new Map<number, { column: number; endColumn: number; id: string }[]>();
    for (const g of goalIdsInFrontMatter((n) => lines[n - 1] ?? '', fmLines + 1)) {
      if (!byLine.has(g.line)) byLine.set(g.line, []);
      byLine.get(g.line)!.push(g);
    }
    for (const [line, spans] of byLine) replaceIn(line - 1, spans);
  }
  for (const item of itemsOf(path, text)) {
    if (item.goals.includes(from)) replaceIn(item.line - 1, goalIdsInItem(lines[item.line - 1]));
  }
  return [...changed].sort((a, b) => a[0] - b[0]).map(([line, t]) => ({ kind: 'replace', line, text: t }));
}
