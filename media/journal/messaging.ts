// The webview's side of the typed protocol (src/shared/journalProtocol.ts): posting, receiving,
// and requests that expect a `result`. acquireVsCodeApi may be called only once: here.
import type { HostMessage, WebviewMessage } from '../../src/shared/journalProtocol';
import { PROTOCOL_VERSION } from '../../src/shared/journalProtocol';

type Result = Extract<HostMessage, { type: 'result' }>;
/** A message that carries a requestId, without it (the id is added here). */
type Request = WebviewMessage extends infer M ? (M extends { requestId: number } ? Omit<M, 'requestId'> : never) : never;

const vscode = acquireVsCodeApi();
const pending = new Map<number, (r: Result) => void>();
let nextId = 1;

export const api: { getState(): unknown; setState(state: unknown): void } = vscode;

export function post(msg: WebviewMessage): void {
  vscode.postMessage(msg);
}

/** Posts a request and resolves with the extension's result for it. */
export function request(msg: Request): Promise<Result> {
  const requestId = nextId++;
  return new Promise((resolve) => {
    pending.set(requestId, resolve);
    post({ ...msg, requestId } as WebviewMessage);
  });
}

/** Listens to the extension, then says "ready": the extension posts nothing before that. */
export function connect(handler: (msg: Exclude<HostMessage, Result>) => void): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const msg = event.data;
    if (typeof msg !== 'object' || msg === null || typeof (msg as { type?: unknown }).type !== 'string') return;
    const typed = msg as HostMessage;
    if (typed.type === 'result') {
      pending.get(typed.requestId)?.(typed);
      pending.delete(typed.requestId);
    } else {
      handler(typed);
    }
  });
  post({ type: 'ready', protocol: PROTOCOL_VERSION });
}
