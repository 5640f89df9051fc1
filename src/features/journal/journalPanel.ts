// One journal webview panel: its options and HTML, the "ready" handshake, validation of every
// message, and the live model. The webview is reloaded whenever it is hidden (no
// retainContextWhenHidden): it restores its own filters and scroll position from its state and
// says "ready" again, and only then does the extension post to it.
import * as vscode from 'vscode';
import { today } from '../../host/clock';
import { reportError } from '../../host/command';
import { Disposable } from '../../host/dispose';
import type { Journal } from '../../host/journalStore';
import type { Services } from '../../host/services';
import type { HostMessage, JournalModel } from '../../shared/journalProtocol';
import { JournalMessageHandler, Refused } from './messageHandler';
import { makeNonce, panelHtml } from './panelHtml';
import { ownHandle } from '../../host/ownHandle';
import { buildModel, prepareRows, searchTexts, type TimelineSource } from './timeline';
import { sortNewestFirst, type Mentorship } from '../../core/journalIndex';
import type { Entry, IsoDate } from '../../core/model';
import { mentorshipHealth } from '../../host/mentorshipHealth';
import { healthView } from './healthModel';
import { nextTurn, slicer } from '../../host/slices';
import { validateWebviewMessage } from './validate';

export const VIEW_TYPE = 'mentorship.journal';
export const PANEL_TITLE = 'Mentorship Journal';

/** What became of one message from the webview (returned for the integration tests). */
export type Handled = { accepted: false; reason: string } | { accepted: true; reply?: HostMessage };

/** Posted messages kept for the integration tests to inspect (only when running tests). */
const KEEP_POSTED = 50;
/** Entries whose texts are read before the first model: the first page, so its titles are right at once. */
const FIRST_PAGE = 50;
/** Timeline entries per message: a large journal's model (megabytes) goes in pieces, none blocking long. */
const ENTRIES_PER_MESSAGE = 1000;
/** Search texts per message: a large journal's 10+ MB arrive in pieces, after the first bodies. */
const TEXTS_PER_MESSAGE = 500;
/** How long the search texts wait for the webview's first request for bodies (an empty timeline asks none). */
const BODIES_GRACE_MS = 1500;

export class JournalPanel extends Disposable {
  private ready = false;
  private closed = false;
  private modelOwed = false;
  private posting: Promise<void> | undefined;
  private roots = '';
  /** Search texts the webview has, by entry key → rev; it forgets them when it reloads. */
  private textsSent = new Map<string, number>();
  /** Bumped by every model: a stream of search texts for an older one stops. */
  private textsRun = 0;
  /** Whether the webview has had a whole model since it said "ready". */
  private modelSent = false;
  /** Resolves when bodies have been posted since the webview said "ready". */
  private bodiesPosted = deferred();
  private readonly handler: JournalMessageHandler;
  private readonly disposedEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposedEmitter.event;
  /** The last messages posted to the webview, oldest first (in the extension's test mode only). */
  readonly posted: HostMessage[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly services: Services,
  ) {
    super();
    panel.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'icon.svg');
    this.handler = new JournalMessageHandler(services, services.store.texts, (journal, path) => panel.webview.asWebviewUri(journal.uri(path)).toString());
    this._register(panel.webview.onDidReceiveMessage((data: unknown) => void this.receive(data)));
    this._register(services.store.onDidChange(() => this.refresh()));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.refresh()));
    // A hidden webview is destroyed; it says "ready" again when it is shown.
    this._register(
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
    );
    this._register(panel.onDidDispose(() => this.dispose()));
    panel.webview.options = { ...webviewOptions(services, []), enableScripts: false };
    panel.webview.html = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body><p>Loading the journal…</p></body></html>';
    void services.store.ready().then(() => this.load());
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Validates one message and acts on it, exactly as when the webview posts it. */
  async receive(data: unknown): Promise<Handled> {
    const checked = validateWebviewMessage(data);
    if (!checked.ok) {
      this.services.log.appendLine(`[journal] rejected a message from the webview: ${checked.reason}`);
      return { accepted: false, reason: checked.reason };
    }
    const msg = checked.message;
    if (msg.type === 'ready') {
      this.ready = true;
      this.textsSent = new Map();
      this.bodiesPosted = deferred();
      this.modelSent = false;
      this.modelOwed = true;
      await this.flushModel();
      return { accepted: true };
    }
    try {
      const reply = await this.handler.handle(msg);
      if (reply) await this.post(reply);
      return { accepted: true, reply };
    } catch (e) {
      if (e instanceof Refused) void vscode.window.showWarningMessage(`Mentorship: ${e.message}`);
      else reportError(this.services, 'journal', e);
      return { accepted: true };
    }
  }

  /** The model as the webview would get it now. */
  async model(): Promise<JournalModel> {
    return buildModel(await this.sources(), today(), vscode.workspace.isTrusted, await ownHandle(this.services.store));
  }

  /** What the model is built from. Reads no file: texts come with bodies, then in the background. */
  private async sources(): Promise<TimelineSource[]> {
    const { store } = this.services;
    await store.ready();
    const refs = store.mentorships();
    return store.all().map((j) => {
      const journal = JournalMessageHandler.journalId(j);
      const mentorships = refs.filter((r) => r.journal === j);
      return {
        journal,
        label: j.label,
        index: j.index,
        mentorships,
        textOf: store.texts.textOf.bind(store.texts),
        revOf: store.texts.revOf.bind(store.texts),
        imageRoot: this.panel.webview.asWebviewUri(j.root).toString(),
        // Kept until the mentorship changes: each model posted (a first page, then the whole) reuses it.
        healthViewOf: (key: string, m: Mentorship, day: IsoDate) => {
          const ref = mentorships.find((r) => r.key === key);
          return store.derived(key, `healthView:${journal}:${day}`, () => healthView(journal, j.index, key, m, day, ref ? mentorshipHealth(store, ref, day) : undefined));
        },
      };
    });
  }

  /** The timeline's entries of every journal, newest first (the order the webview shows them in). */
  private newestFirst(): { journal: Journal; entry: Entry }[] {
    const out: { journal: Journal; entry: Entry }[] = [];
    for (const journal of this.services.store.all()) {
      for (const entry of journal.index.all()) if (entry.type === 'session' || entry.type === 'note') out.push({ journal, entry });
    }
    return sortNewestFirst(out, (x) => x.entry);
  }

  /** Reads the texts of `list` (journal by journal), sharing the thread. */
  private async loadTexts(list: readonly { journal: Journal; entry: Entry }[]): Promise<void> {
    const { texts } = this.services.store;
    const pause = slicer();
    for (const journal of new Set(list.map((x) => x.journal))) {
      await texts.load(journal.fs, list.filter((x) => x.journal === journal).map((x) => x.entry), pause);
    }
  }

  /**
   * After the model, once the webview has its first bodies: every entry's search text, newest
   * first, in messages of TEXTS_PER_MESSAGE, read and sent a piece at a time.
   */
  private async streamSearchTexts(): Promise<void> {
    const run = ++this.textsRun;
    await Promise.race([this.bodiesPosted.promise, new Promise((r) => setTimeout(r, BODIES_GRACE_MS))]);
    const { texts } = this.services.store;
    const missing = this.newestFirst().filter((x) => !texts.has(x.entry));
    for (let at = 0; ; at += TEXTS_PER_MESSAGE) {
      if (run !== this.textsRun || !this.ready) return;
      await this.loadTexts(missing.slice(at, at + TEXTS_PER_MESSAGE));
      if (run !== this.textsRun || !this.ready) return;
      const sources = await this.sources();
      const found = searchTexts(sources, this.textsSent, TEXTS_PER_MESSAGE);
      if (found.length) await this.post({ type: 'searchText', texts: found });
      if (at >= missing.length && found.length < TEXTS_PER_MESSAGE) return;
    }
  }

  override dispose(): void {
    this.ready = false;
    this.closed = true;
    this.disposedEmitter.fire();
    super.dispose();
  }

  /** Sets the options (journal roots as resource roots) and the HTML; again if the roots change. */
  private load(): void {
    if (this.closed) return;
    const journals = this.services.store.all();
    this.roots = rootsKey(journals);
    this.ready = false;
    const webview = this.panel.webview;
    webview.options = webviewOptions(this.services, journals);
    const ext = this.services.context.extensionUri;
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(ext, 'dist', 'media', 'journal.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(ext, 'media', 'journal', 'journal.css')).toString(),
    });
  }

  private refresh(): void {
    if (this.roots !== '' && rootsKey(this.services.store.all()) !== this.roots) return this.load();
    this.modelOwed = true;
    if (this.ready) void this.flushModel();
  }

  /** Posts the model while one is owed; changes during a post lead to one more post, not many. */
  private flushModel(): Promise<void> {
    this.posting ??= (async () => {
      try {
        while (this.modelOwed && this.ready) {
          this.modelOwed = false;
          const first = !this.modelSent;
          const sources = await this.sources();
          const me = await ownHandle(this.services.store);
          if (first) {
            // A fresh webview paints the newest page at once: its bodies first (kept until their
            // rows come), then a model of that page alone, then the whole model.
            const page = this.newestFirst().slice(0, FIRST_PAGE);
            await this.loadTexts(page);
            const bodies = await this.handler.renderBodies(page.map(({ journal, entry }) => ({ journal: JournalMessageHandler.journalId(journal), path: entry.path })));
            if (!this.ready) break;
            await this.post({ type: 'bodies', bodies });
            const partial = buildModel(sources, today(), vscode.workspace.isTrusted, me, FIRST_PAGE);
            if (partial.total! > FIRST_PAGE) await this.post({ type: 'model', model: partial });
          }
          if (!this.ready) break;
          await prepareRows(sources, slicer());
          if (!this.ready) break;
          await this.postModel(buildModel(sources, today(), vscode.workspace.isTrusted, me));
          this.modelSent = true;
          // Then the search texts it lacks: neither the first paint nor the first bodies wait for them.
          void this.streamSearchTexts().catch((e) => reportError(this.services, 'journal', e));
        }
      } catch (e) {
        reportError(this.services, 'journal', e);
      } finally {
        this.posting = undefined;
      }
    })();
    return this.posting;
  }

  /** A large model in pieces of ENTRIES_PER_MESSAGE entries, a turn of the event loop between them. */
  private async postModel(model: JournalModel): Promise<void> {
    const { entries } = model;
    if (entries.length <= ENTRIES_PER_MESSAGE) return this.post({ type: 'model', model });
    await this.post({ type: 'model', model: { ...model, entries: entries.slice(0, ENTRIES_PER_MESSAGE), total: entries.length } });
    for (let at = ENTRIES_PER_MESSAGE; at < entries.length && this.ready; at += ENTRIES_PER_MESSAGE) {
      await nextTurn();
      await this.post({ type: 'entries', entries: entries.slice(at, at + ENTRIES_PER_MESSAGE), last: at + ENTRIES_PER_MESSAGE >= entries.length });
    }
  }

  private async post(msg: HostMessage): Promise<void> {
    // Models of large journals are megabytes: keep copies only for the integration tests.
    if (this.services.context.extensionMode === vscode.ExtensionMode.Test) {
      this.posted.push(msg);
      if (this.posted.length > KEEP_POSTED) this.posted.shift();
    }
    await this.panel.webview.postMessage(msg);
    if (msg.type === 'bodies') this.bodiesPosted.resolve();
  }
}

/** Scripts on, command links off; local resources only from our media and the journal roots. */
export function webviewOptions(services: Services, journals: readonly Journal[]): vscode.WebviewOptions {
  const ext = services.context.extensionUri;
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(ext, 'dist', 'media'), vscode.Uri.joinPath(ext, 'media', 'journal'), ...journals.map((j) => j.root)],
  };
}

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function rootsKey(journals: readonly Journal[]): string {
  return journals.map((j) => j.root.toString()).join('\n') || '-';
}
