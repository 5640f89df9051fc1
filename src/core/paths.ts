// Posix-style path helpers for journal-relative paths (the core never sees OS paths).

/** The relative link from a file in folder `fromFolder` (`a/b/` or ``) to `to` (`a/c/x.md`). */
export function relativeLink(fromFolder: string, to: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const target = to.split('/');
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  const ups = from.length - common;
  return [...Array(ups).fill('..'), ...target.slice(common)].join('/');
}

/** Joins journal-relative path parts, ignoring empty ones. */
export function joinPath(...parts: string[]): string {
  return parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

/** Encodes a relative path for a Markdown link target (spaces and parentheses would break it). */
export function linkTarget(path: string): string {
  return path.split('/').map((s) => encodeURIComponent(s)).join('/');
}
