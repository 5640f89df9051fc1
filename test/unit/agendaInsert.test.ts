// A generated agenda goes into an existing session of the meeting day without losing a word.
import * as assert from 'node:assert/strict';
import { agendaInsertion } from '../../src/core/agendaInsert';
import { applyInsertion } from '../../src/core/edits';
import { parseEntry } from '../../src/core/parseEntry';

const AGENDA = '## Agenda\n\n### Open action items\n\n- Draft the RFC · [from 2026-11-24](2026-11-24.md#L6)\n';

describe('agenda insertion into a planned session', () => {
  it('adds an Agenda section before the first section, keeping everything else', () => {
    const doc = '---\ntype: session\ndate: 2026-12-01\n---\n\n# Session 2026-12-01\n\n## Action items\n\n- [ ] Draft the RFC @sam\n';
    const out = applyInsertion(doc, agendaInsertion(doc, AGENDA)!);
    assert.equal(out, '---\ntype: session\ndate: 2026-12-01\n---\n\n# Session 2026-12-01\n\n## Agenda\n\n### Open action items\n\n- Draft the RFC · [from 2026-11-24](2026-11-24.md#L6)\n\n## Action items\n\n- [ ] Draft the RFC @sam\n');
    const e = parseEntry('sessions/2026-12-01.md', out)!;
    assert.deepEqual(e.items.map((i) => i.title), ['Draft the RFC @sam']);
  });

  it('fills an empty Agenda section under its heading', () => {
    const doc = '---\ntype: session\ndate: 2026-12-01\n---\n\n## Agenda\n\n## Notes\n\nWe met.\n';
    const out = applyInsertion(doc, agendaInsertion(doc, AGENDA)!);
    assert.equal(out, '---\ntype: session\ndate: 2026-12-01\n---\n\n## Agenda\n\n### Open action items\n\n- Draft the RFC · [from 2026-11-24](2026-11-24.md#L6)\n\n## Notes\n\nWe met.\n');
  });

  it('refuses a file whose Agenda someone already wrote', () => {
    assert.equal(agendaInsertion('## Agenda\n\n- my own topic\n\n## Notes\n', AGENDA), null);
  });

  it('keeps CRLF files CRLF and appends to a file with no sections', () => {
    const doc = '---\r\ntype: session\r\ndate: 2026-12-01\r\n---\r\nJust a line.\r\n';
    const out = applyInsertion(doc, agendaInsertion(doc, AGENDA)!);
    assert.ok(!/[^\r]\n/.test(out), 'only CRLF line breaks');
    assert.match(out, /Just a line\.\r\n\r\n## Agenda\r\n/);
  });

  it('refuses to append into a code block left open at the end of the file', () => {
    assert.throws(() => agendaInsertion('---\ntype: session\n---\nText\n```js\nconst x = 1;\n', AGENDA), /unclosed code block/);
  });
});
