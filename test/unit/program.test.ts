// The program report: golden data and HTML over the four health journals (one repository with
// several agreements), the HTML's safety (no script, nothing fetched, every text escaped, a CSP
// whose style hash matches), and the same sums whether fed whole or one mentorship at a time.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { barList, chartSvg, columnChart } from '../../src/core/chart';
import { JournalIndex } from '../../src/core/journalIndex';
import { buildProgram, ProgramBuilder } from '../../src/core/program';
import { renderProgramHtml } from '../../src/core/programHtml';
import { scanJournal } from '../../src/core/scan';
import { NodeJournalFs } from '../../src/node/nodeJournalFs';
import { parse as parseYaml } from 'yaml';
import { golden, HEALTH_FIXTURES, indexOf, REPO } from './helpers';

const TODAY = '2026-11-24';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const XSS = `<script>alert(1)</script><img src=x onerror="alert(2)">`;

/** What a static report may not contain: scripts, handlers, style attributes, anything fetched. */
export function assertStaticHtml(html: string): void {
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /https?:\/\//i);
  assert.doesNotMatch(html, /<(?:iframe|object|embed|link|img|base|form)\b/i);
  // Text is escaped, so every `<` starts one of our tags: none may carry a handler, a style or a link.
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    assert.doesNotMatch(tag, /\s(?:on[a-z]+|style|src|href|xlink:href)\s*=/i, tag);
  }
  const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)];
  assert.equal(styles.length, 1, 'one style element');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp[1], /^default-src 'none'; /);
  assert.ok(csp[1].includes(`style-src 'sha256-${sha256(styles[0][1])}'`), 'the style hash matches the style element');
}

describe('program report', () => {
  it('gives the golden data and HTML over the four health journals', async () => {
    const index = await indexOf(HEALTH_FIXTURES);
    const report = buildProgram(index.shared(), TODAY);
    golden('program-fixtures-2026-11-24.json', JSON.stringify(report, null, 2) + '\n');
    const html = renderProgramHtml(report, sha256);
    golden('program-fixtures-2026-11-24.html', html);
    assertStaticHtml(html);
    assert.deepEqual([report.pairs, report.activePairs, report.levels], [4, 3, { ok: 1, watch: 1, act: 2 }]);
    assert.deepEqual(report.atRisk.map((p) => [p.mentorship, p.signals.map((s) => s.kind)]), [['stopped', ['cadence']], ['lapsing', ['follow-through']]]);
    assert.deepEqual([report.completion.held, report.completion.expected], [31, 42]);
  });

  it('sums the same when fed one mentorship at a time from separate indexes', async () => {
    const whole = buildProgram((await indexOf(HEALTH_FIXTURES)).shared(), TODAY);
    const parts = new ProgramBuilder(TODAY);
    for (const name of fs.readdirSync(HEALTH_FIXTURES).sort()) {
      const index = new JournalIndex();
      await scanJournal(new NodeJournalFs(path.join(HEALTH_FIXTURES, name)), index);
      parts.add(index.shared(), '.');
    }
    const fed = parts.finish();
    // Folder names differ (`.` in each part): compare everything else.
    const strip = (r: typeof whole) => ({ ...r, atRisk: r.atRisk.map((p) => ({ ...p, mentorship: '' })) });
    assert.deepEqual(strip(fed), strip(whole));
  });

  it('escapes hostile names, titles and skills, and leaves private pairs out', () => {
    const index = new JournalIndex();
    index.set('a/mentorship.md', `---\ntype: agreement\nmentor: "${XSS.replace(/"/g, '\\"')} (@priya)"\nmentee: Sam (@sam)\ncadence: weekly\nstarted: 2026-01-05\n---\n`);
    index.set('a/goals/g.md', `---\ntype: goal\ntitle: "${XSS.replace(/"/g, '\\"')}"\nstatus: achieved\nstarted: 2026-01-05\nachieved: 2026-10-01\nskills: ["${XSS.replace(/"/g, '\\"')}", "]]></svg><svg onload=alert(3)>"]\n---\n`);
    index.set('a/sessions/2026-02-02.md', '---\ntype: session\ndate: 2026-02-02\n---\n\n## Wins\n\n- A win [goal:: g]\n');
    index.set('private/mentorship.md', '---\ntype: agreement\nmentor: Secret Mentor (@x)\nmentee: Secret Mentee (@y)\ncadence: weekly\nstarted: 2026-01-05\n---\n');
    const report = buildProgram(index.shared(), TODAY);
    assert.equal(report.pairs, 1);
    const html = renderProgramHtml(report, sha256);
    assertStaticHtml(html);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'shown as text');
    assert.doesNotMatch(html, /Secret/);
    assert.doesNotMatch(html, /<svg onload/);
  });

  it('documents a GitHub Actions workflow that runs check and program on push and uploads the report', () => {
    const doc = fs.readFileSync(path.join(REPO, 'docs', 'program-report.md'), 'utf8');
    const yamlText = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(yamlText, 'a yaml block');
    const wf = parseYaml(yamlText) as { on: { push: unknown }; jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }> };
    assert.ok(wf.on.push);
    const steps = Object.values(wf.jobs)[0].steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    assert.match(runs, / check --root /);
    assert.match(runs, / program --root \S+ --out program-report\.html/);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    assert.equal(upload?.with?.path, 'program-report.html');
  });

  describe('charts', () => {
    it('keep every bar inside the picture, heights in proportion, the numbers in the table and the summary', () => {
      const c = columnChart({ title: 'Held', categories: ['2026-10', '2026-11'], series: [{ name: 'planned', values: [4, 2], look: 'hollow' }, { name: 'held', values: [2, 0], look: 'filled' }] });
      const bars = c.shapes.filter((s) => s.kind === 'rect' && s.className.startsWith('bar'));
      assert.equal(bars.length, 4);
      for (const b of bars) {
        if (b.kind !== 'rect') continue;
        assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= c.width && b.y + b.height <= c.height, JSON.stringify(b));
      }
      const h = (i: number) => (bars[i].kind === 'rect' ? bars[i].height : NaN);
      assert.ok(Math.abs(h(0) / h(1) - 2) < 0.1, 'planned 4 is twice as tall as held 2');
      assert.deepEqual(c.table, { head: ['', 'planned', 'held'], rows: [['2026-10', '4', '2'], ['2026-11', '2', '0']] });
      assert.equal(c.summary, 'Held: 2026-10: planned 4, held 2; 2026-11: planned 2, held 0.');
    });

    it('escape every text in SVG markup', () => {
      const svg = chartSvg(barList({ title: XSS, labels: [XSS, '"quoted" & <b>'], values: [3, 1], unit: 'times' }), 'x');
      assert.doesNotMatch(svg, /<script|<img|<b>/);
      assert.ok(svg.includes('&quot;quoted&quot; &amp; &lt;b&gt;'));
    });
  });
});
