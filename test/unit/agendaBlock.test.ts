// The agenda inside a session file: written under its heading with a marker, refreshed in place
// while nobody edited it, never over an agenda someone edited or wrote, and nothing outside it touched.
import * as assert from 'node:assert/strict';
import { AGENDA_MARKER_START, agendaHash, agendaMarker, markedAgenda, updateAgenda, type AgendaUpdate } from '../../src/core/agendaBlock';
import { EditRefused } from '../../src/core/edits';
import { applyLineEdits } from '../../src/core/lineEdits';
import { parseEntry } from '../../src/core/parseEntry';

const FRONT = '---\ntype: session\ndate: 2026-12-01\n---\n';
const AGENDA = '## Agenda\n\n### Action items to check\n\n- [ ] Draft the RFC · [from 2026-11-24](2026-11-24.md)\n';
const NEWER = '## Agenda\n\n### Action items to check\n\n- [ ] Draft the RFC · [from 2026-11-24](2026-11-24.md)\n- [ ] Réserver la salle · [from 2026-11-24](2026-11-24.md)\n';
const MARK = agendaMarker(['### Action items to check', '', '- [ ] Draft the RFC · [from 2026-11-24](2026-11-24.md)']);

/** The text after the update, or the update itself when it writes nothing. */
function apply(doc: string, block: string, replaceEdited = false): string | AgendaUpdate {
  const u = updateAgenda(doc, block, replaceEdited);
  return u.kind === 'write' ? applyLineEdits(doc, [u.edit]) : u;
}

describe('the agenda block of a session file', () => {
  it('marks the lines with a hash of them: same lines, same hash, whatever the line endings', () => {
    assert.match(MARK, /^<!-- mentorship agenda [0-9a-f]{8} -->$/);
    assert.ok(MARK.startsWith(AGENDA_MARKER_START));
    assert.equal(agendaHash(['a', 'b  ', '']), agendaHash(['', 'a', 'b']));
    assert.notEqual(agendaHash(['a', 'b']), agendaHash(['a', 'c']));
    assert.equal(markedAgenda(AGENDA), `${AGENDA}${MARK}\n`);
  });

  it('adds an Agenda section before the first section, keeping everything else', () => {
    const doc = `${FRONT}\n# Session 2026-12-01\n\n## Action items\n\n- [ ] Draft the RFC @sam\n`;
    const out = apply(doc, AGENDA) as string;
    assert.equal(out, `${FRONT}\n# Session 2026-12-01\n\n${AGENDA}${MARK}\n\n## Action items\n\n- [ ] Draft the RFC @sam\n`);
    const e = parseEntry('sessions/2026-12-01.md', out)!;
    assert.deepEqual(e.items.map((i) => i.title), ['Draft the RFC @sam'], 'the agenda line is not an item');
    assert.equal(e.generatedAgenda, true);
  });

  it('fills an empty Agenda section under its heading', () => {
    const doc = `${FRONT}\n## Agenda\n\n## Notes\n\nWe met.\n`;
    assert.equal(apply(doc, AGENDA), `${FRONT}\n${AGENDA}${MARK}\n\n## Notes\n\nWe met.\n`);
  });

  it('refreshes its own agenda in place: only the lines above the marker change, the notes below stay', () => {
    const notes = '\n## Notes\n\nŁukasz joined late; 我们先讨论了预算。\n\n## Action items\n\n- [ ] Book the room @sam\n';
    const doc = `${FRONT}\n${AGENDA}${MARK}\n${notes}`;
    const out = apply(doc, NEWER) as string;
    assert.equal(out, `${FRONT}\n${markedAgenda(NEWER)}${notes}`);
    assert.deepEqual(apply(out, NEWER), { kind: 'unchanged' }, 'run again with nothing new: nothing written');
    assert.deepEqual(apply(doc, AGENDA), { kind: 'unchanged' });
  });

  it('keeps lines written after the marker inside the Agenda section', () => {
    const doc = `${FRONT}\n${AGENDA}${MARK}\n- my own question for Priya\n\n## Notes\n`;
    assert.equal(apply(doc, NEWER), `${FRONT}\n${markedAgenda(NEWER)}- my own question for Priya\n\n## Notes\n`);
  });

  it('asks before writing over an agenda edited since it was generated (a line changed, a box ticked)', () => {
    for (const edit of [(t: string) => t.replace('Draft the RFC', 'Draft the RFC first'), (t: string) => t.replace('- [ ] Draft', '- [x] Draft'), (t: string) => t.replace('### Action', 'Ask about the offsite\n\n### Action')]) {
      const doc = edit(`${FRONT}\n${AGENDA}${MARK}\n\n## Notes\n`);
      assert.deepEqual(apply(doc, NEWER), { kind: 'edited', line: 6, why: 'edited' });
      // Replace, when the person says so: the edited lines go, the notes stay.
      assert.equal(apply(doc, NEWER, true), `${FRONT}\n${markedAgenda(NEWER)}\n## Notes\n`);
    }
  });

  it('asks before writing over an agenda written by hand (no marker), then replaces the section only', () => {
    const doc = `${FRONT}\n## Agenda\n\n- Talk about the offsite\n- 年度目标\n\n## Notes\n\nKept.\n`;
    assert.deepEqual(apply(doc, AGENDA), { kind: 'edited', line: 6, why: 'handwritten' });
    assert.equal(apply(doc, AGENDA, true), `${FRONT}\n${AGENDA}${MARK}\n\n## Notes\n\nKept.\n`);
  });

  it('puts its sub-headings one level under an Agenda heading of another level', () => {
    const doc = `${FRONT}\n# Agenda\n\n# Notes\n`;
    const out = apply(doc, AGENDA) as string;
    assert.match(out, /^# Agenda\n\n## Action items to check\n\n- \[ \] Draft/m);
    assert.match(out, /<!-- mentorship agenda [0-9a-f]{8} -->\n\n# Notes\n$/);
    assert.deepEqual(apply(out, AGENDA), { kind: 'unchanged' });
  });

  it('keeps CRLF files CRLF, and appends to a file with no sections', () => {
    const doc = '---\r\ntype: session\r\ndate: 2026-12-01\r\n---\r\nJust a line.\r\n';
    const out = apply(doc, AGENDA) as string;
    assert.ok(!/[^\r]\n/.test(out), 'only CRLF line breaks');
    assert.match(out, /Just a line\.\r\n\r\n## Agenda\r\n/);
    const again = `${out}\r\n## Notes\r\n\r\nKept.\r\n`;
    const refreshed = apply(again, NEWER) as string;
    assert.ok(!/[^\r]\n/.test(refreshed), 'still only CRLF');
    assert.match(refreshed, /Réserver la salle[^\r\n]*\r\n<!-- mentorship agenda [0-9a-f]{8} -->\r\n\r\n## Notes\r\n\r\nKept\.\r\n$/);
  });

  it('refuses to append into a code block or comment left open at the end of the file', () => {
    assert.throws(() => updateAgenda(`${FRONT}Text\n\`\`\`js\nconst x = 1;\n`, AGENDA), /unclosed code block/);
    assert.throws(() => updateAgenda(`${FRONT}text\n<!-- parked\n`, AGENDA), (e: Error) => e instanceof EditRefused && /HTML comment/.test(e.message));
  });

  it('never replaces an agenda whose unclosed code block runs to the end of the file', () => {
    assert.throws(() => updateAgenda(`${FRONT}## Agenda\n\`\`\`\n## Notes\nnotes\n`, AGENDA, true), /unclosed code block/);
  });

  it('does not take a marker quoted in a code block for its own', () => {
    const doc = `${FRONT}## Agenda\n\n\`\`\`\n${MARK}\n\`\`\`\n\n## Notes\n`;
    assert.deepEqual(apply(doc, AGENDA), { kind: 'edited', line: 5, why: 'handwritten' });
  });
});
