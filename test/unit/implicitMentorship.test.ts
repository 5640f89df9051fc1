// Sessions may name mentor and mentee themselves when their folder has no agreement: the folder
// is then a mentorship of its own, with everything in it.
import * as assert from 'node:assert/strict';
import { buildAgenda } from '../../src/core/agenda';
import { JournalIndex } from '../../src/core/journalIndex';

const session = (date: string, people = true) =>
  `---\ntype: session\ndate: ${date}\n${people ? 'mentor: Priya Raman (@priya)\nmentee: Noor Haddad (@noor)\n' : ''}---\n## Action items\n- [ ] Read the guide @noor\n`;

describe('a mentorship without an agreement', () => {
  it('is made by sessions that name their people, and holds the other entries of its folder', () => {
    const index = new JournalIndex();
    index.set('noor/sessions/2026-11-02.md', session('2026-11-02'));
    index.set('noor/sessions/2026-11-16.md', session('2026-11-16', false));
    index.set('noor/goals/onboarding.md', '---\ntype: goal\ntitle: Onboard\n---\n## Milestones\n- [x] Laptop\n- [ ] First PR\n');
    assert.deepEqual(index.mentorships().map((m) => [m.id, m.title, m.agreementPath, m.agreement.started]), [
      ['noor', 'Noor Haddad ← Priya Raman', 'noor/sessions/2026-11-02.md', '2026-11-02'],
    ]);
    assert.deepEqual(index.entriesOf('noor').map((e) => e.path), ['noor/goals/onboarding.md', 'noor/sessions/2026-11-02.md', 'noor/sessions/2026-11-16.md']);
    assert.equal(index.findMentorship('@noor')?.id, 'noor');
    const agenda = buildAgenda(index.shared(), { mentorshipId: 'noor', today: '2026-11-24' });
    assert.equal(agenda.actionItems[0].items.length, 2);
    assert.deepEqual(agenda.goals.map((g) => [g.id, g.done, g.total]), [['onboarding', 1, 2]]);
  });

  it('gives way to an agreement, and goes when its last named entry goes', () => {
    const index = new JournalIndex();
    index.set('noor/sessions/2026-11-02.md', session('2026-11-02'));
    index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
    assert.deepEqual(index.mentorships().map((m) => m.id), ['.']);
    assert.equal(index.mentorshipIdOf('noor/sessions/2026-11-02.md'), '.');
    index.remove('mentorship.md');
    assert.deepEqual(index.mentorships().map((m) => m.id), ['noor']);
    index.set('noor/sessions/2026-11-02.md', session('2026-11-02', false));
    assert.deepEqual(index.mentorships(), []);
    assert.equal(index.mentorshipIdOf('noor/sessions/2026-11-02.md'), null);
  });
});

describe('the user\'s own handle', () => {
  it('is the setting, else the mentor or mentee named like git user.name, else unknown', async () => {
    const { guessOwnHandle } = await import('../../src/core/people');
    const people = [{ name: 'Priya Raman', handle: 'priya' }, { name: 'Sam Okafor', handle: 'sam' }, null];
    assert.equal(guessOwnHandle('@lena', 'Sam Okafor', people), 'lena');
    assert.equal(guessOwnHandle(null, '  sam   OKAFOR ', people), 'sam');
    assert.equal(guessOwnHandle(null, 'Someone Else', people), null);
    assert.equal(guessOwnHandle(null, null, people), null);
  });
});
