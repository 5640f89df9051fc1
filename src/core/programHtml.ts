// The program report as one self-contained static HTML file: no script, nothing fetched, inline
// SVG charts, every text escaped, and a Content-Security-Policy that allows only its own style
// element (by hash: `sha256` is injected, the core has no crypto). Safe to publish from CI.
import { HEALTH } from './health/thresholds';
import { barList, chartSvg, columnChart, escapeXml, type ChartLayout } from './chart';
import type { ProgramReport } from './program';
import { SKILL_QUARTERS } from './program';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --a: #0969da; --b: #9a6700; --act: #cf222e; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; --a: #4493f8; --b: #d29922; --act: #ff7b72; } }
body { margin: 0; background: var(--bg); color: var(--fg); }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.lede, .note, figcaption, .muted { color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .75rem; margin: 1.25rem 0 0; padding: 0; }
.figures div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
.figures dt { color: var(--muted); font-size: .85rem; }
.figures dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.figures dd small { display: block; font-size: .8rem; font-weight: normal; color: var(--muted); }
.figures .act dd { color: var(--act); }
figure { margin: 0; }
svg.chart { width: 100%; max-width: 40rem; height: auto; display: block; }
svg .s0 { --c: var(--a); } svg .s1 { --c: var(--b); }
svg .filled { fill: var(--c); stroke: var(--c); }
svg .hollow { fill: none; stroke: var(--c); stroke-width: 2; }
svg .grid { stroke: var(--line); stroke-dasharray: 2 3; } svg .axis { stroke: var(--muted); }
svg text { fill: var(--fg); font-size: 11px; } svg .tick, svg .label { fill: var(--muted); } svg .value { font-size: 9px; }
details { margin: .4rem 0 0; } summary { cursor: pointer; color: var(--muted); }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
th, td { text-align: left; padding: .25rem .75rem .25rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.level { color: var(--act); font-weight: 600; }
@media (forced-colors: active) {
  svg .filled { fill: CanvasText; stroke: CanvasText; } svg .hollow { stroke: CanvasText; }
  svg text, svg .tick, svg .label { fill: CanvasText; } svg .grid, svg .axis { stroke: GrayText; }
  .figures div { border-color: CanvasText; }
}
@media print { details { display: block; } details > summary { display: none; } }
`;

/** The report as HTML; `sha256` returns the base64 SHA-256 of a text (for the CSP's style hash). */
export function renderProgramHtml(r: ProgramReport, sha256: (text: string) => string): string {
  const csp = `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Our own text (a base64 hash at most): only `"` and `&` could break the attribute.
    `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>Mentoring program · ${escapeXml(r.today)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Mentoring program</h1>',
    `<p class="lede">As of ${escapeXml(r.today)} · ${count(r.pairs, 'pair')} · from the shared journal files (private notes are never read)</p>`,
  ];

  const rate = r.completion.rate === null ? '—' : percent(r.completion.rate);
  out.push(
    '<dl class="figures">',
    figure('Session completion', rate, `${num(r.completion.held)} of ${num(r.completion.expected)} planned, last ${r.months.length} months`),
    figure('Active pairs', `${num(r.activePairs)}`, `of ${num(r.pairs)}; met within ${HEALTH.silentPeriodsAct} cadence periods`),
    figure('Pairs to check in with', `${num(r.levels.act)}`, `${num(r.levels.watch)} to watch, ${num(r.levels.ok)} fine`, r.levels.act > 0 ? 'act' : ''),
    figure('Goals achieved', `${num(r.goals.achieved)}`, `${num(r.goals.active)} active now`),
    '</dl>',
  );

  out.push('<h2>Session completion per month</h2>');
  out.push(
    chartFigure(
      columnChart({
        title: 'Sessions held and planned per month',
        categories: r.months.map((m) => m.month),
        short: r.months.map((m) => MONTHS[Number(m.month.slice(5, 7)) - 1] + (m.month.endsWith('-01') ? ` ${m.month.slice(2, 4)}` : '')),
        series: [
          { name: 'planned', values: r.months.map((m) => m.expected), look: 'hollow' },
          { name: 'held', values: r.months.map((m) => m.held), look: 'filled' },
        ],
      }),
      'completion',
      r.months.map((m) => (m.rate === null ? '—' : percent(m.rate))),
      'completion',
    ),
  );

  out.push('<h2>Pairs that need a check-in</h2>');
  if (r.atRisk.length === 0) {
    out.push('<p class="muted">No pair\u2019s health calls for action.</p>');
  } else {
    out.push('<table><thead><tr><th scope="col">Pair</th><th scope="col">Folder</th><th scope="col">Signal</th></tr></thead><tbody>');
    for (const p of r.atRisk) {
      const signals = p.signals.map((s) => `<span class="level">act</span> ${escapeXml(s.message)}`).join('<br>');
      out.push(`<tr><td>${escapeXml(p.title)}</td><td>${escapeXml(p.mentorship)}</td><td>${signals}</td></tr>`);
    }
    out.push('</tbody></table>');
  }

  out.push('<h2>Goals achieved per quarter</h2>');
  out.push(
    chartFigure(
      columnChart({
        title: 'Goals achieved per quarter',
        categories: r.goalsAchieved.map((q) => q.quarter),
        series: [{ name: 'goals achieved', values: r.goalsAchieved.map((q) => q.count), look: 'filled' }],
        height: 170,
      }),
      'goals',
    ),
  );

  out.push(`<h2>Skills most practised</h2><p class="note">Milestones, wins and items done, and goals achieved, over the last ${SKILL_QUARTERS} quarters.</p>`);
  if (r.skills.length === 0) {
    out.push('<p class="muted">No goal names a skill yet.</p>');
  } else {
    out.push(chartFigure(barList({ title: 'Skills most practised', labels: r.skills.map((s) => s.skill), values: r.skills.map((s) => s.practice), unit: 'times practised' }), 'skills', r.skills.map((s) => String(s.pairs)), 'pairs'));
  }

  out.push(
    `<p class="note">Health follows the thresholds of docs/health.md: fewer than ${percent(HEALTH.cadenceActBelow)} of the last ${HEALTH.window} planned meetings held, no session for ${HEALTH.silentPeriodsAct} cadence periods, or ${HEALTH.lapsedAct} items overdue by more than ${HEALTH.lapsedPeriods} periods on one side call for action.</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

function figure(label: string, value: string, detail: string, cls = ''): string {
  return `<div${cls ? ` class="${cls}"` : ''}><dt>${escapeXml(label)}</dt><dd>${escapeXml(value)}<small>${escapeXml(detail)}</small></dd></div>`;
}

/** The chart, and its numbers as a table under a disclosure (with an extra column when given). */
function chartFigure(layout: ChartLayout, id: string, extra?: string[], extraHead?: string): string {
  const head = [...layout.table.head, ...(extra ? [extraHead ?? ''] : [])];
  const rows = layout.table.rows.map((row, i) => [...row, ...(extra ? [extra[i]] : [])]);
  const th = head.map((h, i) => `<th scope="col"${i ? ' class="n"' : ''}>${escapeXml(h)}</th>`).join('');
  const trs = rows.map((row) => `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${escapeXml(c)}</th>` : `<td class="n">${escapeXml(c)}</td>`)).join('')}</tr>`).join('');
  return [
    `<figure>${chartSvg(layout, id)}`,
    `<details><summary>The numbers</summary><table><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table></details>`,
    '</figure>',
  ].join('\n');
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}

/** `1,234`: the same on every machine (no locale). */
function num(n: number): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

function count(n: number, noun: string): string {
  return `${num(n)} ${noun}${n === 1 ? '' : 's'}`;
}
