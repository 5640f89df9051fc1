// Bytes of a journal file to text, refusing what is not UTF-8 text: such a file is reported,
// never indexed as garbage and never edited (saving a lossy decoding would destroy its bytes).

export type Decoded = { text: string } | { problem: 'not-utf8' | 'utf16' | 'binary'; message: string };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeJournalFile(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { problem: 'utf16', message: 'the file is UTF-16; save it as UTF-8 to use it in the journal' };
  }
  // A NUL byte never appears in text: a binary file, or UTF-16 without a byte-order mark.
  if (bytes.indexOf(0) >= 0) {
    return { problem: 'binary', message: 'the file is binary (or UTF-16 without a byte-order mark), not Markdown text' };
  }
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { problem: 'not-utf8', message: 'the file has bytes that are not UTF-8; save it as UTF-8 to use it in the journal' };
  }
}
