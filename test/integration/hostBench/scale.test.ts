// The extension-host scale benchmark (`npm run bench:host`, never part of `npm test`): what a user
// waits for in the real extension host on a generated journal. Reports, never asserts a time.
// The workspace (bench/host.mjs) holds `mentorship/mentee-NN/…` from bench/generate.ts, so the
// extension does not activate at start-up: opening the Mentorship views does, as for a user.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { JournalPanel } from '../../../src/features/journal/journalPanel';
import type { JournalTree } from '../../../src/features/trees/journalTree';
import type { MentorshipArg } from '../../../src/host/nodes';
import { EXTENSION_ID, waitFor, workspaceFolder, type ExtensionApi } from '../helpers';

const out = process.env.MENTORSHIP_BENCH_OUT;
const profileDir = process.env.MENTORSHIP_BENCH_PROFILES;
const results: Record<string, number | string | null> = {};
const now = () => performance.now();
const round = (x: number) => Math.round(x * 10) / 10;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A CPU profile of what runs between start() and stop(), saved when MENTORSHIP_BENCH_PROFILES is set. */
class Profiler {
  private readonly session = new inspector.Session();
  constructor() {
    this.session.connect();
  }
  private post<T>(method: string, params?: object): Promise<T> {
    return new Promise((resolve, reject) => this.session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
  }
  async start(): Promise<void> {
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 500 });
    await this.post('Profiler.start');
  }
  /** Stops; returns the sampled milliseconds that were not idle, in total and in the extension's bundle. */
  async stop(name: string): Promise<{ busyMs: number; extensionMs: number }> {
    const { profile } = await this.post<{ profile: { nodes: { id: number; callFrame: { url: string; functionName: string } }[]; samples: number[]; timeDeltas: number[] } }>('Profiler.stop');
    if (profileDir) fs.writeFileSync(path.join(profileDir, `${process.env.MENTORSHIP_BENCH_LABEL ?? 'host'}-${name}.cpuprofile`), JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    let busy = 0;
    let ours = 0;
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)!;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      // Idle time, and the inspector's own work (starting and stopping this profile), are not the extension's.
      if (frame.functionName === '(idle)' || frame.functionName === '(program)' || frame.functionName === 'dispatch') return;
      busy += ms;
      if (frame.url.includes('/dist/extension')) ours += ms;
    });
    return { busyMs: round(busy), extensionMs: round(ours) };
  }
}

/** The longest the event loop was blocked between two points. */
function loopMonitor(): { stop(): number } {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  return {
    stop() {
      h.disable();
      return round(h.max / 1e6);
    },
  };
}

describe('extension host at scale', function () {
  this.timeout(900_000);
  let api: ExtensionApi;
  const profiler = new Profiler();

  it('opens the views: activation, index ready, first tree rows', async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID)!;
    results.activeBeforeViews = ext.isActive ? 'yes (measure is off)' : 'no';
    const loop = loopMonitor();
    await profiler.start();
    const t0 = now();
    await vscode.commands.executeCommand('workbench.view.extension.mentorship');
    api = await ext.activate();
    results.activatedMs = round(now() - t0);
    const sessions = api.hooks.sessionsTree as JournalTree;
    // The first rows the Sessions view gets, whatever they are (a progress row counts).
    const first = await sessions.getChildren();
    results.firstRowsMs = round(now() - t0);
    results.firstRows = first.length;
    await api.services.store.ready();
    results.indexReadyMs = round(now() - t0);
    const roots = await sessions.getChildren();
    const filled = await sessions.getChildren(roots[0]);
    await Promise.all(filled.slice(0, 50).map((n) => sessions.getTreeItem(n)));
    results.sessionsFilledMs = round(now() - t0);
    results.sessionRows = filled.length;
    const p = await profiler.stop('open-views');
    results.openViewsBusyMs = p.busyMs;
    results.openViewsExtensionMs = p.extensionMs;
    results.openViewsMaxBlockMs = loop.stop();
    results.entries = api.services.store.all().reduce((n, j) => n + j.index.size, 0);
    results.readPath = [...new Set(api.services.store.all().map((j) => j.fsKind))].join('+');
  });

  it('heap after the index is built', async () => {
    await new Promise((r) => setTimeout(r, 2000));
    gc();
    results.heapMB = round(process.memoryUsage().heapUsed / 1024 / 1024);
  });

  it('one file changed by another program', async () => {
    const store = api.services.store;
    const journal = store.all()[0];
    const session = journal.index.all().filter((e) => e.type === 'session').at(-1)!;
    const file = path.join(workspaceFolder().uri.fsPath, 'mentorship', ...session.path.split('/'));
    const samples: number[] = [];
    const work: number[] = [];
    const ours: number[] = [];
    const blocks: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 1500));
      const loop = loopMonitor();
      await profiler.start();
      const changed = new Promise<void>((resolve) => {
        const sub = store.onDidChange(() => {
          sub.dispose();
          resolve();
        });
      });
      const t = now();
      fs.appendFileSync(file, `- [ ] bench follow-up ${i} @mentee0 [due:: 2020-01-0${i + 1}]\n`);
      await changed;
      samples.push(now() - t);
      // What the change set off (diagnostics, status bar, trees asked again by VS Code) has run by now.
      await new Promise((r) => setTimeout(r, 1000));
      const p = await profiler.stop(`change-${i}`);
      work.push(p.busyMs);
      ours.push(p.extensionMs);
      blocks.push(loop.stop());
    }
    results.changeToIndexMs = `${round(Math.min(...samples))}–${round(Math.max(...samples))}`;
    results.changeWorkMs = `${round(Math.min(...work))}–${round(Math.max(...work))}`;
    results.changeExtensionMs = `${round(Math.min(...ours))}–${round(Math.max(...ours))}`;
    results.changeMaxBlockMs = round(Math.max(...blocks));
  });

  it('Generate Agenda', async () => {
    const ref = api.services.store.mentorships()[0];
    const arg: MentorshipArg = { type: 'mentorship', ref };
    const times: number[] = [];
    for (const output of ['clipboard', 'clipboard', 'clipboard']) {
      const t = now();
      await vscode.commands.executeCommand('mentorship.generateAgenda', arg, { output });
      times.push(now() - t);
    }
    results.agendaMs = `${round(Math.min(...times))}–${round(Math.max(...times))}`;
  });

  it('Open Journal → entry bodies shown', async () => {
    const loop = loopMonitor();
    await profiler.start();
    const t = now();
    await vscode.commands.executeCommand('mentorship.openJournal');
    const current = api.hooks.journalPanel as () => JournalPanel | undefined;
    const panel = await waitFor(() => current(), 'the journal panel');
    await waitFor(() => panel.posted.some((m) => m.type === 'model'), 'the model', 600_000);
    results.journalModelMs = round(now() - t);
    await waitFor(() => panel.posted.some((m) => m.type === 'bodies'), 'the first bodies', 600_000);
    results.journalBodiesMs = round(now() - t);
    results.journalMaxBlockMs = loop.stop();
    const p = await profiler.stop('open-journal');
    results.journalBusyMs = p.busyMs;
    results.journalExtensionMs = p.extensionMs;
    gc();
    results.heapWithJournalMB = round(process.memoryUsage().heapUsed / 1024 / 1024);
    panel.panel.dispose();
  });

  after(() => {
    console.log(`host bench: ${JSON.stringify(results)}`);
    if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  });
});
