// Journal Markdown → HTML for the webview: raw HTML off, links allow-listed, items annotated with
// their file lines, nothing that the webview's CSP would have to block.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEntry, sectionsOf } from '../../src/core/parseEntry';
import { bodyItems } from '../../src/features/journal/bodyItems';
import { chipsOf } from '../../src/core/chips';
import { markdownEngine, renderMarkdown } from '../../src/features/journal/renderMarkdown';
import { bodyOf } from '../../src/features/journal/timeline';
import { EXAMPLES, prng } from './helpers';

const ctx = { path: 'sessions/2026-11-18.md', bodyLine: 1, items: [] };

const TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'a', 'span', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br']);
const ATTRS = new Set(['class', 'data-line', 'data-path', 'data-status', 'href', 'src', 'alt', 'start']);

/**
 * Every real tag (text `<` is escaped, so each `<` starts one) is an allowed element with
 * allowed attributes only; links go to the web, mail or nowhere, images only as allowed.
 */
function assertInert(html: string, imageSrc = /^$/): void {
  for (const [, tag, attrs] of html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
    assert.ok(TAGS.has(tag.toLowerCase()), `element <${tag}> in ${html}`);
    for (const [, name, value] of attrs.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      assert.ok(ATTRS.has(name), `attribute ${name} in ${html}`);
      if (name === 'href') assert.match(value, /^(https?:|mailto:|#$)/);
      if (name === 'src') assert.match(value, imageSrc);
    }
  }
}

describe('journal Markdown rendering', () => {
  it('creates markdown-it once, lazily', async () => {
    assert.equal(markdownEngine(), markdownEngine());
    assert.equal(await markdownEngine(), await markdownEngine());
  });

  it('keeps raw HTML as text', async () => {
    const html = await renderMarkdown('Hi <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<a href="command:x">c</a>', ctx);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(2\)&quot;&gt;/);
    assertInert(html);
  });

  it('renders command:, vscode:, file:, javascript: and data: links as plain text', async () => {
    const md = [
      '[run](command:workbench.action.terminal.new)',
      '[ext](vscode:extension/evil.evil)',
      '[file](file:///etc/passwd)',
      '[js](javascript:alert(1))',
      '[js2](JAVASCRIPT:alert(1))',
      '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<command:workbench.action.terminal.new>',
      '[ref][r]',
      '',
      '[r]: javascript:alert(3)',
    ].join('\n\n');
    const html = await renderMarkdown(md, ctx);
    assert.doesNotMatch(html, /<a\b/);
    for (const text of ['run', 'ext', 'file', 'js', 'data', 'ref']) assert.match(html, new RegExp(`\\[${text}\\]`));
    assertInert(html);
  });

  it('keeps web links and turns journal links into data-path links; escapes out of the journal are text', async () => {
    const html = await renderMarkdown('[web](https://example.com/?a=1&b=2) [mail](mailto:sam@example.com) [goal](../goals/design-doc.md) [out](../../../secret.md) [abs](/etc/x.md)', ctx);
    assert.match(html, /<a href="https:\/\/example.com\/\?a=1&amp;b=2" class="external">web<\/a>/);
    assert.match(html, /<a href="mailto:sam@example.com" class="external">mail<\/a>/);
    assert.match(html, /<a href="#" class="journal-link" data-path="goals\/design-doc.md">goal<\/a>/);
    assert.match(html, /<span class="link-blocked">out<\/span>/);
    assert.match(html, /<span class="link-blocked">abs<\/span>/);
  });

  it('shows remote images as text and journal images from the given URL', async () => {
    const html = await renderMarkdown('![pixel](https://tracker.example/p.png) ![chart](../img/chart.png) ![x](data:image/png;base64,AA)', {
      ...ctx,
      resolveImage: (p) => `https://webview.example/${p}`,
    });
    assert.match(html, /<span class="image-blocked">\[image: pixel\]<\/span>/);
    assert.match(html, /<img src="https:\/\/webview.example\/img\/chart.png" alt="chart">/);
    assert.doesNotMatch(html, /tracker/);
    assert.doesNotMatch(html, /<img[^>]*data:/);
    assertInert(html, /^https:\/\/webview.example\/img\/chart.png$/);
  });

  it('marks the index items with their file lines and task markers', async () => {
    const file = 'sessions/2026-11-18.md';
    const text = fs.readFileSync(path.join(EXAMPLES, 'mentorship', file), 'utf8');
    const entry = parseEntry(file, text)!;
    const html = await renderMarkdown(bodyOf(text, entry.bodyLine), { path: file, bodyLine: entry.bodyLine, items: entry.items });
    const open = entry.items.find((i) => i.raw.includes('Alternatives considered'))!;
    const done = entry.items.find((i) => i.status === 'done')!;
    const feedback = entry.items.find((i) => i.kind === 'feedback')!;
    assert.match(html, new RegExp(`<li data-line="${open.line}" class="item item-open"><span class="task-marker" data-status="open"></span>Fill in`));
    assert.match(html, new RegExp(`<li data-line="${done.line}" class="item item-done"><span class="task-marker" data-status="done"></span>Move the schema`));
    assert.match(html, new RegExp(`<li data-line="${feedback.line}" class="item">`));
    // The card shows the title: the body's leading "# Session" is not repeated.
    assert.doesNotMatch(html, /<h1/);
    assert.match(html, new RegExp(`<h2 data-line="${sectionsOf(entry.path, text).find((s) => s.kind === 'notes')!.line}">Notes</h2>`));
    assert.doesNotMatch(html, /\[ \]|\[x\]/);
  });

  it('marks items with any checkbox character, in quotes and callouts too', async () => {
    const body = '- [/] In progress\n- [?] Ask\n\n> [!todo] Retro\n> - [ ] In a callout \u{1F4C5} 2022-07-29\n';
    const entry = parseEntry('sessions/2026-11-18.md', `---\ntype: session\n---\n${body}`)!;
    const html = await renderMarkdown(body, { path: entry.path, bodyLine: entry.bodyLine, items: entry.items });
    assert.equal(entry.items.length, 3);
    for (const i of entry.items) assert.match(html, new RegExp(`<li data-line="${i.line}" class="item item-open"><span class="task-marker" data-status="open"></span>`));
    assert.doesNotMatch(html, /\[\/\]|\[\?\]|\[ \]/);
    assert.match(html, /data-field="due" data-value="2022-07-29">due 2022-07-29</);
  });

  it('does not mark list lines inside code fences, and has no inline styles for aligned tables', async () => {
    const body = '```\n- [ ] not an item\n```\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n';
    const html = await renderMarkdown(body, { ...ctx, items: [{ line: 2, status: 'open' }] });
    assert.doesNotMatch(html, /task-marker/);
    assert.match(html, /<th class="align-center">a<\/th>/);
    assert.match(html, /<td class="align-right">2<\/td>/);
    assertInert(html);
  });

  it('renders a hostile corpus inert', async () => {
    const corpus = [
      '# <img src=x onerror=alert(1)>',
      '## Action items',
      '- [ ] <script>alert(1)</script> @"><svg onload=alert(1)>',
      '- [x] [click](javascript:alert(document.cookie)) [c](command:_workbench.downloadResource)',
      '<details open ontoggle=alert(1)>',
      '<style>body{display:none}</style>',
      '![a" onerror="alert(1)](x.png)',
      '[a](https://example.com" onclick="alert(1))',
      '<iframe src="https://evil.example"></iframe>',
      '`<b>code</b>` and <!-- comment --> and &lt;already&gt;',
    ].join('\n\n');
    const html = await renderMarkdown(corpus, { ...ctx, items: [{ line: 5, status: 'open' }] });
    assertInert(html);
    assert.match(html, /&lt;script&gt;/);
  });
});

// What each Obsidian Tasks date emoji dates, as the parser reads them.
const EMOJI_KEY: Record<string, string> = {
  '\u{1F4C5}': 'due', '\u{1F4C6}': 'due', '\u{1F5D3}': 'due', '\u2705': 'completion', '\u23F3': 'scheduled',
  '\u231B': 'scheduled', '\u{1F6EB}': 'start', '\u2795': 'created', '\u274C': 'cancelled',
};

describe('journal Markdown chips', () => {
  it('shows inline fields, emoji dates and owners as chips, with their text escaped', async () => {
    const html = await renderMarkdown('- [ ] Ship it @sam [due:: 2026-12-01] [goal:: design-doc] 📅 2026-12-03 ✅ 2026-11-20, mail sam@example.com\n- [x] Evil [due:: "><script>]', { ...ctx, items: [] });
    assert.match(html, /<span class="mention">@sam<\/span> <span class="field-chip" data-field="due" data-value="2026-12-01">due 2026-12-01<\/span>/);
    assert.match(html, /<span class="field-chip" data-field="goal" data-value="design-doc">#design-doc<\/span>/);
    assert.match(html, /data-field="due" data-value="2026-12-03">due 2026-12-03</);
    assert.match(html, /data-field="completion" data-value="2026-11-20">done 2026-11-20</);
    assert.match(html, /mail sam@example.com/, 'an e-mail address is not an owner');
    const more = await renderMarkdown('- [ ] Plan @zoë ⌛ 2026-11-30 ➕ 2026-11-01 📆 2026-12-02 ❌ 2026-12-03 @zoe\u0308 @अनिल', { ...ctx, items: [] });
    assert.match(more, /<span class="mention">@zoë<\/span>/);
    assert.match(more, /data-field="scheduled" data-value="2026-11-30">scheduled 2026-11-30</);
    assert.match(more, /data-field="created" data-value="2026-11-01">created 2026-11-01</);
    assert.match(more, /data-field="due" data-value="2026-12-02">due 2026-12-02</);
    assert.match(more, /data-field="cancelled" data-value="2026-12-03">cancelled 2026-12-03</);
    assert.match(more, /<span class="mention">@zoe\u0308<\/span> <span class="mention">@अनिल<\/span>/);
    assert.match(html, /data-value="&quot;&gt;&lt;script&gt;">due &quot;&gt;&lt;script&gt;</);
  });

  it('renders [constructor:: x] and other Object.prototype names as the field they are', async () => {
    const html = await renderMarkdown('- [ ] A [constructor:: x] [toString:: y] [valueOf:: z] [hasOwnProperty:: w]', { ...ctx, items: [] });
    assert.doesNotMatch(html, /function|native code|\[object/);
    assert.match(html, /data-field="constructor" data-value="x">constructor: x</);
    assert.match(html, /data-field="tostring" data-value="y">tostring: y</);
    assert.match(html, /data-field="valueof" data-value="z">valueof: z</);
    assert.match(html, /data-field="hasownproperty" data-value="w">hasownproperty: w</);
  });

  it('reads chips exactly as the reference pattern does, on generated text', () => {
    // The pattern the renderer used (cubic on "[due:: " and spaces, so only here as the reference),
    // with the emoji date's parentheses and punctuation as the parser reads them.
    const REFERENCE =
      /\[(?<key>[A-Za-z][\w-]*)::[ \t]*(?<value>[^\]]*?)[ \t]*\]|(?<open>\([ \t\u00A0]*)?(?<emoji>[\u{1F4C5}\u{1F4C6}\u{1F5D3}\u2705\u23F3\u231B\u{1F6EB}\u2795\u274C])\uFE0F?[\s\u00A0]*(?<day>\d{4}-\d{2}-\d{2})(?<close>\))?(?<punct>[.,;]*)|(?<lead>^|[\s(])@(?<handle>[\p{L}\p{N}\p{M}_](?:[\p{L}\p{N}\p{M}_.-]*[\p{L}\p{N}\p{M}_])?)/gu;
    const rnd = prng(17);
    const parts = ['[', ']', 'due', '::', ' ', '\t', 'a', '-', '.', ',', ';', '@', '(', ')', 'é', '😀', '📅', '✅', '🗓', '⏳', '➕', '\uFE0F', '\u00A0', '2026-12-01', '1', 'x_y'];
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const k = 1 + Math.floor(rnd() * 10);
      for (let i = 0; i < k; i++) text += parts[Math.floor(rnd() * parts.length)];
      const expected = [...text.matchAll(REFERENCE)].map((m) => {
        const g = m.groups!;
        let start = m.index + (g.lead?.length ?? 0);
        let end = m.index + m[0].length;
        // A `(` goes with an emoji date only together with its `)`; a lone `)` stays, with what follows.
        if (g.open && !g.close) start += g.open.length;
        else if (!g.open && g.close) end -= g.close.length + g.punct.length;
        const what = g.handle ?? (g.key ? `${g.key.toLowerCase()}=${g.value}` : `${EMOJI_KEY[g.emoji]}=${g.day}`);
        return [start, end, what];
      });
      const actual = chipsOf(text).map((c) => [c.start, c.end, c.handle ?? `${c.key}=${c.value}`]);
      assert.deepEqual(actual, expected, JSON.stringify(text));
    }
  });
});

describe('journal Markdown: comments, empty sections, date chips', () => {
  /** Renders a whole session file as the webview gets it: body only, its items marked. */
  async function renderFile(text: string): Promise<{ html: string; entry: ReturnType<typeof parseEntry> & object }> {
    const entry = parseEntry('sessions/2026-11-24.md', text)!;
    const html = await renderMarkdown(bodyOf(text, entry.bodyLine), { path: entry.path, bodyLine: entry.bodyLine, items: entry.items });
    return { html, entry };
  }

  it('renders HTML comments as nothing: one line, several lines (items and headings inside), inline, quoted', async () => {
    const { html, entry } = await renderFile([
      '---', 'type: session', 'date: 2026-11-24', '---', '', '# Session', '', '## Notes', '',
      'Talked <!-- not for the record --> about the draft.',
      'Then <!-- spans', 'two lines --> the talk.', '',
      '<!-- - [ ] Ask Dana about the budget @alex -->',
      '<!--',
      'Parked until we know the budget:',
      '- [ ] Book the venue @sam [due:: 2026-11-01]',
      '## Not a heading',
      '-->',
      '<!-- one --> <!-- two --> words after it stay',
      '', '> <!-- quoted', '> comment -->', '> a quote', '',
      '## Action items', '',
      '- [ ] Send the RFC @sam <!-- ask Priya first -->',
      '',
    ].join('\n'));
    assert.doesNotMatch(html, /&lt;!--|--&gt;|Ask Dana|Book the venue|Not a heading|not for the record|spans|two lines|quoted|ask Priya|Parked/);
    assert.match(html, /<p data-line="10">Talked  about the draft\.\nThen  the talk\.<\/p>/);
    assert.match(html, /<p data-line="20">words after it stay<\/p>/);
    assert.match(html, /<blockquote data-line="22">\n<p data-line="24">a quote<\/p>/);
    // The items after the comments keep their file lines and checkboxes.
    const send = entry.items.find((i) => i.title.startsWith('Send the RFC'))!;
    assert.equal(entry.items.length, 1, 'the index ignores the commented items too');
    assert.match(html, new RegExp(`<li data-line="${send.line}" class="item item-open"><span class="task-marker" data-status="open"></span>Send the RFC <span class="mention">@sam</span> </li>`));
    assertInert(html);
  });

  it('leaves `<!--` in fenced code, indented code and code spans alone', async () => {
    const html = await renderMarkdown(['```html', '<!-- kept -->', '- [ ] in code', '```', '', 'Write `<!-- x -->` to hide a line.', '', '    <!-- indented code -->', '', '<!-- gone -->'].join('\n'), ctx);
    assert.match(html, /<code data-line="1" class="language-html">&lt;!-- kept --&gt;\n- \[ \] in code\n<\/code>/);
    assert.match(html, /<code>&lt;!-- x --&gt;<\/code> to hide a line\./);
    assert.match(html, /<pre data-line="8"><code>&lt;!-- indented code --&gt;\n<\/code><\/pre>/);
    assert.doesNotMatch(html, /gone/);
  });

  it('keeps an unclosed comment to its container, and reads `<!-->` and `<!--->` as empty comments', async () => {
    assert.equal(await renderMarkdown('<!--\nnever closed\n\n- [ ] hidden\n', ctx), '');
    assert.equal(await renderMarkdown('a <!--> b <!---> c', ctx), '<p data-line="1">a  b  c</p>\n');
    assert.match(await renderMarkdown('> <!-- in a quote\n\noutside', ctx), /<blockquote data-line="1"><\/blockquote>\n<p data-line="3">outside<\/p>/);
  });

  it('hides the headings of empty sections (a template never filled in, or only a comment)', async () => {
    const { html } = await renderFile([
      '---', 'type: session', 'date: 2026-11-24', '---', '', '# Session 2026-11-24', '',
      '## Agenda', '', '', '## Notes', '', 'We met.', '', '## Action items', '', '<!-- none yet -->', '',
      '## Wins', '', '### Team', '', '### Personal', '', '## Feedback', '', '### From Priya', '', '- Clear updates', '', '## Next time', '', '',
    ].join('\n'));
    assert.deepEqual([...html.matchAll(/<(h\d)[^>]*>([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`), ['h2 Notes', 'h2 Feedback', 'h3 From Priya']);
    const empty = await renderFile(['---', 'type: session', 'date: 2026-11-24', '---', '', '# Session 2026-11-24', '', '## Agenda', '', '', '## Notes', '', ''].join('\n'));
    assert.equal(empty.html, '', 'an untouched template renders as nothing (the card says so)');
  });

  it('takes an emoji date with its trailing full stop, and its parentheses only in pairs (no stray "." after a chip)', async () => {
    const html = await renderMarkdown([
      '- [ ] Send it 📅 2026-12-01.',
      '- [x] Done ✅ 2026-11-20.',
      '- [ ] Both (📅 2026-12-02), then more',
      '- [ ] Sentence (see 📅 2026-12-03) ends.',
      '- [ ] Spaced [due::   2026-12-05  ]',
    ].join('\n'), ctx);
    assert.match(html, /Send it <span class="field-chip" data-field="due" data-value="2026-12-01">due 2026-12-01<\/span><\/li>/);
    assert.match(html, /Done <span class="field-chip" data-field="completion" data-value="2026-11-20">done 2026-11-20<\/span><\/li>/);
    assert.match(html, /Both <span[^>]*>due 2026-12-02<\/span> then more/);
    assert.match(html, /Sentence \(see <span[^>]*>due 2026-12-03<\/span>\) ends\./);
    assert.match(html, /data-value="2026-12-05">due 2026-12-05</);
  });

  it("passes the parser's unreadable dates of each item to the webview, with its sentence", () => {
    const text = ['---', 'type: session', 'date: 2026-11-24', '---', '', '## Action items', '',
      '- [ ] Book the room @sam [due:: friday]', '- [ ] Send the slides [due:: 2026-12-32]', '- [x] Tidy up [completion:: 2026-02-30]', '- [ ] Fine [due:: 2026-12-01]', ''].join('\n');
    const items = bodyItems(parseEntry('sessions/2026-11-24.md', text)!);
    assert.deepEqual(items.map((i) => [i.title, i.due, i.badDates]), [
      ['Book the room @sam', null, [{ field: 'due', text: 'friday', message: 'due date "friday" is not an ISO date (write YYYY-MM-DD)' }]],
      ['Send the slides', null, [{ field: 'due', text: '2026-12-32', message: 'due date "2026-12-32" is not a real day' }]],
      ['Tidy up', null, [{ field: 'completion', text: '2026-02-30', message: 'completion date "2026-02-30" is not a real day' }]],
      ['Fine', '2026-12-01', []],
    ]);
  });
});
