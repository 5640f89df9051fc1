// A logged or moved item is never added where the parser cannot see it.
import * as assert from 'node:assert/strict';
import { insertItem, applyInsertion } from '../../src/core/edits';
import { parseEntry } from '../../src/core/parseEntry';

describe('insertItem at the end of a file left inside a code block or comment', () => {
  it('refuses instead of adding a section the parser would never read', () => {
    assert.throws(() => insertItem('---\ntype: session\n---\nNotes\n```js\nconst x = 1;\n', 'win', '- Shipped it'), /unclosed code block/);
    assert.throws(() => insertItem('---\ntype: session\n---\nNotes\n<!-- todo: later\n', 'action', '- [ ] Do it @sam'), /unclosed HTML comment/);
  });

  it('still adds after a closed block, where the parser reads it', () => {
    const doc = '---\ntype: session\n---\n```js\nconst x = 1;\n```\n<!-- a note -->\n';
    const out = applyInsertion(doc, insertItem(doc, 'win', '- Shipped it'));
    assert.deepEqual(parseEntry('sessions/2026-11-24.md', out)!.items.map((i) => i.title), ['Shipped it']);
  });
});
