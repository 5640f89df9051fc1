// The journal webview's model from the sample journal: timeline order, chips, counts, goals.
import * as assert from 'node:assert/strict';
import { EntryTexts } from '../../src/host/entryTexts';
import { bodyOf, buildModel, entryKey, searchTexts, type TimelineSource } from '../../src/features/journal/timeline';
import { NodeJournalFs } from '../../src/node/nodeJournalFs';
import * as path from 'node:path';
import { EXAMPLES, indexOf } from './helpers';

async function sampleModel() {
  const root = path.join(EXAMPLES, 'mentorship');
  const index = await indexOf(root);
  const texts = new EntryTexts();
  await texts.load(new NodeJournalFs(root), index.all());
  const mentorships = index.mentorships().map((m) => ({ key: `examples/${m.id}`, mentorship: m }));
  const source: TimelineSource = { journal: 'J', label: 'examples', index, mentorships, textOf: (e) => texts.textOf(e), revOf: (e) => texts.revOf(e), imageRoot: 'https://res/j' };
  const model = buildModel([source], '2026-11-24', true);
  return { model, index, texts, source };
}

describe('journal webview model', () => {
  it('carries each mentorship\'s health for the Health view: evidence as file references, chart numbers, nothing private', async () => {
    const { model } = await sampleModel();
    assert.deepEqual(model.health.map((h) => [h.mentorship, h.title, h.level]), [
      ['examples/.', 'Sam Okafor ← Priya Raman', 'watch'],
      ['examples/alex', 'Alex Chen ← Priya Raman', 'ok'],
    ]);
    const sam = model.health[0];
    const cadence = sam.signals.find((s) => s.kind === 'cadence')!;
    assert.deepEqual(cadence.evidence, [{ journal: 'J', path: 'sessions/2026-11-18.md', line: 1 }, { journal: 'J', path: 'mentorship.md', line: 1 }]);
    assert.deepEqual(sam.months, [
      { month: '2026-08', expected: 3, held: 2 },
      { month: '2026-09', expected: 2, held: 2 },
      { month: '2026-10', expected: 2, held: 3 },
      { month: '2026-11', expected: 2, held: 2 },
    ]);
    assert.deepEqual(sam.followThrough, [
      { side: 'mentor', name: 'Priya', onTime: 4, late: 0, open: 4, overdue: 1 },
      { side: 'mentee', name: 'Sam', onTime: 13, late: 1, open: 6, overdue: 2 },
    ]);
    assert.deepEqual(sam.skills.quarters, ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    assert.deepEqual(sam.skills.rows[0], { skill: 'stakeholder alignment', counts: [0, 0, 0, 0, 6, 5] });
    assert.ok(!JSON.stringify(model.health).includes('private/'));
  });

  it('lists sessions and notes newest first, with their mentorship, chips and events', async () => {
    const { model, index } = await sampleModel();
    assert.ok(model.entries.every((e) => e.type === 'session' || e.type === 'note'));
    const dates = model.entries.map((e) => e.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(model.entries[0].path, 'sessions/2026-11-18.md');
    const s = model.entries[0];
    assert.equal(s.key, entryKey('J', s.path));
    assert.equal(s.mentorship, 'examples/.');
    assert.deepEqual(s.goals, ['design-doc', 'public-speaking']);
    assert.deepEqual(s.owners, ['priya', 'sam']);
    assert.equal(s.title, "RFC draft: Priya's first read", 'a generic "Session" title gives way to the summary');
    assert.deepEqual(s.events.map((e) => e.kind), ['feedback']);
    assert.equal(s.events[0].line, index.get(s.path)!.items.find((i) => i.kind === 'feedback')!.line);
    assert.ok(model.entries.every((e) => e.itemGoals.every((g) => !e.goals.includes(g))));
    assert.deepEqual(model.imageRoots, ['https://res/j/']);
    const sameDay = model.entries.filter((e) => e.date === '2026-10-07').map((e) => e.path);
    assert.deepEqual(sameDay, ['sessions/2026-10-07-2.md', 'sessions/2026-10-07.md']);
    const alex = model.entries.find((e) => e.path.startsWith('alex/'))!;
    assert.equal(alex.mentorship, 'examples/alex');
    const priv = model.entries.find((e) => e.path.startsWith('private/'))!;
    assert.equal(priv.isPrivate, true);
    assert.deepEqual(model.owners, [...new Set(model.entries.flatMap((e) => e.owners))].sort());
  });

  it('counts open and overdue action items per mentorship and reports goal progress', async () => {
    const { model, index } = await sampleModel();
    const root = model.mentorships.find((m) => m.key === 'examples/.')!;
    const open = index.entriesOf('.').flatMap((e) => e.items).filter((i) => i.kind === 'action' && i.status === 'open');
    assert.equal(root.open, open.length);
    assert.equal(root.overdue, open.filter((i) => i.due && i.due < '2026-11-24').length);
    assert.ok(root.overdue > 0 && root.overdue < root.open);
    const doc = model.goals.find((g) => g.id === 'design-doc')!;
    assert.deepEqual([doc.done, doc.total, doc.status, doc.mentorship], [3, 5, 'active', 'examples/.']);
    assert.ok(model.goals.some((g) => g.mentorship === 'examples/alex'));
  });

  it('lists goals that only items name, for the goal filter', async () => {
    const { index, source } = await sampleModel();
    index.set('sessions/2026-11-20.md', '---\ntype: session\ndate: 2026-11-20\ngoals: [design-doc]\n---\n\n## Action items\n\n- [ ] Rehearse @sam [goal:: public-speaking]\n- [ ] Draft [goal:: design-doc]\n');
    const row = buildModel([source], '2026-11-24', true).entries.find((e) => e.path === 'sessions/2026-11-20.md')!;
    assert.deepEqual([row.goals, row.itemGoals, row.events], [['design-doc'], ['public-speaking'], []]);
  });

  it('sends each search text once per version of its file, without front matter', async () => {
    const { model, index, source } = await sampleModel();
    const sent = new Map<string, number>();
    const first = searchTexts([source], sent);
    assert.deepEqual(first.map((t) => t.key).sort(), model.entries.map((e) => e.key).sort());
    const s = first.find((t) => t.key === model.entries[0].key)!;
    assert.match(s.text, /failure modes/);
    assert.doesNotMatch(s.text, /^---|type: session/);
    assert.deepEqual(searchTexts([source], sent), []);
    index.set('sessions/2026-11-18.md', '---\ntype: session\ndate: 2026-11-18\n---\n\nRewritten.\n');
    const again = searchTexts([{ ...source, textOf: (e) => (e.path === 'sessions/2026-11-18.md' ? '---\ntype: session\ndate: 2026-11-18\n---\n\nRewritten.\n' : source.textOf(e)) }], sent);
    assert.deepEqual(again.map((t) => [t.key, t.text]), [[s.key, '\nRewritten.\n']]);
  });

  it('gives a new rev when a file changes, and keeps it otherwise', async () => {
    const { index, texts } = await sampleModel();
    const before = index.get('sessions/2026-11-18.md')!;
    assert.equal(texts.revOf(before), texts.revOf(before));
    index.set(before.path, '---\ntype: session\ndate: 2026-11-18\n---\n\n# Session\n');
    assert.notEqual(texts.revOf(index.get(before.path)!), texts.revOf(before));
  });

  it('cuts the front matter off the body exactly at the body line', () => {
    const text = '\ufeff---\ntype: note\n---\n# T\nbody\n';
    assert.equal(bodyOf(text, 4), '# T\nbody\n');
    assert.equal(bodyOf('a\r\nb\r\nc', 2), 'b\r\nc');
    assert.equal(bodyOf('a', 5), '');
    assert.equal(bodyOf('a\nb', 1), 'a\nb');
  });
});
