// Log Win / Log Feedback: one line into the writer's own day log, `notes/<today>-log-<handle>.md` (core planLog).
import type { LogKind } from '../../core/compose';
import { planLog } from '../../core/compose';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { ownHandle } from '../../host/ownHandle';
import { askText, pickMentorship } from '../../host/pickers';
import type { Services } from '../../host/services';
import { announce } from './announce';

export class LogTextCommand implements Command {
  readonly writes = true;
  constructor(
    private readonly services: Services,
    readonly id: string,
    private readonly kind: Extract<LogKind, 'win' | 'feedback'>,
    private readonly prompt: string,
  ) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const text = await askText(this.prompt);
    if (text === undefined) return undefined;
    const plan = planLog(ref.journal.index, ref.mentorship.id, today(), { kind: this.kind, text, author: await ownHandle(this.services.store) });
    const path = await this.services.writer.applyPlan(ref.journal, plan);
    announce(ref.journal, path, `${this.kind === 'win' ? 'win' : 'feedback'} logged`);
    return path;
  }
}
