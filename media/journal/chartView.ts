// Draws a chart layout (src/core/chart.ts, the generator the program report uses too) as SVG
// nodes: created one by one, every text through textContent, colours from classes only (the CSP
// allows no style attributes). Each chart is a figure: a caption, the picture (focusable, named
// by its title and described by its numbers), and the numbers as a table under a disclosure.
import type { ChartLayout } from '../../src/core/chart';
import { h, uid } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function chartFigure(layout: ChartLayout, className = ''): HTMLElement {
  const id = uid('chart');
  const picture = svg('svg', { class: 'chart', viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img', tabindex: 0, 'aria-labelledby': `${id}-t ${id}-d` });
  picture.append(svg('title', { id: `${id}-t` }, layout.title), svg('desc', { id: `${id}-d` }, layout.summary));
  for (const s of layout.shapes) {
    if (s.kind === 'rect') {
      const rect = svg('rect', { class: s.className, x: s.x, y: s.y, width: s.width, height: s.height });
      rect.append(svg('title', {}, s.tip));
      picture.append(rect);
    } else if (s.kind === 'line') {
      picture.append(svg('line', { class: s.className, x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2 }));
    } else {
      picture.append(svg('text', { class: `${s.className} anchor-${s.anchor}`, x: s.x, y: s.y }, s.text));
    }
  }
  const table = h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...layout.table.head.map((c, i) => h('th', { attrs: { scope: 'col' }, class: i ? 'n' : '' }, c)))),
    h('tbody', {}, ...layout.table.rows.map((row) => h('tr', {}, ...row.map((c, i) => (i === 0 ? h('th', { attrs: { scope: 'row' } }, c) : h('td', { class: 'n' }, c)))))),
  );
  return h('figure', { class: `chart-figure ${className}`.trim() }, h('figcaption', {}, layout.title), picture, h('details', { class: 'chart-numbers' }, h('summary', {}, 'The numbers'), table));
}
