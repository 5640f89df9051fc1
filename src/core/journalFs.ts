// The file system as the core needs it, with paths relative to one journal root (`/`-separated,
// `` for the root). Adapters: Node's fs for the CLI and benchmark, workspace.fs in the extension.

export type FileKind = 'file' | 'directory';

export interface JournalFs {
  readDirectory(path: string): Promise<[name: string, kind: FileKind][]>;
  /**
   * The file's text, decoded by `textOf` (decode.ts): throws an UndecodableFile when its bytes
   * are not UTF-8 text (UTF-16, binary, another encoding), which the index records as a problem.
   */
  readFile(path: string): Promise<string>;
  /** Optional synchronous read for local disks, where awaiting each small file costs more than reading it. */
  readFileNow?(path: string): string;
  /**
   * Whether `path` itself is a symbolic link (false when it does not exist). Listings leave
   * links out; this is for single paths that arrive from a file watcher.
   */
  isLink?(path: string): Promise<boolean>;
}

/** Folders never scanned: tool state and dependencies, not journal entries. */
export function isIgnoredFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function isJournalFile(name: string): boolean {
  return name.length > 3 && name.toLowerCase().endsWith('.md');
}
