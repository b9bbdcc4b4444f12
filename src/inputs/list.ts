// Paths → the article files to read: folders walked recursively (symlinks to files
// followed, directory loops detected by realpath), .claimdiffignore and --ignore
// honoured, sidecars collected, result sorted by display path and de-duplicated.
// Synchronous on purpose: thousands of small awaited calls cost more in round
// trips to the thread pool than the calls themselves (a warm re-scan is mostly this).

import type { Dirent } from 'node:fs';
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { MetaError, SIDECAR_NAMES, mergeMeta, parseMeta } from './meta.js';
import { binaryKindFromName, displayPath, fsMessage, groupOf, isArticleName, joinDisplay, toPosix } from './paths.js';
import type { FileEntry, ListOptions, LoadError, LoadNote, MetaTable } from './types.js';

export const IGNORE_FILE = '.claimdiffignore';
const SKIP_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules']);

export interface ListResult {
  files: FileEntry[];
  notes: LoadNote[];
  errors: LoadError[];
  /** Metadata from claimdiff-meta.yaml sidecars found in scanned folders (deeper sidecars win). */
  meta: MetaTable;
}

interface IgnoreFrame {
  base: string;
  ig: Ignore;
}

function relForIgnore(base: string, abs: string): string | null {
  const rel = toPosix(path.relative(base, abs));
  if (rel === '' || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return null;
  return rel;
}

export async function listFiles(paths: string[], opts: ListOptions): Promise<ListResult> {
  const cwd = path.resolve(opts.cwd);
  const found: Array<FileEntry & { key: string }> = [];
  const notes: LoadNote[] = [];
  const errors: LoadError[] = [];
  const metas: Array<{ depth: number; table: MetaTable }> = [];
  const visitedDirs = new Set<string>();
  const cli = opts.ignore && opts.ignore.length > 0 ? ignore().add(opts.ignore) : null;

  const cliIgnored = (abs: string, root: string, isDir: boolean): boolean => {
    if (!cli) return false;
    const rel = relForIgnore(cwd, abs) ?? relForIgnore(root, abs);
    if (rel === null) return false;
    return cli.ignores(isDir ? `${rel}/` : rel);
  };
  const frameIgnored = (frames: IgnoreFrame[], abs: string, isDir: boolean): boolean => {
    for (const f of frames) {
      const rel = relForIgnore(f.base, abs);
      if (rel !== null && f.ig.ignores(isDir ? `${rel}/` : rel)) return true;
    }
    return false;
  };

  // `key` is the file's real path, for de-duplication: inside a walked folder it is the
  // folder's real path and the name, unless the entry is itself a link.
  const addFile = (abs: string, display: string, key?: string): void => {
    if (key === undefined) {
      try {
        key = realpathSync.native(abs);
      } catch {
        key = abs;
      }
    }
    found.push({ path: display, absPath: abs, group: groupOf(display), key });
  };

  const loadSidecar = (abs: string, display: string, depth: number): void => {
    try {
      let text = readFileSync(abs, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      metas.push({ depth, table: parseMeta(text, abs, path.dirname(abs), cwd) });
    } catch (err) {
      if (err instanceof MetaError) errors.push({ path: display, message: err.message });
      else errors.push({ path: display, message: fsMessage(err) });
    }
  };

  const walk = (dir: string, display: string, root: string, frames: IgnoreFrame[], ancestors: Set<string>, depth: number): void => {
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch (err) {
      errors.push({ path: display, message: fsMessage(err) });
      return;
    }
    if (ancestors.has(real)) {
      notes.push({ path: display, code: 'symlink-loop', message: `${display}: symbolic link loop, not followed` });
      return;
    }
    if (visitedDirs.has(real)) return; // already scanned through another path
    visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ path: display, message: fsMessage(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let here = frames;
    const ignoreEntry = entries.find((e) => e.name === IGNORE_FILE && !e.isDirectory());
    if (ignoreEntry) {
      try {
        const text = readFileSync(path.join(dir, IGNORE_FILE), 'utf8');
        here = [...frames, { base: dir, ig: ignore().add(text) }];
      } catch (err) {
        errors.push({ path: joinDisplay(display, IGNORE_FILE), message: fsMessage(err) });
      }
    }
    const inner = new Set(ancestors).add(real);
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const disp = joinDisplay(display, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      const link = e.isSymbolicLink();
      if (link) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          const code = (err as { code?: string }).code;
          notes.push({
            path: disp,
            code: code === 'ELOOP' ? 'symlink-loop' : 'broken-link',
            message: `${disp}: ${code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link'}, skipped`,
          });
          continue;
        }
      }
      if (isDir) {
        if (SKIP_DIRS.has(e.name)) continue;
        if (frameIgnored(here, abs, true) || cliIgnored(abs, root, true)) continue;
        walk(abs, disp, root, here, inner, depth + 1);
      } else if (isFile) {
        if (e.name === IGNORE_FILE) continue;
        if (SIDECAR_NAMES.includes(e.name)) {
          loadSidecar(abs, disp, depth);
          continue;
        }
        if (!isArticleName(e.name)) {
          // Images, PDFs, archives and office files are not read, but said (and counted):
          // a fact-checker should know that a saved PDF was not compared.
          const kind = binaryKindFromName(e.name);
          if (kind && !frameIgnored(here, abs, false) && !cliIgnored(abs, root, false)) {
            notes.push({ path: disp, code: 'skipped-binary', message: `${disp}: skipped, ${kind}` });
          }
          continue;
        }
        if (frameIgnored(here, abs, false) || cliIgnored(abs, root, false)) continue;
        addFile(abs, disp, link ? undefined : path.join(real, e.name));
      }
    }
  };

  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    const display = displayPath(abs, cwd, given.replace(/[\\/]+$/, '') || given);
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      errors.push({ path: toPosix(given), message: fsMessage(err) });
      continue;
    }
    if (st.isDirectory()) {
      walk(abs, display, abs, [], new Set(), 0);
    } else if (SIDECAR_NAMES.includes(path.basename(abs))) {
      loadSidecar(abs, display, Number.MAX_SAFE_INTEGER);
    } else if (cliIgnored(abs, path.dirname(abs), false)) {
      notes.push({ path: display, code: 'ignored', message: `${display}: ignored by an --ignore pattern` });
    } else {
      addFile(abs, display);
    }
  }

  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  const files: FileEntry[] = [];
  for (const f of found) {
    if (seen.has(f.key)) continue;
    seen.add(f.key);
    files.push({ path: f.path, absPath: f.absPath, group: f.group });
  }
  metas.sort((a, b) => a.depth - b.depth);
  return { files, notes, errors, meta: mergeMeta(...metas.map((m) => m.table)) };
}
