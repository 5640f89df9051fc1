// A small chart generator of our own: bar charts as plain shapes (rectangles, lines, texts with
// their classes), drawn as SVG markup by `chartSvg` (the program report) or as DOM nodes by the
// journal webview (media/journal/chartView.ts), so both draw the same picture. Colours come from
// classes only (`s0`, `s1` … and `filled` / `hollow`), never from attributes, so a stylesheet
// decides them per theme and a strict CSP (no style attributes) is kept. Every chart has a text
// alternative: a one-sentence summary and the table of its numbers. No imports: the webview
// bundles this file too.

export interface BarSeries {
  name: string;
  values: number[];
  /** Solid bars, or outlines only: two series stay apart without colour (high contrast, print). */
  look: 'filled' | 'hollow';
}

export interface ColumnChartSpec {
  title: string;
  /** Full names (table, tooltips, summary), e.g. `2026-11`. */
  categories: string[];
  /** What the axis shows under each group (default: the full names), e.g. `Nov`. */
  short?: string[];
  series: BarSeries[];
  width?: number;
  height?: number;
  /** The top of the scale (default: the largest value, at least 1). */
  max?: number;
}

export interface BarListSpec {
  title: string;
  labels: string[];
  values: number[];
  /** What a value counts, for the table's head and the summary (`times practised`). */
  unit: string;
  width?: number;
}

export interface SmallMultiplesSpec {
  title: string;
  /** The columns every row shares (quarters), full names. */
  columns: string[];
  /** What the axis shows under each column (default: the full names). */
  short?: string[];
  rows: { label: string; values: number[] }[];
  /** What a value counts (`times practised`), for the summary. */
  unit: string;
  width?: number;
}

export type ChartShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; className: string; tip: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; className: string }
  | { kind: 'text'; x: number; y: number; text: string; className: string; anchor: 'start' | 'middle' | 'end' };

export interface ChartLayout {
  title: string;
  /** The numbers in one sentence: the chart's accessible description. */
  summary: string;
  width: number;
  height: number;
  shapes: ChartShape[];
  /** The same numbers as a table: the text alternative shown on request. */
  table: { head: string[]; rows: string[][] };
}

const FONT = 11;

/** Grouped vertical bars: one group per category, one bar per series, a legend on top. */
export function columnChart(spec: ColumnChartSpec): ChartLayout {
  const width = spec.width ?? 480;
  const height = spec.height ?? 200;
  const left = 30;
  const right = 6;
  const top = spec.series.length > 1 ? 26 : 12;
  const bottom = 22;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = Math.max(1, spec.categories.length);
  const max = Math.max(1, spec.max ?? 0, ...spec.series.flatMap((s) => s.values));
  const y = (v: number) => round(top + plotH - (v / max) * plotH);
  const shapes: ChartShape[] = [];

  const mid = Math.round(max / 2);
  for (const tick of [...new Set([0, mid, max])]) {
    shapes.push({ kind: 'line', x1: left, y1: y(tick), x2: width - right, y2: y(tick), className: tick === 0 ? 'axis' : 'grid' });
    shapes.push({ kind: 'text', x: left - 4, y: y(tick) + 4, text: String(tick), className: 'tick', anchor: 'end' });
  }

  const groupW = plotW / n;
  const barW = (groupW * 0.8) / Math.max(1, spec.series.length);
  const every = Math.ceil(n / 12);
  spec.categories.forEach((category, i) => {
    const x0 = left + i * groupW + groupW * 0.1;
    spec.series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const x = round(x0 + j * barW);
      const inset = s.look === 'hollow' ? 1 : 0;
      shapes.push({
        kind: 'rect',
        x: x + inset,
        y: Math.min(y(v), y(0) - inset),
        width: round(Math.max(1, barW - 2 - 2 * inset)),
        height: Math.max(0, round(y(0) - y(v) - inset)),
        className: `bar s${j} ${s.look}`,
        tip: `${s.name}, ${category}: ${v}`,
      });
      if (barW >= 12) shapes.push({ kind: 'text', x: round(x + (barW - 2) / 2), y: y(v) - 3, text: String(v), className: 'value', anchor: 'middle' });
    });
    if (i % every === 0) {
      shapes.push({ kind: 'text', x: round(left + i * groupW + groupW / 2), y: height - bottom + FONT + 3, text: spec.short?.[i] ?? category, className: 'label', anchor: 'middle' });
    }
  });

  if (spec.series.length > 1) {
    let x = left;
    spec.series.forEach((s, j) => {
      shapes.push({ kind: 'rect', x: x + (s.look === 'hollow' ? 1 : 0), y: 5 + (s.look === 'hollow' ? 1 : 0), width: s.look === 'hollow' ? 10 : 12, height: s.look === 'hollow' ? 10 : 12, className: `swatch s${j} ${s.look}`, tip: s.name });
      shapes.push({ kind: 'text', x: x + 16, y: 15, text: s.name, className: 'legend', anchor: 'start' });
      x += 24 + s.name.length * 6.5;
    });
  }

  const summary = `${spec.title}: ${spec.categories.map((c, i) => `${c}: ${spec.series.map((s) => `${s.name} ${s.values[i] ?? 0}`).join(', ')}`).join('; ')}.`;
  return {
    title: spec.title,
    summary,
    width,
    height,
    shapes,
    table: { head: ['', ...spec.series.map((s) => s.name)], rows: spec.categories.map((c, i) => [c, ...spec.series.map((s) => String(s.values[i] ?? 0))]) },
  };
}

/** Horizontal bars, one per label, the value after each bar: for ranked lists (skills). */
export function barList(spec: BarListSpec): ChartLayout {
  const width = spec.width ?? 480;
  const rowH = 20;
  const labelW = Math.round(width * 0.4);
  const max = Math.max(1, ...spec.values);
  const barMax = width - labelW - 36;
  const shapes: ChartShape[] = [];
  spec.labels.forEach((label, i) => {
    const v = spec.values[i] ?? 0;
    const y = 4 + i * rowH;
    shapes.push({ kind: 'text', x: labelW - 6, y: y + 13, text: shorten(label, Math.floor(labelW / 6.5)), className: 'label', anchor: 'end' });
    shapes.push({ kind: 'rect', x: labelW, y: y + 3, width: Math.max(1, round((v / max) * barMax)), height: rowH - 6, className: 'bar s0 filled', tip: `${label}: ${v} ${spec.unit}` });
    shapes.push({ kind: 'text', x: labelW + round((v / max) * barMax) + 4, y: y + 13, text: String(v), className: 'value', anchor: 'start' });
  });
  return {
    title: spec.title,
    summary: `${spec.title}: ${spec.labels.map((l, i) => `${l} ${spec.values[i] ?? 0}`).join(', ')}.`,
    width,
    height: 8 + spec.labels.length * rowH,
    shapes,
    table: { head: ['', spec.unit], rows: spec.labels.map((l, i) => [l, String(spec.values[i] ?? 0)]) },
  };
}

/** One row of small bars per label, over shared columns and one scale: skills by quarter. */
export function smallMultiples(spec: SmallMultiplesSpec): ChartLayout {
  const width = spec.width ?? 480;
  const rowH = 28;
  const labelW = Math.round(width * 0.42);
  const bottom = 18;
  const height = 6 + spec.rows.length * rowH + bottom;
  const n = Math.max(1, spec.columns.length);
  const colW = (width - labelW - 4) / n;
  const max = Math.max(1, ...spec.rows.flatMap((r) => r.values));
  const barMax = rowH - 14;
  const shapes: ChartShape[] = [];
  spec.rows.forEach((row, r) => {
    const base = 6 + (r + 1) * rowH - 3;
    shapes.push({ kind: 'text', x: labelW - 6, y: base - 4, text: shorten(row.label, Math.floor(labelW / 6.5)), className: 'label', anchor: 'end' });
    shapes.push({ kind: 'line', x1: labelW, y1: base, x2: width - 4, y2: base, className: 'axis' });
    spec.columns.forEach((column, i) => {
      const v = row.values[i] ?? 0;
      const h = round((v / max) * barMax);
      const x = round(labelW + i * colW + colW * 0.2);
      shapes.push({ kind: 'rect', x, y: round(base - h), width: round(Math.max(1, colW * 0.35)), height: h, className: 'bar s0 filled', tip: `${row.label}, ${column}: ${v} ${spec.unit}` });
      if (v > 0) shapes.push({ kind: 'text', x: round(x + colW * 0.35 + 3), y: base - 2, text: String(v), className: 'value', anchor: 'start' });
    });
  });
  spec.columns.forEach((column, i) => {
    shapes.push({ kind: 'text', x: round(labelW + i * colW + colW * 0.2), y: height - 5, text: spec.short?.[i] ?? column, className: 'label', anchor: 'start' });
  });
  return {
    title: spec.title,
    summary: `${spec.title}: ${spec.rows.map((r) => `${r.label}: ${spec.columns.map((c, i) => `${c} ${r.values[i] ?? 0}`).join(', ')}`).join('; ')}.`,
    width,
    height,
    shapes,
    table: { head: ['', ...spec.columns], rows: spec.rows.map((r) => [r.label, ...spec.columns.map((_, i) => String(r.values[i] ?? 0))]) },
  };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The chart as SVG markup for an HTML page (every text escaped), labelled by its title and described by its summary. */
export function chartSvg(layout: ChartLayout, id: string): string {
  const parts: string[] = [
    `<svg class="chart" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${escapeXml(layout.title)}</title>`,
    `<desc id="${id}-d">${escapeXml(layout.summary)}</desc>`,
  ];
  for (const s of layout.shapes) {
    if (s.kind === 'rect') parts.push(`<rect class="${s.className}" x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"><title>${escapeXml(s.tip)}</title></rect>`);
    else if (s.kind === 'line') parts.push(`<line class="${s.className}" x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}"/>`);
    else parts.push(`<text class="${s.className}" x="${s.x}" y="${s.y}" text-anchor="${s.anchor}">${escapeXml(s.text)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Text for HTML or XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
