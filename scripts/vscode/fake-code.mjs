#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath })
// (and @vscode/test-cli's useInstallation.fromPath): those only spawn the executable with
// Electron-style arguments and the test environment, and take its exit code. This one runs
// the tests in code-server's Node extension host instead, driven by headless Chromium:
//   --extensionDevelopmentPath=P (repeatable)  --extensionTestsPath=P
//   --user-data-dir=D  --extensions-dir=D  [folder | file.code-workspace]   (other flags ignored)
// Exit code: the tests' (0 pass, 1 fail); 1 on timeout (MENTORSHIP_TEST_TIMEOUT_MS, default
// 180000, screenshot in test-results/) or when the workbench cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { launchChromium, screenshot } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { ensureCodeServer, ensureSystemPackages } from './setup.mjs';

const log = (msg) => console.log(`[fake-code] ${msg}`);
const verbose = process.env.MENTORSHIP_VSCODE_VERBOSE === '1';
// The workbench forwards its own start-up chatter through codeAutomationLog too; hide it
// (MENTORSHIP_VSCODE_VERBOSE=1 shows it) so the output is the extension host's / mocha's.
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions cache)/;

/** Parses the arguments runTests passes; `--flag=value` and `--flag value` are both accepted. */
export function parseArgs(argv) {
  const out = { extensionDevelopmentPath: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined, target: undefined };
  const valued = { '--extensionDevelopmentPath': 'extensionDevelopmentPath', '--extensionTestsPath': 'extensionTestsPath', '--user-data-dir': 'userDataDir', '--extensions-dir': 'extensionsDir' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag in valued) {
      const value = path.resolve(inline ?? argv[++i]);
      if (valued[flag] === 'extensionDevelopmentPath') out.extensionDevelopmentPath.push(value);
      else out[valued[flag]] = value;
    } else if (!arg.startsWith('-')) {
      out.target = path.resolve(arg); // the folder or .code-workspace to open (last one wins)
    } // anything else (--no-sandbox, --disable-extensions, --skip-welcome, ...) has no meaning here
  }
  return out;
}

/** The workbench URL that opens the target and runs the tests (see VSCODE-TESTING.md). */
export function testUrl(baseUrl, { extensionDevelopmentPath, extensionTestsPath, target }) {
  // code-server's remote authority is literally "remote".
  const remote = (p) => `vscode-remote://remote${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload = [
    ...extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ...(extensionTestsPath ? [['extensionTestsPath', remote(extensionTestsPath)]] : []),
  ];
  const params = new URLSearchParams();
  if (!target) params.set('ew', 'true');
  else if (target.endsWith('.code-workspace') && fs.statSync(target).isFile()) params.set('workspace', target);
  else params.set('folder', target);
  params.set('payload', JSON.stringify(payload));
  return `${baseUrl}?${params}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const timeoutMs = Number(process.env.MENTORSHIP_TEST_TIMEOUT_MS ?? 180_000);
  const label = (process.env.MENTORSHIP_TEST_LABEL ?? 'integration').replace(/[^\w.-]+/g, '_');
  await ensureSystemPackages();
  await ensureCodeServer();

  let server, browser, timer;
  const cleanup = async () => {
    clearTimeout(timer);
    await browser?.close();
    await server?.close();
  };
  // runTests sends SIGINT on Ctrl+C: clean up and report failure.
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().finally(() => process.exit(1)));

  try {
    const started = Date.now();
    server = await startCodeServer({
      extensionsDir: args.extensionsDir, userDataDir: args.userDataDir, env: process.env,
      settings: { 'window.restoreWindows': 'none' },
    });
    browser = await launchChromium();
    const { page } = browser;

    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    // The workbench calls these when it runs extension tests (as @vscode/test-web expects):
    // the extension host's console lines, then the tests' exit code.
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs])); // printf-style, as console.log
      if (verbose || !WORKBENCH_NOISE.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    page.on('crash', () => resolveExit(1));

    const timedOut = new Promise((resolve) => {
      timer = setTimeout(async () => {
        const shot = path.resolve('test-results', `${label}-timeout-${Date.now()}.png`);
        await screenshot(page, shot).catch(() => {});
        console.error(`[fake-code] tests did not finish within ${timeoutMs} ms; screenshot: ${shot}`);
        console.error(`[fake-code] code-server log tail:\n${server.log().split('\n').slice(-30).join('\n')}`);
        resolve(1);
      }, timeoutMs);
    });

    await page.goto(testUrl(server.baseUrl, args));
    const code = await Promise.race([exited, timedOut]);
    // An extension whose engines.vscode asks for more than 1.100.3 is silently not loaded.
    for (const line of server.log().split('\n')) if (/not compatible with Code/i.test(line)) console.error(`[fake-code] ${line.trim()}`);
    log(`exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    await cleanup();
  }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let code = 1;
  try {
    code = await main();
  } catch (err) {
    console.error(`[fake-code] ${err.stack ?? err}`);
  }
  process.exit(code); // don't wait for stray handles (keep-alive sockets) once all is closed
}
