// What Changed Since the Last Session: for the mentor preparing a meeting, as an untitled
// Markdown document (core/changes decides what counts).
import { buildChanges, renderChanges } from '../../core/changes';
import type { Command } from '../../host/command';
import { today } from '../../host/clock';
import { pickMentorship } from '../../host/pickers';
import type { Services } from '../../host/services';
import { showUntitledMarkdown } from '../../host/untitled';

export class WhatChangedCommand implements Command {
  readonly id = 'mentorship.whatChanged';
  constructor(private readonly services: Services) {}

  /** Returns the Markdown shown. */
  async execute(arg?: unknown): Promise<string | undefined> {
    const ref = await pickMentorship(this.services.store, arg);
    if (!ref) return undefined;
    const markdown = renderChanges(buildChanges(ref.journal.index.shared(), { mentorshipId: ref.mentorship.id, today: today() }));
    await showUntitledMarkdown(markdown);
    return markdown;
  }
}
