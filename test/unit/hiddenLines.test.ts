// Code blocks and comments hide lines from the parser, so no edit may insert into them, tick a
// line in them or count one as a section. One tracker (core/markdownLines.ts) decides what is
// hidden for the parser, insertItem, agenda insertion, locateItem and summaries.
import * as assert from 'node:assert/strict';
import { updateAgenda } from '../../src/core/agendaBlock';
import { applyLineEdits } from '../../src/core/lineEdits';
import { applyInsertion, EditRefused, insertItem, locateItem } from '../../src/core/edits';
import { headingLevel, headingText, HiddenLines } from '../../src/core/markdownLines';
import { parseEntry, sectionsOf } from '../../src/core/parseEntry';
import { sessionSummary } from '../../src/core/summaries';

const FRONT = '---\ntype: session\ndate: 2026-11-24\n---\n';
const AGENDA = '## Agenda\n\n### Action items\n\n- Draft the RFC (from 2026-11-18)\n';

/** Which lines (1-based) of `text` the tracker leaves readable. */
function readable(text: string): number[] {
  const hidden = new HiddenLines();
  return text.split('\n').flatMap((l, i) => (hidden.visible(l) === null ? [] : [i + 1]));
}

describe('fences and comments: one tracker, CommonMark rules', () => {
  it('closes a fence only with the same character, at least as long, and nothing but spaces after', () => {
    assert.deepEqual(readable('````\n```\n~~~~\n```` x\n    ````\n````  \nafter'), [7]);
    assert.deepEqual(readable('~~~\n```\n~~~~~\nafter'), [4]);
  });

  it('does not take inline code or an indented block for a fence', () => {
    assert.deepEqual(readable('``` a`b\ntext\n    ```\ntext'), [1, 2, 3, 4]);
    assert.deepEqual(readable('``\ntext'), [1, 2]);
  });

  it('hides comments across lines, and a line that starts one or where one closes', () => {
    assert.deepEqual(readable('a\n<!-- x\n- [ ] hidden\n--> - [ ] hidden too\nb <!-- c --> d\ne'), [1, 5, 6]);
    const hidden = new HiddenLines();
    assert.equal(hidden.visible('- [ ] keep <!-- remark --> this'), '- [ ] keep  this');
    assert.equal(hidden.visible('words <!-- open'), 'words ');
    assert.equal(hidden.inComment, true);
  });

  it('reads headings as CommonMark does, closing hashes after a space only', () => {
    const cases: [string, number, string][] = [
      ['## Notes ##', 2, 'Notes'],
      ['## C#', 2, 'C#'],
      ['### Wins #\t', 3, 'Wins'],
      ['## #', 2, '#'],
      ['#\tTabbed', 1, 'Tabbed'],
      ['   ## Indented', 2, 'Indented'],
    ];
    for (const [line, level, text] of cases) {
      assert.equal(headingLevel(line), level, line);
      assert.equal(headingText(line, level), text, line);
    }
    for (const line of ['#######  Seven', '    ## code', '##NoSpace', '\t## tab']) assert.equal(headingLevel(line), 0, line);
  });

  it('reads a heading holding a line separator without crashing', () => {
    const e = parseEntry('sessions/2026-11-24.md', `${FRONT}## Wins\u2028 #\n- a\n`)!;
    assert.deepEqual(sectionsOf(e.path, `${FRONT}## Wins\u2028 #\n`).map((s) => s.heading), ['Wins\u2028']);
  });
});

describe('Generate Agenda never writes into a code block or comment', () => {
  /** The 0-based line the agenda goes before (a new section), or the update when it writes none. */
  const insertedBefore = (doc: string) => {
    const u = updateAgenda(doc, AGENDA);
    return u.kind === 'write' && u.edit.kind === 'splice' ? u.edit.line : u;
  };

  it('skips an "## Agenda" quoted in a ``` block and adds the agenda where the parser reads it', () => {
    const doc = `${FRONT}# Session\n\n\`\`\`\n## Agenda\n\`\`\`\n\n## Notes\n`;
    const u = updateAgenda(doc, AGENDA);
    const out = u.kind === 'write' ? applyLineEdits(doc, [u.edit]) : '';
    assert.ok(out.startsWith(`${FRONT}# Session\n\n\`\`\`\n## Agenda\n\`\`\`\n\n${AGENDA.trimEnd()}\n<!-- mentorship agenda `), out);
    assert.ok(out.endsWith(' -->\n\n## Notes\n'), out);
    assert.deepEqual(sectionsOf('sessions/2026-11-24.md', out).map((s) => s.heading), ['Session', 'Agenda', 'Action items', 'Notes']);
  });

  it('tracks ~~~ fences, longer fences, a shorter fence inside a longer one, and ```js inside ```', () => {
    for (const [open, inner, close] of [['~~~', '```', '~~~'], ['````', '```', '````'], ['~~~~', '~~~', '~~~~~'], ['```', '```js', '```']]) {
      const doc = `${FRONT}${open}\n## Agenda\n${inner}\n## Notes\n${close}\n## Feedback\n`;
      const at = insertedBefore(doc);
      assert.equal(typeof at === 'number' ? doc.split('\n')[at] : at, '## Feedback', `${open} … ${close}`);
    }
  });

  it('skips an "## Agenda" inside an HTML comment', () => {
    const doc = `${FRONT}<!--\n## Agenda\n-->\n## Notes\n`;
    assert.equal(doc.split('\n')[insertedBefore(doc) as number], '## Notes');
  });

  it('ends the agenda section at the next heading the parser reads, not one in a code block', () => {
    const doc = `${FRONT}## Agenda\n\`\`\`\n## Not a heading\n\`\`\`\n## Notes\n`;
    assert.deepEqual(updateAgenda(doc, AGENDA), { kind: "edited", line: 5, why: "handwritten" }, "the code block is agenda content: never written over unasked");
  });

  it('refuses to append into a comment left open at the end', () => {
    assert.throws(() => updateAgenda(`${FRONT}text\n<!-- parked\n`, AGENDA), (e: Error) => e instanceof EditRefused && /HTML comment/.test(e.message));
  });

  it('never takes front matter for the body', () => {
    const doc = '---\ntype: session\n## Agenda: yaml comment lookalike\n---\n## Notes\n';
    assert.equal(doc.split('\n')[insertedBefore(doc) as number], '## Notes');
  });
});

describe('insertItem never writes into a code block, comment or front matter', () => {
  it('ignores a section heading quoted in a ~~~ block or a longer fence', () => {
    for (const fence of ['~~~', '````']) {
      const doc = `${FRONT}${fence}\n## Action items\n- [ ] example\n${fence}\n## Action items\n- [ ] real\n`;
      const out = applyInsertion(doc, insertItem(doc, 'action', '- [ ] new'));
      assert.deepEqual(parseEntry('sessions/2026-11-24.md', out)!.items.map((i) => i.text), ['real', 'new'], fence);
    }
  });

  it('does not read a heading from a line that closes a comment', () => {
    const doc = `${FRONT}<!--\nparked\n--> ## Wins\n- w\n`;
    const out = applyInsertion(doc, insertItem(doc, 'win', '- new win'));
    assert.match(out, /\n## Wins\n\n- new win\n$/);
  });

  it('never reads front matter lines as a section', () => {
    const doc = '---\ntype: note\n# Wins\n---\nbody\n';
    const out = applyInsertion(doc, insertItem(doc, 'win', '- w'));
    assert.equal(out, '---\ntype: note\n# Wins\n---\nbody\n\n## Wins\n\n- w\n');
  });
});

describe('locateItem only accepts lines that are items', () => {
  const doc = `${FRONT}## Action items\n- [ ] Ship it @sam\n\n\`\`\`markdown\n- [ ] Ship it @sam\n\`\`\`\n`;

  it('ticks the item, not its quoted copy in a code block, after the item moved', () => {
    // A line inserted above: the item is now at 7, its copy in the fence at 10.
    const moved = doc.replace('## Action items\n', '## Action items\n- [ ] New one\n');
    assert.equal(locateItem(moved, 'sessions/2026-11-24.md', 6, '- [ ] Ship it @sam'), 7);
  });

  it('refuses when only a quoted copy is left (in a fence, a comment or front matter)', () => {
    const gone = doc.replace('## Action items\n- [ ] Ship it @sam\n', '## Action items\n');
    assert.throws(() => locateItem(gone, 'sessions/2026-11-24.md', 6, '- [ ] Ship it @sam'), (e: Error) => e instanceof EditRefused && /no longer there/.test(e.message));
    const commented = `${FRONT}## Action items\n<!--\n- [ ] Ship it @sam\n-->\n`;
    assert.throws(() => locateItem(commented, 'sessions/2026-11-24.md', 7, '- [ ] Ship it @sam'), EditRefused);
    const inFront = '---\ntype: session\n- [ ] Ship it @sam\n---\n## Action items\n';
    assert.throws(() => locateItem(inFront, 'sessions/2026-11-24.md', 3, '- [ ] Ship it @sam'), EditRefused);
  });

  it('does not count quoted copies as duplicates', () => {
    assert.equal(locateItem(doc, 'sessions/2026-11-24.md', 6, '- [ ] Ship it @sam'), 6);
    assert.equal(locateItem(doc, 'sessions/2026-11-24.md', 99, '- [ ] Ship it @sam'), 6);
  });
});

describe('session summaries skip code and comments as the parser does', () => {
  it('takes the first agenda point after a ~~~ block and a comment', () => {
    const text = `${FRONT}# Session\n## Agenda\n~~~\n- not this\n\`\`\`\n- nor this\n~~~\n<!--\n- nor this\n-->\n- Plan the talk\n`;
    assert.equal(sessionSummary(parseEntry('sessions/2026-11-24.md', text)!, text), 'Plan the talk');
  });
});
