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
    this.out.text(`${this.empty ? '[\n' : ',\n'}${oneOfList(value)}`);
    this.empty = false;
  }

  end(): void {
    this.out.text(this.empty ? '[]\n' : '\n]\n');
    this.out.flush();
  }
}

/**
 * `value` as an element of a list stringified with two spaces: what JSON.stringify writes there
 * (a one-element list, its brackets cut off; faster than re-indenting the element's own text, and
 * as fast as writing the rows by hand, measured).
 */
function oneOfList(value: unknown): string {
  const one = JSON.stringify([value], null, 2);
  return one.slice(2, one.length - 2);
}
