// Creating entries: the journal itself (and its git setup), sessions, goals, and the quick logs
// (win, feedback, introduction, reflection) that go through the core's planLog like the composer.
import { registerCommands } from '../../host/command';
import type { Services } from '../../host/services';
import { AddIntroductionCommand } from './addIntroduction';
import { AddReflectionCommand } from './addReflection';
import { SetUpGitCommand } from './gitSetup';
import { InitializeCommand } from './initialize';
import { LogTextCommand } from './logText';
import { NewGoalCommand } from './newGoal';
import { NewSessionCommand } from './newSession';

export function register(services: Services): void {
  registerCommands(services, [
    new InitializeCommand(services),
    new NewSessionCommand(services),
    new NewGoalCommand(services),
    new LogTextCommand(services, 'mentorship.logWin', 'win', 'What went well? (a win to remember)'),
    new LogTextCommand(services, 'mentorship.logFeedback', 'feedback', 'The feedback, in a sentence (who gave it, what they said)'),
    new AddIntroductionCommand(services),
    new AddReflectionCommand(services),
    new SetUpGitCommand(services),
  ]);
}
