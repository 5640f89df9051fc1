// The check-in topics a mentorship's health puts on the next agenda: one short question for each
// signal that calls for action, because the 1:1 itself is the right moment to raise it.
import type { MentorshipHealth } from './health';

export function checkInTopics(health: Pick<MentorshipHealth, 'signals'>): string[] {
  return health.signals.filter((s) => s.level === 'act' && s.checkIn !== undefined).map((s) => s.checkIn!);
}
