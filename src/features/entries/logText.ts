// Log Win / Log Feedback: one line into today's session, or the day's log note (core planLog).
import type { LogKind } from '../../core/compose';
import { planLog } from '../../core/compose';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { requireTrust } from '../../host/journalWriter';
import { askText, pickMentorship } from '../../host/pickers';
import type { Services } from '../../host/services';
import { announce, writePlan } from './writePlan';

export class LogTextCommand implements Command {
  constructor(
    private readonly services: Services,
    readonly id: string,
    private readonly kind: Extract<LogKind, 'win' | 'feedback'>,
    private readonly prompt: string,
  ) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    // Before any question: in Restricted Mode the answers could not be written.
    requireTrust();
    const text = await askText(this.prompt);
    if (text === undefined) return undefined;
    const plan = planLog(ref.journal.index, ref.mentorship.id, today(), { kind: this.kind, text });
    const path = await writePlan(this.services, ref.journal, plan);
    announce(ref.journal, path, `${this.kind === 'win' ? 'win' : 'feedback'} logged`);
    return path;
  }
}
