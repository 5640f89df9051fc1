// Line edits keep every line's own ending: a file with mixed endings stays as it was, but for
// the line that changed.
import * as assert from 'node:assert/strict';
import { insertItem } from '../../src/core/edits';
import { applyLineEdits, dominantEol, hasMixedEols } from '../../src/core/lineEdits';

describe('line edits', () => {
  const mixed = '---\r\ntype: session\r\n---\n## Action items\r\n- [ ] One @sam\n- [ ] Two @sam\r\n';

  it('replaces one line and leaves every other byte alone', () => {
    const out = applyLineEdits(mixed, [{ kind: 'replace', line: 4, text: '- [x] One @sam [completion:: 2026-11-24]' }]);
    assert.equal(out, mixed.replace('- [ ] One @sam', '- [x] One @sam [completion:: 2026-11-24]'));
  });

  it('inserts lines with the ending of the line before them', () => {
    const out = applyLineEdits(mixed, [{ kind: 'insert', line: 5, text: '- [ ] New @sam\n' }]);
    assert.equal(out, '---\r\ntype: session\r\n---\n## Action items\r\n- [ ] One @sam\n- [ ] New @sam\n- [ ] Two @sam\r\n');
    const top = applyLineEdits('a\r\nb\r\n', [{ kind: 'insert', line: 0, text: 'z\n' }]);
    assert.equal(top, 'z\r\na\r\nb\r\n');
  });

  it('appends after a last line without a line break, adding one', () => {
    assert.equal(applyLineEdits('a\r\nb', [{ kind: 'insert', line: 2, text: '## Wins\n\n- Yes\n' }]), 'a\r\nb\r\n## Wins\r\n\r\n- Yes\r\n');
    assert.equal(applyLineEdits('', [{ kind: 'insert', line: 1, text: 'x\n' }]), 'x\n');
  });

  it('applies several edits as one, whatever their order', () => {
    const edits = [
      { kind: 'insert' as const, line: 1, text: 'ins\n' },
      { kind: 'replace' as const, line: 0, text: 'A' },
      { kind: 'replace' as const, line: 1, text: 'B' },
    ];
    assert.equal(applyLineEdits('a\nb\nc', edits), 'A\nins\nB\nc');
    assert.equal(applyLineEdits('a\nb\nc', [...edits].reverse()), 'A\nins\nB\nc');
  });

  it('splices a run of lines out and new ones in, the lines around keeping their endings', () => {
    const doc = '# S\r\n## Agenda\r\n- old 1\r\n- old 2\n<!-- m -->\r\n## Notes\n';
    assert.equal(applyLineEdits(doc, [{ kind: 'splice', line: 2, remove: 3, text: '- new\n<!-- n -->\n' }]), '# S\r\n## Agenda\r\n- new\r\n<!-- n -->\r\n## Notes\n');
    assert.equal(applyLineEdits('a\nb\nc\n', [{ kind: 'splice', line: 1, remove: 0, text: 'x\n' }]), 'a\nx\nb\nc\n', 'nothing removed: an insertion');
    assert.equal(applyLineEdits('a\nb', [{ kind: 'splice', line: 1, remove: 1, text: 'c\n' }]), 'a\nc\n', 'the last line, which had no break');
    assert.equal(applyLineEdits('a\r\nb', [{ kind: 'splice', line: 2, remove: 0, text: 'c\n' }]), 'a\r\nb\r\nc\r\n', 'past a last line without a break');
    assert.equal(applyLineEdits('a\nb\n', [{ kind: 'splice', line: 2, remove: 0, text: 'c\n' }]), 'a\nb\nc\n');
    assert.throws(() => applyLineEdits('a\n', [{ kind: 'splice', line: 5, remove: 0, text: 'c\n' }]), RangeError);
  });

  it('agrees with insertItem on where an item goes, in a mixed file', () => {
    const ins = insertItem(mixed, 'action', '- [ ] Three @sam');
    const out = applyLineEdits(mixed, [{ kind: 'insert', line: ins.line, text: ins.text }]);
    assert.match(out, /- \[ \] Two @sam\r\n- \[ \] Three @sam\r\n$/);
    assert.ok(out.startsWith('---\r\ntype: session\r\n---\n## Action items\r\n- [ ] One @sam\n'));
  });

  it('tells mixed endings and the usual one', () => {
    assert.equal(hasMixedEols(mixed), true);
    assert.equal(hasMixedEols('a\r\nb\r\n'), false);
    assert.equal(hasMixedEols('a\nb'), false);
    assert.equal(dominantEol(mixed), '\r\n');
    assert.equal(dominantEol('no breaks'), '\n');
  });
});
