// The hand-written list-line scanner in parseItemLine must accept exactly what LIST_LINE (the
// readable definition) accepts, with the same checkbox, indentation and text.
import * as assert from 'node:assert/strict';
import { isIsoDate } from '../../src/core/dates';
import { FIELD, LIST_LINE, parseItemLine } from '../../src/core/itemLine';
import { prng } from './helpers';

const STATUS: Record<string, string> = { ' ': 'open', x: 'done', X: 'done', '-': 'cancelled', '>': 'moved', '/': 'open' };


describe('list line scanner', () => {
  it('agrees with LIST_LINE on generated lines', () => {
    const rnd = prng(11);
    const parts = ['', ' ', '  ', '\t', '\u00a0', '\u2003', '-', '*', '+', '1.', '12)', '1234567890.', 'a', '[', ']', '[ ]', '[x]', '[X]', '[-]', '[>]', '[/]', '[?]', '[ ]x', ' ', '\t', 'word', '@sam', '[due:: 2026-12-01]', '', '.', ')'];
    for (let n = 0; n < 20000; n++) {
      let line = '';
      const k = 1 + Math.floor(rnd() * 6);
      for (let i = 0; i < k; i++) line += parts[Math.floor(rnd() * parts.length)];
      const m = LIST_LINE.exec(line);
      const p = parseItemLine(line);
      assert.equal(p !== null, m !== null, `accepts ${JSON.stringify(line)}`);
      if (!m || !p) continue;
      assert.equal(p.hasCheckbox, m[3] !== undefined, `checkbox of ${JSON.stringify(line)}`);
      assert.equal(p.status, m[3] === undefined ? null : STATUS[m[3]], `status of ${JSON.stringify(line)}`);
      assert.equal(p.text, m[4].trim(), `text of ${JSON.stringify(line)}`);
      assert.equal(p.indent, m[1].replace(/\t/g, '    ').length, `indent of ${JSON.stringify(line)}`);
    }
  });

  it('reads the same fields and leaves the same title as FIELD.replace on generated lines', () => {
    const rnd = prng(12);
    const parts = ['[', ']', '(', ')', '[[', ']]', 'due', 'goal', 'Due Date', 'DUE', 'Goals ', 'owner', '1x', '::', ':: ', '2026-12-01', '2026-02-30', 'design-doc', ' ', '  ', '\t', '\u00a0', '\u2003', 'a', '@sam', ',', '-', '_'];
    for (let n = 0; n < 20000; n++) {
      let text = 'w';
      const k = 2 + Math.floor(rnd() * 10);
      for (let i = 0; i < k; i++) text += parts[Math.floor(rnd() * parts.length)];
      const seen: string[][] = [];
      const viaRegex = text.replace(FIELD, (_all, key: string, value: string) => {
        seen.push([key.trim().toLowerCase(), value.trim()]);
        return ' ';
      });
      const p = parseItemLine(`- ${text}`)!;
      const expectedTitle = viaRegex === text ? text.trim() : viaRegex.replace(/[\s\u00A0]+/g, ' ').trim();
      const goals = seen.filter(([k]) => k === 'goal' || k === 'goals').flatMap(([, v]) => v.split(',').map((g) => g.trim().replace(/^\[\[|\]\]$/g, '')).filter(Boolean));
      assert.equal(p.title, expectedTitle, `title of ${JSON.stringify(text)}`);
      assert.deepEqual(p.goals, goals, `goals of ${JSON.stringify(text)}`);
      // The last valid due date wins; an invalid one is reported, never guessed.
      const dues = seen.filter(([k]) => k === 'due').map(([, v]) => v);
      const validDues = dues.filter((d) => isIsoDate(d));
      assert.equal(p.due, validDues.length ? validDues[validDues.length - 1] : null, `due of ${JSON.stringify(text)}`);
      const dateKeys = new Set(['due', 'completion', 'moved', 'scheduled', 'start', 'created', 'cancelled', 'done']);
      assert.deepEqual(p.badDates.map((b) => b.text), seen.filter(([k, v]) => dateKeys.has(k) && !isIsoDate(v)).map(([, v]) => v), `bad dates of ${JSON.stringify(text)}`);
    }
  });
});
