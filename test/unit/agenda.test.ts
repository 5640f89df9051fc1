import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAgenda, type Agenda } from '../../src/core/agenda';
import { renderAgenda, renderAgendaSession } from '../../src/core/agendaMarkdown';
import { JournalIndex } from '../../src/core/journalIndex';
import { parseEntry, sectionsOf } from '../../src/core/parseEntry';
import { buildReport, renderReport } from '../../src/core/report';
import { listJournalFiles } from '../../src/core/scan';
import { NodeJournalFs } from '../../src/node/nodeJournalFs';
import { EXAMPLES, golden, indexOf } from './helpers';

// Words that exist only in the private note, in a fenced code block or in an HTML comment.
const NEVER = [
  'senior-engineer criteria',
  'promotion',
  'Private',
  'private/',
  'Who owns the migration',
  'conference travel budget',
];

describe('agenda on the sample journal', () => {
  let index: JournalIndex;
  let sam: Agenda;
  let alex: Agenda;
  before(async () => {
    index = await indexOf(EXAMPLES);
    sam = buildAgenda(index.shared(), { mentorshipId: 'mentorship', today: '2026-11-24' });
    alex = buildAgenda(index.shared(), { mentorshipId: 'mentorship/alex', today: '2026-11-24' });
  });

  it('renders the agenda for Sam as the golden file', () => {
    golden('agenda-sam-2026-11-24.md', renderAgenda(sam));
  });

  it('renders the new session file for Sam as the golden file', () => {
    golden('agenda-session-sam-2026-11-24.md', renderAgendaSession(sam));
  });

  it('renders the agenda for Alex as the golden file', () => {
    golden('agenda-alex-2026-11-24.md', renderAgenda(alex));
  });

  it('renders the progress report for Sam as the golden file', () => {
    // Sessions are summed up from their text, as the CLI and the extension read it.
    const textOf = (e: { path: string }) => fs.readFileSync(path.join(EXAMPLES, e.path), 'utf8');
    golden('report-sam-2026-08-01-2026-11-30.md', renderReport(buildReport(index.shared(), { mentorshipId: 'mentorship', from: '2026-08-01', to: '2026-11-30', textOf })));
  });

  it('groups open action items by owner: mentee, mentor, then others', () => {
    assert.deepEqual(sam.actionItems.map((g) => g.owner), ['sam', 'priya', 'marta']);
    assert.deepEqual(alex.actionItems.map((g) => g.owner), ['alex', 'priya']);
  });

  it('puts overdue items first, then by due date, then undated ones', () => {
    const samItems = sam.actionItems[0].items;
    assert.deepEqual(
      samItems.map((i) => [i.due, i.overdueDays, i.dueSoon]),
      [
        ['2026-11-13', 11, false],
        ['2026-11-23', 1, false],
        ['2026-11-25', null, true],
        ['2026-12-03', null, false],
        ['2026-12-12', null, false],
        [null, null, false],
      ],
    );
    assert.deepEqual(sam.actionItems[1].items.map((i) => [i.due, i.overdueDays, i.dueSoon]), [
      ['2026-11-20', 4, false],
      ['2026-11-27', null, true],
      [null, null, false],
    ]);
  });

  it('shows the words of each item without its owner and fields', () => {
    const first = sam.actionItems[0].items[0];
    assert.equal(first.text, 'Send the RFC draft to Tomás for a security read');
    assert.equal(first.owner, 'sam');
    for (const g of sam.actionItems) for (const i of g.items) assert.doesNotMatch(i.text, /::|📅|@sam\b|@priya\b|@marta\b/);
  });

  it('links every item back to the line it was written on', () => {
    const all = [...sam.actionItems.flatMap((g) => g.items), ...sam.topics, ...sam.introductions];
    assert.ok(all.length > 10);
    for (const item of all) {
      const [target, anchor] = item.source.link.split('#');
      const file = path.join(EXAMPLES, 'mentorship', 'sessions', decodeURIComponent(target));
      assert.equal(path.relative(EXAMPLES, file).split(path.sep).join('/'), item.source.path);
      assert.equal(anchor, `L${item.source.line}`);
      const line = fs.readFileSync(file, 'utf8').split('\n')[item.source.line - 1];
      assert.ok(line.includes(item.text), `${item.source.path}:${item.source.line} does not say "${item.text}"`);
    }
  });

  it('leaves out done, cancelled and moved items', () => {
    const texts = sam.actionItems.flatMap((g) => g.items.map((i) => i.text));
    assert.ok(!texts.some((t) => /Review Sam's RFC outline together|Submit a talk to the autumn|Pick a talk topic/.test(t)), texts.join('\n'));
    assert.equal(texts.length, 10);
  });

  it('queues the topics of the last session only', () => {
    assert.deepEqual(sam.lastSession, { path: 'mentorship/sessions/2026-11-18.md', date: '2026-11-18' });
    assert.deepEqual(sam.topics.map((t) => [t.source.path, t.source.line]), [
      ['mentorship/sessions/2026-11-18.md', 38],
      ['mentorship/sessions/2026-11-18.md', 39],
      ['mentorship/sessions/2026-11-18.md', 40],
    ]);
  });

  it('lists active goals only, with progress, next milestone and days since discussed', () => {
    assert.deepEqual(
      sam.goals.map((g) => [g.id, g.done, g.total, g.target, g.nextMilestone, g.lastDiscussed, g.daysSinceDiscussed]),
      [
        ['design-doc', 3, 5, '2026-12-15', 'Get written reviews from Security and Payments', '2026-11-18', 6],
        ['public-speaking', 2, 5, '2027-01-29', 'Give the lightning talk to the team as a dry run', '2026-11-18', 6],
      ],
    );
  });

  it('lists only the introductions still to make', () => {
    assert.deepEqual(sam.introductions.map((i) => [i.text, i.owner]), [["Intro Sam to Lena Park (@lena), who runs the internal speakers' club", 'priya']]);
  });

  it('has no wins or feedback when nothing was written since the last session', () => {
    assert.deepEqual([sam.wins, sam.feedback], [[], []]);
  });

  it('carries the agreement recurring topics and focus', () => {
    assert.deepEqual(sam.recurring, ['Open action items from last time', 'One thing that went well and one that did not', 'Anything blocking you right now']);
    assert.deepEqual(sam.focus, ['Writing and defending design docs', 'Speaking up in larger forums', 'Confidence during on-call']);
  });

  it('for the meeting of 2026-11-18: wins and feedback since 2026-11-04, topics of 2026-11-04', () => {
    const a = buildAgenda(index.shared(), { mentorshipId: 'mentorship', today: '2026-11-18' });
    assert.equal(a.lastSession?.date, '2026-11-04');
    assert.deepEqual(a.topics.map((t) => t.text), ['First full draft of the RFC', 'Outline of the talk']);
    assert.deepEqual(a.wins.map((w) => w.source.path), Array(4).fill('mentorship/notes/2026-11-12-halfway-retro.md'));
    assert.deepEqual(a.feedback.map((w) => w.source.line), [21, 22, 23]);
    // A session file of the meeting day counts only for its open items (ones moved into a
    // planned session belong on its agenda); its topics, wins and feedback do not.
    const fromMeetingDay = (list: { source: { path: string } }[]) => list.filter((i) => i.source.path.endsWith('2026-11-18.md'));
    assert.deepEqual(fromMeetingDay([...a.topics, ...a.wins, ...a.feedback]), []);
    assert.ok(fromMeetingDay(a.actionItems.flatMap((g) => g.items)).length > 0);
    const later = buildAgenda(index.shared(), { mentorshipId: 'mentorship', today: '2026-11-10' });
    assert.doesNotMatch(JSON.stringify(later), /2026-11-18\.md/);
  });

  it('never shows private entries, fenced or commented items, in any output', () => {
    const outputs = [
      renderAgenda(sam),
      renderAgendaSession(sam),
      JSON.stringify(sam),
      renderReport(buildReport(index.shared(), { mentorshipId: 'mentorship', from: '2026-01-01', to: '2026-12-31' })),
      JSON.stringify(buildReport(index.shared(), { mentorshipId: 'mentorship', from: '2026-01-01', to: '2026-12-31' })),
    ];
    for (const out of outputs) for (const word of NEVER) assert.ok(!out.includes(word), `"${word}" appears in:\n${out}`);
    // The private note's open item is due 2026-11-26, which would otherwise be "due soon".
    assert.doesNotMatch(renderAgenda(sam), /2026-11-26/);
  });

  it('gives the same output for the same inputs, whatever order the files were read in', async () => {
    const again = await indexOf(EXAMPLES);
    const reversed = new JournalIndex();
    const nodeFs = new NodeJournalFs(EXAMPLES);
    for (const p of (await listJournalFiles(nodeFs)).sort().reverse()) reversed.set(p, await nodeFs.readFile(p));
    const render = (ix: JournalIndex) => renderAgendaSession(buildAgenda(ix.shared(), { mentorshipId: 'mentorship', today: '2026-11-24' }));
    const first = render(index);
    assert.equal(render(index), first);
    assert.equal(render(again), first);
    assert.equal(render(reversed), first);
  });

  it('writes a session file that parses back: the agenda counts no items twice', () => {
    const text = renderAgendaSession(sam);
    const e = parseEntry('mentorship/sessions/2026-11-24.md', text);
    assert.ok(e);
    assert.equal(e.type, 'session');
    assert.equal(e.date, '2026-11-24');
    // Which goals a session is about is decided in the meeting: the agenda marks none discussed.
    assert.deepEqual(e.goalIds, []);
    assert.deepEqual(e.items, []);
    assert.deepEqual(e.diagnostics, []);
    assert.deepEqual(
      sectionsOf(e.path, text).filter((s) => s.level === 2).map((s) => s.kind),
      ['agenda', 'notes', 'action', 'feedback', 'wins', 'next'],
    );
  });

  it('refuses a mentorship that does not exist', () => {
    assert.throws(() => buildAgenda(index.shared(), { mentorshipId: 'nobody', today: '2026-11-24' }), /No mentorship "nobody"/);
  });
});

describe('agenda on a small journal', () => {
  const agreementText = '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Sam (@sam)\ncadence: weekly\nrecurring: [Blockers]\n---\n';
  const build = (files: Record<string, string>, today = '2026-11-24') => {
    const ix = new JournalIndex();
    ix.set('mentorship.md', agreementText);
    for (const [p, t] of Object.entries(files)) ix.set(p, t);
    return buildAgenda(ix.shared(), { mentorshipId: '.', today });
  };

  it('says it is the first session and that nothing is open', () => {
    const a = build({});
    assert.equal(a.lastSession, null);
    const md = renderAgenda(a);
    assert.match(md, /first session/);
    assert.match(md, /### Open action items\n\nNothing open\./);
    assert.match(md, /### Recurring topics\n\n- Blockers\n$/);
  });

  it('keeps an open topic checkbox from an older session until it is ticked, plain ones only from the last', () => {
    const a = build({
      'sessions/2026-11-01.md': '---\ntype: session\ndate: 2026-11-01\n---\n## Next time\n- [ ] Open topic\n- [x] Done topic\n- Plain old topic\n',
      'sessions/2026-11-10.md': '---\ntype: session\ndate: 2026-11-10\n---\n## Next time\n- Plain new topic\n',
    });
    assert.deepEqual(a.topics.map((t) => t.text), ['Open topic', 'Plain new topic']);
  });

  it('puts items without an owner last, under "No owner"', () => {
    const a = build({ 'sessions/2026-11-10.md': '---\ntype: session\ndate: 2026-11-10\n---\n- [ ] Nobody owns this\n- [ ] Sam owns this @sam\n' });
    assert.deepEqual(a.actionItems.map((g) => g.owner), ['sam', null]);
    assert.match(renderAgenda(a), /\*\*No owner\*\*\n\n- Nobody owns this · \[from 2026-11-10\]\(2026-11-10\.md#L5\)/);
  });

  it('does not show an item with an impossible due date as overdue or due soon', () => {
    const a = build({ 'sessions/2026-11-10.md': '---\ntype: session\ndate: 2026-11-10\n---\n- [ ] Book the slot @sam [due:: 2026-02-30]\n' });
    const [item] = a.actionItems[0].items;
    assert.deepEqual([item.due, item.overdueDays, item.dueSoon], [null, null, false]);
  });
});
