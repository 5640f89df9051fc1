// The readers the linear-time fuzz test drives, run in a worker thread so that a reader that
// hangs is stopped (the worker is terminated) instead of stalling the test run for minutes.
// Messages: { id, target, input } in; { id, error? } out when the call returns.
import { parentPort } from 'node:worker_threads';
import type MarkdownIt from 'markdown-it';
import { updateAgenda } from '../../src/core/agendaBlock';
import { applyLineEdits } from '../../src/core/lineEdits';
import { checkJournal } from '../../src/core/checks';
import { applyInsertion, completeLine, EditRefused, insertItem, locateItem, moveLine, reopenLine, setDueLine } from '../../src/core/edits';
import { JournalIndex } from '../../src/core/journalIndex';
import { parseEntry, sectionsOf } from '../../src/core/parseEntry';
import { mentorshipHealth } from '../../src/core/health/health';
import { ownSkills, skillsOf } from '../../src/core/skills';
import { sessionSummary } from '../../src/core/summaries';
import { markdownEngine, renderWith } from '../../src/features/journal/renderMarkdown';

const FRONT = '---\ntype: session\ndate: 2026-11-24\n---\n';

/** Runs `run`, accepting a typed refusal (an EditRefused): only time and crashes count. */
function tolerant(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof EditRefused)) throw e;
  }
}

/** One line of the file as the line edits receive it: a checkbox item, no `\n`. */
const asItemLine = (t: string) => `- [ ] ${t.replace(/\n/g, ' ')}`;

export const TARGETS: Record<string, (input: string, md: MarkdownIt) => void> = {
  parseEntry: (t) => {
    parseEntry('sessions/2026-11-24.md', FRONT + t);
    parseEntry('sessions/2026-11-24.md', t);
  },
  sectionsOf: (t) => void sectionsOf('notes/n.md', FRONT + t),
  check: (t) => {
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');
    index.set('sessions/2026-11-24.md', FRONT + t);
    checkJournal(index);
  },
  skills: (t) => {
    ownSkills(t);
    const index = new JournalIndex();
    index.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\ncadence: weekly\nstarted: 2026-10-01\n---\n');
    index.set('sessions/2026-11-24.md', `${FRONT}## Wins\n- ${t}\n## Action items\n- [x] ${t}\n${t}\n`);
    skillsOf(index.shared(), '.', { to: '2026-11-24' });
    mentorshipHealth(index.shared(), '.', '2026-11-24');
  },
  sessionSummary: (t) => {
    const text = `${FRONT}# Session\n## Agenda\n${t}\n## Notes\n${t}\n`;
    sessionSummary(parseEntry('sessions/2026-11-24.md', text)!, text);
  },
  renderMarkdown: (t, md) => void renderWith(md, t, { path: 'sessions/2026-11-24.md', bodyLine: 5, items: [] }),
  lineEdits: (t) => {
    const line = asItemLine(t);
    completeLine(line, '2026-12-01');
    reopenLine(line);
    setDueLine(line, '2026-12-01');
    setDueLine(line, null);
    moveLine(line, '2026-12-08');
  },
  locateItem: (t) => {
    const text = `${FRONT}## Action items\n- [ ] find me\n${t}\n- [ ] find me too\n`;
    tolerant(() => locateItem(text, 'sessions/2026-11-24.md', 6, '- [ ] find me'));
    tolerant(() => locateItem(text, 'sessions/2026-11-24.md', 3, '- [ ] find me too'));
  },
  insertItem: (t) => {
    const text = FRONT + t;
    tolerant(() => applyInsertion(text, insertItem(text, 'action', '- [ ] new @sam')));
    tolerant(() => applyInsertion(text, insertItem(text, 'win', '- a win')));
  },
  agendaInsertion: (t) => {
    const text = FRONT + t;
    for (const doc of [text, `${FRONT}## Agenda\n${t}\n<!-- mentorship agenda 00000000 -->\n## Notes\n`]) {
      tolerant(() => {
        const u = updateAgenda(doc, '## Agenda\n\n### Action items to check\n\n- [ ] a\n', true);
        if (u.kind === 'write') applyLineEdits(doc, [u.edit]);
      });
    }
  },
};

if (parentPort) {
  const port = parentPort;
  const ready = markdownEngine();
  port.on('message', async ({ id, target, input }: { id: number; target: string; input: string }) => {
    try {
      TARGETS[target](input, await ready);
      port.postMessage({ id });
    } catch (e) {
      port.postMessage({ id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  });
}
