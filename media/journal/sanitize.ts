// Defence in depth for the one HTML the webview inserts: the Markdown the extension rendered
// with markdown-it (raw HTML off, links checked). Whatever arrives is parsed inert in a
// <template> (no scripts run, nothing loads) and only an allow-list of elements and attributes
// survives; anything else is dropped or, for harmless containers, replaced by its text.

const ALLOWED = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'CODE', 'EM', 'STRONG',
  'S', 'DEL', 'A', 'SPAN', 'IMG', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'HR', 'BR', 'SUP', 'SUB',
]);
/** Elements removed with everything inside them. */
const DROP = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH', 'LINK', 'META', 'BASE', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT']);
const ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['class', 'data-line'],
  A: ['href', 'data-path'],
  IMG: ['src', 'alt'],
  OL: ['start'],
  SPAN: ['data-status', 'data-field', 'data-value'],
};
const SAFE_HREF = /^(?:https?:|mailto:|#$)/i;

/** `imageRoots`: the journal roots as webview URLs; images load only from under them. */
export function sanitizeHtml(html: string, imageRoots: readonly string[]): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  clean(template.content, imageRoots);
  return template.content;
}

/** Whether `src`, with dot segments resolved, lies under one of the roots. */
function insideRoots(src: string, roots: readonly string[]): boolean {
  try {
    const href = new URL(src).href;
    return roots.some((root) => href.startsWith(root));
  } catch {
    return false;
  }
}

function clean(parent: ParentNode, imageRoots: readonly string[]): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.remove(); // comments, processing instructions
      continue;
    }
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (!ALLOWED.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      if (DROP.has(tag)) el.remove();
      else el.replaceWith(document.createTextNode(el.textContent ?? ''));
      continue;
    }
    const allowed = [...ATTRIBUTES['*'], ...(ATTRIBUTES[tag] ?? [])];
    for (const attr of [...el.attributes]) {
      if (!allowed.includes(attr.name)) el.removeAttribute(attr.name);
    }
    if (tag === 'A' && !SAFE_HREF.test(el.getAttribute('href') ?? '')) el.setAttribute('href', '#');
    // Images only from inside the journal (the CSP and localResourceRoots enforce it again).
    if (tag === 'IMG' && !insideRoots(el.getAttribute('src') ?? '', imageRoots)) el.remove();
    else clean(el, imageRoots);
  }
}
