// Sharing the extension host's one thread with VS Code and every other extension: long work
// (indexing thousands of files, checking them) runs in slices of a few milliseconds with a turn
// of the event loop between them, so nothing waits on us for long.

/** Work between two turns of the event loop, at most (the target is 50 ms blocked, at most). */
const SLICE_MS = 15;

/** One turn of the event loop (setImmediate in Node; a timer in the web worker). */
export const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((r) => setImmediate(r)) : () => new Promise((r) => setTimeout(r, 0));

/**
 * A `pause` for long loops: asked after each step, it returns a promise (a turn of the event loop)
 * once `budgetMs` of work has run since the last turn, else undefined (keep going).
 */
export function slicer(budgetMs = SLICE_MS): () => Promise<void> | undefined {
  let since = performance.now();
  let steps = 0;
  return () => {
    // Reading the clock costs more than a small step: it is read every few steps.
    if (++steps % CLOCK_EVERY !== 0 || performance.now() - since < budgetMs) return undefined;
    return nextTurn().then(() => {
      since = performance.now();
    });
  };
}

/** Steps between two looks at the clock (a step, e.g. indexing one file, takes 10–50 µs). */
const CLOCK_EVERY = 8;
