import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Entry, Item } from '../../src/core/model';
import { parseEntry, sectionsOf } from '../../src/core/parseEntry';
import { BROKEN, prng } from './helpers';

/** Parses and insists on an entry. */
function parse(p: string, text: string): Entry {
  const e = parseEntry(p, text);
  assert.ok(e, `expected ${p} to be an entry`);
  return e;
}

const session = (body: string, extra = '') => `---\ntype: session\ndate: 2026-11-24\n${extra}---\n${body}`;
/** Items of a session whose body is `body` (front matter is 4 lines, so the body starts at line 5). */
const itemsOf = (body: string) => parse('sessions/2026-11-24.md', session(body)).items;
const only = (body: string): Item => {
  const items = itemsOf(body);
  assert.equal(items.length, 1, `expected one item in ${JSON.stringify(body)}, got ${JSON.stringify(items.map((i) => i.text))}`);
  return items[0];
};
const item = (line: string) => only(`## Action items\n${line}\n`);
const fixture = (name: string) => {
  const rel = `mentorship/sessions/${name}`;
  return parse(rel, fs.readFileSync(path.join(BROKEN, rel), 'utf8'));
};

describe('parseEntry: entry types', () => {
  it('reads an agreement: people in both forms, cadence, channel, dates, focus, recurring', () => {
    const e = parse(
      'mentorship.md',
      [
        '---',
        'type: agreement',
        'mentor: Priya Raman (@priya)',
        'mentee:',
        '  name: Sam Okafor',
        '  handle: "@sam"',
        'cadence: every 2 weeks',
        'channel: Video call',
        'started: 2026-08-03',
        'ends: 2027-02-01',
        'focus:',
        '  - Design docs',
        '  - Speaking up',
        'recurring: [Open action items, Blockers]',
        '---',
        '# Agreement',
      ].join('\n'),
    );
    assert.equal(e.type, 'agreement');
    assert.equal(e.date, '2026-08-03');
    assert.deepEqual(e.agreement, {
      mentor: { name: 'Priya Raman', handle: 'priya' },
      mentee: { name: 'Sam Okafor', handle: 'sam' },
      cadence: { unit: 'week', every: 2 },
      channel: 'Video call',
      started: '2026-08-03',
      ends: '2027-02-01',
      focus: ['Design docs', 'Speaking up'],
      recurring: ['Open action items', 'Blockers'],
    });
    assert.deepEqual(e.diagnostics, []);
  });

  it('warns about an agreement without people and a cadence it cannot read', () => {
    const e = parse('mentorship.md', '---\ntype: agreement\ncadence: whenever\n---\n');
    const codes = e.diagnostics.map((d) => `${d.line}:${d.code}`);
    assert.ok(codes.includes('3:bad-cadence'), codes.join());
    assert.equal(e.diagnostics.filter((d) => d.code === 'missing-person').length, 2);
    assert.equal(e.agreement?.cadence, null);
  });

  it('reads a goal: id from the file name, title, status, dates, skills', () => {
    const e = parse(
      'goals/design-doc.md',
      '---\ntype: goal\ntitle: Land my first design doc\nstatus: Paused\nstarted: 2026-08-05\ntarget: 2026-12-15\nskills: [writing, system design]\n---\n# Heading title\n',
    );
    assert.equal(e.type, 'goal');
    assert.deepEqual(e.goal, {
      id: 'design-doc',
      title: 'Land my first design doc',
      status: 'paused',
      started: '2026-08-05',
      target: '2026-12-15',
      skills: ['writing', 'system design'],
    });
    assert.equal(e.title, 'Land my first design doc');
  });

  it('gives a goal without a title its first heading, and an unknown status a warning (read as active)', () => {
    const e = parse('goals/talk.md', '---\ntype: goal\nstatus: someday\n---\n# Give a talk\n');
    assert.equal(e.goal?.title, 'Give a talk');
    assert.equal(e.goal?.status, 'active');
    assert.deepEqual(
      e.diagnostics.map((d) => [d.line, d.severity, d.code]),
      [[3, 'warning', 'bad-status']],
    );
  });

  it('reads a session: date, goal ids (list or single), and the line of `goals:`', () => {
    const e = parse('sessions/2026-11-18.md', '---\ntype: session\ndate: 2026-11-18\ngoals: [design-doc, public-speaking]\n---\n# Session\n');
    assert.equal(e.type, 'session');
    assert.equal(e.date, '2026-11-18');
    assert.deepEqual(e.goalIds, ['design-doc', 'public-speaking']);
    assert.equal(e.goalsLine, 4);
    assert.equal(e.title, 'Session');
    const single = parse('sessions/2026-11-18.md', '---\ntype: session\ndate: 2026-11-18\ngoal: design-doc\n---\n');
    assert.deepEqual(single.goalIds, ['design-doc']);
  });

  it('takes a session date from the file name when the front matter has none', () => {
    const e = parse('sessions/2026-10-07-2.md', '---\ntype: session\n---\n');
    assert.equal(e.date, '2026-10-07');
    assert.equal(e.title, 'Session 2026-10-07');
    assert.deepEqual(e.diagnostics, []);
  });

  it('warns about a session with no date anywhere', () => {
    const e = parse('sessions/kickoff.md', '---\ntype: session\n---\n');
    assert.equal(e.date, null);
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.severity, d.code]), [[2, 'warning', 'missing-date']]);
  });

  it('reads a note: date, title, people of a session without an agreement', () => {
    const e = parse('notes/2026-09-10-first-review.md', '---\ntype: note\ndate: 2026-09-10\ntitle: After my first review\nmentor: Priya (@priya)\n---\n');
    assert.equal(e.type, 'note');
    assert.equal(e.date, '2026-09-10');
    assert.equal(e.title, 'After my first review');
    assert.deepEqual(e.people, { mentor: { name: 'Priya', handle: 'priya' }, mentee: null });
  });

  it('titles a note without title or heading after its file name', () => {
    assert.equal(parse('notes/2026-09-10-first-design-review.md', '---\ntype: note\n---\nText\n').title, 'first design review');
  });

  it('infers the type from the folder when the front matter has none, with a warning', () => {
    const cases: [string, string][] = [
      ['sessions/2026-01-05.md', 'session'],
      ['a/b/goals/x.md', 'goal'],
      ['notes/x.md', 'note'],
      ['private/x.md', 'note'],
      ['alex/mentorship.md', 'agreement'],
      ['elsewhere/x.md', 'note'],
    ];
    for (const [p, type] of cases) {
      const e = parse(p, '---\ndate: 2026-01-05\n---\n');
      assert.equal(e.type, type, p);
      assert.ok(e.diagnostics.some((d) => d.code === 'unknown-type' && d.severity === 'warning' && d.line === 2), p);
    }
  });

  it('reports a type it does not know on the line that says it', () => {
    const e = parse('sessions/2026-01-05.md', '---\ndate: 2026-01-05\ntype: meeting\n---\n');
    assert.equal(e.type, 'session');
    const d = e.diagnostics.find((x) => x.code === 'unknown-type');
    assert.equal(d?.line, 3);
    assert.match(d!.message, /"meeting"/);
  });

  it('lets the front matter type win over the folder', () => {
    assert.equal(parse('sessions/2026-01-05.md', '---\ntype: note\n---\n').type, 'note');
  });

  it('reads files without front matter in entry folders, by their folder', () => {
    const e = parse('notes/ideas.md', '# Ideas\n- [ ] Try pairing @sam\n');
    assert.equal(e.type, 'note');
    assert.equal(e.bodyLine, 1);
    assert.equal(e.items[0].line, 2);
  });

  it('returns null for files that are not entries', () => {
    assert.equal(parseEntry('README.md', '# Readme\n- [ ] not an item\n'), null);
    assert.equal(parseEntry('docs/guide.md', 'Some text\n'), null);
    assert.equal(parseEntry('sessions/2026-01-05.txt', '---\ntype: session\n---\n- [ ] x\n'), null);
    assert.equal(parseEntry('sessions/notes.json', '{}'), null);
  });

  it('marks entries under a private/ folder private', () => {
    assert.equal(parse('private/2026-10-20-x.md', '---\ntype: note\n---\n').isPrivate, true);
    assert.equal(parse('alex/private/x.md', '---\ntype: note\n---\n').isPrivate, true);
    assert.equal(parse('notes/private-thoughts.md', '---\ntype: note\n---\n').isPrivate, false);
  });

  it('keeps unknown front matter keys untouched', () => {
    const e = parse(
      'sessions/2026-10-07.md',
      '---\ntype: session\ndate: 2026-10-07\nattendees: [priya, sam, marta]\nmood: good\nlocation:\n  city: Berlin\n  room: 4.12\n---\n',
    );
    assert.deepEqual(e.frontMatter, {
      type: 'session',
      date: '2026-10-07',
      attendees: ['priya', 'sam', 'marta'],
      mood: 'good',
      location: { city: 'Berlin', room: 4.12 },
    });
  });
});

/** CommonMark's ATX heading as a regular expression: the reference the scanner is checked against (quadratic, so only in tests). */
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

describe('parseEntry: sections and headings', () => {
  it('reads headings by character codes exactly as HEADING does, on generated lines', () => {
    const rnd = prng(31);
    const parts = ['#', '##', '###', '#######', ' ', '  ', '   ', '\t', 'Wins', 'Notes', 'a', '1', '#x', ' #', ' ##', '\u00a0'];
    for (let n = 0; n < 20000; n++) {
      let line = '';
      const k = 1 + Math.floor(rnd() * 6);
      for (let i = 0; i < k; i++) line += parts[Math.floor(rnd() * parts.length)];
      // A body line after front matter: only its heading, if any, is a section.
      const found = sectionsOf('notes/n.md', `---\ntype: note\n---\n${line}\n`);
      const m = HEADING.exec(line);
      assert.deepEqual(found.map((s) => [s.level, s.heading]), m ? [[m[1].length, m[2]]] : [], `heading of ${JSON.stringify(line)}`);
    }
  });

  const kindUnder = (heading: string, line = '- a plain bullet') => {
    const items = itemsOf(`${heading}\n\n${line}\n`);
    return items.length ? items[0].kind : null;
  };

  it('maps headings and their synonyms, case-insensitively', () => {
    const table: [string, string | null][] = [
      ['## Action items', 'action'],
      ['## ACTION ITEMS', 'action'],
      ['## Actions', 'action'],
      ['## Follow-ups', 'action'],
      ['### follow ups', 'action'],
      ['## TODO', 'action'],
      ['## To-do', 'action'],
      ['## Next steps', 'action'],
      ['## Wins', 'win'],
      ['## wins:', 'win'],
      ['## 🎉 Wins', 'win'],
      ['## Feedback', 'feedback'],
      ['## Introductions', 'intro'],
      ['## Intros', 'intro'],
      ['## Next time', 'topic'],
      ['## next TIME', 'topic'],
      ['## Parking lot', 'topic'],
      ['## Milestones', 'milestone'],
      ['## Notes', null],
      ['## Agenda', null],
      ['## Something else', null],
      ['# Session', null],
    ];
    for (const [heading, kind] of table) assert.equal(kindUnder(heading), kind, heading);
  });

  it('lets an unknown sub-heading inherit its parent, and a known one override it', () => {
    assert.equal(kindUnder('## Wins\n### From the demo'), 'win');
    assert.equal(kindUnder('## Feedback\n### From Priya\n#### Written'), 'feedback');
    assert.equal(kindUnder('## Notes\n### Follow-ups', '- [ ] a'), 'action');
    assert.equal(kindUnder('## Notes\n### Follow-ups'), 'action');
    // A heading at the same level ends the parent: plain bullets there are prose again.
    assert.equal(kindUnder('## Wins\n## Random'), null);
    assert.equal(kindUnder('## Wins\n# Top'), null);
  });

  it('records sections with kind, heading, level and line range', () => {
    const text = session('# Title\n\n## Wins\n- yay\n### Detail\n- more\n## Notes\ntext\n');
    const e = parse('sessions/2026-11-24.md', text);
    assert.deepEqual(
      sectionsOf(e.path, text).map((s) => [s.kind, s.heading, s.level, s.line, s.endLine]),
      [
        ['other', 'Title', 1, 5, 6],
        ['wins', 'Wins', 2, 7, 8],
        ['wins', 'Detail', 3, 9, 10],
        ['notes', 'Notes', 2, 11, 13],
      ],
    );
    assert.deepEqual(e.items.map((i) => [i.line, i.section]), [[8, 'Wins'], [10, 'Detail']]);
  });

  it('does not read `#tag` lines or headings in front matter as headings', () => {
    const text = session('#notaheading\n- [ ] a\n');
    const e = parse('sessions/2026-11-24.md', text);
    assert.deepEqual(sectionsOf(e.path, text), []);
    assert.equal(e.items[0].section, null);
  });
});

describe('parseEntry: list lines', () => {
  it('reads checkbox statuses: space, x, X, -, >, /', () => {
    const items = itemsOf('## Action items\n- [ ] a\n- [x] b\n- [X] c\n- [-] d\n- [>] e\n- [/] f\n');
    assert.deepEqual(
      items.map((i) => [i.text, i.status]),
      [['a', 'open'], ['b', 'done'], ['c', 'done'], ['d', 'cancelled'], ['e', 'moved'], ['f', 'open']],
    );
  });

  it('reads any one character in brackets as a checkbox, open unless it says otherwise (Obsidian Tasks\' rule)', () => {
    const items = itemsOf('## Action items\n- [?] ask\n- [!] urgent\n- [D] deferred\n- [%] half\n- [\u{1F642}] smile\n- [ü] umlaut\n');
    assert.deepEqual(items.map((i) => [i.status, i.text]), [['open', 'ask'], ['open', 'urgent'], ['open', 'deferred'], ['open', 'half'], ['open', 'smile'], ['open', 'umlaut']]);
    assert.deepEqual(parse('notes/n.md', '- [?] a question under no heading\n').diagnostics, []);
  });

  it('does not take a link, an empty or a longer bracket for a checkbox', () => {
    const items = itemsOf('## Wins\n- [link](x.md) shipped\n- [] empty\n- [ab] two\n- [x]glued\n');
    assert.deepEqual(items.map((i) => [i.status, i.text]), [[null, '[link](x.md) shipped'], [null, '[] empty'], [null, '[ab] two'], [null, '[x]glued']]);
  });

  it('reads plain bullets as the kind of their section; not under notes, agenda or unknown headings', () => {
    const body = [
      '## Action items', '- act',
      '## Wins', '- win',
      '## Feedback', '- fb',
      '## Introductions', '- intro',
      '## Next time', '- topic',
      '## Milestones', '- ms',
      '## Notes', '- note',
      '## Agenda', '- agenda',
      '## Whatever', '- prose',
    ].join('\n');
    const items = itemsOf(body + '\n');
    assert.deepEqual(
      items.map((i) => [i.kind, i.status, i.text]),
      [
        ['action', null, 'act'],
        ['win', null, 'win'],
        ['feedback', null, 'fb'],
        ['intro', null, 'intro'],
        ['topic', null, 'topic'],
        ['milestone', null, 'ms'],
      ],
    );
  });

  it('gives plain action items and milestones an info diagnostic asking for a checkbox', () => {
    const e = parse('sessions/2026-11-24.md', session('## Action items\n- act\n- [ ] fine\n'));
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.severity, d.code]), [[6, 'info', 'no-checkbox']]);
  });

  it('reads a checkbox under no heading, an unknown heading or Notes as an action item', () => {
    assert.equal(only('- [ ] a\n').kind, 'action');
    assert.equal(only('## Random\n- [ ] a\n').kind, 'action');
    assert.equal(only('## Notes\n- [ ] a\n').kind, 'action');
    assert.equal(only('# Session\n- [x] a\n').kind, 'action');
    assert.equal(only('## Wins\n- [ ] a\n').kind, 'win');
  });

  it('reads `*`, `+` and numbered list markers', () => {
    const items = itemsOf('## Action items\n* [ ] star\n+ [ ] plus\n1. [ ] one\n2) [x] two\n');
    assert.deepEqual(items.map((i) => [i.text, i.status]), [['star', 'open'], ['plus', 'open'], ['one', 'open'], ['two', 'done']]);
  });

  it('reads nested checkboxes, but not nested plain bullets (details of the item above)', () => {
    const items = itemsOf('## Wins\n- top\n  - detail\n## Action items\n- [ ] parent\n  - [ ] child\n');
    assert.deepEqual(items.map((i) => [i.kind, i.text]), [['win', 'top'], ['action', 'parent'], ['action', 'child']]);
  });

  it('keeps text as written after the checkbox, title without fields, raw as the whole line', () => {
    const i = item('  - [ ] Draft the RFC outline @sam [due:: 2026-12-01] [goal:: design-doc]  ');
    assert.equal(i.text, 'Draft the RFC outline @sam [due:: 2026-12-01] [goal:: design-doc]');
    assert.equal(i.title, 'Draft the RFC outline @sam');
    assert.equal(i.raw, '  - [ ] Draft the RFC outline @sam [due:: 2026-12-01] [goal:: design-doc]  ');
  });

  it('ignores an empty checkbox (a template placeholder)', () => {
    assert.deepEqual(itemsOf('## Milestones\n\n- [ ] \n- [ ]\n'), []);
  });

  it('joins the indented continuation lines of a wrapped item into its title', () => {
    const items = itemsOf(
      '## Feedback\n\n- From @priya: your written updates are the clearest. Say it out loud\n  in standup and people will hear it too.\n- Next one\n\n  A separate paragraph.\n',
    );
    assert.deepEqual(
      items.map((i) => [i.line, i.text, i.title]),
      [
        [7, 'From @priya: your written updates are the clearest. Say it out loud', 'From @priya: your written updates are the clearest. Say it out loud in standup and people will hear it too.'],
        [9, 'Next one', 'Next one'],
      ],
    );
    const afterHeading = itemsOf('## Wins\n- A win\n  ## Notes\n  indented prose\n');
    assert.deepEqual(afterHeading.map((i) => i.title), ['A win']);
    const afterProse = itemsOf('## Wins\n- A win\nLazy line\n  indented\n');
    assert.deepEqual(afterProse.map((i) => i.title), ['A win']);
  });
});

describe('parseEntry: owners', () => {
  it('reads a standalone @handle as the owner, without the @', () => {
    assert.equal(item('- [ ] Send the notes @sam').owner, 'sam');
    assert.equal(item('- [ ] @sam sends the notes').owner, 'sam');
    assert.equal(item('- [ ] Send the notes @sam.').owner, 'sam');
    assert.equal(item('- [ ] Send the notes @first.last-name').owner, 'first.last-name');
  });

  it('takes the last standalone handle', () => {
    assert.equal(item('- [ ] Ask @dana then tell @sam').owner, 'sam');
  });

  it('does not take `Name (@handle)` or an email address for an owner', () => {
    assert.equal(item('- [ ] Intro Sam to Lena Park (@lena) @priya').owner, 'priya');
    assert.equal(item('- [ ] Intro Sam to Lena Park (@lena)').owner, null);
    assert.equal(item('- [ ] Mail sam@example.com the slides').owner, null);
    assert.equal(item('- [ ] Mail sam@example.com the slides @priya').owner, 'priya');
  });

  it('reads an `[owner:: …]` field', () => {
    assert.equal(item('- [ ] Book the room [owner:: @marta]').owner, 'marta');
  });

  it('has no owner when nobody is named', () => {
    assert.equal(item('- [ ] Book the room').owner, null);
  });
});

describe('parseEntry: inline fields and dates', () => {
  it('reads Dataview fields in brackets and parentheses', () => {
    const i = item('- [x] Intro Sam to the team @alex [due:: 2026-11-18] (completion:: 2026-11-20) [goal:: design-doc, public-speaking]');
    assert.equal(i.due, '2026-11-18');
    assert.equal(i.completion, '2026-11-20');
    assert.deepEqual(i.goals, ['design-doc', 'public-speaking']);
    assert.equal(i.title, 'Intro Sam to the team @alex');
    assert.equal(i.owner, 'alex');
  });

  it('reads goal links written as wiki links', () => {
    const i = item('- [ ] Read the notes [goal:: [[design-doc]], [[public-speaking]]] @sam');
    assert.deepEqual([i.goals, i.title, i.owner], [['design-doc', 'public-speaking'], 'Read the notes @sam', 'sam']);
  });

  it('reads `[moved:: …]` on a moved item', () => {
    const i = item('- [>] Review the outline @priya [moved:: 2026-10-21] [goal:: design-doc]');
    assert.equal(i.status, 'moved');
    assert.equal(i.moved, '2026-10-21');
    assert.deepEqual(i.goals, ['design-doc']);
  });

  it('reads Obsidian Tasks emoji dates, with a trailing `.` or `)`', () => {
    const a = item('- [ ] Present the RFC @sam 📅 2026-12-03');
    assert.equal(a.due, '2026-12-03');
    assert.equal(a.title, 'Present the RFC @sam');
    const b = item('- [x] Shipped 📅 2026-12-01 ✅ 2026-11-20.');
    assert.deepEqual([b.due, b.completion, b.title], ['2026-12-01', '2026-11-20', 'Shipped']);
    const c = item('- [ ] Book the room @priya (📅 2026-12-02)');
    assert.deepEqual([c.due, c.title, c.owner], ['2026-12-02', 'Book the room @priya', 'priya']);
  });

  it('tolerates a NO-BREAK SPACE before the emoji and VARIATION SELECTOR-16 after it', () => {
    const a = item('- [ ] Send the slides to Lena @sam\u00a0📅 2026-12-01.');
    assert.deepEqual([a.owner, a.due], ['sam', '2026-12-01']);
    const b = item('- [ ] Book the dry-run room @priya (📅\ufe0f 2026-12-02)');
    assert.deepEqual([b.owner, b.due, b.title], ['priya', '2026-12-02', 'Book the dry-run room @priya']);
    const c = item('- [ ] Book @priya 📅\u00a02026-12-04');
    assert.equal(c.due, '2026-12-04');
  });

  it('reports an impossible date with its text, and never guesses one', () => {
    const e = parse('sessions/2026-11-24.md', session('## Action items\n- [ ] Book the slot @sam [due:: 2026-02-30]\n'));
    assert.equal(e.items.length, 1);
    assert.equal(e.items[0].due, null);
    assert.equal(e.items[0].status, 'open');
    assert.equal(e.diagnostics.length, 1);
    const d = e.diagnostics[0];
    assert.deepEqual([d.line, d.severity, d.code], [6, 'error', 'bad-date']);
    assert.match(d.message, /2026-02-30/);
    assert.match(d.message, /not a real day/);
  });

  it('reports impossible emoji and completion dates too', () => {
    const e = parse('sessions/2026-11-24.md', session('- [x] a [completion:: 2026-13-01]\n- [ ] b 📅 2026-04-31\n'));
    assert.deepEqual(e.items.map((i) => [i.completion, i.due]), [[null, null], [null, null]]);
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.code]), [[5, 'bad-date'], [6, 'bad-date']]);
    assert.match(e.diagnostics[0].message, /2026-13-01/);
    assert.match(e.diagnostics[1].message, /2026-04-31/);
  });

  it('accepts 29 February only in leap years', () => {
    assert.equal(item('- [ ] a [due:: 2028-02-29]').due, '2028-02-29');
    assert.equal(item('- [ ] a [due:: 2027-02-29]').due, null);
  });

  it('reports a date that is not ISO ("tomorrow", "1/12/2026") with its text', () => {
    const e = parse('sessions/2026-11-24.md', session('- [ ] a [due:: tomorrow]\n- [ ] b [due:: 1/12/2026]\n- [ ] c [due:: ]\n'));
    assert.deepEqual(e.items.map((i) => i.due), [null, null, null]);
    assert.equal(e.diagnostics.length, 3);
    assert.match(e.diagnostics[0].message, /"tomorrow" is not an ISO date/);
    assert.match(e.diagnostics[1].message, /"1\/12\/2026"/);
    assert.match(e.diagnostics[2].message, /empty/);
    assert.ok(e.diagnostics.every((d) => d.severity === 'error' && d.code === 'bad-date'));
  });

  it('reports a front matter date that is not a real day on its line', () => {
    const e = parse('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-31\n---\n');
    assert.equal(e.date, null);
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.severity, d.code]), [[3, 'error', 'bad-date']]);
    assert.equal(e.diagnostics[0].message, 'date "2026-11-31" is not a real day');
  });
});

describe('parseEntry: line numbers, line endings, BOM', () => {
  it('numbers lines from 1, front matter included', () => {
    const e = parse('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\n---\n\n# S\n\n## Action items\n\n- [ ] a\n- [ ] b\n');
    assert.equal(e.bodyLine, 5);
    assert.deepEqual(e.items.map((i) => i.line), [10, 11]);
  });

  it('reads CRLF files without carriage returns in the text and with the same line numbers', () => {
    const lf = '---\ntype: session\ndate: 2026-11-24\n---\n## Action items\n- [ ] a @sam [due:: 2026-12-01]\n## Wins\n- yay\n';
    const crlf = parse('sessions/2026-11-24.md', lf.replace(/\n/g, '\r\n'));
    const plain = parse('sessions/2026-11-24.md', lf);
    assert.deepEqual(crlf.items, plain.items);
    assert.deepEqual(crlf.frontMatter, plain.frontMatter);
    assert.ok(crlf.items.every((i) => !/\r/.test(i.text + i.raw + i.title)));
  });

  it('does not count a UTF-8 BOM as a character of line 1', () => {
    const e = parse('sessions/2026-11-24.md', '\ufeff---\ntype: session\ndate: 2026-11-24\n---\n- [ ] a\n');
    assert.equal(e.type, 'session');
    assert.equal(e.date, '2026-11-24');
    assert.equal(e.items[0].line, 5);
    const noFm = parse('notes/x.md', '\ufeff- [ ] first line\n');
    assert.equal(noFm.items[0].raw, '- [ ] first line');
  });

  it('reads the BOM + CRLF fixture as EXPECTED.md describes', () => {
    const e = fixture('2026-11-13.md');
    assert.equal(e.type, 'session');
    assert.equal(e.date, '2026-11-13');
    assert.deepEqual(e.diagnostics, []);
    const [a, b, win] = e.items;
    assert.deepEqual([a.line, a.status, a.owner, a.due, a.goals], [11, 'open', 'sam', '2026-11-20', ['design-doc']]);
    assert.equal(a.text, 'Send the draft to Tomás @sam [due:: 2026-11-20] [goal:: design-doc]');
    assert.deepEqual([b.line, b.status, b.owner, b.completion], [12, 'done', 'priya', '2026-11-14']);
    assert.deepEqual([win.line, win.kind, win.text], [16, 'win', 'Finished the failure-modes section.']);
    assert.equal(e.items.length, 3);
  });

  it('reads the emoji-date fixture as EXPECTED.md describes', () => {
    const e = fixture('2026-11-16.md');
    assert.deepEqual(e.diagnostics, []);
    assert.deepEqual(
      e.items.map((i) => [i.line, i.status, i.owner, i.due]),
      [
        [11, 'open', 'sam', '2026-12-01'],
        [12, 'open', 'priya', '2026-12-02'],
      ],
    );
    assert.equal(e.items[1].title, 'Book the dry-run room @priya');
  });

  it('reads the impossible-date fixture as EXPECTED.md describes', () => {
    const e = fixture('2026-11-02.md');
    const [a, b] = e.items;
    assert.deepEqual([a.line, a.status, a.owner, a.due, a.goals], [11, 'open', 'sam', null, ['design-doc']]);
    assert.deepEqual([b.line, b.status, b.completion], [12, 'done', '2026-11-01']);
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.severity]), [[11, 'error']]);
    assert.match(e.diagnostics[0].message, /2026-02-30/);
  });
});

describe('parseEntry: what is never an item', () => {
  it('skips fenced code blocks of backticks and tildes, with longer closing fences', () => {
    const items = itemsOf(
      [
        '## Action items',
        '```markdown',
        '- [ ] in backticks',
        '```',
        '- [ ] after backticks',
        '~~~',
        '- [ ] in tildes',
        '~~~~',
        '- [ ] after tildes',
        '````',
        '```',
        '- [ ] still inside: a shorter fence does not close',
        '```',
        '````',
        '   ```',
        '- [ ] indented fence',
        '   ```',
        '- [ ] last',
      ].join('\n') + '\n',
    );
    assert.deepEqual(items.map((i) => i.text), ['after backticks', 'after tildes', 'last']);
  });

  it('does not close a backtick fence with tildes', () => {
    assert.deepEqual(itemsOf('```\n~~~\n- [ ] inside\n```\n- [ ] out\n').map((i) => i.text), ['out']);
  });

  it('notes an unclosed fence, which hides the rest', () => {
    const e = parse('sessions/2026-11-24.md', session('```\n- [ ] hidden\n'));
    assert.deepEqual(e.items, []);
    assert.deepEqual(e.diagnostics.map((d) => [d.severity, d.code]), [['info', 'unclosed-fence']]);
  });

  it('skips HTML comments, on one line or several', () => {
    const items = itemsOf(
      [
        '## Action items',
        '<!-- - [ ] one-line comment -->',
        '<!--',
        'Parked:',
        '- [ ] in a comment @sam [due:: 2026-11-01]',
        '-->',
        '- [ ] visible <!-- with a remark -->',
        '<!-- a --> <!-- b',
        '- [ ] in the second comment',
        '-->',
        '- [ ] after',
      ].join('\n') + '\n',
    );
    assert.deepEqual(items.map((i) => i.text), ['visible', 'after']);
    assert.equal(items[0].raw, '- [ ] visible <!-- with a remark -->');
  });

  it('does not report dates inside fences and comments', () => {
    const e = parse('sessions/2026-11-24.md', session('```\n- [ ] a [due:: 2026-02-30]\n```\n<!--\n- [ ] b [due:: nope]\n-->\n'));
    assert.deepEqual(e.diagnostics, []);
  });

  it('never reads front matter lines as items', () => {
    const e = parse('sessions/2026-11-24.md', '---\ntype: session\ndate: 2026-11-24\ntodo:\n  - "[ ] not an item"\nrecurring:\n- x\n---\n## Action items\n- [ ] real\n');
    assert.deepEqual(e.items.map((i) => [i.line, i.text]), [[10, 'real']]);
  });

  it('reads the sample session with a fence and a comment without their items', () => {
    const text = '---\ntype: session\ndate: 2026-09-02\n---\n```markdown\n## Open questions\n- [ ] Who owns the migration? @sam [due:: 2026-09-20]\n```\n<!--\n- [ ] Ask Dana @sam [due:: 2026-11-01]\n-->\n';
    const e = parse('sessions/2026-09-02.md', text);
    assert.deepEqual(e.items, []);
    assert.deepEqual(sectionsOf(e.path, text), []);
  });
});

describe('parseEntry: broken files', () => {
  it('reports broken front matter with a line, without throwing, and marks the file unsafe to edit', () => {
    const text = fs.readFileSync(path.join(BROKEN, 'mentorship/sessions/2026-11-04.md'), 'utf8');
    const e = parse('mentorship/sessions/2026-11-04.md', text);
    const errors = e.diagnostics.filter((d) => d.code === 'front-matter');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].severity, 'error');
    assert.ok(errors[0].line === 4 || errors[0].line === 5, `line ${errors[0].line}`);
    assert.equal(e.unsafeToEdit, true);
    assert.equal(e.type, 'session');
    assert.equal(e.date, '2026-11-04');
  });

  it('reports front matter that is never closed on line 1', () => {
    const e = parse('sessions/2026-11-24.md', '---\ntype: session\n- [ ] a\n');
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.severity, d.code]), [[1, 'error', 'front-matter']]);
    assert.equal(e.unsafeToEdit, true);
  });

  it('reports front matter that is not a map', () => {
    const e = parse('sessions/2026-11-24.md', '---\n- a\n- b\n---\n');
    assert.equal(e.diagnostics[0].code, 'front-matter');
    assert.equal(e.unsafeToEdit, true);
  });

  it('never throws on odd input', () => {
    const inputs = ['', '\n', '---', '---\n', '---\n---', '\ufeff', '- [ ]', '#', '<!--', '```', '---\n: :\n---\n', '---\n[\n---\n', '\r\n\r\n', '- [x] [due:: ] [goal:: ]'];
    for (const t of inputs) assert.doesNotThrow(() => parseEntry('sessions/2026-11-24.md', t), JSON.stringify(t));
  });

  it('reports git conflict markers once, never as items, flags the items inside, and marks the file unsafe', () => {
    const e = fixture('2026-11-06.md');
    assert.deepEqual(e.diagnostics.map((d) => [d.line, d.severity, d.code]), [[11, 'error', 'conflict'], [12, 'warning', 'conflict-item'], [14, 'warning', 'conflict-item']]);
    assert.match(e.diagnostics[1].message, /inside the unresolved git conflict at lines 11–15 \(our side\)/);
    assert.match(e.diagnostics[2].message, /lines 11–15 \(their side\)/);
    assert.equal(e.unsafeToEdit, true);
    assert.ok(e.items.every((i) => !/^(<{7}|={7}|>{7})/.test(i.raw) && !/<{7}|>{7}|={7}/.test(i.text)));
  });

  it('reads a diff3 conflict and does not take a heading underline for one', () => {
    const conflict = parse('sessions/2026-11-24.md', session('<<<<<<< ours\n- [ ] a\n||||||| base\n- [ ] b\n=======\n- [ ] c\n>>>>>>> theirs\n'));
    assert.equal(conflict.unsafeToEdit, true);
    assert.equal(conflict.diagnostics.filter((d) => d.code === 'conflict').length, 1);
    const setext = parse('sessions/2026-11-24.md', session('Session title\n=======\n\n- [ ] a\n'));
    assert.equal(setext.unsafeToEdit, false);
    assert.deepEqual(setext.diagnostics, []);
    const quote = parse('sessions/2026-11-24.md', session('>>>>>>> deeply quoted\n'));
    assert.equal(quote.unsafeToEdit, false);
  });
});

describe('parseEntry: goals', () => {
  const goal = parse(
    'goals/design-doc.md',
    [
      '---',
      'type: goal',
      'title: Design doc',
      'status: active',
      '---',
      '## Why',
      '- because',
      '## Milestones',
      '- [x] Read RFCs [completion:: 2026-08-26]',
      '- [x] Problem statement [completion:: 2026-09-24]',
      '- [ ] First draft',
      '- [-] Dropped step',
      '## Log',
      '- 2026-08-05: picked the topic',
      '- [ ] Ask Priya for a review @sam',
    ].join('\n'),
  );

  it('reads milestones with their statuses and completion dates (the progress inputs)', () => {
    const ms = goal.items.filter((i) => i.kind === 'milestone');
    assert.deepEqual(
      ms.map((i) => [i.title, i.status, i.completion]),
      [
        ['Read RFCs', 'done', '2026-08-26'],
        ['Problem statement', 'done', '2026-09-24'],
        ['First draft', 'open', null],
        ['Dropped step', 'cancelled', null],
      ],
    );
  });

  it('does not read log lines or why-bullets as items, but does read a checkbox there as an action', () => {
    assert.deepEqual(goal.items.filter((i) => i.kind !== 'milestone').map((i) => [i.kind, i.text]), [['action', 'Ask Priya for a review @sam']]);
  });

  it('links every item of a goal file to the goal, once', () => {
    assert.ok(goal.items.every((i) => i.goals.filter((g) => g === 'design-doc').length === 1));
    const linked = parse('goals/x.md', '---\ntype: goal\n---\n## Milestones\n- [ ] a [goal:: x]\n- [ ] b [goal:: other]\n');
    assert.deepEqual(linked.items.map((i) => i.goals), [['x'], ['other', 'x']]);
  });

  it('links a goal file\'s items without touching the items of any other file', () => {
    const before = parse('sessions/2026-11-24.md', session('- [ ] No goal here\n'));
    parse('goals/g.md', '---\ntype: goal\n---\n## Milestones\n- [ ] m\n');
    const after = parse('sessions/2026-11-24.md', session('- [ ] No goal here either\n'));
    assert.deepEqual([before.items[0].goals, after.items[0].goals], [[], []]);
  });
});
