#!/usr/bin/env node
// Measures the journal webview's first paint with 1,000 sessions in headless Chromium (target
// ≤ 300 ms): the real HTML, CSP and built program, fed by the same model and Markdown rendering
// the extension uses (test/webview/harness.mjs). Reports, never fails: machines are noisy.
//   npm run bench:webview            (builds first)
//   node bench/webviewPaint.mjs [sessions] [runs]
import { generatedJournal, launch, openWebview } from '../test/webview/harness.mjs';

const SESSIONS = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 5);
const TARGET_MS = 300;

/**
 * In the page: when the first timeline rows enter the DOM, asks Chromium's Element Timing API
 * for the moment the first row's title is painted (`timeline-painted`); marks the frame after
 * every shown body has arrived (`bodies-painted`); marks when the model message arrives.
 */
function paintProbe() {
  const afterPaint = (name) => requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
  window.addEventListener('message', (e) => e.data?.type === 'model' && performance.mark('model-received'), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) performance.mark('timeline-painted', { startTime: e.renderTime || e.loadTime });
  }).observe({ type: 'element', buffered: true });
  let rows = false;
  new MutationObserver((_, observer) => {
    if (!rows && document.querySelector('.timeline-list .row')) {
      rows = true;
      document.querySelector('.timeline-list .row .entry-title')?.setAttribute('elementtiming', 'first-row');
    }
    if (rows && !document.querySelector('.entry-body[aria-busy]')) {
      observer.disconnect();
      afterPaint('bodies-painted');
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;

const { model, bodies, timings } = await generatedJournal(SESSIONS);
const json = JSON.stringify(model).length;

const browser = await launch();
const samples = { load: [], render: [], bodies: [], script: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    const wv = await openWebview(browser, { model, bodies, initScript: paintProbe });
    const names = ['model-received', 'timeline-painted', 'bodies-painted'];
    await wv.page.waitForFunction((n) => n.every((x) => performance.getEntriesByName(x).length > 0), names, { timeout: 60_000 });
    const marks = await wv.page.evaluate((n) => ({
      ...Object.fromEntries(n.map((x) => [x, performance.getEntriesByName(x)[0].startTime])),
      script: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/journal.js')).responseEnd,
    }), names);
    const rows = await wv.page.locator('.timeline-list .row').count();
    if (rows !== 50) throw new Error(`expected the first page of 50 rows, found ${rows}`);
    samples.load.push(marks['timeline-painted']);
    samples.render.push(marks['timeline-painted'] - marks['model-received']);
    samples.bodies.push(marks['bodies-painted']);
    samples.script.push(marks['timeline-painted'] - marks.script);
    await wv.close();
  }
} finally {
  await browser.close();
}

const first = median(samples.load);
console.log(`journal webview, ${SESSIONS} sessions (model ${(json / 1024).toFixed(0)} KB), headless Chromium, median of ${RUNS}:`);
console.log(`  first paint (page start → first 50 rows painted) ${ms(first)}   target ≤ ${TARGET_MS} ms: ${first <= TARGET_MS ? 'met' : 'NOT MET'}`);
console.log(`  journal.js loaded → rows painted                ${ms(median(samples.script))}`);
console.log(`  model message received → rows painted           ${ms(median(samples.render))}`);
console.log(`  page start → their Markdown bodies painted       ${ms(median(samples.bodies))}`);
console.log(`  (page start includes loading the HTML, script and styles from a local HTTP server)`);
console.log(`  extension side: model of ${SESSIONS} entries ${ms(timings.model)}; Markdown of a page of 50 ${ms((timings.bodies / SESSIONS) * 50)}`);
