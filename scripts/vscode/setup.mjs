#!/usr/bin/env node
// Installs what the offline VS Code tests need, following shared/VSCODE-TESTING.md:
//   - Debian packages: chromium (the browser), libkrb5-dev (headers for code-server's kerberos
//     module), ripgrep (stands in for @vscode/ripgrep, whose postinstall downloads from GitHub);
//   - code-server 4.100.3 from npm (= VS Code 1.100.3, the newest that runs on Node 20), into a
//     cache folder keyed by its version, reused by every later run.
// Only the npm registry and Debian's packages are used; nothing else is downloaded.
//
// CLI: node scripts/vscode/setup.mjs   (prints the code-server entry point)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const SYSTEM_PACKAGES = { chromium: 'chromium', 'libkrb5-dev': null, ripgrep: 'rg' }; // package -> command (null: check dpkg)

const log = (msg) => console.log(`[vscode-setup] ${msg}`);

/** Root of the cache: $MENTORSHIP_CACHE or ~/.cache/mentorship-journal. */
export function cacheRoot() {
  return process.env.MENTORSHIP_CACHE ?? path.join(os.homedir(), '.cache', 'mentorship-journal');
}

/** Folder that holds (or will hold) code-server. */
export function codeServerDir() {
  return path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

/** code-server's JS entry point inside an install folder; run it with `node`. */
function entryPoint(dir) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

// Native modules whose .node files prove the install is usable. npm's exit codes can't be
// trusted for this (node-pty's rebuild exits non-zero although pty.node is built).
const NATIVE_FILES = [
  'node_modules/argon2/lib/binding/napi-v3/argon2.node', // code-server's password hashing (node-pre-gyp layout)
  'node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'node_modules/code-server/lib/vscode/node_modules/@parcel/watcher-linux-x64-glibc/watcher.node',
  'node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
];

// Runs a command with its output captured; the output is shown only when it fails (npm rebuild
// and apt-get are very chatty, and node-pty's rebuild fails harmlessly, see below).
function run(cmd, args, { cwd, allowFail = false, env } = {}) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0 && !allowFail) {
    process.stderr.write(`${r.stdout}\n${r.stderr}`.split('\n').slice(-60).join('\n') + '\n');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status} (in ${cwd ?? process.cwd()})`);
  }
  return r.status;
}

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
const hasDpkg = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;

/**
 * apt-get installs chromium, libkrb5-dev and ripgrep when one of them is missing (runs
 * `apt-get update` first, only then). Returns the list of packages it installed.
 */
export async function ensureSystemPackages() {
  const missing = Object.entries(SYSTEM_PACKAGES)
    .filter(([pkg, cmd]) => !(cmd ? hasCommand(cmd) && hasDpkg(pkg) : hasDpkg(pkg)))
    .map(([pkg]) => pkg);
  if (missing.length === 0) return [];
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  if (sudo.length && !hasCommand('sudo')) throw new Error(`missing Debian packages ${missing.join(' ')}: run apt-get install -y ${missing.join(' ')} as root`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (...args) => (sudo.length ? run('sudo', ['-E', 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
  log(`apt-get install ${missing.join(' ')} (about 30 s)`);
  aptGet('update', '-qq');
  aptGet('install', '-y', '-qq', ...missing);
  return missing;
}

/**
 * Installs code-server 4.100.3 once (about 50 s with a warm npm cache) and returns its entry
 * point (a JS file: spawn it with process.execPath). Idempotent: a stamp file, written only
 * after the native modules were checked, short-circuits later calls.
 */
export async function ensureCodeServer() {
  const dir = codeServerDir();
  const stamp = path.join(dir, '.installed');
  if (fs.existsSync(stamp) && fs.existsSync(entryPoint(dir))) return entryPoint(dir);

  await ensureSystemPackages(); // kerberos needs libkrb5-dev, and the rg symlink needs ripgrep
  const started = Date.now();
  // Install into a staging folder and rename it at the end, so an interrupted install never
  // leaves a half-populated folder that looks like a finished one.
  const staging = `${dir}.partial-${process.pid}`;
  removeStaleStaging(dir);
  fs.mkdirSync(staging, { recursive: true });
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (about 50 s with a warm npm cache)`);

  const npm = (cwd, ...args) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, allowFail: args[0] === 'rebuild', env: npmEnv() });
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));
  // --ignore-scripts everywhere: @vscode/ripgrep's postinstall downloads from GitHub and fails;
  // the native modules that matter are rebuilt explicitly instead.
  log('npm install code-server');
  npm(staging, 'install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`);
  // --build-from-source: argon2 (node-pre-gyp) and kerberos (prebuild-install) would first try
  // to download a prebuilt binary from GitHub; compile locally straight away instead.
  npm(staging, 'rebuild', '--build-from-source', 'argon2');
  const vscodeDir = path.join(staging, 'node_modules', 'code-server', 'lib', 'vscode');
  log('npm install lib/vscode');
  npm(vscodeDir, 'install', '--omit=dev', '--ignore-scripts');
  log('npm install lib/vscode/extensions');
  npm(path.join(vscodeDir, 'extensions'), 'install', '--omit=dev', '--ignore-scripts');
  log('npm rebuild native modules (node-gyp)');
  // node-pty's rebuild exits non-zero (its post-install runs `npx node-gyp` for compile_commands)
  // even when pty.node is built: the .node files are checked below instead of the exit code.
  npm(vscodeDir, 'rebuild', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', 'node-pty', '@vscode/deviceid');
  npm(vscodeDir, 'rebuild', '--build-from-source', 'kerberos'); // not for @parcel/watcher: it would compile what its prebuilt package already has
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.rmSync(path.join(rgBin, 'rg'), { force: true });
  fs.symlinkSync(spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim(), path.join(rgBin, 'rg'));

  const missing = NATIVE_FILES.filter((f) => !fs.existsSync(path.join(staging, f)));
  if (missing.length) throw new Error(`code-server install incomplete, missing native modules:\n  ${missing.join('\n  ')}\n(left in ${staging} for inspection)`);
  if (!fs.existsSync(entryPoint(staging))) throw new Error(`code-server entry point missing in ${staging}`);

  if (fs.existsSync(stamp)) {
    // Another process (a parallel test run) finished its install meanwhile: use that one.
    fs.rmSync(staging, { recursive: true, force: true });
    return entryPoint(dir);
  }
  fs.rmSync(dir, { recursive: true, force: true }); // a leftover without stamp
  fs.renameSync(staging, dir);
  fs.writeFileSync(stamp, `code-server ${CODE_SERVER_VERSION} installed ${new Date().toISOString()} in ${Math.round((Date.now() - started) / 1000)} s\n`);
  log(`code-server ready in ${Math.round((Date.now() - started) / 1000)} s`);
  return entryPoint(dir);
}

// Removes staging folders left by interrupted installs (their process is gone).
function removeStaleStaging(dir) {
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.partial-`;
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    let alive = pid === process.pid;
    try { if (!alive) { process.kill(pid, 0); alive = true; } } catch { /* not running */ }
    if (!alive || pid === process.pid) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

// node-gyp must build against the local Node headers (it would otherwise try to download them).
// The machines are set up with `nodedir` in ~/.npmrc; supply it when that is missing.
function npmEnv() {
  const env = { ...process.env };
  const headers = path.join(path.dirname(path.dirname(process.execPath)), 'include', 'node', 'node.h');
  const configured = spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).stdout?.trim();
  if ((!configured || configured === 'undefined' || configured === 'null') && !env.npm_config_nodedir && fs.existsSync(headers)) {
    env.npm_config_nodedir = path.dirname(path.dirname(process.execPath));
  }
  return env;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await ensureSystemPackages();
    console.log(await ensureCodeServer());
  } catch (err) {
    console.error(`[vscode-setup] ${err.message}`);
    process.exit(1);
  }
}
