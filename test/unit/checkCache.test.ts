// The problems kept one change at a time equal the whole journal checked again, after every step
// of generated edit sequences (goals and agreements coming and going, introductions, renames).
import * as assert from 'node:assert/strict';
import { CheckCache } from '../../src/core/checkCache';
import { checkJournal } from '../../src/core/checks';
import { JournalIndex } from '../../src/core/journalIndex';
import type { Diagnostic } from '../../src/core/model';
import { editSequence } from './editSequences';
import { prng } from './helpers';

describe('CheckCache', () => {
  it('equals checkJournal after every step of 100 sequences of 40 operations', () => {
    let partial = 0;
    for (let seq = 0; seq < 100; seq++) {
      const rand = prng(5000 + seq);
      const ix = new JournalIndex();
      ix.trackChanges();
      const cache = new CheckCache();
      let before = new Map<string, string>();
      editSequence(rand, ix, 40, (_step, _files, log) => {
        const changes = ix.takeChanges();
        if (!changes.regrouped) partial++;
        const changed = cache.update(ix, changes);
        const expected = checkJournal(ix);
        assert.deepStrictEqual(cache.all(), expected, `sequence ${seq}, after:\n${log.join('\n')}`);
        // Every file whose problems differ from a step ago is among those it says changed.
        const now = byFile(expected);
        for (const file of new Set([...before.keys(), ...now.keys()])) {
          if (before.get(file) !== now.get(file)) assert.ok(changed.has(file), `sequence ${seq}: ${file} changed unannounced, after:\n${log.join('\n')}`);
        }
        before = now;
      });
    }
    // Most steps must take the incremental path, or the property says little about it.
    assert.ok(partial > 2000, `only ${partial} of 4000 steps incremental`);
  });

  it('checks only the changed file when its mentorship\'s context stays the same', () => {
    const ix = new JournalIndex();
    ix.set('mentorship.md', '---\ntype: agreement\nmentor: P (@priya)\nmentee: S (@sam)\n---\n');
    ix.set('goals/doc.md', '---\ntype: goal\ntitle: Doc\nstatus: active\n---\n');
    for (let i = 1; i <= 9; i++) ix.set(`sessions/2026-11-0${i}.md`, `---\ntype: session\ndate: 2026-11-0${i}\n---\n## Action items\n- [ ] Task @nobody [goal:: doc]\n`);
    ix.trackChanges();
    const cache = new CheckCache();
    cache.rebuild(ix);
    ix.set('sessions/2026-11-05.md', '---\ntype: session\ndate: 2026-11-05\n---\n## Action items\n- [ ] Task @sam [goal:: gone]\n');
    assert.deepEqual([...cache.update(ix, ix.takeChanges())], ['sessions/2026-11-05.md']);
    assert.deepEqual(cache.get('sessions/2026-11-05.md').map((d) => d.code), ['missing-goal']);
    // An introduction makes @nobody known: every session of the mentorship changes.
    ix.set('notes/intro.md', '---\ntype: note\n---\n## Introductions\n- [ ] Intro to @nobody\n');
    assert.equal(cache.update(ix, ix.takeChanges()).size, 8);
    assert.deepEqual(cache.all(), checkJournal(ix));
  });
});

function byFile(list: Diagnostic[]): Map<string, string> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of list) out.set(d.file, [...(out.get(d.file) ?? []), d]);
  return new Map([...out].map(([f, l]) => [f, JSON.stringify(l)]));
}
