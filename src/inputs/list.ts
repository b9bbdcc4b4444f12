// Paths → the article files to read: folders walked recursively (links inside the
// named tree followed, links out of it not unless --follow, as ripgrep does; directory
// loops detected by realpath), only article extensions walked, .claimdiffignore and
// --ignore honoured alike for walked and named files, sidecars collected, result
// sorted by display path and de-duplicated.
// Synchronous on purpose: thousands of small awaited calls cost more in round
// trips to the thread pool than the calls themselves (a warm re-scan is mostly this).

import type { Dirent } from 'node:fs';
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { MetaError, SIDECAR_NAMES, mergeMeta, parseMeta } from './meta.js';
import { ARTICLE_EXTENSIONS, binaryKindFromName, displayPath, fsMessage, groupOf, isArticleName, joinDisplay, toPosix } from './paths.js';
import type { FileEntry, ListOptions, LoadError, LoadNote, MetaTable } from './types.js';

export const IGNORE_FILE = '.claimdiffignore';
const SKIP_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules']);

export interface ListResult {
  files: FileEntry[];
  notes: LoadNote[];
  errors: LoadError[];
  /** Metadata from claimdiff-meta.yaml sidecars found in scanned folders (deeper sidecars win). */
  meta: MetaTable;
  /** Absolute paths of the sidecars read. */
  sidecars: string[];
}

interface IgnoreFrame {
  base: string;
  ig: Ignore;
}

/** Whether `abs` is `dir` or lies inside it. */
function isWithin(dir: string, abs: string): boolean {
  const rel = path.relative(dir, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
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

  // .claimdiffignore files apply from the working folder down, as .gitignore files do from
  // the repository's top: the same file is ignored whether its folder or the file is named.
  const frameCache = new Map<string, IgnoreFrame[]>();
  const framesFor = (dir: string): IgnoreFrame[] => {
    if (!isWithin(cwd, dir)) return [];
    const hit = frameCache.get(dir);
    if (hit) return hit;
    const parent = path.dirname(dir);
    const above = dir === cwd || parent === dir ? [] : framesFor(parent);
    let frames = above;
    const file = path.join(dir, IGNORE_FILE);
    try {
      frames = [...above, { base: dir, ig: ignore().add(readFileSync(file, 'utf8')) }];
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') errors.push({ path: displayPath(file, cwd), message: fsMessage(err) });
    }
    frameCache.set(dir, frames);
    return frames;
  };
  let unread = 0;

  const sidecars: string[] = [];
  const loadSidecar = (abs: string, display: string, depth: number): void => {
    sidecars.push(abs);
    try {
      let text = readFileSync(abs, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      metas.push({ depth, table: parseMeta(text, abs, path.dirname(abs), cwd) });
    } catch (err) {
      if (err instanceof MetaError) errors.push({ path: display, message: err.message });
      else errors.push({ path: display, message: fsMessage(err) });
    }
  };

  const walk = (
    dir: string, display: string, root: string, rootReal: string, frames: IgnoreFrame[], ancestors: Set<string>, depth: number,
  ): void => {
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
    if (ignoreEntry && !frames.some((f) => f.base === dir)) {
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
        if (!opts.follow) {
          let target: string | null = null;
          try {
            target = realpathSync.native(abs);
          } catch {
            // broken or looping: said below
          }
          if (target !== null && !isWithin(rootReal, target)) {
            // A link planted in a pull request must not make /etc/shadow a "document".
            notes.push({ path: disp, code: 'outside-link', message: `${disp}: symbolic link out of ${toPosix(display)}, not followed (--follow follows it)` });
            continue;
          }
        }
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
        walk(abs, disp, root, rootReal, here, inner, depth + 1);
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
          if (frameIgnored(here, abs, false) || cliIgnored(abs, root, false)) continue;
          if (kind) notes.push({ path: disp, code: 'skipped-binary', message: `${disp}: skipped, ${kind}` });
          // A name without an extension was read before this rule; say so. Data files (.json, .yaml) never were.
          else if (!e.name.includes('.')) unread++;
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
      let rootReal = abs;
      try {
        rootReal = realpathSync.native(abs);
      } catch {
        // reported by the walk
      }
      walk(abs, display, abs, rootReal, abs === cwd ? [] : framesFor(path.dirname(abs)), new Set(), 0);
    } else if (SIDECAR_NAMES.includes(path.basename(abs))) {
      loadSidecar(abs, display, Number.MAX_SAFE_INTEGER);
    } else if (cliIgnored(abs, path.dirname(abs), false)) {
      notes.push({ path: display, code: 'ignored', message: `${display}: ignored by an --ignore pattern` });
    } else if (frameIgnored(framesFor(path.dirname(abs)), abs, false)) {
      notes.push({ path: display, code: 'ignored', message: `${display}: ignored by ${IGNORE_FILE}` });
    } else {
      addFile(abs, display);
    }
  }
  if (unread > 0) {
    // Not one note each (a folder of notes and Makefiles would drown the report), but never silent.
    notes.push({
      path: '',
      code: 'not-article',
      message: `${unread} file${unread === 1 ? '' : 's'} without an extension not read: folders are walked for ${ARTICLE_EXTENSIONS.join(', ')} (name a file to read it)`,
    });
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
  return { files, notes, errors, meta: mergeMeta(...metas.map((m) => m.table)), sidecars };
}
