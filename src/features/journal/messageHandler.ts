// What the extension does for each (already validated) message of the journal webview. Every
// file it touches is resolved here against the journals the store knows: a reference to a file
// the index does not hold, or to an unknown journal or mentorship, is refused and nothing is
// written. Writes go through the shared JournalWriter (WorkspaceEdit, line checks, trust).
import * as vscode from 'vscode';
import { composeInto, composeSession, planLog, type SessionInput } from '../../core/compose';
import { completeLine, reopenLine } from '../../core/edits';
import type { Entry } from '../../core/model';
import { joinPath } from '../../core/paths';
import { plannedSessionOn } from '../../core/schedule';
import { today } from '../../host/clock';
import type { Journal, MentorshipRef } from '../../host/journalStore';
import { ownHandle } from '../../host/ownHandle';
import type { Services } from '../../host/services';
import type { FileRef, HostMessage, LogFields, RenderedBody, SessionFields, WebviewMessage, WroteFile } from '../../shared/journalProtocol';
import { bodyItems } from './bodyItems';
import type { EntryTexts } from '../../host/entryTexts';
import { markdownEngine, renderWith } from './renderMarkdown';
import { bodyOf } from './timeline';

/** A refusal the user sees in the webview: one sentence. */
export class Refused extends Error {}

export class JournalMessageHandler {
  constructor(
    private readonly services: Services,
    private readonly texts: EntryTexts,
    /** The webview URL of a file inside a journal (for images). */
    private readonly webviewUri: (journal: Journal, path: string) => string,
  ) {}

  /** The journal's opaque id in the protocol. */
  static journalId(journal: Journal): string {
    return journal.folder.uri.toString();
  }

  async handle(msg: Exclude<WebviewMessage, { type: 'ready' }>): Promise<HostMessage | undefined> {
    await this.services.store.ready();
    switch (msg.type) {
      case 'loadBodies':
        return { type: 'bodies', bodies: await this.renderBodies(msg.refs) };
      case 'open':
        await this.open(msg.ref, msg.line);
        return undefined;
      case 'toggleItem':
        return this.result(msg.requestId, () => this.toggle(msg.ref, msg.line, msg.raw, msg.done));
      case 'logSession':
        return this.result(msg.requestId, () => this.logSession(msg.mentorship, msg.session));
      case 'logEntry':
        return this.result(msg.requestId, () => this.logEntry(msg.mentorship, msg.entry));
    }
  }

  /** The journal and indexed entry a reference names, or a refusal. */
  resolve(ref: FileRef): { journal: Journal; entry: Entry } {
    const journal = this.services.store.all().find((j) => JournalMessageHandler.journalId(j) === ref.journal);
    const entry = journal?.index.get(ref.path);
    if (!journal || !entry) throw new Refused(`${ref.path} is not a file of this journal.`);
    return { journal, entry };
  }

  private async result(requestId: number, run: () => Promise<WroteFile | undefined>): Promise<HostMessage> {
    try {
      const wrote = await run();
      return wrote ? { type: 'result', requestId, ok: true, wrote } : { type: 'result', requestId, ok: true };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.services.log.appendLine(`[journal] ${e instanceof Error && e.stack && !(e instanceof Refused) ? e.stack : message}`);
      return { type: 'result', requestId, ok: false, message: sentence(message) };
    }
  }

  /** The rendered bodies of the entries `refs` name (those the index no longer holds are left out). */
  async renderBodies(refs: readonly FileRef[]): Promise<RenderedBody[]> {
    const found: { journal: Journal; entry: Entry }[] = [];
    for (const ref of refs) {
      try {
        found.push(this.resolve(ref));
      } catch {
        // A file deleted since the webview asked: the next model no longer lists it.
      }
    }
    for (const journal of new Set(found.map((f) => f.journal))) {
      await this.texts.load(journal.fs, found.filter((f) => f.journal === journal).map((f) => f.entry));
    }
    const md = await markdownEngine();
    return found.map(({ journal, entry }) => ({
      journal: JournalMessageHandler.journalId(journal),
      path: entry.path,
      rev: this.texts.revOf(entry),
      html: renderWith(md, bodyOf(this.texts.textOf(entry) ?? '', entry.bodyLine), {
        path: entry.path,
        bodyLine: entry.bodyLine,
        items: entry.items,
        resolveImage: (p) => this.webviewUri(journal, p),
      }),
      items: bodyItems(entry),
    }));
  }

  private async open(ref: FileRef, line: number): Promise<void> {
    const { journal, entry } = this.resolve(ref);
    const doc = await vscode.workspace.openTextDocument(journal.uri(entry.path));
    const at = Math.min(line, doc.lineCount) - 1;
    const pos = new vscode.Position(at, 0);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(pos, pos), preview: false });
  }

  private async toggle(ref: FileRef, line: number, raw: string, done: boolean): Promise<undefined> {
    const { journal, entry } = this.resolve(ref);
    const item = entry.items.find((i) => i.raw === raw && i.status !== null);
    if (!item) throw new Refused(`${entry.path} changed since the journal was drawn; look again and retry.`);
    if ((item.status === 'done') === done) return undefined;
    const day = today();
    await this.services.writer.editItemLine(journal, entry.path, line, raw, done ? (l) => completeLine(l, day) : reopenLine);
    return undefined;
  }

  private mentorship(key: string): MentorshipRef {
    const ref = this.services.store.mentorships().find((r) => r.key === key);
    if (!ref) throw new Refused('That mentorship is no longer in this workspace.');
    return ref;
  }

  /**
   * Into the session planned for that day (a generated agenda, not held yet) when there is one:
   * one file per meeting, never a `-2` beside it; else a new session file.
   */
  private async logSession(key: string, s: SessionFields): Promise<WroteFile> {
    const { journal, mentorship } = this.mentorship(key);
    const input: SessionInput = {
      date: s.date,
      goals: s.goals,
      notes: s.notes,
      actions: s.actions.map((a) => ({ text: a.text, owner: a.owner || null, due: a.due || null })),
      wins: s.wins,
      feedback: s.feedback,
    };
    const id = JournalMessageHandler.journalId(journal);
    const { planned, blocked } = plannedSessionOn(journal.index.shared(), mentorship.id, s.date, today());
    if (blocked) throw new Refused(`${blocked.path} has unresolved conflict markers or broken front matter; fix it first, then log the session into it.`);
    if (planned) {
      let written = '';
      await this.services.writer.editPlanned(journal, planned.path, (text) => {
        const edits = composeInto(planned.path, text, input);
        written = edits.map((e) => e.text).join('');
        return edits;
      });
      return { journal: id, path: planned.path, action: 'appended', markdown: written };
    }
    const content = composeSession(input);
    const path = await this.services.writer.createFile(journal, joinPath(mentorship.prefix, 'sessions'), s.date, content);
    return { journal: id, path, action: 'created', markdown: content };
  }

  private async logEntry(key: string, f: LogFields): Promise<WroteFile> {
    const { journal, mentorship } = this.mentorship(key);
    const author = await ownHandle(this.services.store);
    const plan = planLog(journal.index, mentorship.id, today(), { kind: f.kind, text: f.text, title: f.title, owner: f.owner || null, isPrivate: f.isPrivate, author });
    const path = await this.services.writer.applyPlan(journal, plan);
    const appended = plan.kind === 'append';
    return { journal: JournalMessageHandler.journalId(journal), path, action: appended ? 'appended' : 'created', markdown: appended ? plan.line : plan.content };
  }
}

/** `could not edit x` → `Could not edit x.` */
function sentence(message: string): string {
  const s = message.trim() || 'Something went wrong';
  return s[0].toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');
}
