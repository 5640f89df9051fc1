// A file's line endings are its author's: an item added to a file that mixes `\n` and `\r\n`
// (a merge of two people's edits does that) changes the lines it adds and nothing else.
import * as assert from 'node:assert/strict';
import { updateAgenda } from '../../src/core/agendaBlock';
import { applyLineEdits } from '../../src/core/lineEdits';
import { applyInsertion, insertItem } from '../../src/core/edits';
import { lineEndings } from '../../src/core/markdownLines';
import { parseEntry } from '../../src/core/parseEntry';

/** The line endings of `text`, in order: what must survive an insertion. */
function endings(text: string): string[] {
  return [...text.matchAll(/\r?\n/g)].map((m) => (m[0] === '\n' ? 'LF' : 'CRLF'));
}

describe('an edit keeps every line ending of a mixed-ending file', () => {
  const mixed = '---\r\ntype: session\ndate: 2026-11-24\r\n---\n## Action items\r\n- [ ] a\n- [ ] b\r\n\n## Wins\n- w\r\n';

  it('adding an action item changes no other line ending, CRLF or LF', () => {
    const out = applyInsertion(mixed, insertItem(mixed, 'action', '- [ ] c'));
    // The new line ends as the item above it does (CRLF); every other line is as it was.
    assert.equal(out, mixed.replace('- [ ] b\r\n', '- [ ] b\r\n- [ ] c\r\n'));
    assert.deepEqual(parseEntry('sessions/2026-11-24.md', out)!.items.map((i) => i.text), ['a', 'b', 'c', 'w']);
  });

  it('adding a new section at the end keeps the endings above it', () => {
    const out = applyInsertion(mixed, insertItem(mixed, 'feedback', '- f'));
    assert.ok(out.startsWith(mixed), out);
    assert.deepEqual(endings(out).slice(0, endings(mixed).length), endings(mixed));
  });

  it('filling an empty section and inserting an agenda keep the endings around them', () => {
    const doc = '---\ntype: session\r\n---\r\n## Action items\n\r\n## Notes\r\n';
    const out = applyInsertion(doc, insertItem(doc, 'action', '- [ ] first'));
    assert.equal(out, '---\ntype: session\r\n---\r\n## Action items\n\r\n- [ ] first\r\n\r\n## Notes\r\n');
    const update = updateAgenda(doc, '## Agenda\n\n- a\n');
    const withAgenda = update.kind === 'write' ? applyLineEdits(doc, [update.edit]) : '';
    assert.match(withAgenda, /^---\ntype: session\r\n---\r\n## Agenda\r\n\r\n- a\r\n<!-- mentorship agenda [0-9a-f]{8} -->\r\n\r\n## Action items\n\r\n## Notes\r\n$/);
  });

  it('applyInsertion splices text in without touching the lines around it', () => {
    assert.equal(applyInsertion('a\r\nb\nc', { line: 1, text: 'x\n' }), 'a\r\nx\nb\nc');
    assert.equal(applyInsertion('a\r\nb\n', { line: 9, text: 'z\n' }), 'a\r\nb\nz\n');
    assert.equal(applyInsertion('a\nb\r\nc', { line: 9, text: 'z\r\n' }), 'a\nb\r\nc\r\nz\r\n');
  });

  it('says which files mix their endings (the editor would normalise them on save)', () => {
    assert.equal(lineEndings(mixed), 'mixed');
    assert.equal(lineEndings('a\nb\n'), 'lf');
    assert.equal(lineEndings('a\r\nb\r\n'), 'crlf');
    assert.equal(lineEndings('a\rb\r\n'), 'mixed');
    assert.equal(lineEndings('one line'), 'none');
  });
});
