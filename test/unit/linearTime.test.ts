// Files with long runs of one character must never freeze the extension host or `check`: every
// function that reads file text runs in time linear in it. Fuzzed with fast-check: long runs
// (thousands) of every character the readers treat specially, after every context that makes
// them special, fed to the parser, the renderer, the line edits and the insertions.
//
// Each call runs in a worker thread with a wall-clock guard of BUDGET_MS. It is not a speed
// assertion: a linear reader takes a few milliseconds on these inputs, a quadratic one minutes.
// The guard turns a hang into a failure that names the input, and stops the hung worker.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';

const BUDGET_MS = 2_000;
const SIZE = 200_000;
/** fast-check's seed: the same cases on every run unless FUZZ_SEED asks for others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

/** Every character or marker some reader treats specially. */
const SPECIALS = [
  '#', ':', '.', '!', ' ', '\t', '[', ']', '(', ')', '`', '~', '<!--', '-->', '@', '-', '*', '+', '>', '<', '=', '|', '_',
  '\u{1F4C5}', '\u2705', '\u{1F5D3}', '\uFE0F', '\u00A0', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\uFEFF',
  '::', '[[', ']]', '](', '[due:: ', '[skill:: ', '#skill/', '[goal:: ', '(due:: ', '- [ ] ', '## ', '```', '~~~', '<<<<<<<', '=======', '---', '1.', 'a', '7', ',',
];
/** What comes before a run: the line starts and openers that make its characters mean something. */
const CONTEXTS = [
  '', '## ', '## Notes', '# a ', '- [ ] x ', '- ', '* [x] ', '1. ', '  ', '[due:: ', '- [ ] a [due:: ', '(', '📅', '✅ ', '@', 'x @', '<!-- ', '```\n', '> ', '---\n', '## Agenda\n', '## Action items\n- [ ] a\n',
];

/** A long input: a context, then runs of special characters, cut at SIZE characters. */
const longText = fc
  .record({
    context: fc.constantFrom(...CONTEXTS),
    // A run is one piece once (an opener: `📅`, `[due:: `) or thousands of times.
    runs: fc.array(fc.record({ piece: fc.constantFrom(...SPECIALS), times: fc.oneof(fc.constant(1), fc.integer({ min: 2_000, max: SIZE })) }), { minLength: 1, maxLength: 4 }),
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

/** One worker that runs the readers; replaced when a call overruns (it is terminated). */
class Guarded {
  private worker: Worker | undefined;
  private next = 0;

  private start(): Worker {
    this.worker ??= new Worker(path.join(__dirname, 'linearTime.worker.js'));
    return this.worker;
  }

  /** Runs `target` on `input` in the worker; fails when it throws or takes BUDGET_MS or more. */
  run(target: string, input: string): Promise<void> {
    const worker = this.start();
    const id = this.next++;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        this.worker = undefined;
        void worker.terminate();
        reject(new Error(`${target} did not finish within ${BUDGET_MS} ms on ${shape(input)}: something reads it in more than linear time`));
      }, BUDGET_MS);
      const onMessage = (m: { id: number; error?: string }) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (m.error) reject(new Error(`${target} threw on ${shape(input)}: ${m.error}`));
        else resolve();
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, target, input });
    });
  }

  stop(): Promise<number> | undefined {
    const w = this.worker;
    this.worker = undefined;
    return w?.terminate();
  }
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
  return `${input.length} characters starting ${JSON.stringify(input.slice(0, 24))}, longest runs ${longest.join(', ')}`;
}

describe('no file text makes a reader take more than linear time', function () {
  this.timeout(300_000);
  const guard = new Guarded();
  after(() => guard.stop());

  // fc.check, not fc.assert: a failure names the input's shape, not its 200 KB of characters.
  const run = (name: string, target: string, numRuns = 25) =>
    it(name, async () => {
      const out = await fc.check(fc.asyncProperty(longText, (input) => guard.run(target, input)), { numRuns, seed: SEED, endOnFailure: true });
      if (out.failed) {
        const why = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
        throw new Error(`${why} (fast-check seed ${out.seed}, path ${out.counterexamplePath})`);
      }
    });

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
      ['an emoji date followed by 100,000 dots and a word', `## Action items\n- [ ] a \u{1F4C5}${'.'.repeat(100_000)}x\n`],
      ['a done date followed by 100,000 "]" and a word', `## Action items\n- [ ] a \u2705 ${']'.repeat(100_000)}x\n`],
    ];
    for (const [name, body] of reproductions) {
      it(`${name}: parses, renders and takes edits in linear time`, async () => {
        for (const target of ['parseEntry', 'sectionsOf', 'renderMarkdown', 'insertItem', 'agendaInsertion', 'lineEdits', 'editor']) await guard.run(target, body);
      });
    }
  });

  run('parseEntry reads any run of special characters in linear time', 'parseEntry');
  run('sectionsOf reads any run of special characters in linear time', 'sectionsOf');
  run('skills and health read any run of special characters in linear time', 'skills');
  it('skills read 30,000 unclosed skill fields and tags in linear time', async () => {
    for (const body of ['[skill:: '.repeat(30_000), '(skills::'.repeat(30_000), '[skill:: [['.repeat(20_000), '#skill/'.repeat(30_000), ` #skill/${'a'.repeat(200_000)}`]) await guard.run('skills', body);
  });
  run('the index and check read any run of special characters in linear time', 'check', 15);
  run('a session summary reads any run of special characters in linear time', 'sessionSummary', 15);
  run('the journal renderer reads any run of special characters in linear time', 'renderMarkdown', 15);
  run('the line edits read any run of special characters in linear time', 'lineEdits');
  run('locateItem reads any run of special characters in linear time', 'locateItem');
  run('insertItem and applyInsertion read any run of special characters in linear time', 'insertItem');
  run('agenda insertion reads any run of special characters in linear time', 'agendaInsertion');
  run('the editor helpers (completions, hovers, live checks, links, renames) read any run of special characters in linear time', 'editor', 20);
});
