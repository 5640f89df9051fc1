// Runs the journal webview in headless Chromium exactly as VS Code serves it: the real HTML and
// CSP from src/features/journal/panelHtml.ts, the built dist/media/journal.js and the real
// stylesheet, served by a tiny HTTP server on 127.0.0.1 (a secure context, like VS Code's webview
// origin) whose origin stands in for webview.cspSource. A stand-in for acquireVsCodeApi records
// every message the webview posts and plays the extension's part (model after "ready", bodies on
// request), getting them from Node through a Playwright binding, so they cross a process boundary
// as the extension's messages do. Used by the webview tests and bench/webviewPaint.mjs.
import esbuild from 'esbuild';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/vscode/browser.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const JOURNAL = 'vscode-remote://remote/tmp/sample-journal';
const SERVED = {
  '/dist/media/journal.js': 'dist/media/journal.js',
  '/media/journal/journal.css': 'media/journal/journal.css',
  '/test/vscode-defaults.css': 'test/webview/themes/vscode-defaults.css',
};
/** The themes the tests use, as the real workbench gives them to a webview (see captureThemes.mjs). */
export const THEME_NAMES = ['light', 'dark', 'hc'];
const themes = new Map();
/** A theme's body classes, body data attributes and variables, as recorded from VS Code 1.100. */
export function theme(name) {
  if (!THEME_NAMES.includes(name)) throw new Error(`no theme "${name}": one of ${THEME_NAMES.join(', ')}`);
  if (!themes.has(name)) themes.set(name, JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'webview', 'themes', `${name}.json`), 'utf8')));
  return themes.get(name);
}

const pages = new Map();
let origin;
/**
 * Starts the server once and returns its origin: it stands in for webview.cspSource, the only
 * origin the CSP allows for styles and images. `/page/N` are the pages' HTML.
 */
export async function resourceOrigin() {
  if (origin) return origin;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const html = pages.get(url.pathname);
    const file = SERVED[url.pathname];
    if (html) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (file) res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/css' }).end(fs.readFileSync(path.join(REPO, file)));
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  origin = `http://127.0.0.1:${server.address().port}`;
  return origin;
}

let host;
/** The extension-host modules the webview depends on (HTML, model, Markdown), bundled for Node. */
export async function hostModules() {
  if (host) return host;
  const out = await esbuild.build({
    stdin: {
      contents: [
        "export { panelHtml, makeNonce } from './src/features/journal/panelHtml';",
        "export { markdownEngine, renderWith } from './src/features/journal/renderMarkdown';",
        "export { buildModel, bodyOf, entryKey, searchTexts } from './src/features/journal/timeline';",
        "export { EntryTexts } from './src/host/entryTexts';",
        "export { bodyItems } from './src/features/journal/bodyItems';",
        "export { JournalIndex } from './src/core/journalIndex';",
        "export { scanJournal } from './src/core/scan';",
        "export { NodeJournalFs } from './src/node/nodeJournalFs';",
      ].join('\n'),
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'error',
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-webview-'));
  const file = path.join(dir, 'host.cjs');
  fs.writeFileSync(file, out.outputFiles[0].text);
  try {
    host = createRequire(import.meta.url)(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return host;
}

/**
 * A model and pre-rendered bodies for `index` (entries' texts from `textOf(path)`), built by the
 * same code the extension runs.
 */
export async function modelFor(index, textOf, { today = '2026-11-24', trusted = true, journal = JOURNAL, label = 'sample' } = {}) {
  const m = await hostModules();
  const res = await resourceOrigin();
  const texts = new Map(index.all().map((e) => [e, textOf(e.path)]));
  let rev = 0;
  const revs = new Map();
  const source = {
    journal, label, index,
    mentorships: index.mentorships().map((mentorship) => ({ key: `${label}/${mentorship.id}`, mentorship })),
    textOf: (e) => texts.get(e),
    revOf: (e) => revs.get(e) ?? (revs.set(e, ++rev), rev),
    imageRoot: `${res}/journal/`,
  };
  const md = await m.markdownEngine();
  let started = performance.now();
  const model = m.buildModel([source], today, trusted);
  const timings = { model: performance.now() - started, bodies: 0 };
  started = performance.now();
  const bodies = {};
  for (const row of model.entries) {
    const entry = index.get(row.path);
    bodies[row.key] = {
      journal, path: row.path, rev: row.rev,
      html: m.renderWith(md, m.bodyOf(texts.get(entry), entry.bodyLine), { path: entry.path, bodyLine: entry.bodyLine, items: entry.items, resolveImage: (p) => `${res}/journal/${p}` }),
      items: m.bodyItems(entry),
    };
  }
  timings.bodies = performance.now() - started;
  return { model, bodies, texts: m.searchTexts([source], new Map()), timings };
}

/** The sample journal in examples/ as the webview gets it: { model, bodies, texts }. */
export async function sampleJournal(options) {
  const m = await hostModules();
  const root = path.join(REPO, 'examples', 'mentorship');
  const index = new m.JournalIndex();
  await m.scanJournal(new m.NodeJournalFs(root), index);
  return modelFor(index, (p) => fs.readFileSync(path.join(root, p), 'utf8'), options);
}

/** A journal of `count` generated sessions (one a week, newest 2026-11-18) in one mentorship. */
export async function generatedJournal(count, options) {
  const m = await hostModules();
  const index = new m.JournalIndex();
  const texts = new Map();
  const put = (p, text) => (texts.set(p, text), index.set(p, text));
  put('mentorship.md', '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Sam Okafor (@sam)\ncadence: weekly\nstarted: 2000-01-01\n---\n\n# Agreement\n');
  put('goals/design-doc.md', '---\ntype: goal\ntitle: Land a design doc\nstatus: active\nstarted: 2000-01-01\n---\n\n## Milestones\n\n- [x] Outline\n- [ ] Draft\n');
  const day = new Date(Date.UTC(2026, 10, 18));
  for (let i = 0; i < count; i++) {
    const d = new Date(day.getTime() - i * 7 * 86400000).toISOString().slice(0, 10);
    put(`sessions/${d}.md`, [
      '---', 'type: session', `date: ${d}`, 'goals: [design-doc]', '---', '', `# Session ${d}`, '', '## Notes', '',
      `Session number ${count - i}. We went through the rollout plan, the review comments and the next steps for`,
      'the design doc. The cache migration needs a runbook before anyone touches production.', '',
      '## Action items', '',
      `- [ ] Write the runbook section ${i} @sam [due:: ${d}] [goal:: design-doc]`,
      `- [x] Send the draft to the team @sam [completion:: ${d}]`,
      `- [ ] Review the rollout plan ${i} @priya`, '',
      '## Wins', '', `- Shipped milestone ${i} on time`, '',
      '## Feedback', '', '- From @priya: clear, short status updates', '',
    ].join('\n'));
  }
  return modelFor(index, (p) => texts.get(p), options);
}

export async function launch() {
  return launchChromium({ viewport: { width: 1100, height: 800 } });
}

/**
 * Opens the webview in a fresh page. `state` is what getState() returns (a restored webview);
 * `theme` ('light', 'dark' or 'hc') dresses the page as VS Code does: its default webview
 * styles first in <head>, the theme's classes and data attributes on <body>, and its variables
 * set on <html> through the CSSOM; `initScript` runs in the page first too.
 */
export async function openWebview(browser, { model, bodies = {}, texts = [], state, theme: themeName = 'dark', viewport, initScript } = {}) {
  const m = await hostModules();
  const res = await resourceOrigin();
  const look = theme(themeName);
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  // Anything requested from elsewhere got past the CSP: recorded (and fails: the machine is offline).
  const blocked = [];
  page.on('request', (r) => !r.url().startsWith(`${res}/`) && blocked.push(r.url()));
  const id = `/page/${pages.size + 1}`;
  const dataAttrs = Object.entries(look.dataset).map(([k, v]) => ` data-${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}="${v.replace(/"/g, '&quot;')}"`).join('');
  pages.set(id, m.panelHtml({
    cspSource: res,
    nonce: m.makeNonce(),
    scriptUri: `${res}/dist/media/journal.js`,
    styleUri: `${res}/media/journal/journal.css`,
  }).replace('<head>', `<head>\n<link rel="stylesheet" href="${res}/test/vscode-defaults.css">`).replace('<body>', `<body class="${look.bodyClass}"${dataAttrs}>`));
  // What the extension would send; tests may change it (e.g. a body of a new version).
  const data = { model, bodies, texts };
  const answer = (what, refs) => {
    if (what === 'first') return firstPage(data);
    if (what === 'model') return data.model;
    if (what === 'texts') return data.texts;
    return refs.map((r) => data.bodies[JSON.stringify([r.journal, r.path])]).filter(Boolean);
  };
  // As JSON text, as VS Code carries messages between processes (and far faster over CDP than objects).
  await page.exposeBinding('__host', (_source, what, refs) => JSON.stringify(answer(what, refs)));
  await page.addInitScript(standIn, { state, vars: look.vars });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${res}${id}`);
  return new Webview(page, blocked, data);
}

/** What the extension sends a fresh webview first (journalPanel.ts): the newest page's bodies, and that page as a model when there is more. */
const FIRST_PAGE = 50;
function firstPage({ model, bodies }) {
  const page = model.entries.slice(0, FIRST_PAGE);
  const partial = model.entries.length > FIRST_PAGE ? { ...model, entries: page, owners: [...new Set(page.flatMap((e) => e.owners))].sort(), total: model.entries.length } : null;
  return { bodies: page.map((e) => bodies[e.key]).filter(Boolean), model: partial };
}

/** Runs in the page before its scripts: the stand-in for VS Code's side of the webview. */
function standIn({ state, vars }) {
  const w = window;
  // As VS Code does: the theme's variables on <html>, through the CSSOM (the CSP allows that).
  const setVars = () => {
    for (const [name, value] of Object.entries(vars)) if (value !== null) document.documentElement.style.setProperty(name, value);
  };
  if (document.documentElement) setVars();
  else new MutationObserver((_m, o) => document.documentElement && (o.disconnect(), setVars())).observe(document, { childList: true });
  w.__posted = [];
  w.__state = state;
  w.__violations = [];
  w.__errors = [];
  w.__pwned = [];
  // Canaries: hostile content that ran would call one of these.
  w.alert = w.confirm = w.prompt = (m) => w.__pwned.push(String(m));
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  w.addEventListener('error', (e) => w.__errors.push(String(e.message)));
  w.addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
  const send = (msg) => {
    if (msg.type === 'model') performance.mark('model-posted');
    w.postMessage(msg, '*');
  };
  w.__send = send;
  let acquired = false;
  w.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi was called twice');
    acquired = true;
    return {
      postMessage(msg) {
        const copy = structuredClone(msg);
        w.__posted.push(copy);
        // As the extension does: the newest page's bodies and a model of that page alone (when
        // there is more), then the whole model, then the search texts.
        if (copy.type === 'ready') {
          w.__host('first')
            .then((json) => {
              const first = JSON.parse(json);
              if (first.bodies.length) send({ type: 'bodies', bodies: first.bodies });
              if (first.model) send({ type: 'model', model: first.model });
            })
            .then(() => w.__host('model'))
            .then((json) => send({ type: 'model', model: JSON.parse(json) }))
            .then(() => w.__host('texts'))
            .then((json) => send({ type: 'searchText', texts: JSON.parse(json) }));
        }
        if (copy.type === 'loadBodies') w.__host('bodies', copy.refs).then((json) => send({ type: 'bodies', bodies: JSON.parse(json) }));
      },
      getState: () => w.__state,
      setState: (s) => { w.__state = structuredClone(s); },
    };
  };
}

export class Webview {
  constructor(page, blocked, data) {
    this.page = page;
    /** The model and bodies the stand-in extension answers with (changeable by tests). */
    this.data = data;
    /** The page's address: unchanged as long as nothing navigated. */
    this.url = page.url();
    /** Requests that left for anywhere but the webview's own resources (none expected). */
    this.blocked = blocked;
  }

  /** Waits until the timeline shows and every body shown has arrived. */
  async settled() {
    await this.page.waitForFunction(() => document.querySelector('.timeline-count')?.textContent && !document.querySelector('.entry-body[aria-busy]'));
  }

  posted() {
    return this.page.evaluate(() => window.__posted);
  }

  /** Waits for a posted message matching `pred` (a function of the message run in Node). */
  async waitForPosted(pred, what = 'a message') {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const hit = (await this.posted()).find(pred);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`the webview did not post ${what}; it posted ${JSON.stringify(await this.posted()).slice(0, 2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  clearPosted() {
    return this.page.evaluate(() => { window.__posted.length = 0; });
  }

  /** Posts a message to the webview as the extension would. */
  send(msg) {
    return this.page.evaluate((m) => window.__send(m), msg);
  }

  state() {
    return this.page.evaluate(() => window.__state);
  }

  /** Waits until the saved state satisfies `pred` (the webview saves it a moment after changes). */
  async waitForState(pred, what = 'the expected state') {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const state = await this.state();
      if (state && pred(state)) return state;
      if (Date.now() > deadline) throw new Error(`the webview did not save ${what}; it saved ${JSON.stringify(state).slice(0, 2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** CSP violations, script errors and canary calls: all must stay empty. */
  problems() {
    return this.page.evaluate(() => ({ violations: window.__violations, errors: window.__errors, pwned: window.__pwned }));
  }

  /** Texts of the timeline rows' titles, in order. */
  titles() {
    return this.page.locator('.timeline-list .row .entry-title, .timeline-list .row .event-open').allInnerTexts();
  }

  close() {
    return this.page.close();
  }
}
