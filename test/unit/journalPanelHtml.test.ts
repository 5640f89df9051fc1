// The journal webview's HTML: strict CSP with a nonce, local resources only, and the pure
// modules of the feature stay free of `vscode` (so they run in Node and in these tests).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contentSecurityPolicy, makeNonce, panelHtml } from '../../src/features/journal/panelHtml';
import { REPO } from './helpers';

describe('journal webview HTML', () => {
  it('has a strict Content-Security-Policy', () => {
    const csp = contentSecurityPolicy('https://res.example', 'N0NCE');
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    assert.equal(directives.get('default-src'), "'none'");
    assert.equal(directives.get('script-src'), "'nonce-N0NCE'");
    for (const d of ['style-src', 'font-src', 'img-src']) assert.equal(directives.get(d), 'https://res.example', d);
    for (const d of ['form-action', 'base-uri', 'connect-src', 'frame-src', 'object-src']) assert.equal(directives.get(d), "'none'", d);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|https?:(?!\/\/res)/);
  });

  it('loads its one script by nonce and its stylesheet from the extension', () => {
    const html = panelHtml({ cspSource: 'https://res.example', nonce: 'abc', scriptUri: 'https://res.example/journal.js', styleUri: 'https://res.example/journal.css?"><script>' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-abc';/);
    assert.deepEqual(html.match(/<script\b[^>]*>/g), ['<script nonce="abc" src="https://res.example/journal.js">']);
    assert.match(html, /href="https:\/\/res.example\/journal.css\?&quot;&gt;&lt;script&gt;"/);
    assert.doesNotMatch(html, /style=/);
  });

  it('makes a fresh 32-character nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(a, makeNonce());
  });

  it('keeps its pure modules free of vscode', () => {
    for (const file of ['validate.ts', 'renderMarkdown.ts', 'timeline.ts', 'panelHtml.ts']) {
      const text = fs.readFileSync(path.join(REPO, 'src', 'features', 'journal', file), 'utf8');
      assert.doesNotMatch(text, /from ['"]vscode['"]|require\(['"]vscode['"]\)/, file);
    }
    const protocol = fs.readFileSync(path.join(REPO, 'src', 'shared', 'journalProtocol.ts'), 'utf8');
    assert.doesNotMatch(protocol, /from ['"]vscode['"]|\b(HTMLElement|Document|Window)\b/);
  });
});
