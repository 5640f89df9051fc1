// Someone else's repository is untrusted: hostile titles, file names, owners, goals and bodies
// must show as text, and nothing in them may run. Checked with CSP violation and error
// listeners and canaries (alert & co.), and by scanning the DOM for anything injected.
import assert from 'node:assert/strict';
import { JOURNAL, hostModules, modelFor } from './harness.mjs';
import { withWebview } from './render.test.mjs';

const XSS = `<img src=x onerror="alert('img')"><script>alert('script')</script>`;

async function hostileJournal() {
  const m = await hostModules();
  const index = new m.JournalIndex();
  const texts = new Map([
    ['mentorship.md', `---\ntype: agreement\nmentor: "<svg onload=alert('mentor')> (@priya)"\nmentee: "${XSS.replace(/"/g, '\\"')} (@sam)"\ncadence: weekly\nstarted: 2026-01-01\n---\n`],
    ['goals/x.md', `---\ntype: goal\ntitle: "<iframe src=javascript:alert('goal')></iframe>"\nstatus: active\nstarted: 2026-01-01\n---\n\n## Milestones\n\n- [ ] <b onmouseover=alert('m')>m</b>\n`],
    [`sessions/2026-11-20-"><img src=x onerror=alert('path')>.md`, [
      '---', 'type: session', 'date: 2026-11-20', `goals: ['"><script>alert(1)</script>', "x onfocus=alert('goal')"]`, '---', '',
      `# ${XSS}`, '',
      '## Notes', '',
      XSS, '',
      '<style>body { display: none }</style>', '',
      '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>', '',
      '[js](javascript:alert(document.domain)) [cmd](command:workbench.action.terminal.new) [vs](vscode:extension/x) [file](file:///etc/passwd) [data](data:text/html,<script>alert(1)</script>)',
      '', '<a href="javascript:alert(1)" onclick="alert(2)">raw link</a> <command:workbench.action.terminal.new>', '',
      '![tracker](https://tracker.example/pixel.png) ![x](x" onerror="alert(1)) ![svg](data:image/svg+xml,<svg onload=alert(1)>)', '',
      '<form action="https://evil.example"><button formaction="javascript:alert(1)">go</button></form>', '',
      '## Action items', '',
      `- [ ] ${XSS} @"><svg/onload=alert('owner')> [due:: 2026-11-30"><script>alert(1)</script>]`,
      `- [ ] Plain item @sam [goal:: "><img src=x onerror=alert('field')>]`, '',
      '## Wins', '', `- <details open ontoggle=alert('win')>win</details>`, '',
    ].join('\n')],
    [`notes/2026-11-21-x.md`, `---\ntype: note\ndate: 2026-11-21\ntitle: "${XSS.replace(/"/g, '\\"')}"\n---\n\nA note.\n`],
  ]);
  for (const [p, t] of texts) index.set(p, t);
  return modelFor(index, (p) => texts.get(p));
}

/** Everything in the document that hostile content could have injected. */
function injected() {
  const out = [];
  const scripts = [...document.querySelectorAll('script')];
  if (scripts.length !== 1 || !scripts[0].src.endsWith('/dist/media/journal.js')) out.push(`scripts: ${scripts.map((s) => s.outerHTML).join(' ')}`);
  // The only SVG is the Health view's charts (svg.chart, drawn by chartView.ts: health.test.mjs checks their insides).
  for (const sel of ['iframe', 'frame', 'object', 'embed', 'svg:not(.chart)', 'math', 'style', 'base', 'meta:not([charset]):not([name=viewport]):not([http-equiv=Content-Security-Policy])', 'link:not([rel=stylesheet])', 'template']) {
    for (const el of document.querySelectorAll(sel)) out.push(el.outerHTML.slice(0, 200));
  }
  // Where journal content shows, not even harmless-looking markup of its own may appear.
  for (const el of document.querySelectorAll('.timeline :is(form, input:not(.task-check), button:not(.goto, .entry-title, .event-open, .show-more), img, b, details, textarea, select), .summary :is(form, img, b, details)')) out.push(el.outerHTML.slice(0, 200));
  // VS Code itself sets the theme's variables on <html> (and nothing else there).
  const themeVars = (el, a) => el === document.documentElement && a.name === 'style' && [...el.style].every((p) => p.startsWith('--vscode-') || p === '--text-link-decoration');
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (themeVars(el, a)) continue;
      if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc' || a.name === 'formaction') out.push(`${el.tagName} ${a.name}=${a.value}`);
      if ((a.name === 'href' || a.name === 'src' || a.name === 'action') && /^\s*(javascript|data|command|vscode|file):/i.test(a.value)) out.push(`${el.tagName} ${a.name}=${a.value}`);
    }
  }
  return out;
}

export const tests = [
  ['shows hostile titles, file names, owners, goals and bodies as text, and runs none of them', async (browser) => {
    const { model, bodies, texts } = await hostileJournal();
    await withWebview(browser, { model, bodies, texts }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      assert.deepEqual(await page.evaluate(injected), []);
      const titles = await wv.titles();
      assert.ok(titles.some((t) => t.includes(`<script>alert('script')</script>`)), `titles as text: ${titles}`);
      const paths = await page.locator('.row-path').allInnerTexts();
      assert.ok(paths.some((p) => p.includes(`"><img src=x onerror=alert('path')>.md`)), 'file names as text');
      assert.ok((await page.locator('.chip.goal').allInnerTexts()).includes(`#"><script>alert(1)</script>`));
      const body = await page.locator('.row.kind-session .entry-body').innerText();
      for (const text of ['<script>alert(\'script\')</script>', '[js](javascript:alert(document.domain))', '[cmd](command:workbench.action.terminal.new)', '[image: tracker]']) assert.ok(body.includes(text), `shown as text: ${text}`);
      // Interacting with everything that looks clickable runs nothing and navigates nowhere.
      for (const el of await page.locator('.entry-body a, .entry-body .link-blocked').all()) await el.click();
      await page.locator('.goals .goal-button').first().hover();
      assert.equal(page.url(), wv.url);
      assert.deepEqual(await page.evaluate(injected), []);
    });
  }],

  ['sanitizes even raw hostile HTML posted as a body (defence in depth)', async (browser) => {
    const { model, bodies, texts } = await hostileJournal();
    // The extension never sends such HTML (the test above). If it did, parsing it into an inert
    // template makes Chromium report the inline handler and style attributes it refuses
    // (script-src-attr / style-src-attr) before the sanitizer drops them: those reports are the
    // CSP working. Anything else (a script element, a load, a frame) would be a failure.
    const { violations } = await withWebview(browser, { model, bodies, texts, allowViolations: /^(script|style)-src-attr inline $/ }, async (wv) => {
      await wv.settled();
      const entry = model.entries.find((e) => e.type === 'session');
      const html = [
        XSS, '<a href="javascript:alert(3)" onclick="alert(4)">a</a>', '<iframe srcdoc="<script>parent.alert(5)</script>"></iframe>',
        '<p style="position:fixed;inset:0" onmouseover="alert(6)">covered</p>', '<svg><script>alert(7)</script><a xlink:href="javascript:alert(8)">s</a></svg>',
        '<math><mtext><img src=x onerror=alert(9)></mtext></math>', '<form action="javascript:alert(10)"><input type=submit></form>', '<object data="javascript:alert(11)"></object>',
        '<base href="https://evil.example/">', '<meta http-equiv="refresh" content="0;url=javascript:alert(12)">', '<img src="https://tracker.example/p.png">',
        '<details open ontoggle="alert(13)">d</details>', '<template><script>alert(14)</script></template>', '<noscript><p title="</noscript><img src=x onerror=alert(15)>"></p></noscript>',
      ].join('\n');
      await wv.send({ type: 'bodies', bodies: [{ journal: JOURNAL, path: entry.path, rev: entry.rev, html, items: [] }] });
      await wv.page.waitForFunction(() => document.body.innerText.includes('covered'));
      for (const el of await wv.page.locator('.entry-body a').all()) await el.click();
      await wv.page.getByText('covered').hover();
      assert.deepEqual(await wv.page.evaluate(injected), []);
      assert.equal(wv.page.url(), wv.url);
    });
    assert.ok(violations.length > 0, 'the CSP saw the hostile attributes');
  }],
];
