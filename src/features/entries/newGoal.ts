// New Goal: goals/<slug>.md from the title, with an optional target date and skills, opened
// under "Why" (the file name is the goal's id, so it is never reused: `-2` when taken).
import { joinPath } from '../../core/paths';
import { goalTemplate, slugify } from '../../core/templates';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { askDate, askText, pickMentorship, showEntry } from '../../host/pickers';
import type { Services } from '../../host/services';
import { lineAfter } from './announce';

export class NewGoalCommand implements Command {
  readonly id = 'mentorship.newGoal';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const title = await askText('What is the goal?', { placeHolder: 'Write and land my first design doc' });
    if (title === undefined) return undefined;
    const target = await askDate('Target date (optional)', undefined);
    if (target === undefined) return undefined;
    const skills = await askText('Skills it builds, comma-separated (optional)', { placeHolder: 'technical writing, system design', optional: true });
    if (skills === undefined) return undefined;
    const content = goalTemplate({
      title,
      started: today(),
      target: target || null,
      skills: skills.split(',').map((s) => s.trim()).filter(Boolean),
    });
    const path = await this.services.writer.createFile(ref.journal, joinPath(ref.mentorship.prefix, 'goals'), slugify(title), content);
    await showEntry(ref.journal, path, lineAfter(content, '## Why'));
    return path;
  }
}
