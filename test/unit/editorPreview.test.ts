// VS Code's Markdown preview with the journal's plugin, rendered in Node with markdown-it (VS
// Code hands the plugin its own instance): chips for owners, dates and goals, an overdue date
// marked, the journal's link policy, no raw HTML; other Markdown as it was.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { JournalIndex } from '../../src/core/journalIndex';
import { journalPreview } from '../../src/features/editor/previewPlugin';
import type { JournalStore } from '../../src/host/journalStore';
import { EXAMPLES, indexOf } from './helpers';

const ROOT = '/work/sample/mentorship/';

describe('the Markdown preview plugin', () => {
  let index: JournalIndex;
  let md: MarkdownIt;
  before(async () => {
    process.env.MENTORSHIP_TODAY = '2026-11-24';
    index = await indexOf(path.join(EXAMPLES, 'mentorship'));
    // The one thing the plugin asks the store: which journal file a preview shows.
    const store = { locate: (uri: { path: string }) => (uri.path.startsWith(ROOT) ? { journal: { index }, path: uri.path.slice(ROOT.length) } : undefined) };
    md = journalPreview(store as unknown as JournalStore)(new MarkdownIt({ html: true }));
  });
  after(() => delete process.env.MENTORSHIP_TODAY);

  /** As VS Code's preview renders: tokens parsed with an empty env (and cached), the document named only when rendering. */
  const render = (text: string, file = `${ROOT}sessions/2026-11-25.md`) => md.renderer.render(md.parse(text, {}), md.options, { currentDocument: { scheme: 'file', path: file } });

  it('shows owners, due dates and goals as chips, an overdue date marked, a goal linking to its file', () => {
    const html = render('## Action items\n\n- [ ] Send the draft @sam [due:: 2026-11-21] [goal:: design-doc]\n- [x] Book the room @priya [due:: 2026-11-20] [completion:: 2026-11-19]\n- [ ] Rehearse 📅 2026-12-03\n');
    assert.match(html, /<span class="mj-task" data-status="open"><\/span>Send the draft <span class="mj-chip mj-person" title="Sam Okafor">@sam<\/span>/);
    assert.match(html, /<span class="mj-chip mj-due mj-overdue" title="overdue 3 days">due 2026-11-21<\/span>/);
    assert.match(html, /<a class="mj-chip mj-goal" href="..\/goals\/design-doc.md" title="Write and land my first design doc · 3\/5 milestones">#design-doc<\/a>/);
    // Done: its old due date is not overdue.
    assert.match(html, /data-status="done"><\/span>Book the room .*<span class="mj-chip mj-due">due 2026-11-20<\/span> <span class="mj-chip">done 2026-11-19<\/span>/);
    assert.match(html, /Rehearse <span class="mj-chip mj-due">due 2026-12-03<\/span>/);
  });

  it('renders no raw HTML in a journal file: comments are nothing, other HTML is text', () => {
    const html = render('Hello <b onclick="x()">there</b>\n\n<div>block</div>\n\n<!-- a comment -->\n\n<script>alert(1)</script>\n');
    assert.doesNotMatch(html, /<b |<div>|<script>|a comment/);
    assert.match(html, /&lt;b onclick=&quot;x\(\)&quot;&gt;there&lt;\/b&gt;/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('keeps the journal link policy: no command or file links, web and journal links stay', () => {
    const html = render('[run](command:workbench.action.terminal.new) [file](file:///etc/passwd) [web](https://example.com) [goal](../goals/design-doc.md) [out](../../../x.md)\n\n![x](https://example.com/t.png)\n');
    assert.match(html, /<span class="mj-link-blocked">run<\/span>/);
    assert.doesNotMatch(html, /href="file:/);
    assert.match(html, /<a href="https:\/\/example.com">web<\/a>/);
    assert.match(html, /<a href="..\/goals\/design-doc.md">goal<\/a>/);
    assert.match(html, /<span class="mj-link-blocked">out<\/span>/);
    assert.match(html, /<span class="mj-image-blocked">\[image: x\]<\/span>/);
  });

  it('works with handles and words in any script', () => {
    const html = render('- [ ] 与 @josé 讨论设计 [due:: 2026-12-01]\n');
    assert.match(html, /与 <span class="mj-chip mj-person">@josé<\/span> 讨论设计 <span class="mj-chip mj-due">due 2026-12-01<\/span>/);
  });

  it('leaves other Markdown exactly as VS Code renders it', () => {
    const plain = new MarkdownIt({ html: true });
    const text = '- [ ] Task @sam [due:: 2020-01-01]\n\n<b>bold</b> [run](command:x)\n';
    assert.equal(render(text, '/work/elsewhere/notes.md'), plain.render(text));
    assert.equal(md.render(text), plain.render(text), 'no document at all');
    const sample = textOf('sessions/2026-11-18.md');
    assert.equal(render(sample, '/work/elsewhere/2026-11-18.md'), plain.render(sample), 'a whole session outside a journal');
  });
});

function textOf(p: string): string {
  return fs.readFileSync(path.join(EXAMPLES, 'mentorship', p), 'utf8');
}
