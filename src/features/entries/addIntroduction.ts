// Add Introduction: a pending `- [ ] … @owner` under Introductions, so the agenda keeps asking
// until it is made. The owner defaults to the mentor, who usually makes the introduction.
import { planLog } from '../../core/compose';
import { HANDLE } from '../../core/people';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { ownHandle } from '../../host/ownHandle';
import { askText, pickMentorship } from '../../host/pickers';
import type { Services } from '../../host/services';
import { announce } from './announce';

export class AddIntroductionCommand implements Command {
  readonly id = 'mentorship.addIntroduction';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const text = await askText('Who should meet whom, and why?', { placeHolder: "Sam to Lena Park (@lena), who runs the speakers' club" });
    if (text === undefined) return undefined;
    const owner = await askText('Who makes the introduction? (a handle; empty for nobody yet)', {
      value: ref.mentorship.agreement.mentor?.handle ? `@${ref.mentorship.agreement.mentor.handle}` : undefined,
      optional: true,
      validate: (v) => (HANDLE.test(v) ? undefined : 'A handle is one word, like @priya'),
    });
    if (owner === undefined) return undefined;
    const plan = planLog(ref.journal.index, ref.mentorship.id, today(), { kind: 'intro', text, owner: owner.replace(/^@/, '') || null, author: await ownHandle(this.services.store) });
    const path = await this.services.writer.applyPlan(ref.journal, plan);
    announce(ref.journal, path, 'introduction added');
    return path;
  }
}
