// Skills over time: from goals to their milestones, wins and items, plus the ones an item names
// itself; golden on the health fixtures, rules on small journals.
import * as assert from 'node:assert/strict';
import { JournalIndex } from '../../src/core/journalIndex';
import { ownSkills, skillsOf, type SkillsReport } from '../../src/core/skills';
import { renderSkills } from '../../src/core/skillsText';
import { golden, HEALTH_FIXTURES, indexOf } from './helpers';

const TODAY = '2026-11-24';

describe('skills', () => {
  it('gives the golden skills of the four health journals', async () => {
    const index = await indexOf(HEALTH_FIXTURES);
    const shared = index.shared();
    const list = shared.mentorships().map((m) => skillsOf(shared, m.id, { to: TODAY }));
    golden('skills-fixtures-2026-11-24.json', JSON.stringify(list, null, 2) + '\n');
    golden('skills-fixtures-2026-11-24.txt', renderSkills(list));
    const healthy = list.find((r) => r.mentorship === 'healthy')!;
    assert.ok(!healthy.skills.some((s) => s.skill.includes('secret')), 'a skill tagged only in a private note is not counted');
    const talk = healthy.skills.find((s) => s.skill === 'Präsentieren')!;
    assert.deepEqual(talk.total, { goalsActive: 1, goalsAchieved: 1, milestonesDone: 3, wins: 1, itemsDone: 0 }, 'the tag #skill/präsentieren joins the goal\'s "Präsentieren"');
  });

  it('flows a goal\'s skills to its milestones and to the wins and items linked to it, per quarter', () => {
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\ncadence: weekly\nstarted: 2026-05-01\n---\n');
    index.set('goals/talk.md', '---\ntype: goal\ntitle: Give a talk\nstatus: achieved\nstarted: 2026-05-04\nachieved: 2026-10-10\nskills: [public speaking, Storytelling]\n---\n\n## Milestones\n\n- [x] Outline [completion:: 2026-06-01]\n- [x] Dry run [skill:: feedback] [completion:: 2026-09-15]\n- [-] Cancelled [completion:: 2026-09-16]\n');
    index.set('sessions/2026-07-01.md', '---\ntype: session\ndate: 2026-07-01\n---\n\n## Wins\n\n- First dry run went well [goal:: talk]\n- Unrelated win\n- Led the retro #skill/facilitation\n\n## Action items\n\n- [x] Book the room @sam [goal:: talk] [completion:: 2026-07-03]\n- [ ] Not done yet @sam [goal:: talk]\n');
    const r = skillsOf(index.shared(), '.', { to: TODAY });
    assert.deepEqual(r.quarters, ['2026-Q2', '2026-Q3', '2026-Q4']);
    const row = (name: string) => r.skills.find((s) => s.skill === name)!;
    assert.deepEqual(row('public speaking').quarters, [
      { quarter: '2026-Q2', goalsActive: 1, goalsAchieved: 0, milestonesDone: 1, wins: 0, itemsDone: 0 },
      { quarter: '2026-Q3', goalsActive: 1, goalsAchieved: 0, milestonesDone: 1, wins: 1, itemsDone: 1 },
      { quarter: '2026-Q4', goalsActive: 1, goalsAchieved: 1, milestonesDone: 0, wins: 0, itemsDone: 0 },
    ]);
    assert.deepEqual(row('public speaking').total, row('Storytelling').total, 'every skill of the goal gets the same');
    assert.deepEqual(row('feedback').total, { goalsActive: 0, goalsAchieved: 0, milestonesDone: 1, wins: 0, itemsDone: 0 });
    assert.deepEqual(row('facilitation').total, { goalsActive: 0, goalsAchieved: 0, milestonesDone: 0, wins: 1, itemsDone: 0 });
    assert.deepEqual(r.skills.map((s) => s.skill), ['public speaking', 'Storytelling', 'facilitation', 'feedback']);
  });

  it('counts only a period when asked (the progress report\'s Skills section)', () => {
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
    index.set('goals/g.md', '---\ntype: goal\ntitle: G\nstatus: active\nstarted: 2026-01-05\nskills: [writing]\n---\n\n## Milestones\n\n- [x] A [completion:: 2026-02-01]\n- [x] B [completion:: 2026-08-01]\n');
    const r: SkillsReport = skillsOf(index.shared(), '.', { from: '2026-07-01', to: '2026-09-30' });
    assert.deepEqual(r.quarters, ['2026-Q3']);
    assert.deepEqual(r.skills[0].total, { goalsActive: 1, goalsAchieved: 0, milestonesDone: 1, wins: 0, itemsDone: 0 });
  });

  describe('the skills an item names itself', () => {
    const cases: [string, string[]][] = [
      ['Gave the talk #skill/public-speaking', ['public-speaking']],
      ['#skill/communication at the start', ['communication']],
      ['Tag glued to a word a#skill/no is not a tag', []],
      ['[skill:: communication] and (skill:: listening)', ['communication', 'listening']],
      ['[skills:: writing, [[system design]] ] done', ['writing', 'system design']],
      ['[ skill :: spaced ] and [SKILL:: Upper]', ['spaced', 'Upper']],
      ['Unclosed [skill:: nothing', []],
      ['[skillful:: no] [myskill:: no] [skill: no]', []],
      ['#skill/präsentieren und #skill/日本語/読む', ['präsentieren', '日本語/読む']],
      ['No skill words here', []],
    ];
    for (const [text, want] of cases) it(JSON.stringify(text), () => assert.deepEqual(ownSkills(text), want));
  });
});
