// Which links and images in journal Markdown may stay links. An allow-list: web and mail links,
// and relative links to Markdown files that stay inside the journal. Everything else (command:,
// vscode:, file:, javascript:, data:, protocol-relative, absolute paths, escapes out of the
// journal) is shown as plain text. Pure, so the unit tests check every case.

export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'journal'; path: string }
  | { kind: 'blocked' };

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|svg|avif|bmp)$/i;

/** The scheme of `url` as a browser would read it (tabs, newlines and controls ignored), or null. */
export function schemeOf(url: string): string | null {
  // Browsers drop ASCII tab/newline anywhere and leading controls/spaces: "java\tscript:" is
  // javascript:. Read the scheme the same way, so no spelling slips through.
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return m ? m[1].toLowerCase() : null;
}

/** For markdown-it's validateLink: schemes outside the allow-list never become links at all. */
export function isAllowedLinkScheme(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === null || ALLOWED_SCHEMES.has(scheme);
}

/** Where a link written in the file `fromPath` (journal-relative) may go. */
export function classifyLink(url: string, fromPath: string): LinkTarget {
  const scheme = schemeOf(url);
  if (scheme !== null) return ALLOWED_SCHEMES.has(scheme) ? { kind: 'external', href: url.trim() } : { kind: 'blocked' };
  const path = resolveRelative(url, fromPath);
  return path !== null && path.toLowerCase().endsWith('.md') ? { kind: 'journal', path } : { kind: 'blocked' };
}

/** The journal path of a relative image inside the journal, or null (remote images never load). */
export function classifyImage(src: string, fromPath: string): string | null {
  if (schemeOf(src) !== null) return null;
  const path = resolveRelative(src, fromPath);
  return path !== null && IMAGE_EXTENSIONS.test(path) ? path : null;
}

/**
 * Resolves a relative reference against the folder of `fromPath`; null when it is not a plain
 * relative path (absolute, protocol-relative, a bare `#fragment`) or when it leaves the journal.
 */
export function resolveRelative(url: string, fromPath: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('/') || trimmed.startsWith('\\') || trimmed.startsWith('#') || trimmed.startsWith('?')) return null;
  const suffix = trimmed.search(/[?#]/);
  const withoutSuffix = suffix < 0 ? trimmed : trimmed.slice(0, suffix);
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutSuffix);
  } catch {
    return null;
  }
  // Decoded backslashes, colons or controls would be separators, drives or schemes elsewhere.
  if (/[\\:\u0000-\u001f\u007f]/.test(decoded)) return null;
  const parts = fromPath.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.length ? parts.join('/') : null;
}
