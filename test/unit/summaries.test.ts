import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JournalIndex } from '../../src/core/journalIndex';
import { parseEntry } from '../../src/core/parseEntry';
import { itemLabel, plural, relativeDay, sessionSummary, shortDay, truncate } from '../../src/core/summaries';
import { EXAMPLES } from './helpers';

const SAMPLE = path.join(EXAMPLES, 'mentorship');
const read = (p: string) => fs.readFileSync(path.join(SAMPLE, p), 'utf8');
const entry = (p: string) => parseEntry(p, read(p))!;

describe('summaries', () => {
  it('writes days the way people say them, with the year only when it differs', () => {
    assert.equal(shortDay('2026-12-02', '2026-11-24'), 'Wed 2 Dec');
    assert.equal(shortDay('2027-01-08', '2026-11-24'), 'Fri 8 Jan 2027');
    assert.equal(relativeDay('2026-11-24', '2026-11-24'), 'today');
    assert.equal(relativeDay('2026-11-25', '2026-11-24'), 'tomorrow');
    assert.equal(relativeDay('2026-11-23', '2026-11-24'), 'yesterday');
    assert.equal(relativeDay('2026-11-30', '2026-11-24'), 'Mon 30 Nov');
    assert.equal(plural(1, 'day'), '1 day');
    assert.equal(plural(3, 'day'), '3 days');
  });

  it('uses a session title that says something', () => {
    assert.equal(sessionSummary(entry('sessions/2026-10-07-2.md'), read('sessions/2026-10-07-2.md')), 'Incident debrief');
    assert.equal(sessionSummary(entry('sessions/2026-08-05.md'), null), 'Kickoff');
  });

  it('falls back to the first agenda point, then the first sentence of the notes', () => {
    assert.equal(sessionSummary(entry('sessions/2026-11-18.md'), read('sessions/2026-11-18.md')), "RFC draft: Priya's first read");
    assert.equal(sessionSummary(entry('sessions/2026-11-04.md'), read('sessions/2026-11-04.md')), 'The draft is nearly done.');
    assert.equal(sessionSummary(entry('sessions/2026-09-02.md'), read('sessions/2026-09-02.md')), 'Most of the hour went on the shape of a good RFC.');
  });

  it('skips code blocks and comments, strips Markdown and keeps it short', () => {
    const text = '---\ntype: session\ndate: 2026-01-01\n---\n# Session 2026-01-01\n\n## Notes\n\n```\nnot this\n```\n<!--\nnor this\n-->\nWe read **the [RFC](rfc.md)** together and `argued` about the scope of the very long migration plan for weeks.\n';
    const e = parseEntry('sessions/2026-01-01.md', text)!;
    assert.equal(sessionSummary(e, text), 'We read the RFC together and argued about the scope of the…');
    assert.ok(sessionSummary(e, text).length <= 60);
  });

  it('without the text, uses the first action item, else nothing', () => {
    const e = parseEntry('sessions/2026-01-01.md', '---\ntype: session\ndate: 2026-01-01\n---\n## Action items\n- [ ] Book the room @sam [due:: 2026-01-05]\n')!;
    assert.equal(sessionSummary(e, null), 'Book the room');
    const empty = parseEntry('sessions/2026-01-02.md', '---\ntype: session\ndate: 2026-01-02\n---\n')!;
    assert.equal(sessionSummary(empty, null), '');
  });

  it('labels items without the owner the row shows elsewhere, except feedback', () => {
    const index = new JournalIndex();
    index.set('sessions/2026-11-04.md', read('sessions/2026-11-04.md'));
    index.set('sessions/2026-11-18.md', read('sessions/2026-11-18.md'));
    const labels = index.items().map((r) => itemLabel(r.item));
    assert.ok(labels.includes('Fill in "Alternatives considered", including database constraints'));
    assert.ok(labels.includes("Intro Sam to Lena Park (@lena), who runs the internal speakers' club"));
    assert.ok(labels.includes('Present the RFC at the architecture review'));
    assert.ok(labels.some((l) => l.startsWith('From @priya: the failure-modes section')));
  });

  it('truncates at a word boundary', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('one two three four', 12), 'one two…');
  });
});
