// Starts code-server (= VS Code 1.100.3's workbench, server side) for one test run, set up as
// shared/VSCODE-TESTING.md describes, and installs .vsix files into an extensions folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './setup.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// Flags from the doc. No auth, no update check or telemetry, no trust prompt, and no
// re-opening of whatever the user data folder saw last.
const FLAGS = [
  '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  '--disable-getting-started-override', '--ignore-last-opened',
];

/** Environment for code-server: the given one, minus variables that would change how it starts. */
function serverEnv(env) {
  const out = { ...process.env, ...env };
  // PORT / CODE_SERVER_HOST override --bind-addr; VSCODE_IPC_HOOK_CLI (set in VS Code's own
  // terminal) makes code-server hand the folder to that VS Code instead of starting;
  // CODE_SERVER_CONFIG / CODE_SERVER_SESSION_SOCKET could point at the user's own instance.
  for (const k of ['PORT', 'CODE_SERVER_HOST', 'VSCODE_IPC_HOOK_CLI', 'CODE_SERVER_CONFIG', 'CODE_SERVER_SESSION_SOCKET']) delete out[k];
  out.EXTENSIONS_GALLERY = '{"serviceUrl":""}'; // else it contacts open-vsx.org
  return out;
}

/** A port that is free right now (the OS picks it when binding port 0). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** An empty config file, so that ~/.config/code-server/config.yaml is neither read nor written. */
function emptyConfig(dir) {
  const file = path.join(dir, 'config.yaml');
  fs.writeFileSync(file, '');
  return file;
}

/**
 * Merges settings into USER_DATA/User/settings.json: startupEditor "none" (no walkthrough tab) and
 * autoSave "off", desktop VS Code's default (the web workbench saves after a delay by default,
 * which would save buffers behind tests that check unsaved edits stay unsaved).
 */
function seedSettings(userDataDir, settings) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current = {};
  try { current = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* absent or JSONC: replace */ }
  fs.writeFileSync(file, JSON.stringify({ ...current, 'workbench.startupEditor': 'none', 'files.autoSave': 'off', ...settings }, null, 2));
}

async function waitHealthy(baseUrl, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const res = await fetch(new URL('healthz', baseUrl), { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 150));
  }
  const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
  throw new Error(`code-server did not become healthy at ${baseUrl} (${child.exitCode !== null ? `exited with ${child.exitCode}` : 'timeout'}); log ${logFile}:\n${tail}`);
}

/**
 * Starts a code-server for one test run.
 * @param {object} [o]
 * @param {string} [o.folder] folder to open (absolute or relative to cwd)
 * @param {string} [o.workspace] .code-workspace file to open instead (multi-root)
 * @param {string} [o.extensionsDir] default: a temporary folder, removed by close()
 * @param {string} [o.userDataDir] default: a temporary folder, removed by close()
 * @param {Record<string,string>} [o.env] added to process.env; the extension host inherits it
 * @param {Record<string,unknown>} [o.settings] user settings (merged over startupEditor "none")
 * @param {number} [o.startTimeoutMs] default 60000
 * @returns {Promise<{url: string, port: number, baseUrl: string, logFile: string,
 *   userDataDir: string, extensionsDir: string, log(): string, close(): Promise<void>}>}
 *   url opens the folder/workspace (or an empty window); baseUrl is http://127.0.0.1:PORT/.
 */
export async function startCodeServer({ folder, workspace, extensionsDir, userDataDir, env = {}, settings = {}, startTimeoutMs = 60_000 } = {}) {
  const entry = await ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-cs-'));
  userDataDir = path.resolve(userDataDir ?? path.join(tmp, 'user-data'));
  extensionsDir = path.resolve(extensionsDir ?? path.join(tmp, 'extensions'));
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  seedSettings(userDataDir, settings);
  const target = workspace ?? folder;
  const logFile = path.join(tmp, 'code-server.log');

  let child, port, baseUrl;
  // The port is free when picked but could be taken before code-server binds it: retry then.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    baseUrl = `http://127.0.0.1:${port}/`; // 127.0.0.1, not a LAN address: webviews need a secure context
    const args = [
      entry, '--config', emptyConfig(tmp), '--bind-addr', `127.0.0.1:${port}`,
      // MENTORSHIP_WORKSPACE_TRUST=1 keeps Workspace Trust on, so a never-trusted folder opens in
      // Restricted Mode (the trust suite's tests run there).
      ...FLAGS.filter((f) => !(f === '--disable-workspace-trust' && (env.MENTORSHIP_WORKSPACE_TRUST ?? process.env.MENTORSHIP_WORKSPACE_TRUST) === '1')),
      '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      ...(target ? [path.resolve(target)] : []),
    ];
    const out = fs.openSync(logFile, 'a');
    // Own process group (detached), led by group-guard.cjs, so close() can kill code-server and
    // every process it spawned (extension host, file watchers, pty host) in one go.
    child = spawn(process.execPath, [path.join(here, 'group-guard.cjs'), String(process.pid), process.execPath, ...args], {
      detached: true, stdio: ['ignore', out, out], env: serverEnv(env),
    });
    fs.closeSync(out);
    try {
      await waitHealthy(baseUrl, child, logFile, startTimeoutMs);
      break;
    } catch (err) {
      killGroup(child.pid);
      if (attempt >= 3 || !/EADDRINUSE/.test(fs.readFileSync(logFile, 'utf8'))) {
        fs.rmSync(tmp, { recursive: true, force: true });
        throw err;
      }
    }
  }
  const onExit = () => killGroup(child.pid); // also when the caller exits without close()
  process.on('exit', onExit);

  const q = workspace ? `?workspace=${encodeURIComponent(path.resolve(workspace))}`
    : folder ? `?folder=${encodeURIComponent(path.resolve(folder))}` : '';
  let closed = false;
  return {
    url: baseUrl + q,
    port,
    baseUrl,
    logFile,
    userDataDir,
    extensionsDir,
    /** code-server's output so far (e.g. "Extension is not compatible with Code 1.100.3"). */
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
    async close() {
      if (closed) return;
      closed = true;
      process.off('exit', onExit);
      killGroup(child.pid);
      if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
      fs.rmSync(tmp, { recursive: true, force: true }); // temp user data / extensions, config, log
    },
  };
}

function killGroup(pid) {
  try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
}

/**
 * Installs a .vsix into an extensions folder with code-server's own CLI (about 1 s).
 * @param {string} vsixPath
 * @param {string} extensionsDir
 */
export async function installVsix(vsixPath, extensionsDir) {
  const entry = await ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-cs-'));
  try {
    fs.mkdirSync(extensionsDir, { recursive: true });
    const r = spawnSync(process.execPath, [
      entry, '--config', emptyConfig(tmp), '--user-data-dir', path.join(tmp, 'user-data'),
      '--extensions-dir', path.resolve(extensionsDir), '--force', '--install-extension', path.resolve(vsixPath),
    ], { encoding: 'utf8', env: serverEnv({}) });
    if (r.status !== 0) throw new Error(`installing ${vsixPath} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout.trim();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
