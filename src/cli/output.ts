// Output in pieces: a command that lists 100,000 items writes them as it goes (in chunks of
// about 64 KB), never as one giant string. The JSON is the same, byte for byte, as
// `JSON.stringify(list, null, 2)` of the whole list.

/** Text written in chunks. */
export class ChunkedOut {
  private buffer = '';

  constructor(private readonly write: (text: string) => void) {}

  text(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= 1 << 16) this.flush();
  }

  flush(): void {
    if (this.buffer) this.write(this.buffer);
    this.buffer = '';
  }
}

/** A JSON array written one element at a time. */
export class JsonArrayOut {
  private empty = true;

  constructor(private readonly out: ChunkedOut) {}

  push(value: unknown): void {
    // Elements sit one level in: every line of their own indented text moves two spaces right
    // (JSON strings hold no raw line breaks, so only structural lines move).
    this.out.text(`${this.empty ? '[\n' : ',\n'}  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
    this.empty = false;
  }

  end(): void {
    this.out.text(this.empty ? '[]\n' : '\n]\n');
    this.out.flush();
  }
}
