// The layout check: every mode of the composer, at 360, 700 and 1200 px and in the light, dark
// and high contrast themes (as the real workbench dresses a webview), is usable: each visible
// control (input, textarea, select, button; a checkbox or radio by its label) is at least 40 px
// wide, lies inside the composer's card, overlaps no other control, and the page never scrolls
// sideways; the filter bar too. Against the composer's first stylesheet (legend floated at 100 % width) this reported
// 0 px action-item boxes and goal checkboxes past the card's right edge at every width and theme.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { variablesUsed } from './captureThemes.mjs';
import { REPO, sampleJournal, theme, THEME_NAMES } from './harness.mjs';
import { withWebview } from './render.test.mjs';

export const WIDTHS = [360, 700, 1200];
export const MODES = [['session', 'Session'], ['win', 'Win'], ['feedback', 'Feedback'], ['intro', 'Introduction'], ['reflection', 'Reflection']];
const MIN_WIDTH = 40;

/**
 * What is wrong with the layout of the card `cardSelector` and the page, as sentences (none when
 * all is well). Runs in the page.
 */
export function layoutProblems({ cardSelector, minWidth }) {
  const card = document.querySelector(cardSelector);
  if (!card) return [`no ${cardSelector}`];
  const box = card.getBoundingClientRect();
  const problems = [];
  const name = (el) => `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
  const targets = [];
  for (const el of card.querySelectorAll('input, textarea, select, button')) {
    // A checkbox or radio is used through its label (the row a person clicks).
    const target = (el.type === 'checkbox' || el.type === 'radio') && el.closest('label') ? el.closest('label') : el;
    if (!target.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || targets.includes(target)) continue;
    targets.push(target);
  }
  if (targets.length === 0) problems.push('no visible control');
  const rects = targets.map((t) => t.getBoundingClientRect());
  targets.forEach((t, i) => {
    const r = rects[i];
    if (r.width < minWidth) problems.push(`${name(t)} is ${r.width.toFixed(1)} px wide`);
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
      problems.push(`${name(t)} (${r.left.toFixed(0)}–${r.right.toFixed(0)} px) is outside the card (${box.left.toFixed(0)}–${box.right.toFixed(0)} px)`);
    }
    for (let j = i + 1; j < targets.length; j++) {
      const q = rects[j];
      const w = Math.min(r.right, q.right) - Math.max(r.left, q.left);
      const h = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
      if (w > 1 && h > 1 && !t.contains(targets[j]) && !targets[j].contains(t)) problems.push(`${name(t)} overlaps ${name(targets[j])}`);
    }
  });
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`the page scrolls sideways (${doc.scrollWidth} px of content in ${doc.clientWidth} px)`);
  return problems;
}

/** Opens the composer, in `mode`, with a second action item when it is a session. */
async function showMode(page, mode, label) {
  await page.locator('.composer form').getByRole('radio', { name: label }).check({ force: true });
  assert.equal(await page.locator('input[name="composer-kind"]:checked').getAttribute('value'), mode);
}

export const tests = [
  ['the theme files hold every VS Code variable the journal stylesheet uses (else run captureThemes.mjs)', async () => {
    const css = fs.readFileSync(path.join(REPO, 'media', 'journal', 'journal.css'), 'utf8');
    for (const name of THEME_NAMES) {
      const missing = variablesUsed(css).filter((v) => !(v in theme(name).vars));
      assert.deepEqual(missing, [], `test/webview/themes/${name}.json lacks these (null when a theme leaves one unset)`);
    }
  }],

  ...THEME_NAMES.flatMap((themeName) => WIDTHS.map((width) => [`every composer mode fits at ${width} px in the ${themeName} theme`, async (browser) => {
    const { model, bodies, texts } = await sampleJournal();
    await withWebview(browser, { model, bodies, texts, theme: themeName, viewport: { width, height: 900 } }, async (wv) => {
      await wv.settled();
      const page = wv.page;
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), await page.evaluate((v) => {
        const probe = document.createElement('div');
        probe.style.color = v;
        document.body.append(probe);
        const c = getComputedStyle(probe).color;
        probe.remove();
        return c;
      }, theme(themeName).vars['--vscode-editor-background']), 'the page wears the theme');
      await page.getByRole('button', { name: 'Log…' }).click();
      const found = {};
      for (const [mode, label] of MODES) {
        await showMode(page, mode, label);
        if (mode === 'session') {
          await page.getByRole('button', { name: 'Add action item' }).click();
          // Long words must wrap or scroll inside their box, not widen the card.
          await page.getByLabel('Action item 2', { exact: true }).fill('Ask Dana whether the architecture-review-slot-for-the-idempotency-RFC can move to January');
          // A half-typed due date: its message shows under the row.
          await page.getByLabel('Due date of action item 2').click();
          await page.keyboard.type('12');
          await page.locator('.composer form').getByLabel('Notes').click();
          await page.locator('.action-row .field-message', { hasText: 'Finish the date' }).waitFor();
        }
        const problems = await page.evaluate(layoutProblems, { cardSelector: '.composer form', minWidth: MIN_WIDTH });
        if (problems.length) found[mode] = problems;
      }
      // The filter bar is a card of the same kind.
      const filters = await page.evaluate(layoutProblems, { cardSelector: '.filters', minWidth: MIN_WIDTH });
      if (filters.length) found.filters = filters;
      assert.deepEqual(found, {}, `layout problems at ${width} px, ${themeName}`);
    });
  }])),
];
