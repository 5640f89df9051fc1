// The journal file system on Node's fs, for the CLI and the benchmark. Synchronous reads wrapped
// in promises: on a local disk they are the fastest way to read thousands of small files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { textOf } from '../core/decode';
import type { FileKind, JournalFs } from '../core/journalFs';

export class NodeJournalFs implements JournalFs {
  constructor(private readonly root: string) {}

  async readDirectory(rel: string): Promise<[string, FileKind][]> {
    const out: [string, FileKind][] = [];
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
    // Journal files are small: one read into a buffer kept for the purpose, without the stat
    // readFileSync makes to size its own, is the cheapest way to read thousands of them.
    const fd = fs.openSync(file, 'r');
    let size: number;
    try {
      size = fs.readSync(fd, this.buffer, 0, this.buffer.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    return textOf(rel, size < this.buffer.length ? this.buffer.subarray(0, size) : fs.readFileSync(file));
  }

  private readonly buffer = Buffer.allocUnsafe(64 * 1024);

  private resolve(rel: string): string {
    if (rel === '') return this.root;
    return this.root + path.sep + (path.sep === '/' ? rel : rel.split('/').join(path.sep));
  }
}
