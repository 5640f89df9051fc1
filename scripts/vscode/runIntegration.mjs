#!/usr/bin/env node
// Runs an extension's integration tests (mocha in the extension host, the real `vscode` API)
// through @vscode/test-electron's unchanged runTests():
//   - MENTORSHIP_VSCODE=download: runTests downloads real Electron VS Code (needs internet);
//     MENTORSHIP_VSCODE_VERSION picks the version (default "stable");
//   - otherwise (offline, the default here): code-server 4.100.3 + Debian Chromium, through
//     the fake-code executable given as vscodeExecutablePath.
//
// CLI: node scripts/vscode/runIntegration.mjs --extensionDevelopmentPath P --extensionTestsPath P
//        [--folder DIR | --workspace FILE.code-workspace | DIR] [--label NAME] [--env KEY=VALUE ...]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { ensureCodeServer, ensureSystemPackages } from './setup.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FAKE_CODE = path.join(here, 'fake-code');

/**
 * @param {object} o
 * @param {string|string[]} o.extensionDevelopmentPath folder(s) with the extension's package.json
 * @param {string} o.extensionTestsPath module exporting run() (a file or a folder with index.js)
 * @param {string} [o.folderOrWorkspace] folder or .code-workspace to open; none: an empty window
 * @param {Record<string,string>} [o.env] extra environment for the extension host
 * @param {string} [o.label] names the run in logs and in timeout screenshots (test-results/)
 * @returns {Promise<void>} resolves when the tests pass; rejects (TestRunFailedError) otherwise
 */
export async function runIntegration({ extensionDevelopmentPath, extensionTestsPath, folderOrWorkspace, env = {}, label = 'integration' }) {
  const download = process.env.MENTORSHIP_VSCODE === 'download';
  let vscodeExecutablePath;
  if (!download) {
    await ensureSystemPackages();
    await ensureCodeServer();
    vscodeExecutablePath = FAKE_CODE;
  }
  // A fresh profile per run (both modes), so no state leaks from one run into the next.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-vscode-'));
  const started = Date.now();
  console.log(`[integration] ${label}: ${download ? 'VS Code (downloaded)' : 'code-server 4.100.3 (offline)'}`);
  try {
    await runTests({
      vscodeExecutablePath,
      version: download ? (process.env.MENTORSHIP_VSCODE_VERSION ?? 'stable') : undefined,
      extensionDevelopmentPath: Array.isArray(extensionDevelopmentPath) ? extensionDevelopmentPath.map((p) => path.resolve(p)) : path.resolve(extensionDevelopmentPath),
      extensionTestsPath: path.resolve(extensionTestsPath),
      extensionTestsEnv: { MENTORSHIP_TEST_LABEL: label, ...env },
      launchArgs: [
        ...(folderOrWorkspace ? [path.resolve(folderOrWorkspace)] : []),
        '--disable-extensions', // real VS Code: no other installed extension interferes
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
    });
    console.log(`[integration] ${label}: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    err.message = `${label}: ${err.message}`;
    throw err;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      extensionDevelopmentPath: { type: 'string', multiple: true },
      extensionTestsPath: { type: 'string' },
      folder: { type: 'string' },
      workspace: { type: 'string' },
      label: { type: 'string' },
      env: { type: 'string', multiple: true },
    },
  });
  if (!values.extensionDevelopmentPath || !values.extensionTestsPath) {
    console.error('usage: runIntegration.mjs --extensionDevelopmentPath P --extensionTestsPath P [--folder DIR | --workspace FILE | DIR] [--label NAME] [--env KEY=VALUE ...]');
    process.exit(2);
  }
  const env = Object.fromEntries((values.env ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  try {
    await runIntegration({
      extensionDevelopmentPath: values.extensionDevelopmentPath,
      extensionTestsPath: values.extensionTestsPath,
      folderOrWorkspace: values.workspace ?? values.folder ?? positionals[0],
      env,
      label: values.label,
    });
  } catch (err) {
    console.error(`[integration] ${err.message}`);
    process.exit(1);
  }
}
