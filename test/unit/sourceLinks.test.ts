// Reports link each line to where it was written, relative to wherever the report is kept, and
// put who gave a piece of feedback in front of it when the line does not say so.
import * as assert from 'node:assert/strict';
import { buildChanges, renderChanges } from '../../src/core/changes';
import { JournalIndex } from '../../src/core/journalIndex';
import { buildReport, renderReport } from '../../src/core/report';
import { attributed, feedbackGiver, link, linksFrom, noLinks } from '../../src/core/sourceLinks';

function journal(): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya Raman (@priya)\nmentee: Zoë Müller (@zoe)\ncadence: weekly\n---\n');
  index.set('sessions/2026-11-10.md', '---\ntype: session\ndate: 2026-11-10\n---\n\n## Agenda\n\n- Q4 priorities\n\n## Notes\n\nWe agreed on three.\n');
  index.set(
    'sessions/2026-11-17.md',
    [
      '---',
      'type: session',
      'date: 2026-11-17',
      'author: Priya Raman (@priya)',
      '---',
      '',
      '# Session',
      '',
      '## Agenda',
      '',
      '- Die Präsentation üben',
      '',
      '## Feedback',
      '',
      '- From @tomas: the failure-modes table is the clearest part',
      '- Your demo was calm and clear @marta',
      '- Strong start to the quarter',
      '- Via Dana: the team noticed',
      '',
    ].join('\n'),
  );
  index.set('notes/2026-11-18 retro (draft).md', '---\ntype: note\ndate: 2026-11-18\ntitle: Retro\n---\n\n## Feedback\n\n- Anonymous but kind\n');
  return index;
}

describe('report links and attribution', () => {
  it('links from the journal root, from a folder inside it, and from elsewhere in the workspace', () => {
    assert.equal(linksFrom('')('sessions/2026-11-17.md', 14), 'sessions/2026-11-17.md#L14');
    assert.equal(linksFrom('notes')('sessions/2026-11-17.md'), '../sessions/2026-11-17.md');
    // A report kept at the workspace folder's root, the journal in mentorship/.
    assert.equal(linksFrom('', 'mentorship')('sessions/2026-11-17.md', 3), 'mentorship/sessions/2026-11-17.md#L3');
    assert.equal(linksFrom('reviews/2026', 'mentorship')('goals/talk.md'), '../../mentorship/goals/talk.md');
    // Absolute folders of one file system (a report saved outside the workspace).
    assert.equal(linksFrom('/home/zoe/Desktop', '/work/repo/mentorship')('sessions/a.md', 2), '../../../work/repo/mentorship/sessions/a.md#L2');
    // Spaces and parentheses would end a Markdown link: encoded.
    assert.equal(linksFrom('')('notes/2026-11-18 retro (draft).md', 9), 'notes/2026-11-18%20retro%20%28draft%29.md#L9');
    assert.equal(linksFrom('')('notes/a(b.md'), 'notes/a%28b.md');
    assert.equal(noLinks('sessions/a.md', 1), null);
    assert.equal(link('2026-11-17', null), '2026-11-17');
    assert.equal(link('[odd] title', 'goals/x.md'), '[\\[odd\\] title](goals/x.md)');
  });

  it('names who gave feedback: as written, its @handle, else the entry\'s author', () => {
    const index = journal();
    const entry = index.get('sessions/2026-11-17.md')!;
    const lines = entry.items.map((i) => attributed(i.title, feedbackGiver(i, entry)));
    assert.deepEqual(lines, [
      'From @tomas: the failure-modes table is the clearest part',
      'From @marta: Your demo was calm and clear',
      'From @priya: Strong start to the quarter',
      'Via Dana: the team noticed',
    ]);
    const note = index.get('notes/2026-11-18 retro (draft).md')!;
    assert.equal(feedbackGiver(note.items[0], note), null, 'no handle, no author: left as written');
  });

  it('the progress report: session summaries instead of "Session", linked days, attributed feedback', () => {
    const r = buildReport(journal().shared(), { mentorshipId: '.', from: '2026-11-01', to: '2026-11-30', textOf: (e) => (e.path === 'sessions/2026-11-17.md' ? null : null) });
    const md = renderReport(r);
    assert.match(md, /## Sessions\n\n- \[2026-11-10\]\(sessions\/2026-11-10.md\)\n- \[2026-11-17\]\(sessions\/2026-11-17.md\)\n/, 'without texts, no words are made up');
    const withTexts = renderReport(
      buildReport(journal().shared(), {
        mentorshipId: '.',
        from: '2026-11-01',
        to: '2026-11-30',
        textOf: (e) => (e.path === 'sessions/2026-11-17.md' ? '---\ntype: session\n---\n\n# Session\n\n## Agenda\n\n- Die Präsentation üben\n' : '---\ntype: session\n---\n\n## Agenda\n\n- Q4 priorities\n'),
      }),
    );
    assert.match(withTexts, /- \[2026-11-10\]\(sessions\/2026-11-10.md\) — Q4 priorities\n- \[2026-11-17\]\(sessions\/2026-11-17.md\) — Die Präsentation üben\n/);
    assert.doesNotMatch(withTexts, /— Session\n/);
    assert.match(withTexts, /- From @marta: Your demo was calm and clear \(\[2026-11-17\]\(sessions\/2026-11-17.md#L16\)\)\n/);
    assert.match(withTexts, /- From @priya: Strong start to the quarter \(\[2026-11-17\]\(sessions\/2026-11-17.md#L17\)\)\n/);
    assert.match(withTexts, /- Anonymous but kind \(\[2026-11-18\]\(notes\/2026-11-18%20retro%20%28draft%29.md#L9\)\)\n/);
    // Kept in a folder elsewhere: the same report, its links from there.
    assert.match(renderReport(r, linksFrom('reviews', 'mentorship')), /\[2026-11-10\]\(\.\.\/mentorship\/sessions\/2026-11-10.md\)/);
    assert.doesNotMatch(renderReport(r, noLinks), /\]\(/, 'no links at all');
  });

  it('what changed: attributed feedback and sessions in a few words', () => {
    const index = journal();
    const md = renderChanges(buildChanges(index.shared(), { mentorshipId: '.', today: '2026-11-24', textOf: () => '## Agenda\n\n- Die Präsentation üben\n' }));
    assert.match(md, /since the session of \[2026-11-17\]\(sessions\/2026-11-17.md\)/);
    assert.match(md, /## New sessions and notes\n\n- \[2026-11-18\]\(notes\/2026-11-18%20retro%20%28draft%29.md\) · note · Retro\n/);
    const earlier = renderChanges(buildChanges(index.shared(), { mentorshipId: '.', today: '2026-11-12', textOf: () => '## Agenda\n\n- Q4 priorities\n' }));
    assert.match(earlier, /since the session of \[2026-11-10\]/);
    const all = renderChanges(buildChanges(index.shared(), { mentorshipId: '.', today: '2026-11-11', textOf: (e) => (e.path.endsWith('17.md') ? '## Agenda\n\n- Die Präsentation üben\n' : null) }));
    assert.match(all, /- \[2026-11-17\]\(sessions\/2026-11-17.md\) · session · Die Präsentation üben\n/);
    assert.match(all, /- From @priya: Strong start to the quarter — \[2026-11-17\]\(sessions\/2026-11-17.md#L17\)\n/);
  });
});
