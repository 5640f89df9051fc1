// The composition root: creates the shared services and lets each feature register itself.
// Activation does no scanning and loads no parser work; the index builds on first use.
import * as vscode from 'vscode';
import { JournalStore } from './host/journalStore';
import { JournalWriter } from './host/journalWriter';
import type { Services } from './host/services';
import * as agenda from './features/agenda/register';
import * as actions from './features/actions/register';
import * as diagnostics from './features/diagnostics/register';
import * as editor from './features/editor/register';
import * as entries from './features/entries/register';
import * as journal from './features/journal/register';
import * as reports from './features/reports/register';
import * as statusBar from './features/statusBar/register';
import * as trees from './features/trees/register';

const features = [trees, actions, entries, agenda, reports, diagnostics, statusBar, journal, editor];

/** What activate() returns: used by the integration tests (and by nothing else). */
export interface ExtensionApi {
  services: Services;
  activationMs: number;
  /** Whatever features expose for tests, e.g. their tree providers. */
  hooks: Record<string, unknown>;
  /** VS Code's Markdown preview calls this (package.json `markdown.markdownItPlugins`). */
  extendMarkdownIt?: unknown;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Mentorship', { log: true });
  const store = new JournalStore(log);
  const services: Services = { context, store, writer: new JournalWriter(store), log };
  context.subscriptions.push(log, store);
  const hooks: Record<string, unknown> = {};
  for (const feature of features) Object.assign(hooks, feature.register(services));
  const activationMs = performance.now() - started;
  log.appendLine(`Activated in ${activationMs.toFixed(2)} ms`);
  return { services, activationMs, hooks, extendMarkdownIt: hooks.extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
