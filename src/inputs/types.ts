// Types of the inputs layer: what listing and reading files return.

export interface FileEntry {
  /** Display path: POSIX, relative to cwd when under it, else as given. */
  path: string;
  absPath: string;
  /** Folder of the file (POSIX display form, "." at the top), for --group-by folder. */
  group: string;
}

export type LoadNoteCode =
  | 'skipped-binary'
  | 'skipped-large'
  | 'encoding'
  | 'invalid-bytes'
  | 'ignored'
  | 'broken-link'
  | 'symlink-loop'
  | 'outside-link'
  | 'not-article'
  | 'own-output';

export interface LoadNote {
  path: string;
  code: LoadNoteCode | (string & {});
  message: string;
  /**
   * Where in the file, when the note is about a place in it. A note with a place about a
   * document that was read (a document cut short) is a report warning, not a line on stderr:
   * what a report leaves out must show in the report (see scan-paths.ts, documentWarnings).
   */
  line?: number;
  column?: number;
}

/** A file that could not be read. `message` is one line, no stack; print as `${path}: ${message}`. */
export interface LoadError {
  path: string;
  message: string;
}

export interface ListOptions {
  cwd: string;
  /** gitignore-style globs (from --ignore), matched against paths relative to cwd (or to the scanned root when outside cwd). */
  ignore?: string[];
  /** Follow symbolic links that lead out of the folder named on the command line (--follow). */
  follow?: boolean;
}

export interface MetaEntry {
  date?: string;
  source?: string;
  title?: string;
}

/** Sidecar metadata by display path. */
export type MetaTable = Map<string, MetaEntry>;

export interface ReadOptions {
  meta?: MetaTable;
}

export type InputFormat = 'txt' | 'md' | 'html';
