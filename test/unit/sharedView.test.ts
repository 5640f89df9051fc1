// Privacy lives in one place: the index's shared view. Everything written for both people
// (agenda, report, "what changed", schedules, move targets, logs) reads through it.
import * as assert from 'node:assert/strict';
import { buildAgenda } from '../../src/core/agenda';
import { renderAgenda, renderAgendaSession } from '../../src/core/agendaMarkdown';
import { buildChanges, renderChanges } from '../../src/core/changes';
import { planLog } from '../../src/core/compose';
import { JournalIndex } from '../../src/core/journalIndex';
import { planMoveTarget } from '../../src/core/moveTarget';
import { mentorshipHealth } from '../../src/core/health/health';
import { buildProgram } from '../../src/core/program';
import { renderProgramHtml } from '../../src/core/programHtml';
import { buildReport, renderReport } from '../../src/core/report';
import { skillsOf } from '../../src/core/skills';
import { nextMeeting } from '../../src/core/schedule';

const SECRET = 'SECRET-WORD';

function journal(): JournalIndex {
  const index = new JournalIndex();
  index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\ncadence: weekly\nstarted: 2026-10-01\n---\n');
  index.set('sessions/2026-11-10.md', '---\ntype: session\ndate: 2026-11-10\n---\n## Action items\n- [ ] Shared item @sam\n## Wins\n- Shared win\n');
  // Private entries of every kind, each carrying the secret.
  index.set('private/2026-11-12-reflection.md', `---\ntype: note\ndate: 2026-11-12\n---\n## Action items\n- [ ] ${SECRET} item @sam [due:: 2026-11-01]\n## Wins\n- ${SECRET} win\n## Feedback\n- ${SECRET} feedback\n## Next time\n- ${SECRET} topic\n`);
  index.set('private/sessions/2026-11-20.md', `---\ntype: session\ndate: 2026-11-20\n---\n## Notes\n${SECRET}\n## Action items\n- [ ] ${SECRET} planned @sam\n`);
  index.set('private/goals/hidden-goal.md', `---\ntype: goal\ntitle: ${SECRET} goal\nstatus: active\n---\n## Milestones\n- [x] ${SECRET} milestone [completion:: 2026-11-15]\n`);
  return index;
}

describe('the shared view', () => {
  it('answers every query without private entries', () => {
    const index = journal();
    const shared = index.shared();
    assert.equal(shared.isShared, true);
    assert.equal(index.isShared, false);
    assert.ok(index.all().some((e) => e.isPrivate), 'the full index keeps private entries (the owner sees them)');
    assert.deepEqual(shared.all().map((e) => e.path), ['mentorship.md', 'sessions/2026-11-10.md']);
    assert.deepEqual(shared.entriesOf('.').map((e) => e.path), ['mentorship.md', 'sessions/2026-11-10.md']);
    assert.deepEqual(shared.sessions('.').map((e) => e.path), ['sessions/2026-11-10.md']);
    assert.deepEqual(shared.goals('.'), []);
    assert.deepEqual(shared.items('.').map((r) => r.item.title), ['Shared item @sam', 'Shared win']);
    assert.deepEqual(shared.items().map((r) => r.item.title), ['Shared item @sam', 'Shared win']);
    assert.equal(shared.get('private/2026-11-12-reflection.md'), undefined);
    assert.equal(shared.mentorshipIdOf('private/2026-11-12-reflection.md'), null);
    assert.equal(shared.mentorship('.')?.id, '.');
  });

  it('follows the index as files change', () => {
    const index = journal();
    const shared = index.shared();
    index.set('notes/2026-11-13-log.md', '---\ntype: note\ndate: 2026-11-13\n---\n## Wins\n- Later win\n');
    assert.ok(shared.items('.').some((r) => r.item.title === 'Later win'));
    index.remove('sessions/2026-11-10.md');
    assert.deepEqual(shared.sessions('.'), []);
  });

  it('keeps private words out of the agenda, the report, the changes, the schedule, health, skills and the program report', () => {
    const shared = journal().shared();
    const agenda = buildAgenda(shared, { mentorshipId: '.', today: '2026-11-24' });
    const outputs = [
      renderAgenda(agenda),
      renderAgendaSession(agenda),
      JSON.stringify(agenda),
      renderReport(buildReport(shared, { mentorshipId: '.', from: '2026-01-01', to: '2026-12-31' })),
      renderChanges(buildChanges(shared, { mentorshipId: '.', today: '2026-11-24' })),
      JSON.stringify(mentorshipHealth(shared, '.', '2026-11-24')),
      JSON.stringify(skillsOf(shared, '.', { to: '2026-11-24' })),
      renderProgramHtml(buildProgram(shared, '2026-11-24'), () => 'hash'),
    ];
    for (const out of outputs) assert.ok(!out.includes(SECRET), `private text leaked:\n${out}`);
    // A private session planned ahead is not "the next meeting" of both people.
    assert.equal(nextMeeting(shared, '.', '2026-11-18').planned, null);
  });

  it('never plans a shared write into a private file', () => {
    const index = journal();
    // A move from a shared session never targets the private session planned on 2026-11-20.
    const target = planMoveTarget(index, 'sessions/2026-11-10.md', '2026-11-18');
    assert.equal(target.planned, null);
    assert.ok(!JSON.stringify(target).includes('private/'));
    // A win logged (not private) on the day of a private session goes to the shared log note.
    const plan = planLog(index, '.', '2026-11-20', { kind: 'win', text: 'Landed it', author: 'sam' });
    assert.equal(plan.kind, 'create');
    assert.ok(plan.kind === 'create' && plan.folder === 'notes');
  });
});
