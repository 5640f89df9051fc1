// The peers' own test cases, transcribed: what Obsidian Tasks and Dataview say a task line
// means, each with the peer's expected value as the peer states it and where it says so.
// Test data only: no code of the peers is here. peerAgreement.test.ts reads every case with our
// parser and prints how often we agree, by category.
//
// Sources, at the commits read (their main branches when this was written):
//   obsidian-tasks-group/obsidian-tasks @ cc0fce3c1326d18e2bdb7020eaf4c52e885da569 (tests/…)
//   blacksmithgu/obsidian-dataview      @ 5ad0994ff384cbb797de382e7edff2388141b73a (src/test/…)
//
// How a case becomes a line:
// - Tasks' serializer tests call `deserialize(x)` on what follows the checkbox: we read the line
//   `- [ ] x`. Their matcher (toMatchTaskDetails) compares every field, filling the ones a test
//   leaves out with defaults (description '', priority None, dates null, recurrence null,
//   onCompletion '', dependsOn [], id ''): `details()` below writes those defaults out, so they
//   are checked too. Tags are not compared (we keep tags as words of the title).
// - Tasks' `fromLine({ line })` and `ListItem.fromListItemLine(line)` get the line as written.
// - Tasks' status-type rules (Status.getTypeForUnknownSymbol …) get `- [<symbol>] task`.
// - Dataview's `extractInlineFields(line)` gets the line as written; with `includeTaskFields`
//   (its emoji shorthands) the fields include the emoji dates we read.
// - Docs samples: each line of an approved sample file, with the values the peer's
//   SampleTasks built it from (tests/TestingTools/SampleTasks.ts).
//
// Left out, because they are not about reading a line or need settings we do not have:
// writing (serialize, toggle, setInlineField), the global filter, custom status registries,
// Dataview's typing of values (numbers, links, booleans), indentation and list markers as
// strings, hard breaks.

/** The status type Tasks gives a checkbox character; EMPTY is "no checkbox". */
export type PeerStatus = 'TODO' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED' | 'EMPTY';
export type PeerPriority = 'Highest' | 'High' | 'Medium' | 'None' | 'Low' | 'Lowest';
export interface PeerField {
  key: string;
  value: string;
  start?: number;
  startValue?: number;
  end?: number;
  wrapping?: string;
}

export interface PeerExpect {
  /** Tasks: `fromLine` gives a task (true) or null (false). */
  isTask?: boolean;
  /** Tasks: `ListItem.fromListItemLine` gives a list item (true) or null (false). */
  isListItem?: boolean;
  status?: PeerStatus;
  statusSymbol?: string | null;
  description?: string;
  dueDate?: string | null;
  doneDate?: string | null;
  createdDate?: string | null;
  startDate?: string | null;
  scheduledDate?: string | null;
  cancelledDate?: string | null;
  priority?: PeerPriority;
  /** The recurrence rule's text; '' or null for none. */
  recurrence?: string | null;
  onCompletion?: '' | 'keep' | 'delete';
  dependsOn?: string[];
  id?: string;
  blockLink?: string;
  /** Dataview: every field `extractInlineFields` returns. */
  fields?: PeerField[];
  /** Dataview: the first field it returns (the tests that check only `result[0]`). */
  firstField?: PeerField;
}

export interface PeerCase {
  repo: 'obsidian-tasks' | 'obsidian-dataview';
  file: string;
  /** The peer's describe › test names. */
  test: string;
  line: string;
  /** Dataview's `extractInlineFields(line, true)`: emoji shorthands count as fields. */
  includeTaskFields?: boolean;
  expect: PeerExpect;
  /** Where we read it differently on purpose: which expectations, and why (docs/format.md). */
  difference?: { keys: (keyof PeerExpect)[]; why: string };
}

const DEFAULT_SERIALIZER = 'tests/TaskSerializer/DefaultTaskSerializer.test.ts';
const DATAVIEW_SERIALIZER = 'tests/TaskSerializer/DataviewTaskSerializer.test.ts';
const TASK = 'tests/Task/Task.test.ts';
const LIST_ITEM = 'tests/Task/ListItem.test.ts';
const REGEXES = 'tests/Task/TaskRegularExpressions.test.ts';
const ON_COMPLETION = 'tests/Task/OnCompletion.test.ts';
const STATUS = 'tests/Statuses/Status.test.ts';
const STATUS_REGISTRY = 'tests/Statuses/StatusRegistry.test.ts';
const DOCS_SAMPLES = 'tests/TaskSerializer/DocsSamplesForTaskFormats.test.ts';
const INLINE = 'src/test/parse/parse.inline.test.ts';

/** Every field toMatchTaskDetails compares, with its defaults for the ones a test leaves out. */
function details(partial: PeerExpect): PeerExpect {
  return {
    description: '',
    priority: 'None',
    startDate: null,
    createdDate: null,
    scheduledDate: null,
    dueDate: null,
    doneDate: null,
    cancelledDate: null,
    recurrence: null,
    onCompletion: '',
    dependsOn: [],
    id: '',
    ...partial,
  };
}

/** A `deserialize(input)` case of a Tasks serializer test. */
function deserialize(file: string, test: string, input: string, expect: PeerExpect): PeerCase {
  return { repo: 'obsidian-tasks', file, test, line: `- [ ] ${input}`, expect: details(expect) };
}

function tasks(file: string, test: string, line: string, expect: PeerExpect): PeerCase {
  return { repo: 'obsidian-tasks', file, test, line, expect };
}

function dataview(test: string, line: string, expect: PeerExpect, includeTaskFields = false): PeerCase {
  return includeTaskFields ? { repo: 'obsidian-dataview', file: INLINE, test, line, includeTaskFields, expect } : { repo: 'obsidian-dataview', file: INLINE, test, line, expect };
}

// DefaultTaskSerializer.test.ts › deserialize: the emoji format.
const EMOJI_DATES = [
  { what: 'startDate', symbol: '\u{1F6EB}' },
  { what: 'createdDate', symbol: '\u2795' },
  { what: 'scheduledDate', symbol: '\u23F3' },
  { what: 'dueDate', symbol: '\u{1F4C5}' },
  { what: 'doneDate', symbol: '\u2705' },
] as const;
const EMOJI_PRIORITIES: [PeerPriority, string][] = [['Highest', '\u{1F53A}'], ['High', '\u23EB'], ['None', ''], ['Medium', '\u{1F53C}'], ['Low', '\u{1F53D}'], ['Lowest', '\u23EC']];
const D = (test: string) => `DefaultTaskSerializer with 'tasksPluginEmoji' symbols › deserialize › ${test}`;

const defaultSerializer: PeerCase[] = [
  deserialize(DEFAULT_SERIALIZER, D('should parse an empty string'), '', {}),
  ...EMOJI_DATES.map(({ what, symbol }) => deserialize(DEFAULT_SERIALIZER, D(`should parse dates › should parse a ${what}`), `${symbol} 2021-06-20`, { [what]: '2021-06-20' })),
  deserialize(DEFAULT_SERIALIZER, D('should parse dates › should parse a scheduledDate - with non-standard emoji'), '\u231B 2021-06-20', { scheduledDate: '2021-06-20' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse dates › should parse a scheduledDate - with Variation Selector'), '\u23F3\uFE0F 2024-11-18', { scheduledDate: '2024-11-18' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse dates › should parse a dueDate - with non-standard emoji 1'), '\u{1F4C6} 2021-06-20', { dueDate: '2021-06-20' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse dates › should parse a dueDate - with non-standard emoji 2'), '\u{1F5D3} 2021-06-20', { dueDate: '2021-06-20' }),
  ...EMOJI_PRIORITIES.map(([priority, symbol]) => deserialize(DEFAULT_SERIALIZER, D(`should parse priorities › should parse a priority (${priority})`), symbol, { priority })),
  deserialize(DEFAULT_SERIALIZER, D('should parse priorities › should parse a high priority without Variant Selector 16'), '\u23EB', { priority: 'High' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse priorities › should parse a high priority with Variant Selector 16'), '\u23EB\uFE0F', { priority: 'High' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse a recurrence'), '\u{1F501} every day', { recurrence: 'every day' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse onCompletion › should parse delete action'), '\u{1F3C1} Delete', { onCompletion: 'delete' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse onCompletion › should allow multiple spaces'), '\u{1F3C1}  Keep', { onCompletion: 'keep' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse depends on › should parse depends on one task'), '\u26D4 F12345', { dependsOn: ['F12345'] }),
  deserialize(DEFAULT_SERIALIZER, D('should parse depends on › should parse depends on one task - without Variant Selector 16'), '\u26D4 F12345', { dependsOn: ['F12345'] }),
  deserialize(DEFAULT_SERIALIZER, D('should parse depends on › should parse depends on one task - with Variant Selector 16'), '\u26D4\uFE0F F12345', { dependsOn: ['F12345'] }),
  deserialize(DEFAULT_SERIALIZER, D('should parse depends on › should parse depends on two tasks'), '\u26D4 123456,abC123', { dependsOn: ['123456', 'abC123'] }),
  deserialize(DEFAULT_SERIALIZER, D('should parse depends on › should parse depends on multiple tasks with varying spaces tasks'), '\u26D4 ab , CD ,  EF  ,    GK', { dependsOn: ['ab', 'CD', 'EF', 'GK'] }),
  deserialize(DEFAULT_SERIALIZER, D('should parse id › should parse id with lower-case and numbers'), '\u{1F194} pqrd0f', { id: 'pqrd0f' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse id › should parse id with capitals'), '\u{1F194} Abcd0f', { id: 'Abcd0f' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse id › should parse id with hyphen'), '\u{1F194} Abcd0f-', { id: 'Abcd0f-' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse id › should parse id with underscore'), '\u{1F194} Ab_cd0f', { id: 'Ab_cd0f' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse id › should not parse id with asterisk, so id is left in description'), '\u{1F194} A*bcd0f', { description: '\u{1F194} A*bcd0f', id: '' }),
  deserialize(DEFAULT_SERIALIZER, D('should parse a description containing only tags without adding whitespace'), '#hello #world #task', { description: '#hello #world #task' }),
];

// DataviewTaskSerializer.test.ts › deserialize: the Dataview format as Tasks reads it.
const DATAVIEW_DATES = [
  { field: 'startDate', symbol: 'start::' },
  { field: 'dueDate', symbol: 'due::' },
  { field: 'doneDate', symbol: 'completion::' },
  { field: 'createdDate', symbol: 'created::' },
  { field: 'scheduledDate', symbol: 'scheduled::' },
  { field: 'cancelledDate', symbol: 'cancelled::' },
] as const;
const DATAVIEW_PRIORITIES: [PeerPriority, string][] = [['Highest', 'priority:: highest'], ['High', 'priority:: high'], ['Medium', 'priority:: medium'], ['Low', 'priority:: low'], ['Lowest', 'priority:: lowest']];
const V = (test: string) => `DataviewTaskSerializer › deserialize › ${test}`;
// 'whitespace within an inline field': each input form, for each field.
const WHITESPACE_FORMS = [
  { test: 'should parse with no extraneous whitespace', input: (symbol: string, value: string) => `[${symbol}${value}]` },
  { test: 'should parse with whitespace after ::', input: (symbol: string, value: string) => `[${symbol} ${value}]` },
  { test: 'should parse with whitespace after ::', input: (symbol: string, value: string) => `[${symbol}               ${value}]` },
  { test: 'should parse with whitespace near brackets', input: (symbol: string, value: string) => `[ ${symbol}${value}]` },
  { test: 'should parse with whitespace near brackets', input: (symbol: string, value: string) => `[      ${symbol}${value}]` },
  { test: 'should parse with whitespace near brackets', input: (symbol: string, value: string) => `[${symbol}${value} ]` },
  { test: 'should parse with whitespace near brackets', input: (symbol: string, value: string) => `[${symbol}${value}     ]` },
  { test: 'should parse with whitespace near brackets', input: (symbol: string, value: string) => `[ ${symbol}${value} ]` },
  { test: 'should parse with whitespace near brackets', input: (symbol: string, value: string) => `[     ${symbol}${value}     ]` },
  { test: 'should parse with whitespace near brackets and after ::', input: (symbol: string, value: string) => `[     ${symbol}     ${value}     ]` },
];
const WHITESPACE_FIELDS: { field: string; symbol: string; value: string; expect: PeerExpect }[] = [
  ...DATAVIEW_DATES.map(({ field, symbol }) => ({ field, symbol, value: '2021-06-20', expect: { [field]: '2021-06-20' } })),
  { field: 'recurrence', symbol: 'repeat::', value: 'every day', expect: { recurrence: 'every day' } },
  { field: 'priority', symbol: 'priority::', value: 'high', expect: { priority: 'High' } },
];

const dataviewSerializer: PeerCase[] = [
  deserialize(DATAVIEW_SERIALIZER, V('should parse an empty string'), '', {}),
  ...DATAVIEW_DATES.map(({ field, symbol }) => deserialize(DATAVIEW_SERIALIZER, V(`should parse a ${field}`), `[${symbol} 2021-06-20]`, { [field]: '2021-06-20' })),
  ...DATAVIEW_PRIORITIES.map(([priority, symbol]) => deserialize(DATAVIEW_SERIALIZER, V(`should parse a priority (${priority})`), `[${symbol}]`, { priority })),
  deserialize(DATAVIEW_SERIALIZER, V('should parse a recurrence'), '[repeat:: every day]', { recurrence: 'every day' }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse onCompletion › should parse delete action'), '[onCompletion:: delete]', { onCompletion: 'delete' }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse depends on › should parse depends on one task'), '[dependsOn:: F12345]', { dependsOn: ['F12345'] }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse depends on › should parse depends on two tasks'), '[dependsOn:: 123456,abC123]', { dependsOn: ['123456', 'abC123'] }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse depends on › should parse depends on multiple tasks with varying spaces tasks'), '[dependsOn::  ab , CD ,  EF  ,    GK]', { dependsOn: ['ab', 'CD', 'EF', 'GK'] }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse depends on › should treat dependsOn as case-sensitive, so dependson remains in the description'), '[dependson:: F12345]', { description: '[dependson:: F12345]', dependsOn: [] }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse id › should parse id with lower-case and numbers'), '[id:: pqrd0f]', { id: 'pqrd0f' }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse id › should parse id with capitals'), '[id:: Abcd0f]', { id: 'Abcd0f' }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse id › should parse id with hyphen'), '[id:: Abcd0f-]', { id: 'Abcd0f-' }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse id › should parse id with underscore'), '[id:: Ab_cd0f]', { id: 'Ab_cd0f' }),
  deserialize(DATAVIEW_SERIALIZER, V('should parse id › should not parse id with asterisk, so id is left in description'), '[id:: A*bcd0f]', { description: '[id:: A*bcd0f]', id: '' }),
  deserialize(
    DATAVIEW_SERIALIZER,
    V('should parse a task with multiple fields and tags'),
    'Wobble [priority::high] #tag1 [completion:: 2024-09-04] #tag2  [due::2025-10-05] #tag3 [scheduled::2022-07-02] #tag4 [start::2023-08-03] #tag5  [repeat::every day]  #tag6 #tag7 #tag8 #tag9 #tag10',
    {
      description: 'Wobble #tag1 #tag2 #tag3 #tag4 #tag5 #tag6 #tag7 #tag8 #tag9 #tag10',
      dueDate: '2025-10-05',
      doneDate: '2024-09-04',
      startDate: '2023-08-03',
      scheduledDate: '2022-07-02',
      priority: 'High',
      recurrence: 'every day',
    },
  ),
  ...WHITESPACE_FIELDS.flatMap(({ field, symbol, value, expect }) =>
    WHITESPACE_FORMS.map((form) => deserialize(DATAVIEW_SERIALIZER, V(`whitespace within an inline field › ${field} › ${form.test}`), form.input(symbol, value), expect)),
  ),
  deserialize(DATAVIEW_SERIALIZER, V('should parse a description containing only tags without adding whitespace'), '#hello #world #task', { description: '#hello #world #task' }),
  deserialize(DATAVIEW_SERIALIZER, V('should recognize inline fields surrounded by square brackets'), 'Some task that is [due::2021-08-22] [priority:: high]', { priority: 'High', dueDate: '2021-08-22', description: 'Some task that is' }),
  deserialize(DATAVIEW_SERIALIZER, V('should recognize inline fields surrounded by parens'), 'Some task that is (due::2021-08-22) (priority:: high)', { priority: 'High', dueDate: '2021-08-22', description: 'Some task that is' }),
  deserialize(DATAVIEW_SERIALIZER, V('should not recognize inline fields with mismatched surrounding pair'), 'Some task that is [due::2021-08-22) (priority:: high]', { description: 'Some task that is [due::2021-08-22) (priority:: high]' }),
  deserialize(DATAVIEW_SERIALIZER, V('should not recognize unbracketed fields'), 'Some task - due value not found by dataview - due:: 2021-08-22', { description: 'Some task - due value not found by dataview - due:: 2021-08-22' }),
  deserialize(DATAVIEW_SERIALIZER, V('should recognize comma seperated inline fields'), 'Some task that is [due::2021-08-22], [priority::high]       , (start::2021-08-19)', {
    priority: 'High',
    dueDate: '2021-08-22',
    startDate: '2021-08-19',
    description: 'Some task that is',
  }),
  {
    ...deserialize(DATAVIEW_SERIALIZER, V('should recognize inline fields arbitrarily positioned in the string (it.failing: Tasks does not pass it)'), 'Some task that is [due::2021-08-02] and is [priority::high]', {
      description: 'Some task that is [due::2021-08-02] and is [priority::high]',
      dueDate: '2021-08-02',
      priority: 'High',
    }),
    difference: { keys: ['description'], why: 'known fields leave the title wherever they stand: the title is what a person reads' },
  },
];

// Task.test.ts: whole lines through Task.fromLine.
const MULTIPLE_SPACES = [
  '- [ ] Wobble \u27052022-07-01 \u{1F4C5}2022-07-02 \u23F32022-07-03 \u{1F6EB}2022-07-04 \u27952022-07-05 \u{1F501}every day',
  '- [ ] Wobble \u2705 2022-07-01 \u{1F4C5} 2022-07-02 \u23F3 2022-07-03 \u{1F6EB} 2022-07-04 \u2795 2022-07-05 \u{1F501} every day',
  '- [ ] Wobble \u2705  2022-07-01 \u{1F4C5}  2022-07-02 \u23F3  2022-07-03 \u{1F6EB}  2022-07-04 \u2795  2022-07-05 \u{1F501}  every day',
  '- [ ] Wobble \u2705  2022-07-01 \u{1F4C5}  2022-07-02 \u23F3  2022-07-03 \u{1F6EB}  2022-07-04 \u2795   2022-07-05 \u{1F501}  every day',
];
const BLOCKQUOTES = [
  '> - [ ] Task inside a blockquote or callout \u{1F4C5}2022-07-29',
  '>>> - [ ] Task inside a blockquote or callout \u{1F4C5}2022-07-29',
  '> > > * [ ] Task inside a blockquote or callout \u{1F4C5}2022-07-29',
];
// 'parsing tags': the cases with a global filter set it to a tag that stays in the description
// (the filter only takes it out of the tags, which we do not compare).
const TAG_DESCRIPTIONS: [string, string][] = [
  ['- [x] this is a done task #tagone \u{1F5D3} 2021-09-12 #another-tag \u2705 2021-06-20 #and_another', 'this is a done task #tagone #another-tag #and_another'],
  ['- [x] this is a done task #tagone #tagtwo \u{1F5D3} 2021-09-12 \u2705 2021-06-20', 'this is a done task #tagone #tagtwo'],
  ['- [ ] this is a normal task #tagone \u{1F5D3} 2021-09-12 \u2705 2021-06-20', 'this is a normal task #tagone'],
  ['- [ ] this is a normal task #tagone #tagtwo \u{1F5D3} 2021-09-12 \u2705 2021-06-20', 'this is a normal task #tagone #tagtwo'],
  ['- [ ] this is a normal task #tagone #tag/with/depth #tagtwo \u{1F5D3} 2021-09-12 \u2705 2021-06-20', 'this is a normal task #tagone #tag/with/depth #tagtwo'],
  ['- [x] #someglobaltasktag this is a done task #tagone \u{1F5D3} 2021-09-12 \u2705 2021-06-20', '#someglobaltasktag this is a done task #tagone'],
  ['- [x] #someglobaltasktag this is a done task #tagone #tagtwo \u{1F5D3} 2021-09-12 \u2705 2021-06-20', '#someglobaltasktag this is a done task #tagone #tagtwo'],
  ['- [ ] #someglobaltasktag this is a normal task #tagone \u{1F5D3} 2021-09-12 \u2705 2021-06-20', '#someglobaltasktag this is a normal task #tagone'],
  ['- [ ] #someglobaltasktag this is a normal task #tagone #tagtwo \u{1F5D3} 2021-09-12 #tagthree \u2705 2021-06-20 #tagfour', '#someglobaltasktag this is a normal task #tagone #tagtwo #tagthree #tagfour'],
  ['- [ ] #someglobaltasktag this is a normal task #tagone #tag/with/depth #tagtwo \u{1F5D3} 2021-09-12 \u2705 2021-06-20', '#someglobaltasktag this is a normal task #tagone #tag/with/depth #tagtwo'],
  [
    '* [ ] Export [Cloud Feedly feeds](https://cloud.feedly.com/#opml) #context/pc_clare \u{1F501} every 4 weeks on Sunday \u23F3 2022-05-15 #context/more_context',
    'Export [Cloud Feedly feeds](https://cloud.feedly.com/#opml) #context/pc_clare #context/more_context',
  ],
  [
    '- [ ] Export [Cloud Feedly feeds](https://cloud.feedly.com/#opml) #context/pc_clare \u23F3 2022-05-15 \u{1F501} every 4 weeks on Sunday #context/more_context',
    'Export [Cloud Feedly feeds](https://cloud.feedly.com/#opml) #context/pc_clare #context/more_context',
  ],
  [
    '- [ ] Review [savings accounts and interest rates](https://www.moneysavingexpert.com/tips/2022/04/20/#hiya) #context/pc_clare \u23F3 2022-05-06',
    'Review [savings accounts and interest rates](https://www.moneysavingexpert.com/tips/2022/04/20/#hiya) #context/pc_clare',
  ],
  ['> - [ ] Task inside a blockquote or callout #tagone', 'Task inside a blockquote or callout #tagone'],
  ['>>> * [ ] Task inside a nested blockquote or callout #tagone', 'Task inside a nested blockquote or callout #tagone'],
  ['- [ ] count the # of tomatoes #gardening', 'count the # of tomatoes #gardening'],
];

const taskLines: PeerCase[] = [
  tasks(TASK, 'list item-related tests › should be a task', '- [ ] A Task', { isTask: true }),
  tasks(TASK, 'parsing › parses a task from a line starting with hyphen', '- [x] this is a done task \u{1F5D3} 2021-09-12 \u2705 2021-06-20 \u2795 2023-03-07', {
    isTask: true,
    description: 'this is a done task',
    status: 'DONE',
    createdDate: '2023-03-07',
    dueDate: '2021-09-12',
    doneDate: '2021-06-20',
  }),
  tasks(TASK, 'parsing › parses a task from a line starting with asterisk', '* [ ] this is a task in asterisk list', { isTask: true }),
  tasks(TASK, 'parsing › parses a task from a line starting with plus sign', '+ [ ] this is a task in asterisk list', { isTask: true }),
  tasks(TASK, 'parsing › parses a task from a line (numbered)', '1. [x] this is a done task', { isTask: true, description: 'this is a done task', status: 'DONE' }),
  tasks(TASK, 'parsing › parses a task from a line (big number)', '909999. [ ] this is a todo task', { isTask: true, description: 'this is a todo task', status: 'TODO' }),
  tasks(TASK, 'parsing › done not parse a task from a line starting with @ sign', '@ [ ] this is a task in asterisk list', { isTask: false }),
  tasks(TASK, 'parsing › supports capitalised status characters', '- [D] this is a deferred task', { statusSymbol: 'D' }),
  tasks(TASK, 'parsing › allows signifier emojis as part of the description', '- [x] this is a \u2705 done task \u{1F5D3} 2021-09-12 \u2705 2021-06-20', {
    isTask: true,
    description: 'this is a \u2705 done task',
    status: 'DONE',
    startDate: null,
    dueDate: '2021-09-12',
    doneDate: '2021-06-20',
  }),
  tasks(TASK, 'parsing › also works with block links and trailing spaces', '- [x] this is a \u2705 done task \u{1F5D3} 2021-09-12 \u2705 2021-06-20 ^my-precious  ', {
    isTask: true,
    description: 'this is a \u2705 done task',
    status: 'DONE',
    dueDate: '2021-09-12',
    doneDate: '2021-06-20',
    blockLink: ' ^my-precious',
  }),
  tasks(TASK, 'parsing › supports tag anywhere in the description and separates them correctly from signifier emojis', '- [ ] this is a task due \u{1F4C5} 2021-09-12 #inside_tag \u23EB #some/tags_with_underscore', {
    isTask: true,
    description: 'this is a task due #inside_tag #some/tags_with_underscore',
    dueDate: '2021-09-12',
    priority: 'High',
  }),
  tasks(
    TASK,
    'parsing › supports parsing large number of values',
    '- [ ] Wobble \u23EB  #tag1 \u2705 2022-07-02 #tag2  \u{1F4C5} 2022-07-02 #tag3 \u23F3 2022-07-02 #tag4 \u{1F6EB} 2022-07-02 #tag5  \u{1F501} every day  #tag6 #tag7 #tag8 #tag9 #tag10',
    {
      isTask: true,
      description: 'Wobble #tag1 #tag2 #tag3 #tag4 #tag5 #tag6 #tag7 #tag8 #tag9 #tag10',
      dueDate: '2022-07-02',
      doneDate: '2022-07-02',
      startDate: '2022-07-02',
      scheduledDate: '2022-07-02',
      priority: 'High',
    },
  ),
  ...MULTIPLE_SPACES.map((line) =>
    tasks(TASK, 'parsing › supports parsing of emojis with multiple spaces', line, {
      description: 'Wobble',
      doneDate: '2022-07-01',
      dueDate: '2022-07-02',
      scheduledDate: '2022-07-03',
      startDate: '2022-07-04',
      createdDate: '2022-07-05',
      priority: 'None',
      recurrence: 'every day',
    }),
  ),
  ...BLOCKQUOTES.map((line) => tasks(TASK, 'parsing › supports parsing of tasks inside blockquotes or callouts', line, { description: 'Task inside a blockquote or callout', dueDate: '2022-07-29' })),
  ...TAG_DESCRIPTIONS.map(([line, description]) => tasks(TASK, `parsing tags › should parse "${line}"`, line, { isTask: true, description })),
  tasks(TASK, 'properties for scripting › should provide access to recurring-related properties (non-recurring)', '- [ ] non-recurring task', { recurrence: '' }),
  tasks(TASK, 'properties for scripting › should provide access to recurring-related properties (recurring)', '- [ ] recurring \u{1F501} every day \u{1F4C5} 2022-06-17', { recurrence: 'every day' }),
  tasks(TASK, 'properties for scripting › should provide access to recurring-related properties (invalid rule)', '- [ ] recurring \u{1F501} invalid rule \u{1F4C5} 2022-06-17', { recurrence: '' }),
  tasks(TASK, 'to string › retains the indentation', '> > > - [ ] Task inside a nested blockquote or callout', { isTask: true }),
  tasks(TASK, 'toggle done › retains the block link (the block link read before toggling)', '- [ ] this is a task \u{1F4C5} 2021-09-12 ^my-precious', { blockLink: ' ^my-precious' }),
  tasks(TASK, 'toggle done › supports recurrence rule after a due date', '- [ ] this is a task \u{1F5D3} 2021-09-12 \u{1F501} every day', { isTask: true, dueDate: '2021-09-12' }),
];

// ListItem.test.ts and TaskRegularExpressions.test.ts: list items that are not tasks.
const listItems: PeerCase[] = [
  tasks(LIST_ITEM, 'list item tests › should not be a task', '- list item', { isListItem: true, isTask: false }),
  ...['- ', '* ', '+ ', '17. ', '    - ', '>   - ', '> >   - '].map((prefix) =>
    tasks(LIST_ITEM, `list item tests › should parse description with list item prefix: "${prefix}"`, `${prefix}stuff`, { isListItem: true, description: 'stuff' }),
  ),
  tasks(LIST_ITEM, 'list item parsing › should read a list item without checkbox', '- without checkbox', { isListItem: true, description: 'without checkbox', statusSymbol: null }),
  tasks(LIST_ITEM, 'list item parsing › should read a list item with checkbox', '- [ ] with checkbox', { isListItem: true, description: 'with checkbox', statusSymbol: ' ' }),
  tasks(LIST_ITEM, 'list item parsing › should read a list item with checkbox (checked)', '- [x] with checked checkbox', { isListItem: true, description: 'with checked checkbox', statusSymbol: 'x' }),
  tasks(LIST_ITEM, 'list item parsing › should read a list item with indentation', '  - indented', { isListItem: true, description: 'indented' }),
  tasks(LIST_ITEM, 'list item parsing › should detect a non-list item', '# Heading', { isListItem: false }),
  ...['-', '*', '+', '0.', '1.', '12345.', '0)', '1)', '12345)'].map((marker) => tasks(REGEXES, `List Markers › should be a valid list marker: "${marker}"`, `${marker} item`, { isListItem: true })),
  ...['%', '.', ')'].map((marker) => tasks(REGEXES, `List Markers › should NOT be a valid list marker: "${marker}"`, `${marker} item`, { isListItem: false })),
];

// Statuses: the type of a checkbox character, and the symbol read.
const statuses: PeerCase[] = [
  ...([[' ', 'TODO'], ['!', 'TODO'], ['x', 'DONE'], ['X', 'DONE'], ['/', 'IN_PROGRESS'], ['-', 'CANCELLED'], ['', 'EMPTY']] as [string, PeerStatus][]).map(([symbol, status]) =>
    tasks(STATUS, `Status › should deduce type for unknown symbols: "${symbol}"`, `- [${symbol}] task`, { status }),
  ),
  tasks(STATUS, 'Status › should construct a Status for unknown symbol', '- [/] task', { statusSymbol: '/', status: 'TODO' }),
  tasks(STATUS_REGISTRY, 'StatusRegistry › should return Unknown status for lookup by unknown symbol with bySymbolOrCreate()', '- [?] task', { statusSymbol: '?' }),
  tasks(STATUS_REGISTRY, 'StatusRegistry › toggling › should allow task to toggle through standard transitions (as read)', '- [ ] this is a task starting at A', { isTask: true, statusSymbol: ' ' }),
  tasks(STATUS_REGISTRY, 'StatusRegistry › toggling › should allow task to toggle from cancelled to todo (as read)', '- [-] This is a cancelled task', { isTask: true, statusSymbol: '-' }),
];

// OnCompletion.test.ts › parsing: the value after 🏁.
const onCompletion: PeerCase[] = ([['delete', 'delete'], ['DELETE', 'delete'], [' delete ', 'delete'], ['keep', 'keep'], ['KEEP', 'keep'], [' keep ', 'keep'], ['', ''], ['unknown', '']] as [string, '' | 'keep' | 'delete'][]).map(
  ([input, value]) => tasks(ON_COMPLETION, `OnCompletion - parsing › should parse "${input}" as OnCompletion.${value === '' ? 'Ignore' : value === 'keep' ? 'Keep' : 'Delete'}`, `- [ ] task \u{1F3C1} ${input}`, { onCompletion: value }),
);

// DocsSamplesForTaskFormats.test.ts: the approved sample lines and what SampleTasks built them from.
const DATES_SAMPLES: [string, string, PeerStatus, PeerExpect][] = [
  ['created', '2023-04-13', 'TODO', { createdDate: '2023-04-13' }],
  ['scheduled', '2023-04-14', 'TODO', { scheduledDate: '2023-04-14' }],
  ['start', '2023-04-15', 'TODO', { startDate: '2023-04-15' }],
  ['due', '2023-04-16', 'TODO', { dueDate: '2023-04-16' }],
  ['done', '2023-04-17', 'DONE', { doneDate: '2023-04-17' }],
  ['cancelled', '2023-04-18', 'CANCELLED', { cancelledDate: '2023-04-18' }],
];
const EMOJI_OF: Record<string, string> = { created: '\u2795', scheduled: '\u23F3', start: '\u{1F6EB}', due: '\u{1F4C5}', done: '\u2705', cancelled: '\u274C' };
const KEY_OF: Record<string, string> = { created: 'created', scheduled: 'scheduled', start: 'start', due: 'due', done: 'completion', cancelled: 'cancelled' };
const BOX: Record<PeerStatus, string> = { TODO: ' ', IN_PROGRESS: '/', DONE: 'x', CANCELLED: '-', EMPTY: '' };
const PRIORITY_SAMPLES: [string, PeerPriority, string, string][] = [
  ['Lowest', 'Lowest', ' \u23EC', '  [priority:: lowest]'],
  ['Low', 'Low', ' \u{1F53D}', '  [priority:: low]'],
  ['Normal', 'None', '', ''],
  ['Medium', 'Medium', ' \u{1F53C}', '  [priority:: medium]'],
  ['High', 'High', ' \u23EB', '  [priority:: high]'],
  ['Highest', 'Highest', ' \u{1F53A}', '  [priority:: highest]'],
];
const docsSamples: PeerCase[] = [
  ...DATES_SAMPLES.flatMap(([name, date, status, expect]) => [
    tasks(DOCS_SAMPLES, 'Serializer › Dates › tasksPluginEmoji-snippet (withEachDateTypeAndCorrespondingStatus)', `- [${BOX[status]}] #task Has a ${name} date ${EMOJI_OF[name]} ${date}`, { isTask: true, status, description: `#task Has a ${name} date`, ...expect }),
    tasks(DOCS_SAMPLES, 'Serializer › Dates › dataview-snippet (withEachDateTypeAndCorrespondingStatus)', `- [${BOX[status]}] #task Has a ${name} date  [${KEY_OF[name]}:: ${date}]`, { isTask: true, status, description: `#task Has a ${name} date`, ...expect }),
  ]),
  ...PRIORITY_SAMPLES.flatMap(([name, priority, emoji, field]) => [
    tasks(DOCS_SAMPLES, 'Serializer › Priorities › tasksPluginEmoji-snippet (withAllPriorities)', `- [ ] #task ${name} priority${emoji}`, { description: `#task ${name} priority`, priority }),
    tasks(DOCS_SAMPLES, 'Serializer › Priorities › dataview-snippet (withAllPriorities)', `- [ ] #task ${name} priority${field}`, { description: `#task ${name} priority`, priority }),
  ]),
  tasks(DOCS_SAMPLES, 'Serializer › Dependencies › tasksPluginEmoji-snippet (withAllRepresentativeDependencyFields)', '- [ ] #task do this first \u{1F194} dcf64c', { description: '#task do this first', id: 'dcf64c' }),
  tasks(DOCS_SAMPLES, 'Serializer › Dependencies › tasksPluginEmoji-snippet (withAllRepresentativeDependencyFields)', '- [ ] #task do this after first and some other task \u26D4 dcf64c,0h17ye', {
    description: '#task do this after first and some other task',
    dependsOn: ['dcf64c', '0h17ye'],
  }),
  tasks(DOCS_SAMPLES, 'Serializer › Dependencies › dataview-snippet (withAllRepresentativeDependencyFields)', '- [ ] #task do this first  [id:: dcf64c]', { description: '#task do this first', id: 'dcf64c' }),
  tasks(DOCS_SAMPLES, 'Serializer › Dependencies › dataview-snippet (withAllRepresentativeDependencyFields)', '- [ ] #task do this after first and some other task  [dependsOn:: dcf64c,0h17ye]', {
    description: '#task do this after first and some other task',
    dependsOn: ['dcf64c', '0h17ye'],
  }),
  ...(
    [
      ['- [ ] #task Keep this task when done', '- [ ] #task Keep this task when done', { description: '#task Keep this task when done', onCompletion: '' }],
      ['- [ ] #task Keep this task when done too \u{1F3C1} keep', '- [ ] #task Keep this task when done too  [onCompletion:: keep]', { description: '#task Keep this task when done too', onCompletion: 'keep' }],
      ['- [ ] #task Remove this task when done \u{1F3C1} delete', '- [ ] #task Remove this task when done  [onCompletion:: delete]', { description: '#task Remove this task when done', onCompletion: 'delete' }],
      [
        '- [ ] #task Remove completed instance of this recurring task when done \u{1F501} every day \u{1F3C1} delete',
        '- [ ] #task Remove completed instance of this recurring task when done  [repeat:: every day]  [onCompletion:: delete]',
        { description: '#task Remove completed instance of this recurring task when done', onCompletion: 'delete', recurrence: 'every day' },
      ],
    ] as [string, string, PeerExpect][]
  ).flatMap(([emoji, field, expect]) => [
    tasks(DOCS_SAMPLES, 'Serializer › OnCompletion › tasksPluginEmoji-snippet (withSampleOnCompletionValues)', emoji, expect),
    tasks(DOCS_SAMPLES, 'Serializer › OnCompletion › dataview-snippet (withSampleOnCompletionValues)', field, expect),
  ]),
];

// Dataview: parse.inline.test.ts.
const dataviewInline: PeerCase[] = [
  dataview('Simple Inline Inline › Empty', '', { fields: [] }),
  dataview('Simple Inline Inline › Empty Brackets', '[]', { fields: [] }),
  dataview('Simple Inline Inline › Empty Parenthesis', '()', { fields: [] }),
  dataview('Simple Inline Inline › Incorrect Brackets', '[key:value]', { fields: [] }),
  dataview('Simple Inline Inline › Incorrect Parenthesis', '(key:value)', { fields: [] }),
  dataview('Simple Inline Inline › Trivial Brackets', '[key::value]', { fields: [{ key: 'key', value: 'value', start: 0, startValue: 6, end: 12, wrapping: '[' }] }),
  dataview('Simple Inline Inline › Trivial Parenthesis', '(key::value)', { fields: [{ key: 'key', value: 'value', start: 0, startValue: 6, end: 12, wrapping: '(' }] }),
  dataview('Simple Inline Inline › Two Inline Fields', '[key:: value] and so thus, [key2:: value2]', {
    fields: [
      { key: 'key', value: 'value', start: 0, startValue: 6, end: 13, wrapping: '[' },
      { key: 'key2', value: 'value2', start: 27, startValue: 34, end: 42, wrapping: '[' },
    ],
  }),
  dataview('Inline Inline Edge Cases › Nested Brackets', '[[[[hello:: 16]]', { firstField: { key: 'hello', value: '16' } }),
  dataview('Inline Inline Edge Cases › Brackets In Value', 'This is some text. [key:: [value]]', { firstField: { key: 'key', value: '[value]' } }),
  dataview('Inline Inline Edge Cases › Escaped Brackets', 'Hello? [key! :: \\[value]', { firstField: { key: 'key!', value: '\\[value' } }),
  dataview('Inline Inline Edge Cases › Large Leading Whitespace', '      - [ ] Huh! [p:: 1]', { firstField: { key: 'p', value: '1' } }),
  dataview('Inline Inline With HTML › Link', '[link:: <a href="Page">Value</a>]', { firstField: { key: 'link', value: '<a href="Page">Value</a>' } }),
  dataview('Inline task emoji shorthands › Due emoji shorthand', '- [ ] testTask \u{1F5D3}\uFE0F2022-07-14', { firstField: { key: 'due', value: '2022-07-14' } }, true),
  dataview('Inline task emoji shorthands › Due emoji shorthand (the other calendar emoji)', '- [ ] testTask \u{1F5D3}2022-07-14', { firstField: { key: 'due', value: '2022-07-14' } }, true),
  dataview('Inline task emoji shorthands › Created emoji shorthand', ' - [ ] testTask \u{2795}2022-07-25', { firstField: { key: 'created', value: '2022-07-25' } }, true),
  dataview('Inline task emoji shorthands › Start date emoji shorthand', ' - [ ] testTask \u{1F6EB}2022-07-21', { firstField: { key: 'start', value: '2022-07-21' } }, true),
  dataview('Inline task emoji shorthands › Scheduled date emoji shorthand', ' - [ ] testTask \u23F32022-07-24', { firstField: { key: 'scheduled', value: '2022-07-24' } }, true),
  dataview('Set Inline › Add emoji shorthand annotation (the line it writes, read back)', '- [ ] an uncompleted task \u2705 2022-07-26', { firstField: { key: 'completion', value: '2022-07-26' } }, true),
];

export const PEER_CASES: PeerCase[] = [...defaultSerializer, ...dataviewSerializer, ...taskLines, ...listItems, ...statuses, ...onCompletion, ...docsSamples, ...dataviewInline];
