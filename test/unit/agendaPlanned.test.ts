// An item moved into the planned next session must be on that meeting's agenda.
import * as assert from 'node:assert/strict';
import { buildAgenda } from '../../src/core/agenda';
import { renderAgenda } from '../../src/core/agendaMarkdown';
import { JournalIndex } from '../../src/core/journalIndex';

describe('agenda with a session planned for the meeting day', () => {
  it('lists the open items moved into it, and still takes topics from the last session held', () => {
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\ncadence: weekly\n---\n');
    index.set('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\n---\n## Action items\n- [>] Draft the RFC @sam [moved:: 2026-11-24]\n## Next time\n- Talk about Q1\n');
    index.set('sessions/2026-12-01.md', '---\ntype: session\ndate: 2026-12-01\n---\n## Action items\n- [ ] Draft the RFC @sam\n');
    const agenda = buildAgenda(index.shared(), { mentorshipId: '.', today: '2026-11-28', date: '2026-12-01' });
    assert.equal(agenda.lastSession?.date, '2026-11-24');
    assert.deepEqual(agenda.actionItems.map((g) => g.items.map((i) => `${i.text} ${i.source.path}`)), [['Draft the RFC sessions/2026-12-01.md']]);
    assert.deepEqual(agenda.topics.map((t) => t.text), ['Talk about Q1']);
    assert.match(renderAgenda(agenda), /Draft the RFC · \[from 2026-12-01\]\(2026-12-01\.md#L6\)/);
  });
});
