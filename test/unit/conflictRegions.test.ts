// While git conflict markers remain in a file: the items inside them are flagged, each item is
// listed once (ours' side, plus what only theirs has), the base side of a diff3 conflict never.
import * as assert from 'node:assert/strict';
import { findConflictRegions } from '../../src/core/conflictRegions';
import { JournalIndex } from '../../src/core/journalIndex';
import { parseEntry } from '../../src/core/parseEntry';

const session = (body: string) => `---\ntype: session\ndate: 2026-11-24\n---\n\n## Action items\n\n${body}`;

describe('conflict regions', () => {
  it('lists an item both sides of a conflict hold once, as ours has it, and flags it', () => {
    const text = session(
      ['- [ ] Before @sam', '<<<<<<< ours', '- [ ] Draft the outline @sam [due:: 2026-12-05]', '- [ ] Only ours @sam', '=======', '- [ ] Draft the outline @sam [due:: 2026-12-07]', '- [x] Only theirs @priya [completion:: 2026-11-30]', '>>>>>>> theirs', '- [ ] After @sam', ''].join('\n'),
    );
    const entry = parseEntry('sessions/2026-11-24.md', text)!;
    assert.deepEqual(entry.items.map((i) => [i.line, i.title, i.due]), [
      [8, 'Before @sam', null],
      [10, 'Draft the outline @sam', '2026-12-05'],
      [11, 'Only ours @sam', null],
      [14, 'Only theirs @priya', null],
      [16, 'After @sam', null],
    ]);
    assert.deepEqual(entry.diagnostics.map((d) => [d.line, d.severity, d.code]), [
      [9, 'error', 'conflict'],
      [10, 'warning', 'conflict-item'],
      [11, 'warning', 'conflict-item'],
      [13, 'info', 'conflict-item'],
      [14, 'warning', 'conflict-item'],
    ]);
    assert.match(entry.diagnostics[1].message, /inside the unresolved git conflict at lines 9–15 \(our side\)/);
    assert.match(entry.diagnostics[3].message, /same item as line 10/);
    // The index (and so `mentorship items`, the views and the agenda) counts it once.
    const index = new JournalIndex();
    index.set('sessions/2026-11-24.md', text);
    assert.equal(index.items().filter((r) => r.item.title.startsWith('Draft the outline')).length, 1);
  });

  it('reads each side of a conflict under its own headings', () => {
    // As git leaves two sides that each appended to a different section at the end of a file.
    const text = session(['- [ ] Before @sam', '<<<<<<< ours', '', '## Feedback', '', '- Clear writing', '=======', '- [ ] Their action @priya', '>>>>>>> theirs', ''].join('\n'));
    const entry = parseEntry('sessions/2026-11-24.md', text)!;
    assert.deepEqual(entry.items.map((i) => [i.line, i.kind, i.section, i.title]), [
      [8, 'action', 'Action items', 'Before @sam'],
      [13, 'feedback', 'Feedback', 'Clear writing'],
      [15, 'action', 'Action items', 'Their action @priya'],
    ]);
  });

  it('never lists the base side of a diff3 conflict, and reads CRLF files', () => {
    const text = session(['<<<<<<< ours', '- [x] A @sam [completion:: 2026-11-25]', '||||||| base', '- [ ] A @sam', '- [ ] Deleted on both sides @sam', '=======', '- [ ] A @sam [due:: 2026-12-01]', '>>>>>>> theirs', ''].join('\n')).replace(/\n/g, '\r\n');
    const entry = parseEntry('sessions/2026-11-24.md', text)!;
    assert.deepEqual(entry.items.map((i) => [i.line, i.status]), [[9, 'done']]);
    assert.deepEqual(findConflictRegions(text.split('\n')), [{ start: 7, base: 9, separator: 12, end: 14 }]);
  });

  it('flags the items of a region that is never closed, and leaves a heading underline alone', () => {
    const open = parseEntry('sessions/2026-11-24.md', session('<<<<<<< ours\n- [ ] Stuck @sam\n'))!;
    assert.deepEqual(open.diagnostics.map((d) => d.code), ['conflict', 'conflict-item']);
    const setext = parseEntry('sessions/2026-11-24.md', session('Title\n=======\n\n- [ ] Fine @sam\n'))!;
    assert.deepEqual(setext.diagnostics, []);
  });
});
