import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { keyEnd, parseSimpleYaml, readFrontMatter } from '../../src/core/frontMatter';

/** A `key:` or `key: value` line as a regular expression: the reference keyEnd is checked against (quadratic, so only in tests). */
const KEY_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
import { parseEntry } from '../../src/core/parseEntry';
import { picker, prng } from './helpers';

/**
 * What the full parser reads of the same lines in a file (each ends with a line break, as the
 * closing `---` follows): `{}` for an empty document, a thrown error as such.
 */
function full(lines: readonly string[]): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    const v = parseYaml(lines.map((l) => l + '\n').join(''), { schema: 'core', logLevel: 'silent' });
    return { ok: true, value: v ?? {} };
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0] };
  }
}

/** The fast path either declines (undefined) or reads exactly what `yaml` reads. */
function assertAgrees(lines: readonly string[]): boolean {
  const fast = parseSimpleYaml(lines);
  if (fast === undefined) return false;
  const f = full(lines);
  if (!f.ok) assert.fail(`fast path accepted what yaml rejects (${f.error}): ${JSON.stringify(lines)} → ${JSON.stringify(fast)}`);
  assert.deepStrictEqual(fast, f.value, `fast path disagrees with yaml on ${JSON.stringify(lines)}`);
  return true;
}

const fm = (...lines: string[]) => readFrontMatter(['---', ...lines, '---', 'body']);

describe('frontMatter: the fast path', () => {
  const typical: string[][] = [
    ['type: session', 'date: 2026-11-18', 'goals: [design-doc, public-speaking]'],
    ['type: session', 'date: 2026-10-07', 'goals: [on-call-confidence]', 'attendees: [priya, sam, marta]'],
    ['type: goal', 'title: Write and land my first design doc', 'status: active', 'started: 2026-08-05', 'target: 2026-12-15', 'skills:', '  - technical writing', '  - system design'],
    ['type: agreement', 'mentor: Priya Raman (@priya)', 'mentee: Sam Okafor (@sam)', 'cadence: every 2 weeks', 'channel: Video call, Wednesdays 16:00-16:45 CET; async in Slack DMs', 'started: 2026-08-03', 'focus:', '- Writing and defending design docs', '- Speaking up in larger forums', 'recurring:', '  - Open action items from last time'],
    ['type: note', 'date: 2026-09-10', 'title: "After my first design review"'],
    ['type: note', "title: 'Private — how I feel'", 'draft: true', 'rating: 4', 'ratio: 0.5', 'ends:', 'nothing: ~', 'none: null'],
    ['# a comment', 'type: session', '', 'date: 2026-11-18  ', 'tags: []'],
    ['type: session\r', 'date: 2026-11-13\r', 'goals: [design-doc]\r'],
    [],
  ];

  it('reads typical front matter itself, exactly as yaml does', () => {
    for (const lines of typical) assert.ok(assertAgrees(lines), `fast path declined ${JSON.stringify(lines)}`);
  });

  it('reads a block list after a key, and a bare key as null', () => {
    assert.deepEqual(parseSimpleYaml(['skills:', '  - a', '  - b', 'ends:']), { skills: ['a', 'b'], ends: null });
  });

  it('declines what it does not fully understand', () => {
    const declined: string[][] = [
      ['mentor: {name: X, handle: y}'],
      ['mentor:', '  name: X'],
      ['note: |', '  text'],
      ['a: &x 1', 'b: *x'],
      ['t: !!str 1'],
      ['t: "a\\"b"'],
      ["t: 'it''s'"],
      ['t: a # comment'],
      ['t: a: b'],
      ['a: 1', 'a: 2'],
      ['__proto__: x'],
      ['k:', '- a', '  - b'],
      ['k:', '  - a', '- b'],
      ['title: first line', '  continued'],
      ['k: 0x1F'],
      ['k: .inf'],
      ['null: 1'],
      ['True: 1'],
    ];
    for (const lines of declined) assert.equal(parseSimpleYaml(lines), undefined, JSON.stringify(lines));
  });

  it('agrees with yaml on the cases that once differed', () => {
    // Each of these was read differently by the fast path before: a comment, a flow indicator,
    // NBSP kept by YAML, `- ` meaning null, `-` alone, mixed list indentation, null/boolean keys.
    const cases: string[][] = [
      ['status: #x'],
      ['x-y:', '- #x'],
      ['title: ,x'],
      ['a: \u00a0a'],
      ['a: a\u00a0'],
      ['k: [a\u00a0, b]'],
      ['k:', '- '],
      ['k: -'],
      ['k:', '  - -'],
      ['k: [?]'],
      ['k:', '- a', '    - b'],
      ['null: x'],
      ['True: x'],
    ];
    for (const lines of cases) assertAgrees(lines);
  });

  it('equals yaml (core schema) on a generated corpus of front matter', () => {
    const rand = prng(20261124);
    const pick = picker(rand);
    const keys = ['type', 'date', 'title', 'goals', 'skills', 'mentor', 'status', 'x-y', '_k', 'key_2', 'a1', 'true', 'True', 'null', 'Null', 'yes', 'on', 'constructor', 'toString'];
    const atoms = [
      'session', '2026-11-24', 'Hello world', 'Priya Raman (@priya)', 'every 2 weeks', 'a:b', ':x', '?x', '-x', '-', '+', '.', '?', ':',
      '007', '1e3', '1.5', '-0', '+1', '.5', '1.', '1_000', '1:30', '12345678901234567890', '0x1F', '0o7', '0b1', '.inf', '-.Inf', '.NaN',
      'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'null', 'Null', 'NULL', '~', '',
      'x]', 'x}', 'x[', ',x', 'a,b', 'a, b', 'café', 'a\u00a0b', '\u00a0a', 'a\u00a0', 'a\u2028b', 'a\u0085b', 'x\u200bz', '😀', '\ufeffa',
      'a #b', 'a# b', 'a #', '#x', '#', '@x', '`x', '%x', '&x', '*x', '!x', '|', '>', '"q"', "'q'", '"a b"', "'a b'", "'it''s'", '"a\\"b"',
      '"a\\nb"', '"# x"', "'x' # c", '"x" y', 'x "y"', "x 'y'", '""', "''", '1 2', 'a  b', 'a: b', 'a:', 'x - y', '- x',
      '[a, b]', '[a,b]', '[]', '[ ]', '[a, ]', '[a, [b]]', '{a: 1}', '{}', '[1, true, null, ~]', '["a", b]', '[a b, c]', '[-x, +y]',
      '[a:b]', '[x]y', '[a, b] # c', '[a #b]', '[.5, 0x1]', '[- a]', '[?]', '[a,,b]', '[:x]', '[-]', '[\u00a0a]', '[a: b]',
    ];
    const separators = [' ', ' ', ' ', '  ', '\t', ' \t'];
    const soup = ['a', 'b', '1', '0', '.', '-', '+', ':', ' ', ' ', '\t', '#', '"', "'", '[', ']', ',', '{', '}', '?', '!', '&', '*', '@', '`', '|', '>', '%', '~', 'e', 'x', '\u00a0', '\\', '_', 'é'];
    const plain = ['session', 'goal', '2026-11-24', 'Sam Okafor (@sam)', 'every 2 weeks', 'Video call', 'design-doc', '3', '2.5', 'true', 'null', '~', '"quoted: text"', "'single # quoted'", '[a, b, 3]', '[]', 'Hello, world!', 'x-y_z.1'];
    const value = () => {
      const r = rand();
      if (r < 0.4) return pick(plain);
      if (r < 0.85) return pick(atoms);
      return Array.from({ length: Math.floor(rand() * 7) }, () => pick(soup)).join('');
    };

    const generate = (): string[] => {
      const lines: string[] = [];
      const n = 1 + Math.floor(rand() * 6);
      for (let i = 0; i < n; i++) {
        const roll = rand();
        if (roll < 0.55) {
          lines.push(`${pick(keys)}:${pick(separators)}${value()}`);
        } else if (roll < 0.8) {
          lines.push(`${pick(keys)}:${pick(['', ' '])}`);
          const indent = pick(['', '  ', '    ']);
          for (let j = Math.floor(rand() * 4); j > 0; j--) {
            lines.push(`${rand() < 0.85 ? indent : pick(['', '  ', '\t'])}-${pick([' ', ' ', ' ', '', '  '])}${value()}`);
          }
        } else if (roll < 0.9) {
          lines.push(pick(['# comment', '  # indented comment', '', '   ', '#', '---x', '...x']));
        } else {
          lines.push(`${pick(keys)}${pick([':', ' :', '::', ': '])}${value()}${pick(['', '\r'])}`);
        }
      }
      return lines;
    };

    let accepted = 0;
    const total = 8000;
    for (let i = 0; i < total; i++) if (assertAgrees(generate())) accepted++;
    // The property is only worth something if the fast path takes a good share of the corpus.
    assert.ok(accepted > total / 10, `fast path accepted only ${accepted} of ${total}`);
  });
});

describe('frontMatter: the key scanner', () => {
  it('finds the key exactly where KEY_LINE does, on generated lines', () => {
    const rnd = prng(21);
    const parts = ['a', 'Z', '_', '-', '1', ':', ' ', '\t', 'x y', '\r', '\u2028', '#', 'é', ': ', 'v'];
    for (let n = 0; n < 20000; n++) {
      let line = '';
      const k = 1 + Math.floor(rnd() * 7);
      for (let i = 0; i < k; i++) line += parts[Math.floor(rnd() * parts.length)];
      const m = KEY_LINE.exec(line);
      const end = keyEnd(line);
      assert.equal(end >= 0, m !== null, `accepts ${JSON.stringify(line)}`);
      if (m) assert.equal(line.slice(0, end), m[1], `key of ${JSON.stringify(line)}`);
    }
  });
});

describe('frontMatter: readFrontMatter', () => {
  it('returns none without an opening `---` (so `---js` never runs anything)', () => {
    assert.deepEqual(readFrontMatter(['# Title']), { kind: 'none' });
    assert.deepEqual(readFrontMatter([]), { kind: 'none' });
    assert.deepEqual(readFrontMatter(['---js', '({ type: (globalThis.__pwned = 1) })', '---']), { kind: 'none' });
    assert.equal((globalThis as Record<string, unknown>).__pwned, undefined);
  });

  it('finds the body after the closing `---` or `...`', () => {
    const r = readFrontMatter(['---', 'type: session', '---', '', '# Body']);
    assert.equal(r.kind, 'ok');
    if (r.kind !== 'ok') return;
    assert.deepEqual(r.value, { data: { type: 'session' }, bodyLine: 4, bodyOffset: 22 });
    const dots = readFrontMatter(['---', 'type: session', '...', 'x']);
    assert.equal(dots.kind === 'ok' && dots.value.bodyLine, 4);
    const empty = readFrontMatter(['---', '---']);
    assert.deepEqual(empty.kind === 'ok' && empty.value.data, {});
  });

  it('falls back to yaml for nested maps, flow and block', () => {
    const flow = fm('mentor: {name: Priya Raman, handle: priya}', 'mentee: Sam (@sam)');
    assert.deepEqual(flow.kind === 'ok' && flow.value.data, { mentor: { name: 'Priya Raman', handle: 'priya' }, mentee: 'Sam (@sam)' });
    const block = fm('mentor:', '  name: Priya Raman', '  handle: "@priya"', 'focus:', '  - a', 'note: |', '  two', '  lines');
    assert.deepEqual(block.kind === 'ok' && block.value.data, { mentor: { name: 'Priya Raman', handle: '@priya' }, focus: ['a'], note: 'two\nlines\n' });
  });

  it('reads CRLF front matter without carriage returns, also through the fallback', () => {
    const r = readFrontMatter('---\r\nmentor: {name: X}\r\nrecurring:\r\n  - Open items\r\ntitle: x\r\n---\r\nbody'.split('\n'));
    assert.deepEqual(r.kind === 'ok' && r.value.data, { mentor: { name: 'X' }, recurring: ['Open items'], title: 'x' });
  });

  it('reads the same values through the fast path and the fallback', () => {
    // Adding a nested map sends the whole block to yaml; the flat keys must read the same.
    const flat = ['type: session', 'date: 2026-11-18', 'goals: [a, b]', 'n: 3', 'ok: true', 'none: ~'];
    const a = fm(...flat);
    const b = fm(...flat, 'extra: {x: 1}');
    assert.ok(a.kind === 'ok' && b.kind === 'ok');
    if (a.kind !== 'ok' || b.kind !== 'ok') return;
    const { extra, ...rest } = b.value.data;
    assert.deepEqual(extra, { x: 1 });
    assert.deepEqual(rest, a.value.data);
  });

  it('reports broken YAML with a line in the file, never throwing', () => {
    const r = readFrontMatter(['---', 'type: session', 'date: 2026-11-04', 'title: "Pairing on the migration', 'goals: [design-doc]', '---', '# x']);
    assert.equal(r.kind, 'error');
    if (r.kind !== 'error') return;
    assert.ok(r.error.line === 4 || r.error.line === 5, `line ${r.error.line}`);
    assert.match(r.error.message, /not valid YAML/);
    assert.equal(r.bodyLine, 7);
    const tabs = readFrontMatter(['---', 'a: b', '\tc: d', '---']);
    assert.equal(tabs.kind, 'error');
    assert.equal(tabs.kind === 'error' && tabs.error.line >= 2 && tabs.error.line <= 3, true);
  });

  it('reports front matter that is a list or a scalar, not a map', () => {
    const list = readFrontMatter(['---', '- a', '---']);
    assert.equal(list.kind === 'error' && list.error.line, 2);
    const scalar = readFrontMatter(['---', 'just words', '---']);
    assert.equal(scalar.kind, 'error');
  });

  it('refuses an alias bomb quickly, as an error', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const r = fm(...bomb);
    assert.equal(r.kind, 'error');
    assert.match(r.kind === 'error' ? r.error.message : '', /alias/i);
  });

  it('never executes or constructs anything from tags', () => {
    const r = fm(
      'f: !!js/function "function () { globalThis.__pwned = 2 }"',
      'r: !!js/regexp /x/',
      'u: !!js/undefined ""',
      'p: !!python/object:os.system ["echo pwned"]',
      'c: !custom {a: 1}',
      'l: !<tag:yaml.org,2002:js/function> "function () {}"',
    );
    assert.equal(r.kind, 'ok');
    if (r.kind !== 'ok') return;
    for (const v of Object.values(r.value.data)) {
      assert.notEqual(typeof v, 'function');
      assert.ok(!(v instanceof RegExp));
    }
    assert.equal(r.value.data.f, 'function () { globalThis.__pwned = 2 }');
    assert.equal((globalThis as Record<string, unknown>).__pwned, undefined);
  });

  it('does not let `__proto__` keys reach the prototype', () => {
    const r = fm('__proto__: {polluted: yes}', 'type: note');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    if (r.kind === 'ok') assert.equal(Object.getPrototypeOf(r.value.data), Object.prototype);
  });

  it('keeps an entry readable when its front matter needs the fallback', () => {
    const e = parseEntry('mentorship.md', '---\ntype: agreement\nmentor: {name: Priya Raman, handle: priya}\nmentee:\n  name: Sam\n  handle: sam\n---\n');
    assert.deepEqual([e?.agreement?.mentor, e?.agreement?.mentee], [{ name: 'Priya Raman', handle: 'priya' }, { name: 'Sam', handle: 'sam' }]);
  });
});
