// Line matching for the merge: a longest common subsequence of two key sequences (Myers' O(ND)
// algorithm after trimming the common prefix and suffix) and the diff3 split of three versions
// into stable and changed chunks (Khanna, Kuber and Pierce's formulation, as git's xdiff merges).

/** Beyond this many differences in one pair of versions, the middle is left unmatched (it then conflicts). */
const MAX_EDITS = 2000;

/**
 * For each position of `a`, the position of `b` it is matched with in a longest common
 * subsequence, or -1. Matches are strictly increasing in both sequences.
 */
export function matchSequences(a: ArrayLike<number>, b: ArrayLike<number>): Int32Array {
  const out = new Int32Array(a.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    out[start] = start;
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    out[endA] = endB;
  }
  myers(a, b, start, endA, start, endB, out);
  return out;
}

/** Myers' greedy shortest edit script on a[a0, a1) and b[b0, b1), writing the matches into `out`. */
function myers(a: ArrayLike<number>, b: ArrayLike<number>, a0: number, a1: number, b0: number, b1: number, out: Int32Array): void {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // The furthest x on each diagonal before step d, for the diagonals step d reads.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  // Too different to align within the budget: nothing in the middle is matched.
  if (found < 0) return;
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    // prev[i] holds diagonal i - d - 1.
    const at = (k: number) => prev[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      out[a0 + x] = b0 + y;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    out[a0 + x] = b0 + y;
  }
}

/** Half-open ranges of the three versions: [from, to). */
export interface Chunk {
  /** Every line matched in all three versions, one to one. */
  stable: boolean;
  base: [number, number];
  ours: [number, number];
  theirs: [number, number];
}

/**
 * Splits three versions into chunks: stable runs (a base line matched in both sides, in step)
 * and changed chunks between them. `toOurs[i]`/`toTheirs[i]`: base line i's match, or -1.
 */
export function diff3(toOurs: Int32Array, toTheirs: Int32Array, oursLength: number, theirsLength: number): Chunk[] {
  const chunks: Chunk[] = [];
  const n = toOurs.length;
  let b = 0;
  let o = 0;
  let t = 0;
  while (b < n || o < oursLength || t < theirsLength) {
    if (b < n && toOurs[b] === o && toTheirs[b] === t) {
      let k = 1;
      while (b + k < n && toOurs[b + k] === o + k && toTheirs[b + k] === t + k) k++;
      chunks.push({ stable: true, base: [b, b + k], ours: [o, o + k], theirs: [t, t + k] });
      b += k;
      o += k;
      t += k;
      continue;
    }
    // The next base line both sides kept ends the changed chunk.
    let j = b;
    while (j < n && (toOurs[j] < 0 || toTheirs[j] < 0)) j++;
    const oEnd = j < n ? toOurs[j] : oursLength;
    const tEnd = j < n ? toTheirs[j] : theirsLength;
    chunks.push({ stable: false, base: [b, j], ours: [o, oEnd], theirs: [t, tEnd] });
    b = j;
    o = oEnd;
    t = tEnd;
  }
  return chunks;
}
