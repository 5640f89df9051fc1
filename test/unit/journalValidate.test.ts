// The journal webview's messages are untrusted: the validator must accept exactly the protocol's
// shapes and reject everything else (nothing gets written for a rejected message).
import * as assert from 'node:assert/strict';
import { isSafeJournalPath, validateWebviewMessage } from '../../src/features/journal/validate';
import { PROTOCOL_VERSION } from '../../src/shared/journalProtocol';

const ref = { journal: 'file:///work/journal', path: 'sessions/2026-11-18.md' };
const session = { date: '2026-11-24', goals: ['design-doc'], notes: 'We talked.', actions: [{ text: 'Draft it', owner: '@sam', due: '2026-12-01' }], wins: ['Shipped'], feedback: [] };
const entry = { kind: 'win', text: 'Gave the talk', title: '', owner: '', isPrivate: false };

function rejects(data: unknown, reason?: RegExp): void {
  const r = validateWebviewMessage(data);
  assert.equal(r.ok, false, `expected a rejection of ${JSON.stringify(data)}`);
  if (reason && !r.ok) assert.match(r.reason, reason);
}

describe('journal webview message validation', () => {
  it('accepts every well-formed message', () => {
    const good = [
      { type: 'ready', protocol: PROTOCOL_VERSION },
      { type: 'loadBodies', refs: [ref] },
      { type: 'open', ref, line: 12 },
      { type: 'toggleItem', requestId: 1, ref, line: 26, raw: '- [ ] Draft it @sam', done: true },
      { type: 'logSession', requestId: 2, mentorship: 'work/.', session },
      { type: 'logEntry', requestId: 3, mentorship: 'work/.', entry },
      { type: 'logEntry', requestId: 4, mentorship: 'work/alex', entry: { kind: 'intro', text: 'Sam to Marta', title: '', owner: 'priya', isPrivate: true } },
    ];
    for (const m of good) {
      const r = validateWebviewMessage(m);
      assert.ok(r.ok, `rejected ${JSON.stringify(m)}: ${r.ok ? '' : r.reason}`);
      assert.deepEqual(r.message, m.type === 'logSession' ? { ...m, session: { ...session, actions: [{ text: 'Draft it', owner: 'sam', due: '2026-12-01' }] } } : m);
    }
  });

  it('rejects unknown types and non-objects', () => {
    for (const bad of [null, undefined, 42, 'ready', [], { type: 'deleteEverything' }, { type: 'runCommand', command: 'workbench.action.terminal.new' }, { type: 42 }, {}]) rejects(bad);
    rejects({ type: 'ready', protocol: 99 }, /protocol/);
  });

  it('rejects wrong shapes: missing keys, extra keys, wrong types, prototype tricks', () => {
    rejects({ type: 'open', ref }, /missing key "line"/);
    rejects({ type: 'open', ref, line: 1, command: 'x' }, /unexpected key/);
    rejects({ type: 'open', ref, line: '1' }, /line/);
    rejects({ type: 'open', ref, line: 0 });
    rejects({ type: 'open', ref, line: 1.5 });
    rejects({ type: 'toggleItem', requestId: 1, ref, line: 2, raw: '- [ ] x', done: 'yes' }, /done/);
    rejects({ type: 'toggleItem', requestId: 1, ref, line: 2, raw: '- [ ] x\n- [ ] injected', done: true }, /one line/);
    rejects({ type: 'toggleItem', requestId: -1, ref, line: 2, raw: '- [ ] x', done: true }, /requestId/);
    rejects({ type: 'loadBodies', refs: ref }, /list/);
    rejects({ type: 'loadBodies', refs: Array.from({ length: 501 }, () => ref) }, /more than/);
    rejects(JSON.parse('{"type":"open","ref":{"journal":"j","path":"a.md"},"line":1,"__proto__":{"polluted":true}}'), /unexpected key/);
    rejects({ type: 'open', ref: Object.assign(Object.create({ inherited: 1 }), ref), line: 1 }, /plain object/);
    rejects({ type: 'logEntry', requestId: 1, mentorship: 'm', entry: { ...entry, kind: 'agreement' } }, /kind/);
    rejects({ type: 'logEntry', requestId: 1, mentorship: 'm', entry: { ...entry, isPrivate: 'false' } }, /isPrivate/);
    rejects({ type: 'logEntry', requestId: 1, mentorship: 'm', entry: { ...entry, owner: 'sam; rm -rf /' } }, /owner/);
    rejects({ type: 'logEntry', requestId: 1, mentorship: 'm', entry: { ...entry, text: 'x'.repeat(100_001) } }, /longer/);
    rejects({ type: 'logSession', requestId: 1, mentorship: 'm', session: { ...session, date: '2026-02-30' } }, /real day/);
    rejects({ type: 'logSession', requestId: 1, mentorship: 'm', session: { ...session, date: '../../x' } });
    rejects({ type: 'logSession', requestId: 1, mentorship: 'm', session: { ...session, goals: ['../evil'] } }, /goal id/);
    rejects({ type: 'logSession', requestId: 1, mentorship: 'm', session: { ...session, actions: [{ text: 'x', owner: '', due: 'tomorrow' }] } }, /due/);
    rejects({ type: 'logSession', requestId: 1, mentorship: 'm', session: { ...session, wins: [42] } }, /win/);
    rejects({ type: 'logSession', requestId: 1, mentorship: 'm', session: { ...session, nextTime: [] } }, /unexpected key/);
  });

  it('rejects paths that leave the journal or are not Markdown files', () => {
    const bad = [
      '../secrets.md', 'sessions/../../x.md', '/etc/passwd.md', 'C:/Windows/x.md', 'c:x.md', 'sessions\\..\\x.md', 'file:///etc/x.md',
      'command:workbench.action.terminal.new.md', './x.md', 'a//b.md', '', 'sessions/2026-11-18.txt', 'x.md\u0000.png', ' x.md', 'a/ /b.md', '.',
    ];
    for (const path of bad) {
      assert.equal(isSafeJournalPath(path), false, path);
      rejects({ type: 'open', ref: { journal: 'j', path }, line: 1 }, /inside the journal|Markdown/);
    }
    for (const path of ['mentorship.md', 'sessions/2026-11-18.md', 'alex/notes/2026-09-10 first review.md', 'notes/ünïcode.MD', 'a..b.md']) assert.equal(isSafeJournalPath(path), true, path);
  });
});
