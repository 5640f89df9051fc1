// Bytes → text for every journal file, in one place: the CLI's reader and the extension's both
// decode through here. Only UTF-8 is text; a file in UTF-16, with bytes that are not UTF-8, or
// binary, is reported by name and never read as items or edited (decoding it leniently would
// turn its bytes into U+FFFD, and the first edit would save them so).

export type DecodeProblem = 'not-utf8' | 'utf16' | 'binary';

export type Decoded = { text: string } | { problem: DecodeProblem; message: string };

/** How far into a file NUL bytes are looked for (as git decides what is binary). */
const SNIFF = 8000;

let fatal: InstanceType<typeof TextDecoder> | undefined;

/**
 * The text of a journal file from its bytes, or why it has none: UTF-16 (a byte-order mark,
 * or NUL bytes at every other position), binary (a NUL byte in its first 8,000 bytes), or bytes
 * that are not UTF-8. A UTF-8 byte-order mark is kept (the parser skips it).
 */
export function decodeJournalFile(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return utf16();
  const head = bytes.length > SNIFF ? bytes.subarray(0, SNIFF) : bytes;
  if (head.indexOf(0) >= 0) {
    return looksLikeUtf16(head) ? utf16() : { problem: 'binary', message: 'binary file (it has NUL bytes): not a Markdown text, so it is not read' };
  }
  try {
    fatal ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return { text: fatal.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = lineAt(bytes, at);
    return {
      problem: 'not-utf8',
      message: `not UTF-8: line ${line} has bytes that are not UTF-8 text (another encoding?); save the file as UTF-8 so it can be read and edited`,
    };
  }
}

function utf16(): Decoded {
  return { problem: 'utf16', message: 'UTF-16 text: Mentorship Journal reads UTF-8 only; save the file as UTF-8 (in VS Code: Save with Encoding, UTF-8) so it can be read and edited' };
}

/** NUL bytes at (nearly) every even or every odd position, and (nearly) none at the others: UTF-16 of mostly Latin text. */
function looksLikeUtf16(head: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = head.length / 2;
  return (odd >= 0.4 * half && even <= 0.05 * half) || (even >= 0.4 * half && odd <= 0.05 * half);
}

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return bytes.length;
}

/** The 1-based line of byte `at`. */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < at; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** A file whose bytes are not UTF-8 text, thrown by a JournalFs's readFile: reported, never indexed or edited. */
export class UndecodableFile extends Error {
  constructor(
    readonly path: string,
    readonly problem: DecodeProblem,
    /** The message without the path. */
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** The text of `bytes` read from `path`, or an UndecodableFile thrown: what every JournalFs's readFile does. */
export function textOf(path: string, bytes: Uint8Array): string {
  const decoded = decodeJournalFile(bytes);
  if ('text' in decoded) return decoded.text;
  throw new UndecodableFile(path, decoded.problem, decoded.message);
}
