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
import { completionsAt } from '../../src/core/editor/completions';
import { linesOf } from '../../src/core/editor/documentLines';
import { renameGoalEdits } from '../../src/core/editor/goalRename';
import { hoverAt } from '../../src/core/editor/hovers';
import { goalRefs, sourceLinks } from '../../src/core/editor/links';
import { checkText } from '../../src/core/checks';
import { dueSpan, mentionsIn, ownerSpan } from '../../src/core/tokens';

const FRONT = '---\ntype: session\ndate: 2026-11-24\n---\n';
const EDITOR_INDEX = new JournalIndex();
EDITOR_INDEX.set('mentorship.md', '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\n---\n');

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
  editor: (t) => {
    // What the editor helpers read on every keystroke or hover: the whole text, and its last line
    // with the cursor at its end and in its middle.
    const text = FRONT + t;
    const lines = linesOf(text);
    const last = lines.lineCount - 1;
    const facts = { path: 'sessions/2026-11-24.md', today: '2026-11-24', due: { today: '2026-11-24', nextSession: null }, people: [], goals: [] };
    for (const column of [lines.lineAt(last).length, lines.lineAt(last).length >> 1]) {
      completionsAt(lines, last, column, facts);
      hoverAt(lines, last, column, { ...facts, mentorshipId: null, view: EDITOR_INDEX });
    }
    checkText(EDITOR_INDEX, 'sessions/2026-11-24.md', text);
    goalRefs('sessions/2026-11-24.md', text);
    sourceLinks('sessions/2026-11-24.md', text);
    renameGoalEdits('sessions/2026-11-24.md', text, 'a', 'b');
    const line = asItemLine(t);
    dueSpan(line);
    mentionsIn(line);
    ownerSpan(line, 'sam');
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
