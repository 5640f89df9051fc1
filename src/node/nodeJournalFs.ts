// The journal file system on Node's fs: the CLI, the benchmark, and the extension host's fast path
// for journals on the local disk (file: URIs). It follows the same rules as the workspace.fs
// adapter: symbolic links are never followed (listings leave them out, `isLink` asks lstat), and
// bytes become text only when they are UTF-8 (core/decode.ts), else the file is reported.
// Synchronous reads: on a local disk they are the fastest way to read thousands of small files
// (callers that must not block, like the extension host, read in slices).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { textOf } from '../core/decode';
import type { FileKind, JournalFs } from '../core/journalFs';

export class NodeJournalFs implements JournalFs {
  /** Journal files are small: one read into a buffer kept for the purpose, without a stat. */
  private readonly buffer = Buffer.allocUnsafe(64 * 1024);

  constructor(private readonly root: string) {}

  async readDirectory(rel: string): Promise<[string, FileKind][]> {
    const out: [string, FileKind][] = [];
    // Dirent types come from lstat: a symbolic link is neither a file nor a directory here.
    for (const d of fs.readdirSync(this.resolve(rel), { withFileTypes: true })) {
      if (d.isDirectory()) out.push([d.name, 'directory']);
      else if (d.isFile()) out.push([d.name, 'file']);
    }
    return out;
  }

  async readFile(rel: string): Promise<string> {
    return this.readFileNow(rel);
  }

  /** The file's text; throws an UndecodableFile when its bytes are not UTF-8 text. */
  readFileNow(rel: string): string {
    const file = this.resolve(rel);
    const fd = fs.openSync(file, 'r');
    let size: number;
    try {
      size = fs.readSync(fd, this.buffer, 0, this.buffer.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    return textOf(rel, size < this.buffer.length ? this.buffer.subarray(0, size) : fs.readFileSync(file));
  }

  async isLink(rel: string): Promise<boolean> {
    try {
      return fs.lstatSync(this.resolve(rel)).isSymbolicLink();
    } catch {
      return false;
    }
  }

  private resolve(rel: string): string {
    if (rel === '') return this.root;
    return this.root + path.sep + (path.sep === '/' ? rel : rel.split('/').join(path.sep));
  }
}
