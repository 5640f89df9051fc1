// The hand-written scanners in itemLine.ts against plain definitions: the list-line scanner must
// accept exactly what LIST_LINE accepts, and the field scanner must find exactly the fields a
// slow, obviously-correct reading finds (Dataview's rule, written out below).
import * as assert from 'node:assert/strict';
import { isIsoDate } from '../../src/core/dates';
import { LIST_LINE, inlineFields, parseItemLine } from '../../src/core/itemLine';
import { prng } from './helpers';

const STATUS: Record<string, string> = { ' ': 'open', x: 'done', X: 'done', '-': 'cancelled', '>': 'moved' };

/**
 * Inline fields by the definition, slowly: every unescaped `[` or `(`, left to right, not inside
 * a field already taken, whose text up to the first `::` after it holds no bracket and is not
 * blank; the value runs to the first closing bracket that closes no bracket opened inside it,
 * which must be the opening one's partner, and every bracket closed inside it must be its own
 * opener's partner; `\` hides the next character.
 */
function fieldsByDefinition(text: string): { key: string; value: string; start: number; end: number }[] {
  const out: { key: string; value: string; start: number; end: number }[] = [];
  const partner: Record<string, string> = { '[': ']', '(': ')' };
  let taken = 0;
  for (let o = 0; o < text.length; o++) {
    const open = text[o];
    if ((open !== '[' && open !== '(') || o < taken) continue;
    let slashes = 0;
    while (text[o - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) continue;
    const colons = text.indexOf('::', o + 1);
    if (colons < 0) continue;
    const key = text.slice(o + 1, colons);
    if (/[[\]()]/.test(key) || key.trim() === '') continue;
    const opened: string[] = [];
    let end = -1;
    for (let i = colons + 2; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\\') {
        i++;
      } else if (ch === '[' || ch === '(') {
        opened.push(ch);
      } else if (ch === ']' || ch === ')') {
        if (opened.length === 0) {
          if (ch === partner[open]) end = i;
          break;
        }
        if (ch !== partner[opened.pop()!]) break;
      }
    }
    if (end < 0) continue;
    out.push({ key: key.trim(), value: text.slice(colons + 2, end).trim(), start: o, end: end + 1 });
    taken = end + 1;
  }
  return out;
}

describe('list line scanner', () => {
  it('agrees with LIST_LINE on generated lines', () => {
    const rnd = prng(11);
    const parts = ['', ' ', '  ', '\t', '\u00a0', '\u2003', '>', '> ', ' > ', '-', '*', '+', '1.', '12)', '1234567890.', 'a', '[', ']', '[ ]', '[x]', '[X]', '[-]', '[>]', '[/]', '[?]', '[D]', '[\u{1F642}]', '[\uD83D]', '[]', '[[', '[ ]x', ' ', '\t', 'word', '@sam', '[due:: 2026-12-01]', '', '.', ')'];
    for (let n = 0; n < 20000; n++) {
      let line = '';
      const k = 1 + Math.floor(rnd() * 6);
      for (let i = 0; i < k; i++) line += parts[Math.floor(rnd() * parts.length)];
      const m = LIST_LINE.exec(line);
      const p = parseItemLine(line);
      assert.equal(p !== null, m !== null, `accepts ${JSON.stringify(line)}`);
      if (!m || !p) continue;
      assert.equal(p.hasCheckbox, m[4] !== undefined, `checkbox of ${JSON.stringify(line)}`);
      assert.equal(p.status, m[4] === undefined ? null : STATUS[m[4]] ?? 'open', `status of ${JSON.stringify(line)}`);
      assert.equal(p.text, m[5].trim(), `text of ${JSON.stringify(line)}`);
      const width = m[2].replace(/\t/g, '    ').length;
      assert.equal(p.indent, m[1] !== '' && width > 0 ? width - 1 : width, `indent of ${JSON.stringify(line)}`);
    }
  });

  it('reads the checkbox of a quoted line and its indentation inside the quote', () => {
    assert.deepEqual(['> - [ ] a', '>>> * [x] a', '> > > + [?] a', '>   - a'].map((l) => [parseItemLine(l)?.status, parseItemLine(l)?.indent]), [['open', 0], ['done', 0], ['open', 0], [null, 2]]);
    assert.equal(parseItemLine('> not a list'), null);
  });
});

describe('field scanner', () => {
  it('finds the fields the definition finds, with the same keys and values, on generated text', () => {
    const rnd = prng(12);
    const parts = ['[', ']', '(', ')', '[[', ']]', '\\', '\\[', 'due', 'goal', 'Due Date', 'DUE', ' due ', 'Goals ', 'owner', 'key!', '::', ':: ', ':::', '2026-12-01', '2026-02-30', 'design-doc', ' ', '  ', '\t', '\u00a0', 'a', '@sam', ',', '-', '_'];
    for (let n = 0; n < 20000; n++) {
      let text = 'w';
      const k = 2 + Math.floor(rnd() * 12);
      for (let i = 0; i < k; i++) text += parts[Math.floor(rnd() * parts.length)];
      const expected = fieldsByDefinition(text).map(({ key, value, start, end }) => ({ key, value, start, end, wrapping: text[start] }));
      assert.deepEqual(inlineFields(text).map(({ key, value, start, end, wrapping }) => ({ key, value, start, end, wrapping })), expected, `fields of ${JSON.stringify(text)}`);
    }
  });

  it('reads the known fields, leaves the same title and reports the same dates as the definition', () => {
    const rnd = prng(13);
    const parts = ['[', ']', '(', ')', '[[', ']]', 'due', 'goal', 'Due Date', 'DUE', 'Goals ', 'owner', 'dependson', 'priority', '::', ':: ', '2026-12-01', '2026-02-30', 'design-doc', 'high', ' ', '  ', '\t', '\u00a0', '\u2003', 'a', '@sam', ',', ' ,', '-', '_'];
    const dateKeys = new Set(['due', 'completion', 'moved', 'scheduled', 'start', 'created', 'cancelled', 'done']);
    const known = (key: string, value: string) =>
      ['goal', 'goals', 'owner', ...dateKeys].includes(key.toLowerCase()) || (key === 'priority' && ['highest', 'high', 'medium', 'low', 'lowest'].includes(value));
    for (let n = 0; n < 20000; n++) {
      let text = 'w';
      const k = 2 + Math.floor(rnd() * 10);
      for (let i = 0; i < k; i++) text += parts[Math.floor(rnd() * parts.length)];
      const fields = fieldsByDefinition(text).filter((f) => known(f.key, f.value));
      // Each known field becomes a space, a comma right after it going with it.
      let title = '';
      let from = 0;
      for (const f of fields) {
        if (f.start < from) continue;
        title += `${text.slice(from, f.start)} `;
        from = f.end + (/^[ \t]*,/.exec(text.slice(f.end))?.[0].length ?? 0);
      }
      title = fields.length ? (title + text.slice(from)).replace(/\s+/g, ' ').trim() : text.trim();
      const p = parseItemLine(`- ${text}`)!;
      const keyed = (name: string) => fields.filter((f) => f.key.toLowerCase() === name);
      const goals = [...keyed('goal'), ...keyed('goals')]
        .sort((a, b) => a.start - b.start)
        .flatMap((f) => f.value.split(',').map((g) => g.trim().replace(/^\[\[|\]\]$/g, '')).filter(Boolean));
      assert.equal(p.title, title, `title of ${JSON.stringify(text)}`);
      assert.deepEqual(p.goals, goals, `goals of ${JSON.stringify(text)}`);
      // The last valid due date wins; an invalid one is reported, never guessed.
      const validDues = keyed('due').map((f) => f.value).filter((d) => isIsoDate(d));
      assert.equal(p.due, validDues.length ? validDues[validDues.length - 1] : null, `due of ${JSON.stringify(text)}`);
      assert.deepEqual(p.badDates.map((b) => b.text), fields.filter((f) => dateKeys.has(f.key.toLowerCase()) && !isIsoDate(f.value)).map((f) => f.value), `bad dates of ${JSON.stringify(text)}`);
      const priorities = fields.filter((f) => f.key === 'priority');
      assert.equal(p.taskFields.priority, priorities.length ? priorities[priorities.length - 1].value : null, `priority of ${JSON.stringify(text)}`);
    }
  });

  it('reads hostile lines (long runs of spaces, colons, brackets, backslashes and emoji) whole', () => {
    const runs = [' ', ':', '::', '[', '(', '[a:: ', '(a:: ', '\\', '[[', '📅', '📅 ', '⛔ a,', '🔁 every ', '(📅 ', '@', '^', '> '];
    for (const run of runs) {
      const line = `- [ ] x ${run.repeat(50000)}[due:: 2026-12-01] @sam`;
      const p = parseItemLine(line);
      assert.ok(p, `parses a line of ${JSON.stringify(run)} × 50000`);
      assert.deepEqual([p.due, p.owner], ['2026-12-01', 'sam'], `due and owner after ${JSON.stringify(run)} × 50000`);
    }
  });
});
