// The composition root shared by both builds: creates the services and lets each feature
// register itself. Activation does no scanning; the index builds on first use. The Node entry
// (extension.ts) adds a faster reader for journals on the local disk; the web entry
// (extensionWeb.ts) reads through workspace.fs only.
import * as vscode from 'vscode';
import { JournalStore, type LocalFs } from './host/journalStore';
import { JournalWriter } from './host/journalWriter';
import type { Services } from './host/services';
import * as agenda from './features/agenda/register';
import * as actions from './features/actions/register';
import * as diagnostics from './features/diagnostics/register';
import * as editor from './features/editor/register';
import * as entries from './features/entries/register';
import * as journal from './features/journal/register';
import * as mentees from './features/mentees/register';
import * as reports from './features/reports/register';
import * as statusBar from './features/statusBar/register';
import * as trees from './features/trees/register';

const features = [trees, actions, entries, agenda, reports, diagnostics, statusBar, journal, mentees, editor];

/** What activate() returns: used by the integration tests and the host benchmark (and by nothing else). */
export interface ExtensionApi {
  services: Services;
  activationMs: number;
  /** Whatever features expose for tests, e.g. their tree providers. */
  hooks: Record<string, unknown>;
  /** VS Code's Markdown preview calls this to add our markdown-it plugin (contributes.markdown.markdownItPlugins). */
  extendMarkdownIt?: unknown;
}

export function activateWith(context: vscode.ExtensionContext, localFs: LocalFs | undefined): ExtensionApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Mentorship', { log: true });
  const store = new JournalStore(log, localFs);
  const services: Services = { context, store, writer: new JournalWriter(store), log };
  context.subscriptions.push(log, store);
  const hooks: Record<string, unknown> = {};
  for (const feature of features) Object.assign(hooks, feature.register(services));
  const activationMs = performance.now() - started;
  log.appendLine(`Activated in ${activationMs.toFixed(2)} ms`);
  return { services, activationMs, hooks, extendMarkdownIt: hooks.extendMarkdownIt };
}
