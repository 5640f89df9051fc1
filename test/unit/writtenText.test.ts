// What the extension writes from someone's input must read back as exactly that input, and
// nothing more: a title with a line break must not write extra lines (front matter, headings,
// conflict markers), and a goal id must not change type in YAML (`true`, `null`, `~`, `1e3` …).
import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { composeSession, planLog } from '../../src/core/compose';
import { JournalIndex } from '../../src/core/journalIndex';
import { parseEntry } from '../../src/core/parseEntry';
import { agreementTemplate, flowList, goalTemplate, itemLine, noteTemplate, sessionTemplate, yamlString } from '../../src/core/templates';
import { validateWebviewMessage } from '../../src/features/journal/validate';

const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085'];
const HOSTILE_TITLE = (br: string) => `Retro${br}<<<<<<< HEAD${br}---${br}type: goal${br}=======${br}>>>>>>> other`;

/** The lines an editor sees in `text`: every line break counts, as VS Code splits them. */
function editorLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/);
}

/** The front matter of `text` read by the yaml library, as YAML 1.2 (core schema) and as YAML 1.1 readers do. */
function frontMatterReadings(text: string): Record<string, unknown>[] {
  const yamlText = text.split('\n---\n')[0].replace(/^---\n/, '');
  return [parseYaml(yamlText, { schema: 'core' }), parseYaml(yamlText, { version: '1.1' })];
}

function journal(): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
  return index;
}

describe('a title with a line break never writes extra lines', () => {
  it('the webview validator refuses a line break of any kind in every single-line field', () => {
    const ref = { journal: 'file:///j', path: 'sessions/2026-11-18.md' };
    for (const br of BREAKS) {
      const bad = [
        { type: 'logEntry', requestId: 1, mentorship: '.', entry: { kind: 'reflection', text: 'Body can\nspan lines', title: HOSTILE_TITLE(br), owner: '', isPrivate: false } },
        { type: 'logEntry', requestId: 1, mentorship: `.${br}x`, entry: { kind: 'win', text: 'w', title: '', owner: '', isPrivate: false } },
        { type: 'logSession', requestId: 1, mentorship: '.', session: { date: '2026-11-24', goals: [], notes: '', actions: [{ text: `a${br}b`, owner: '', due: '' }], wins: [], feedback: [] } },
        { type: 'logSession', requestId: 1, mentorship: '.', session: { date: '2026-11-24', goals: [], notes: '', actions: [], wins: [`w${br}<<<<<<< x`], feedback: [] } },
        { type: 'logSession', requestId: 1, mentorship: '.', session: { date: '2026-11-24', goals: [], notes: '', actions: [], wins: [], feedback: [`f${br}---`] } },
        { type: 'toggleItem', requestId: 1, ref, line: 3, raw: `- [ ] a${br}- [ ] b`, done: true },
        { type: 'open', ref: { journal: 'file:///j', path: `sessions/a${br}b.md` }, line: 1 },
      ];
      for (const m of bad) {
        const r = validateWebviewMessage(m);
        assert.equal(r.ok, false, `accepted ${JSON.stringify(m)}`);
      }
    }
    // Multi-line fields stay multi-line: notes and a reflection's text.
    assert.ok(validateWebviewMessage({ type: 'logEntry', requestId: 1, mentorship: '.', entry: { kind: 'reflection', text: 'a\nb', title: 'T', owner: '', isPrivate: false } }).ok);
  });

  it('the core writes a hostile reflection title on one line (defence in depth)', () => {
    for (const br of BREAKS) {
      const plan = planLog(journal(), '.', '2026-11-24', { kind: 'reflection', text: 'What I learned.', title: HOSTILE_TITLE(br) });
      assert.equal(plan.kind, 'create');
      if (plan.kind !== 'create') continue;
      const lines = editorLines(plan.content);
      assert.deepEqual(lines.slice(0, 5), ['---', 'type: note', 'date: 2026-11-24', lines[3], '---'], JSON.stringify(plan.content));
      assert.ok(!lines.some((l) => /^(?:<{7}|={7}|>{7})/.test(l)), `a conflict marker starts a line: ${JSON.stringify(plan.content)}`);
      const e = parseEntry(`notes/${plan.base}.md`, plan.content)!;
      assert.deepEqual([e.type, e.unsafeToEdit, e.diagnostics], ['note', false, []]);
      assert.equal(e.title, 'Retro <<<<<<< HEAD --- type: goal ======= >>>>>>> other');
    }
  });

  it('goal and note titles, items and owners stay on one line', () => {
    for (const br of BREAKS) {
      const goal = goalTemplate({ title: `Speak${br}---${br}status: dropped`, started: '2026-11-24' });
      const e = parseEntry('goals/speak.md', goal)!;
      assert.deepEqual([e.goal?.status, e.goal?.title, e.diagnostics], ['active', 'Speak --- status: dropped', []]);
      assert.ok(editorLines(goal).includes('# Speak --- status: dropped'));
      const line = itemLine('action', `Do it${br}<<<<<<< HEAD`, { owner: `sam${br}=======` });
      assert.equal(editorLines(line).length, 1, JSON.stringify(line));
      const note = noteTemplate('2026-11-24', `T${br}x`, '');
      assert.ok(editorLines(note).includes('# T x'), JSON.stringify(note));
    }
  });

  it('a body never starts a line with a conflict marker or "---"', () => {
    const hostile = 'Fine\n<<<<<<< HEAD\n=======\r\n>>>>>>> branch\u2028|||||||\n---\n   ---\nend';
    const composed = composeSession({ date: '2026-11-24', notes: hostile });
    const reflection = planLog(journal(), '.', '2026-11-24', { kind: 'reflection', text: hostile, title: 'T' });
    for (const text of [composed, reflection.kind === 'create' ? reflection.content : '']) {
      const body = editorLines(text).slice(5);
      assert.ok(!body.some((l) => /^ {0,3}(?:<{7}|={7}|>{7}|\|{7}|---)/.test(l)), JSON.stringify(text));
      const e = parseEntry('sessions/2026-11-24.md', text)!;
      assert.deepEqual([e.unsafeToEdit, e.diagnostics.filter((d) => d.code === 'conflict')], [false, []]);
    }
    assert.match(composed, /\n\\<<<<<<< HEAD\n\\=======\n\\>>>>>>> branch\n\\\|\|\|\|\|\|\|\n\\---\n   \\---\nend\n/);
  });
});

describe('what YAML would read as another type is quoted', () => {
  const tricky = ['true', 'True', 'false', 'null', 'Null', '~', '1e3', '0x1F', '0o17', '-', '.nan', '.inf', 'yes', 'no', 'on', 'off', 'y', 'N', '12', '1_000', '2026-11-24', '12:30', 'a, b', '[x]', '#tag', '- dash', '"q"', "'q'", '@sam', '*ref', '&anchor', '!tag', '%d', 'a: b', ' padded '];

  it('goal ids written into goals: [...] read back as the same strings, in YAML 1.2 and 1.1', () => {
    for (const id of [...tricky, 'design-doc', 'public_speaking']) {
      const text = sessionTemplate('2026-11-24', [id]);
      for (const data of frontMatterReadings(text)) assert.deepEqual(data.goals, [id], `${JSON.stringify(id)} written as ${text.split('\n')[3]}`);
      assert.deepEqual(parseEntry('sessions/2026-11-24.md', text)!.goalIds, [id.trim()]);
      const composed = composeSession({ date: '2026-11-24', goals: [id] });
      for (const data of frontMatterReadings(composed)) assert.deepEqual(data.goals, [id]);
    }
    assert.equal(flowList(['design-doc', 'true', '1e3']), '[design-doc, "true", "1e3"]');
  });

  it('skills and every other string the core writes into front matter read back unchanged', () => {
    for (const t of tricky) {
      const goal = goalTemplate({ title: t.trim() || 'x', started: '2026-11-24', skills: [t] });
      for (const data of frontMatterReadings(goal)) {
        assert.deepEqual(data.skills, [t], `skill ${JSON.stringify(t)}`);
        assert.equal(data.title, t.trim() || 'x', `title ${JSON.stringify(t)}`);
      }
      const agreement = agreementTemplate({ mentor: { name: t, handle: 'p' }, mentee: { name: 'Sam', handle: 's' }, cadence: { unit: 'week', every: 1 }, channel: t, started: '2026-11-24' });
      for (const data of frontMatterReadings(agreement)) assert.equal(data.channel, t, `channel ${JSON.stringify(t)}`);
      for (const data of frontMatterReadings(`---\nk: ${yamlString(t)}\n---\n`)) assert.equal(data.k, t);
    }
  });

  it('refuses to write a date that is not a day into front matter', () => {
    assert.throws(() => sessionTemplate('2026-11-24\ntype: goal'), /not a day/);
    assert.throws(() => composeSession({ date: 'tomorrow' }), /not a day/);
  });
});
