// Front matter: the YAML block between `---` lines at the top of an entry.
// Most front matter people write is flat `key: value` lines and simple lists, so a small scanner
// reads those directly; anything else (nested maps, block scalars, anchors, tags, quotes with
// escapes) goes to the `yaml` package with its safe core schema. A full YAML parse costs several
// times more than reading a small file, which is what the fast path is for.
import type * as Yaml from 'yaml';
import type { Node as YamlNode, YAMLParseError } from 'yaml';
import { intern } from './intern';
import { closesFrontMatter } from './markdownLines';

let yamlModule: typeof Yaml | undefined;
/** The YAML library, loaded on the first front matter the fast path declines: not at activation. */
function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (yamlModule ??= require('yaml') as typeof Yaml);
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** Index in the text where the body starts. */
  bodyOffset: number;
  /**
   * Keys written twice in one map (the later value is the one read): an error, because which
   * one the author meant is unknown. Lines are 1-based file lines.
   */
  duplicates?: DuplicateKey[];
}

export interface DuplicateKey {
  key: string;
  firstLine: number;
  line: number;
}

export interface FrontMatterError {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export type FrontMatterResult =
  | { kind: 'none' }
  | { kind: 'ok'; value: FrontMatter }
  | { kind: 'error'; error: FrontMatterError; bodyLine: number; bodyOffset: number };

/**
 * Splits `lines` (the whole file) into front matter and body.
 * `lines[0]` must already be stripped of a BOM.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatterResult {
  if (lines.length === 0 || lines[0].trimEnd() !== '---') return { kind: 'none' };
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (closesFrontMatter(l)) {
      close = i;
      break;
    }
    // A conflict marker inside front matter means the block cannot be trusted.
  }
  if (close < 0) {
    return {
      kind: 'error',
      error: { line: 1, message: 'front matter starts with "---" but has no closing "---" line' },
      bodyLine: 2,
      bodyOffset: 0,
    };
  }
  const yamlLines = lines.slice(1, close);
  const bodyLine = close + 2;
  let bodyOffset = 0;
  for (let i = 0; i <= close; i++) bodyOffset += lines[i].length + 1;
  const fast = parseSimpleYaml(yamlLines);
  if (fast !== undefined) return { kind: 'ok', value: { data: fast, bodyLine, bodyOffset } };
  try {
    // Without the CRs of CRLF lines: at the end of the text YAML would keep one in the last value.
    const yamlText = yamlLines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)).join('\n');
    const Y = yaml();
    const lineCounter = new Y.LineCounter();
    const doc = Y.parseDocument(yamlText, { schema: 'core', uniqueKeys: false, logLevel: 'error', lineCounter });
    if (doc.errors.length) throw doc.errors[0];
    const data: unknown = doc.toJS({ maxAliasCount: 50 });
    if (data === null || data === undefined) return { kind: 'ok', value: { data: {}, bodyLine, bodyOffset } };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { kind: 'error', error: { line: 2, message: 'front matter must be a set of "key: value" lines' }, bodyLine, bodyOffset };
    }
    const duplicates: DuplicateKey[] = [];
    // Positions count from the line after the opening `---`, the file's line 2.
    findDuplicates(Y, doc.contents, (offset) => lineCounter.linePos(offset).line + 1, duplicates);
    const value: FrontMatter = { data: data as Record<string, unknown>, bodyLine, bodyOffset };
    if (duplicates.length) value.duplicates = duplicates;
    return { kind: 'ok', value };
  } catch (e) {
    const err = e as YAMLParseError;
    const line = (err.linePos?.[0]?.line ?? 1) + 1;
    const reason = String(err.message ?? e).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { kind: 'error', error: { line, message: `front matter is not valid YAML: ${reason}` }, bodyLine, bodyOffset };
  }
}

/** Every key written twice in one map of `node` (nested maps and lists included). */
function findDuplicates(Y: typeof Yaml, node: YamlNode | null, lineOf: (offset: number) => number, out: DuplicateKey[]): void {
  if (Y.isMap(node)) {
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = Y.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const line = Y.isNode(pair.key) && pair.key.range ? lineOf(pair.key.range[0]) : 1;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else out.push({ key, firstLine: first, line });
      if (Y.isNode(pair.value)) findDuplicates(Y, pair.value, lineOf, out);
    }
  } else if (Y.isSeq(node)) {
    for (const item of node.items) if (Y.isNode(item)) findDuplicates(Y, item, lineOf, out);
  }
}

const LIST_LINE = /^( *)- (.*)$/;
// Plain scalars that are more than text: indicators, comments (`#`), `-`/`?`/`:` alone or before a space.
const PLAIN_UNSAFE = /^[\[\]{}&*!|>%@`'",#]|^[-?:](?:\s|$)|: | #|\t/;
const NUMBER = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;
// Keys YAML reads as null or a boolean, not as the word written.
const NON_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const BLANK = /^[ \t]*$/;
const COMMENT = /^[ \t]*#/;

/** YAML white space is space and tab only (String.trim would also eat NBSP, BOM, U+2028 …). */
function trimWs(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isBlankChar(s.charCodeAt(start))) start++;
  while (end > start && isBlankChar(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function isBlankChar(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * The index of the colon ending the key when `line` is a `key:` or `key: value` line, else -1:
 * a key of letters, digits, `_` and `-` (not starting with a digit or `-`), a colon, and nothing
 * or white space and a value on one line. (A unit test compares it with the regular expression
 * that says the same.)
 */
export function keyEnd(line: string): number {
  let c = line.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
  let p = 1;
  for (;; p++) {
    c = line.charCodeAt(p);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
  }
  if (c !== 58 /* : */) return -1;
  const after = line.charCodeAt(p + 1);
  if (p + 1 === line.length) return p;
  if (after !== 32 && after !== 9) return -1;
  // The value is on this line: no line terminator.
  for (let i = p + 2; i < line.length; i++) {
    const t = line.charCodeAt(i);
    if (t === 10 || t === 13 || t === 0x2028 || t === 0x2029) return -1;
  }
  return p;
}

/**
 * Reads the flat subset of YAML: `key: scalar`, `key: [a, b]` and `key:` followed by `- item`
 * lines. Returns `undefined` for anything else so the full parser decides.
 */
export function parseSimpleYaml(lines: readonly string[]): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  // `key:` with nothing after it is a block list when `- item` lines follow, else null.
  const bare = new Set<string>();
  let listKey: string | null = null;
  // The indentation of the current block list's items: all must match, else YAML reads otherwise.
  let listIndent = -1;
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const c = line.charCodeAt(0);
    if (line.length === 0 || c === 35 /* # */) continue;
    if (c === 32 || c === 9 || c === 45 /* - */) {
      if (BLANK.test(line) || COMMENT.test(line)) continue;
      const lm = LIST_LINE.exec(line);
      if (!lm || listKey === null) return undefined;
      if (listIndent < 0) listIndent = lm[1].length;
      else if (lm[1].length !== listIndent) return undefined;
      const text = trimWs(lm[2]);
      const v = text === '' ? null : scalar(text);
      if (v === undefined) return undefined;
      (data[listKey] as unknown[]).push(v);
      bare.delete(listKey);
      continue;
    }
    // `key:` or `key: value` (KEY_LINE), read by character codes: every entry has a few.
    const colon = keyEnd(line);
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    if (Object.prototype.hasOwnProperty.call(data, key) || key === '__proto__' || NON_STRING_KEY.test(key)) return undefined;
    const rest = trimWs(line.slice(colon + 1));
    listIndent = -1;
    if (rest === '') {
      // Either a block list follows, or the value is null; decided by the next lines.
      data[key] = [];
      bare.add(key);
      listKey = key;
      continue;
    }
    listKey = null;
    if (rest.startsWith('[')) {
      const list = flowList(rest);
      if (list === undefined) return undefined;
      data[key] = list;
      continue;
    }
    const v = scalar(rest);
    if (v === undefined) return undefined;
    data[key] = v;
  }
  for (const k of bare) data[k] = null;
  return data;
}

function flowList(text: string): unknown[] | undefined {
  if (!text.endsWith(']')) return undefined;
  const inner = trimWs(text.slice(1, -1));
  if (inner === '') return [];
  if (/[\[\]{}"'&*!|>#]/.test(inner)) return undefined;
  const out: unknown[] = [];
  for (const part of inner.split(',')) {
    const t = trimWs(part);
    if (t === '' || t.includes(': ')) return undefined;
    const v = scalar(t);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/** A YAML core-schema scalar, or undefined when the text is more than a simple scalar. */
function scalar(text: string): unknown {
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'")) {
    const q = text[0];
    if (!text.endsWith(q)) return undefined;
    const inner = text.slice(1, -1);
    if (inner.includes(q) || inner.includes('\\')) return undefined;
    return inner;
  }
  if (PLAIN_UNSAFE.test(text) || text.endsWith(':')) return undefined;
  if (text === 'null' || text === 'Null' || text === 'NULL' || text === '~') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (NUMBER.test(text)) return Number(text);
  if (/^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text)) return undefined;
  return intern(text);
}
