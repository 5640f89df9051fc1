// The tally both browser-level e2e scripts keep: named checks that report ✔/✘ and go on after a
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
