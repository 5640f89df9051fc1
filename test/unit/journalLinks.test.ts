// The link allow-list of the journal webview: web and mail links, and relative links to Markdown
// files inside the journal; everything else is text.
import * as assert from 'node:assert/strict';
import { classifyImage, classifyLink, isAllowedLinkScheme, resolveRelative } from '../../src/core/linkPolicy';

describe('journal link policy', () => {
  it('allows http, https and mailto links as they are', () => {
    assert.deepEqual(classifyLink('https://example.com/a?b#c', 'sessions/x.md'), { kind: 'external', href: 'https://example.com/a?b#c' });
    assert.deepEqual(classifyLink('HTTP://example.com', 'x.md'), { kind: 'external', href: 'HTTP://example.com' });
    assert.equal(classifyLink('mailto:sam@example.com', 'x.md').kind, 'external');
  });

  it('blocks every other scheme, however it is spelled', () => {
    for (const url of ['command:workbench.action.terminal.new', 'vscode:extension/x', 'vscode-insiders://x', 'file:///etc/passwd', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'ftp://x']) {
      assert.equal(classifyLink(url, 'x.md').kind, 'blocked', url);
      assert.equal(isAllowedLinkScheme(url), false, url);
    }
  });

  it('resolves relative links inside the journal and blocks those that leave it', () => {
    assert.deepEqual(classifyLink('../goals/design-doc.md', 'sessions/2026-11-18.md'), { kind: 'journal', path: 'goals/design-doc.md' });
    assert.deepEqual(classifyLink('./2026-11-04.md#notes', 'sessions/2026-11-18.md'), { kind: 'journal', path: 'sessions/2026-11-04.md' });
    assert.deepEqual(classifyLink('first%20review.md', 'alex/notes/x.md'), { kind: 'journal', path: 'alex/notes/first review.md' });
    for (const url of ['../../outside.md', '../../../etc/passwd.md', '/etc/passwd.md', '//evil.example/x.md', '#notes', '..%2f..%2fx.md', '%2e%2e/%2e%2e/x.md', 'a%5c..%5cx.md', 'notes.txt', 'c%3a/x.md', '%zz.md']) {
      assert.equal(classifyLink(url, 'sessions/2026-11-18.md').kind, 'blocked', url);
    }
    assert.equal(resolveRelative('..', 'x.md'), null);
  });

  it('loads only images inside the journal', () => {
    assert.equal(classifyImage('../img/chart.png', 'sessions/x.md'), 'img/chart.png');
    for (const src of ['https://tracker.example/pixel.png', 'http://x/y.gif', 'data:image/png;base64,AAAA', 'file:///etc/x.png', '../../x.png', 'notes.md', '//cdn.example/x.png']) {
      assert.equal(classifyImage(src, 'sessions/x.md'), null, src);
    }
  });
});
