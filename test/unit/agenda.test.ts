import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAgenda, type Agenda } from '../../src/core/agenda';
import { PLAIN_STYLE, renderAgenda, renderAgendaSession } from '../../src/core/agendaMarkdown';
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

// The sample journal on 2026-11-24: Sam meets every 2 weeks (last on 2026-11-18, next on
// 2026-12-02), Alex monthly (last on 2026-11-11, next on 2026-12-11).
const TODAY = '2026-11-24';

describe('agenda on the sample journal', () => {
  let index: JournalIndex;
  let sam: Agenda;
  let alex: Agenda;
  before(async () => {
    index = await indexOf(EXAMPLES);
    sam = buildAgenda(index.shared(), { mentorshipId: 'mentorship', today: TODAY, date: '2026-12-02' });
    alex = buildAgenda(index.shared(), { mentorshipId: 'mentorship/alex', today: TODAY, date: '2026-12-11' });
  });

  it('renders the agenda block for Sam as the golden file', () => {
    golden('agenda-sam-2026-11-24.md', renderAgenda(sam));
  });

  it('renders the new session file for Sam as the golden file', () => {
    golden('agenda-session-sam-2026-11-24.md', renderAgendaSession(sam));
  });

  it('renders the clipboard text for Sam as the golden file', () => {
    golden('agenda-plain-sam-2026-11-24.md', renderAgenda(sam, PLAIN_STYLE));
  });

  it('renders the agenda for Alex as the golden files (session block, clipboard)', () => {
    golden('agenda-alex-2026-11-24.md', renderAgenda(alex));
    golden('agenda-plain-alex-2026-11-24.md', renderAgenda(alex, PLAIN_STYLE));
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

  it('puts what is overdue at the meeting first, then due soon, undated, stale, and what is due later', () => {
    assert.deepEqual(
      sam.actionItems[0].items.map((i) => [i.bucket, i.due, i.overdueDays]),
      [
        ['overdue', '2026-11-13', 11],
        ['overdue', '2026-11-23', 1],
        // Not overdue today, but by the meeting: "overdue" in the shared file, "before the meeting" live.
        ['overdue', '2026-11-25', null],
        ['soon', '2026-12-03', null],
        // Undated since 2026-09-02: three sessions were held since.
        ['stale', null, null],
        ['later', '2026-12-12', null],
      ],
    );
    assert.deepEqual(sam.actionItems[1].items.map((i) => [i.bucket, i.due]), [['overdue', '2026-11-20'], ['overdue', '2026-11-27'], ['open', null]]);
    assert.match(renderAgenda(sam, PLAIN_STYLE), /— \*\*due 2026-11-25\*\*, before the meeting · /);
  });

  it("shows an action item's words without its owner and fields", () => {
    const first = sam.actionItems[0].items[0];
    assert.equal(first.text, 'Send the RFC draft to Tomás for a security read');
    assert.equal(first.owner, 'sam');
    for (const g of sam.actionItems) for (const i of g.items) assert.doesNotMatch(i.text, /::|📅|@sam\b|@priya\b|@marta\b/);
  });

  it('links every line of the session file to its file, without line numbers, and the clipboard to the line', () => {
    // Items due later are one short line, without a link.
    const all = [...sam.actionItems.flatMap((g) => g.items.filter((i) => i.bucket !== 'later')), ...sam.topics, ...sam.introductions];
    assert.ok(all.length > 10);
    const block = renderAgenda(sam);
    const plain = renderAgenda(sam, PLAIN_STYLE);
    assert.doesNotMatch(block, /#L\d|\.md:\d/, 'no per-person line numbers in a shared file');
    assert.doesNotMatch(block, /\d+ days?\b(?! before)/, 'no "N days" that change by the day in a shared file');
    for (const href of block.match(/\]\(([^)]+)\)/g)!.map((m) => m.slice(2, -1))) {
      assert.ok(fs.existsSync(path.join(EXAMPLES, 'mentorship', 'sessions', decodeURIComponent(href))), `${href} opens a file from sessions/`);
    }
    for (const item of all) {
      const where = `(${path.relative('mentorship', item.source.path).split(path.sep).join('/')}:${item.source.line})`;
      assert.ok(plain.includes(where), `the clipboard says ${where}`);
      const line = fs.readFileSync(path.join(EXAMPLES, item.source.path), 'utf8').split('\n')[item.source.line - 1];
      assert.ok(line.includes(item.text), `${item.source.path}:${item.source.line} does not say "${item.text}"`);
    }
  });

  it('writes the same session file whichever day it is made on, for one meeting; live text counts the days', () => {
    const later = buildAgenda(index.shared(), { mentorshipId: 'mentorship', today: '2026-12-01', date: '2026-12-02' });
    assert.equal(renderAgendaSession(later), renderAgendaSession(sam));
    assert.match(renderAgenda(later, PLAIN_STYLE), /\*\*overdue 18 days\*\*, due 2026-11-13/);
    assert.match(renderAgenda(sam, PLAIN_STYLE), /\*\*overdue 11 days\*\*, due 2026-11-13/);
  });

  it('leaves out done, cancelled and moved items', () => {
    const texts = sam.actionItems.flatMap((g) => g.items.map((i) => i.text));
    assert.ok(!texts.some((t) => /Review Sam's RFC outline together|Submit a talk to the autumn|Pick a talk topic/.test(t)), texts.join('\n'));
    assert.equal(texts.length, 10);
  });

  it('queues the topics of the last session held', () => {
    assert.deepEqual(sam.lastSession, { path: 'mentorship/sessions/2026-11-18.md', date: '2026-11-18' });
    assert.deepEqual(sam.topics.map((t) => [t.source.path, t.source.line]), [
      ['mentorship/sessions/2026-11-18.md', 38],
      ['mentorship/sessions/2026-11-18.md', 39],
      ['mentorship/sessions/2026-11-18.md', 40],
    ]);
  });

  it('lists active goals only, with progress, next milestone and days from the last discussion to the meeting', () => {
    assert.deepEqual(
      sam.goals.map((g) => [g.id, g.done, g.total, g.target, g.nextMilestone, g.lastDiscussed, g.daysSinceDiscussed]),
      [
        ['design-doc', 3, 5, '2026-12-15', 'Get written reviews from Security and Payments', '2026-11-18', 14],
        ['public-speaking', 2, 5, '2027-01-29', 'Give the lightning talk to the team as a dry run', '2026-11-18', 14],
      ],
    );
  });

  it('lists only the introductions still to make, in their words', () => {
    assert.deepEqual(sam.introductions.map((i) => [i.text, i.owner]), [["Intro Sam to Lena Park (@lena), who runs the internal speakers' club @priya", 'priya']]);
  });

  it('has no wins or feedback when nothing was written since the last session', () => {
    assert.deepEqual([sam.wins, sam.feedback], [[], []]);
  });

  it('says the focus once, and leaves out the recurring topic its first section already covers', () => {
    assert.deepEqual(sam.recurring, ['One thing that went well and one that did not', 'Anything blocking you right now']);
    assert.deepEqual(sam.focus, ['Writing and defending design docs', 'Speaking up in larger forums', 'Confidence during on-call']);
    const md = renderAgenda(sam);
    assert.equal(md.split('Open action items from last time').length, 1);
    assert.equal(md.split('Writing and defending design docs').length, 2, 'the focus is said once');
    assert.deepEqual(alex.recurring, ['A review you gave or received this month']);
  });

  it('for the meeting of 2026-11-18: wins and feedback since 2026-11-04 in their own words', () => {
    const a = buildAgenda(index.shared(), { mentorshipId: 'mentorship', today: '2026-11-17', date: '2026-11-18' });
    assert.equal(a.lastSession?.date, '2026-11-04');
    assert.deepEqual(a.topics.map((t) => t.text), ['First full draft of the RFC', 'Outline of the talk']);
    assert.deepEqual(a.wins.map((w) => w.source.path), Array(4).fill('mentorship/notes/2026-11-12-halfway-retro.md'));
    assert.deepEqual(a.feedback.map((f) => f.text), [
      'From @priya: "Send it before it feels finished." Still the hardest one for me.',
      'From @marta: status updates every 15 minutes during the incident were the right habit.',
      'From Dana in our 1:1: my design-review answers are shorter and clearer than in spring.',
    ]);
    assert.match(renderAgenda(a), /\n- From @priya: "Send it before it feels finished\." Still the hardest one for me\. · \[from 2026-11-12\]/);
    // The session of the meeting day counts only for its open items; its topics, wins and feedback do not.
    const fromMeetingDay = (list: { source: { path: string } }[]) => list.filter((i) => i.source.path.endsWith('2026-11-18.md'));
    assert.deepEqual(fromMeetingDay([...a.topics, ...a.wins, ...a.feedback]), []);
    assert.ok(fromMeetingDay(a.actionItems.flatMap((g) => g.items)).length > 0);
    const earlier = buildAgenda(index.shared(), { mentorshipId: 'mentorship', today: '2026-11-10', date: '2026-11-10' });
    assert.doesNotMatch(JSON.stringify(earlier), /2026-11-18\.md/);
  });

  it('never shows private entries, fenced or commented items, in any output', () => {
    const outputs = [
      renderAgenda(sam),
      renderAgenda(sam, PLAIN_STYLE),
      renderAgendaSession(sam),
      JSON.stringify(sam),
      renderReport(buildReport(index.shared(), { mentorshipId: 'mentorship', from: '2026-01-01', to: '2026-12-31' })),
      JSON.stringify(buildReport(index.shared(), { mentorshipId: 'mentorship', from: '2026-01-01', to: '2026-12-31' })),
    ];
    for (const out of outputs) for (const word of NEVER) assert.ok(!out.includes(word), `"${word}" appears in:\n${out}`);
    // The private note's open item is due 2026-11-26, which would otherwise be overdue at the meeting.
    assert.doesNotMatch(renderAgenda(sam), /2026-11-26/);
  });

  it('gives the same output for the same inputs, whatever order the files were read in', async () => {
    const again = await indexOf(EXAMPLES);
    const reversed = new JournalIndex();
    const nodeFs = new NodeJournalFs(EXAMPLES);
    for (const p of (await listJournalFiles(nodeFs)).sort().reverse()) reversed.set(p, await nodeFs.readFile(p));
    const render = (ix: JournalIndex) => renderAgendaSession(buildAgenda(ix.shared(), { mentorshipId: 'mentorship', today: TODAY, date: '2026-12-02' }));
    const first = render(index);
    assert.equal(render(index), first);
    assert.equal(render(again), first);
    assert.equal(render(reversed), first);
  });

  it('writes a session file that parses back: the agenda counts no items twice and marks nothing held', () => {
    const text = renderAgendaSession(sam);
    const e = parseEntry('mentorship/sessions/2026-12-02.md', text);
    assert.ok(e);
    assert.equal(e.type, 'session');
    assert.equal(e.date, '2026-12-02');
    // Which goals a session is about is decided in the meeting: the agenda marks none discussed.
    assert.deepEqual(e.goalIds, []);
    assert.deepEqual(e.items, [], 'its checkboxes are the agenda, not action items');
    assert.deepEqual(e.diagnostics, []);
    assert.equal(e.minutes, false, 'a generated agenda is a planned session, not a held one');
    assert.equal(e.generatedAgenda, true);
    assert.deepEqual(
      sectionsOf(e.path, text).filter((s) => s.level === 2).map((s) => s.kind),
      ['agenda', 'notes', 'action', 'feedback', 'wins', 'next'],
    );
    assert.deepEqual([...new Set(sectionsOf(e.path, text).filter((s) => s.level === 3).map((s) => s.kind))], ['agenda'], 'its sub-headings stay agenda');
  });

  it('refuses a mentorship that does not exist', () => {
    assert.throws(() => buildAgenda(index.shared(), { mentorshipId: 'nobody', today: TODAY }), /No mentorship "nobody"/);
  });
});

describe('agenda on a small journal', () => {
  const agreementText = '---\ntype: agreement\nmentor: Priya (@priya)\nmentee: Zoë Müller (@zoë)\ncadence: weekly\nrecurring: [Blockers, Open action items, Wins of the week]\n---\n';
  const session = (date: string, body: string, extra = '') => `---\ntype: session\ndate: ${date}\n---\n${extra}## Notes\n\nWe met.\n\n${body}`;
  const build = (files: Record<string, string>, date = '2026-11-24', today = date) => {
    const ix = new JournalIndex();
    ix.set('mentorship.md', agreementText);
    for (const [p, t] of Object.entries(files)) ix.set(p, t);
    return buildAgenda(ix.shared(), { mentorshipId: '.', today, date });
  };

  it('says it is the first session and that nothing is open', () => {
    const a = build({});
    assert.equal(a.lastSession, null);
    const md = renderAgenda(a);
    assert.match(md, /first session/);
    assert.match(md, /### Action items to check\n\nNothing open\./);
    // "Open action items" is what the first section is; "Wins of the week" stays while there are none to show.
    assert.match(md, /### Topics\n\n- \[ \] Blockers\n- \[ \] Wins of the week\n$/);
  });

  it('keeps an open topic checkbox until it is ticked, plain ones from the last session held', () => {
    const a = build({
      'sessions/2026-11-01.md': session('2026-11-01', '## Next time\n- [ ] Open topic\n- [x] Done topic\n- Plain old topic\n'),
      'sessions/2026-11-10.md': session('2026-11-10', '## Next time\n- Plain new topic\n'),
    });
    assert.deepEqual(a.topics.map((t) => t.text), ['Open topic', 'Plain new topic']);
  });

  it('keeps the topics of two sessions back when the session between had no generated agenda', () => {
    const withAgenda = '## Agenda\n\n- [ ] Something · [from 2026-10-27](2026-10-27.md)\n<!-- mentorship agenda 00000000 -->\n\n';
    const files = {
      'sessions/2026-11-03.md': session('2026-11-03', '## Next time\n- Topic from two sessions back\n', withAgenda),
      'sessions/2026-11-10.md': session('2026-11-10', '## Next time\n- Topic from last time\n'),
    };
    assert.deepEqual(build(files).topics.map((t) => t.text), ['Topic from two sessions back', 'Topic from last time']);
    // Once the meeting of 2026-11-10 went through a generated agenda, it listed the older topic: done.
    files['sessions/2026-11-10.md'] = session('2026-11-10', '## Next time\n- Topic from last time\n', withAgenda);
    assert.deepEqual(build(files).topics.map((t) => t.text), ['Topic from last time']);
  });

  it('takes the last session held, not one only planned, as "last time"', () => {
    const a = build(
      {
        'sessions/2026-11-10.md': session('2026-11-10', '## Next time\n- Bring the roadmap\n'),
        // Planned for 2026-11-17 and never held (nothing written in it): the meeting slipped.
        'sessions/2026-11-17.md': '---\ntype: session\ndate: 2026-11-17\n---\n## Agenda\n\n- old\n\n## Action items\n\n- [ ] Prepare the demo @zoë\n',
      },
      '2026-11-24',
    );
    assert.equal(a.lastSession?.date, '2026-11-10');
    assert.deepEqual(a.topics.map((t) => t.text), ['Bring the roadmap']);
    assert.deepEqual(a.actionItems[0].items.map((i) => i.text), ['Prepare the demo']);
  });

  it('puts items without an owner last, under "No owner"', () => {
    const a = build({ 'sessions/2026-11-10.md': session('2026-11-10', '- [ ] Nobody owns this\n- [ ] Zoë owns this @zoë\n') });
    assert.deepEqual(a.actionItems.map((g) => g.owner), ['zoë', null]);
    assert.match(renderAgenda(a), /\*\*No owner\*\*\n\n- \[ \] Nobody owns this · \[from 2026-11-10\]\(2026-11-10\.md\)/);
  });

  it('says "due date unreadable" for an item whose due date is not a day, after the overdue ones', () => {
    const a = build({ 'sessions/2026-11-10.md': session('2026-11-10', '- [ ] Book the slot @zoë [due:: friday]\n- [ ] Late @zoë [due:: 2026-11-20]\n- [ ] Never @zoë [due:: 2026-02-30]\n') });
    assert.deepEqual(a.actionItems[0].items.map((i) => [i.text, i.bucket, i.unreadableDue]), [
      ['Late', 'overdue', null],
      ['Book the slot', 'badDate', 'friday'],
      ['Never', 'badDate', '2026-02-30'],
    ]);
    assert.match(renderAgenda(a), /- \[ \] Book the slot — due date unreadable \("friday"\) · /);
  });

  it('orders each bucket by priority (Obsidian Tasks), then due date', () => {
    const a = build({ 'sessions/2026-11-10.md': session('2026-11-10', '- [ ] Low @zoë [due:: 2026-11-12] 🔽\n- [ ] Normal @zoë [due:: 2026-11-11]\n- [ ] Highest @zoë [due:: 2026-11-20] 🔺\n- [ ] High later @zoë [due:: 2026-11-26] ⏫\n- [ ] Soon @zoë [due:: 2026-11-25]\n') });
    assert.deepEqual(a.actionItems[0].items.map((i) => i.text), ['Highest', 'Normal', 'Low', 'High later', 'Soon']);
  });

  it('marks undated items written before three sessions held "stale: keep or drop?", counting from created or moved', () => {
    const a = build({
      'sessions/2026-10-20.md': session('2026-10-20', '- [ ] Old undated @zoë\n- [ ] Old but created later @zoë ➕ 2026-11-04\n- [ ] Old but moved @zoë [moved:: 2026-11-17]\n- [ ] Old with a date @zoë [due:: 2026-12-30]\n'),
      'sessions/2026-10-27.md': session('2026-10-27', ''),
      'sessions/2026-11-03.md': session('2026-11-03', ''),
      'sessions/2026-11-10.md': session('2026-11-10', ''),
    });
    assert.deepEqual(a.actionItems[0].items.map((i) => [i.text, i.bucket]), [
      ['Old but created later', 'open'],
      ['Old but moved', 'open'],
      ['Old undated', 'stale'],
      ['Old with a date', 'later'],
    ]);
    const md = renderAgenda(a);
    assert.match(md, /- \[ \] Old undated — stale: keep or drop\? · \[from 2026-10-20\]/);
    assert.match(md, /- \[ \] Old but moved · moved to 2026-11-17 · /);
    assert.match(md, /- Later: Old with a date \(due 2026-12-30\)\n/);
  });

  it('puts items that start or are scheduled after the meeting on one "not yet" line, and shows recurrence', () => {
    const a = build({ 'sessions/2026-11-10.md': session('2026-11-10', '- [ ] Plan Q1 @zoë 🛫 2026-12-01\n- [ ] Draft the budget @priya [scheduled:: 2026-12-05]\n- [ ] Started @zoë 🛫 2026-11-20\n- [ ] Weekly review @zoë 🔁 every week [due:: 2026-11-24]\n') });
    assert.deepEqual(a.notYet.map((i) => i.text), ['Plan Q1', 'Draft the budget']);
    const md = renderAgenda(a);
    assert.match(md, /\nNot yet: Plan Q1 @zoë \(starts 2026-12-01\); Draft the budget @priya \(scheduled 2026-12-05\)\.\n/);
    assert.match(md, /- \[ \] Weekly review — due 2026-11-24 · repeats every week · /);
    assert.match(md, /- \[ \] Started · /);
  });

  it('treats an item listed again and ticked in a later session as followed up: not on the agenda', () => {
    const a = build({
      'sessions/2026-11-03.md': session('2026-11-03', '## Action items\n- [ ] Send the deck to Łukasz @zoë [due:: 2026-11-05]\n- [ ] Something else @zoë\n'),
      'sessions/2026-11-10.md': session('2026-11-10', '## Action items\n- [x] Send the deck to Łukasz @zoë [completion:: 2026-11-09]\n'),
    });
    assert.deepEqual(a.actionItems.flatMap((g) => g.items.map((i) => i.text)), ['Something else']);
  });

  it('lists the open items of a session planned for the meeting day, not its topics', () => {
    const a = build({
      'sessions/2026-11-17.md': session('2026-11-17', '## Next time\n- Talk about Q1\n'),
      'sessions/2026-11-24.md': '---\ntype: session\ndate: 2026-11-24\n---\n## Action items\n- [ ] Bring the numbers @zoë\n## Next time\n- Not this meeting\n',
    });
    assert.equal(a.lastSession?.date, '2026-11-17');
    assert.deepEqual(a.actionItems[0].items.map((i) => `${i.text} ${i.source.path}`), ['Bring the numbers sessions/2026-11-24.md']);
    assert.deepEqual(a.topics.map((t) => t.text), ['Talk about Q1']);
  });
});
