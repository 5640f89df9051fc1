// The journal webview's HTML and Content-Security-Policy, in one place (the same function serves
// the panel, its revival after a reload, and the browser tests and benchmark, so they all test the
// policy users get). Pure: the caller passes the webview's cspSource and resource URIs.

export interface PanelHtmlOptions {
  /** `webview.cspSource`: the origin of the extension's and the journal's local resources. */
  cspSource: string;
  /** A fresh random nonce per load. */
  nonce: string;
  /** The webview program (dist/media/journal.js) as a webview URI. */
  scriptUri: string;
  /** The stylesheet (media/journal/journal.css) as a webview URI. */
  styleUri: string;
}

/**
 * Nothing by default; scripts only with this load's nonce (no inline handlers, no eval); styles,
 * fonts and images only from local resources (localResourceRoots keeps those to the extension's
 * media and the journal roots), so remote images never load. No connections, frames, forms or
 * base URL changes.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    "connect-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function panelHtml(o: PanelHtmlOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>Mentorship Journal</title>
</head>
<body>
<main id="app" aria-busy="true" aria-label="Mentorship journal"><p class="loading">Loading the journal…</p></main>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}

/** 32 random characters from the Web Crypto API (present in Node 20 and in VS Code for the Web). */
export function makeNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
