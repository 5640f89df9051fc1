// What the browser-level e2e scripts share. The tally they keep: named checks that report ✔/✘ and go on after a
// failure, and a closing line "e2e: N passed, N failed" with the exit code to match.

/** @param {{ onFail?: (failedSoFar: number) => Promise<void> }} [o] called after each failed check (e.g. a screenshot) */
export function checklist({ onFail } = {}) {
  let passed = 0;
  let failed = 0;
  return {
    /** Runs one named check; a failure is counted and printed, and the run goes on. */
    async check(name, fn) {
      try {
        await fn();
        passed++;
        console.log(`  ✔ ${name}`);
      } catch (err) {
        failed++;
        console.log(`  ✘ ${name}\n      ${String(err?.message ?? err).split('\n').join('\n      ')}`);
        if (onFail) await onFail(failed).catch(() => {});
      }
    },
    /** Counts a failure outside any check (the run itself stopped). */
    stopped(err) {
      failed++;
      console.log(`  ✘ e2e run stopped: ${err?.stack ?? err}`);
    },
    get failed() {
      return failed;
    },
    finish() {
      console.log(`e2e: ${passed} passed, ${failed} failed`);
      process.exitCode = failed ? 1 : 0;
    },
  };
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Builds the extension, packages it as a .vsix in `tmp` and installs it into `tmp/extensions`,
 * as a user installs the published package. Returns the extensions folder for code-server.
 */
export async function installPackagedExtension(repo, tmp) {
  const { execFileSync } = await import('node:child_process');
  const path = await import('node:path');
  const { installVsix } = await import('../../scripts/vscode/codeServer.mjs');
  console.log('building and packaging the extension…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = path.join(tmp, 'mentorship-journal.vsix');
  execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  const extensionsDir = path.join(tmp, 'extensions');
  console.log(await installVsix(vsix, extensionsDir));
  return extensionsDir;
}
