// Files with long runs of one character must never freeze the extension host or `check`: every
// function that reads file text runs in time linear in it. Fuzzed with fast-check: long runs
// (thousands) of every character the readers treat specially, after every context that makes
// them special, fed to the parser, the renderer, the line edits and the insertions.
//
// Each call has a wall-clock guard of BUDGET_MS. It is not a speed assertion: a linear reader
// takes a few milliseconds on these inputs, a quadratic one minutes. The guard only turns a hang
// into a failure that names the input.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type MarkdownIt from 'markdown-it';
import { agendaInsertion } from '../../src/core/agendaInsert';
import { applyInsertion, carriedLine, completeLine, insertItem, locateItem, moveLine, reopenLine, setDueLine } from '../../src/core/edits';
import { JournalIndex } from '../../src/core/journalIndex';
import { checkJournal } from '../../src/core/checks';
import { parseEntry, sectionsOf } from '../../src/core/parseEntry';
import { sessionSummary } from '../../src/core/summaries';
import { markdownEngine, renderWith } from '../../src/features/journal/renderMarkdown';

const BUDGET_MS = 2_000;
const SIZE = 200_000;
/** fast-check's seed: the same cases on every run unless FUZZ_SEED asks for others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

/** Every character or marker some reader treats specially. */
const SPECIALS = [
  '#', ':', '.', '!', ' ', '\t', '[', ']', '(', ')', '`', '~', '<!--', '-->', '@', '-', '*', '+', '>', '<', '=', '|', '_',
  '\u{1F4C5}', '\u2705', '\u{1F5D3}', '\uFE0F', '\u00A0', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\uFEFF',
  '::', '[[', ']]', '](', '[due:: ', '[goal:: ', '(due:: ', '- [ ] ', '## ', '```', '~~~', '<<<<<<<', '=======', '---', '1.', 'a', '7', ',',
];
/** What comes before a run: the line starts and openers that make its characters mean something. */
const CONTEXTS = [
  '', '## ', '## Notes', '# a ', '- [ ] x ', '- ', '* [x] ', '1. ', '  ', '[due:: ', '- [ ] a [due:: ', '(', '📅', '✅ ', '@', 'x @', '<!-- ', '```\n', '> ', '---\n', '## Agenda\n', '## Action items\n- [ ] a\n',
];
const FRONT = '---\ntype: session\ndate: 2026-11-24\n---\n';

/** A long input: a context, then runs of special characters, cut at SIZE characters. */
const longText = fc
  .record({
    context: fc.constantFrom(...CONTEXTS),
    runs: fc.array(fc.record({ piece: fc.constantFrom(...SPECIALS), times: fc.integer({ min: 1, max: SIZE }) }), { minLength: 1, maxLength: 4 }),
    tail: fc.constantFrom('', 'x', '#', ']', ')', '\n', ' x\n', '-->\n', '```\n'),
  })
  .map(({ context, runs, tail }) => {
    let body = context;
    for (const { piece, times } of runs) {
      const room = Math.ceil((SIZE - body.length) / piece.length);
      if (room <= 0) break;
      body += piece.repeat(Math.min(times, room));
    }
    return body.slice(0, SIZE) + tail;
  });

/** The same on one line, as the line edits receive it (a checkbox item, no `\n`). */
const longLine = longText.map((t) => `- [ ] ${t.replace(/\n/g, ' ')}`);

function withinBudget<T>(what: string, input: string, run: () => T): T {
  const started = Date.now();
  const result = run();
  const ms = Date.now() - started;
  assert.ok(ms < BUDGET_MS, `${what} took ${ms} ms on ${shape(input)}: something reads it in more than linear time`);
  return result;
}

/** A short description of a long input: its length and its longest runs of one character. */
function shape(input: string): string {
  const runs: [string, number][] = [];
  for (let i = 0; i < input.length; ) {
    let j = i + 1;
    while (j < input.length && input[j] === input[i]) j++;
    runs.push([input[i], j - i]);
    i = j;
  }
  const longest = runs.sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c, n]) => `${JSON.stringify(c)}×${n}`);
  return `${input.length} characters, longest runs ${longest.join(', ')}`;
}

/** Runs `run` on `input`, accepting a typed refusal (an EditRefused): only time and crashes count. */
function tolerant(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof Error) || e.constructor.name !== 'EditRefused') throw e;
  }
}

describe('no file text makes a reader take more than linear time', function () {
  this.timeout(120_000);
  let md: MarkdownIt;
  before(async () => {
    md = await markdownEngine();
  });

  const run = (name: string, arb: fc.Arbitrary<string>, body: (input: string) => void, numRuns = 25) =>
    it(name, () => fc.assert(fc.property(arb, (input) => withinBudget(name, input, () => body(input))), { numRuns, seed: SEED, endOnFailure: true }));

  describe('the shapes that froze the extension host (reproductions)', () => {
    const reproductions: [string, string][] = [
      ['a heading ending in 100,000 #s', `## Notes ${'#'.repeat(100_000)}x\n`],
      ['a heading ending in 100,000 " #"s', `## Notes${' #'.repeat(100_000)}\n`],
      ['a heading with 100,000 colons and no end', `## Notes${':'.repeat(100_000)}x\n`],
      ['a heading with 100,000 ".!" and a word', `## Wins${'.!'.repeat(50_000)}x\n`],
      ['a heading with 100,000 spaces and a hash', `## ${' '.repeat(100_000)}x#\n`],
      ['[due:: followed by 100,000 spaces', `## Action items\n- [ ] a [due:: ${' '.repeat(100_000)}\n`],
      ['100,000 "[due:: " without a closing bracket', `## Action items\n- [ ] a ${'[due:: '.repeat(15_000)}\n`],
      ['100,000 spaces before a word in an item', `## Action items\n- [ ] a${' '.repeat(100_000)}b\n`],
      ['100,000 "[" in a paragraph', `## Notes\n${'['.repeat(100_000)}\n`],
      ['100,000 "(@" after a name', `---\ntype: agreement\nmentor: "Sam${' (@'.repeat(30_000)}"\n---\n`],
      ['100,000 spaces then a line separator in a list line', `## Action items\n-${' '.repeat(100_000)}\u2028\n`],
      ['a 200 KB fence of backticks', `${'`'.repeat(200_000)}\n`],
    ];
    for (const [name, body] of reproductions) {
      const text = FRONT + body;
      it(`${name}: parses, renders and takes edits in linear time`, () => {
        withinBudget('parseEntry', text, () => parseEntry('sessions/2026-11-24.md', text));
        withinBudget('sectionsOf', text, () => sectionsOf('sessions/2026-11-24.md', text));
        withinBudget('renderMarkdown', text, () => renderWith(md, text, { path: 'sessions/2026-11-24.md', bodyLine: 1, items: [] }));
        withinBudget('insertItem', text, () => tolerant(() => insertItem(text, 'action', '- [ ] new')));
        withinBudget('agendaInsertion', text, () => tolerant(() => agendaInsertion(text, '## Agenda\n\n- a\n')));
        const line = `- [ ] ${body.replace(/\n/g, ' ')}`;
        withinBudget('setDueLine', line, () => setDueLine(line, '2026-12-01'));
        withinBudget('completeLine', line, () => completeLine(line, '2026-12-01'));
      });
    }
  });

  run('parseEntry reads any run of special characters in linear time', longText, (t) => {
    parseEntry('sessions/2026-11-24.md', FRONT + t);
    parseEntry('sessions/2026-11-24.md', t);
  });
  run('sectionsOf reads any run of special characters in linear time', longText, (t) => {
    sectionsOf('notes/n.md', FRONT + t);
  });
  run('the index and check read any run of special characters in linear time', longText, (t) => {
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
    index.set('sessions/2026-11-24.md', FRONT + t);
    checkJournal(index);
  }, 15);
  run('a session summary reads any run of special characters in linear time', longText, (t) => {
    const text = `---\ntype: session\ndate: 2026-11-24\n---\n# Session\n## Agenda\n${t}\n## Notes\n${t}\n`;
    const entry = parseEntry('sessions/2026-11-24.md', text)!;
    sessionSummary(entry, text);
  }, 15);
  run('the journal renderer reads any run of special characters in linear time', longText, (t) => {
    renderWith(md, t, { path: 'sessions/2026-11-24.md', bodyLine: 5, items: [] });
  }, 15);
  run('the line edits read any run of special characters in linear time', longLine, (line) => {
    completeLine(line, '2026-12-01');
    reopenLine(line);
    setDueLine(line, '2026-12-01');
    setDueLine(line, null);
    moveLine(line, '2026-12-08');
    carriedLine(line);
  });
  run('locateItem reads any run of special characters in linear time', longText, (t) => {
    const text = `${FRONT}## Action items\n- [ ] find me\n${t}\n- [ ] find me too\n`;
    tolerant(() => locateItem(text, 'sessions/2026-11-24.md', 6, '- [ ] find me'));
    tolerant(() => locateItem(text, 'sessions/2026-11-24.md', 3, '- [ ] find me too'));
  });
  run('insertItem and applyInsertion read any run of special characters in linear time', longText, (t) => {
    const text = FRONT + t;
    tolerant(() => applyInsertion(text, insertItem(text, 'action', '- [ ] new @sam')));
    tolerant(() => applyInsertion(text, insertItem(text, 'win', '- a win')));
  });
  run('agenda insertion reads any run of special characters in linear time', longText, (t) => {
    const text = FRONT + t;
    tolerant(() => {
      const ins = agendaInsertion(text, '## Agenda\n\n### Action items\n\n- a\n');
      if (ins) applyInsertion(text, ins);
    });
  });
});
