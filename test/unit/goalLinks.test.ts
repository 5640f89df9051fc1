import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { discusses, goalLinksOf, openItemsOfGoal, sessionsOfGoal } from '../../src/core/goalLinks';
import { JournalIndex } from '../../src/core/journalIndex';
import { EXAMPLES, indexOf } from './helpers';

describe('goal links', () => {
  let index: JournalIndex;
  before(async () => {
    index = await indexOf(path.join(EXAMPLES, 'mentorship'));
  });

  it('finds the open action items linked to a goal, soonest due first', () => {
    assert.deepEqual(
      openItemsOfGoal(index, '.', 'design-doc').map((r) => `${r.entry.path}:${r.item.line}`),
      ['sessions/2026-11-04.md:28', 'sessions/2026-11-18.md:25', 'sessions/2026-11-18.md:27', 'sessions/2026-11-18.md:28'],
    );
    assert.deepEqual(openItemsOfGoal(index, '.', 'on-call-confidence'), []);
    assert.deepEqual(openItemsOfGoal(index, 'alex', 'code-review').map((r) => r.item.due), ['2026-11-04', '2026-11-18', '2026-12-09']);
  });

  it('does not link items without [goal:: …] to goals parsed earlier', () => {
    // Items in a goal's file get that goal's id; no other item may pick it up.
    const unlinked = index.items('.').filter((r) => r.entry.type !== 'goal' && !r.item.raw.includes('goal::'));
    assert.ok(unlinked.length > 10);
    for (const r of unlinked) assert.deepEqual(r.item.goals, [], `${r.entry.path}:${r.item.line}`);
  });

  it('counts an action item written in the goal file as linked to it', () => {
    const local = new JournalIndex();
    local.set('mentorship.md', '---\ntype: agreement\nmentor: P (@p)\nmentee: S (@s)\n---\n');
    local.set('goals/talk.md', '---\ntype: goal\ntitle: Talk\nstatus: active\n---\n## Next steps\n- [ ] Book a room @s\n');
    assert.deepEqual(openItemsOfGoal(local, '.', 'talk').map((r) => r.item.title), ['Book a room @s']);
  });

  it('finds the sessions that discussed a goal, newest first, by front matter or by linked items', () => {
    assert.deepEqual(
      sessionsOfGoal(index, '.', 'public-speaking').map((s) => s.path),
      ['sessions/2026-11-18.md', 'sessions/2026-11-04.md', 'sessions/2026-10-21.md', 'sessions/2026-10-07.md', 'sessions/2026-09-16.md', 'sessions/2026-08-19.md'],
    );
    const local = new JournalIndex();
    local.set('sessions/2026-01-01.md', '---\ntype: session\ndate: 2026-01-01\n---\n## Action items\n- [ ] Rehearse @s [goal:: talk]\n');
    local.set('sessions/2026-01-08.md', '---\ntype: session\ndate: 2026-01-08\n---\n## Notes\nNothing about it.\n');
    assert.deepEqual(sessionsOfGoal(local, null, 'talk').map((s) => s.date), ['2026-01-01']);
    assert.equal(discusses(local.get('sessions/2026-01-08.md')!, 'talk'), false);
  });

  it('gives every goal\'s links in one pass exactly as the per-goal queries do', () => {
    for (const id of ['.', 'alex']) {
      const links = goalLinksOf(index, id);
      const goals = new Set([...links.keys(), ...index.goals(id).map((g) => g.id), 'nowhere']);
      for (const goal of goals) {
        assert.deepEqual(links.get(goal)?.open ?? [], openItemsOfGoal(index, id, goal), `${id} ${goal} open`);
        assert.deepEqual(links.get(goal)?.sessions ?? [], sessionsOfGoal(index, id, goal), `${id} ${goal} sessions`);
      }
    }
  });
});
