import path from 'node:path';

/** POSIX form of a path (backslashes to slashes on Windows). */
export function toPosix(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** Display path: relative to cwd (POSIX) when `abs` is under cwd, else `given` (POSIX) or `abs`. */
export function displayPath(abs: string, cwd: string, given?: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return toPosix(rel);
  return toPosix(given ?? abs);
}

export function joinDisplay(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

export function groupOf(display: string): string {
  const i = display.lastIndexOf('/');
  if (i === -1) return '.';
  if (i === 0) return '/';
  return display.slice(0, i);
}

export type Format = 'txt' | 'md' | 'html';

export function formatFromPath(p: string): Format | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(p);
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'txt';
  return null;
}

/** Extensions read when walking a folder. Files with no extension are read too (skipped if binary). */
export function isArticleName(name: string): boolean {
  if (formatFromPath(name) !== null) return true;
  return !name.includes('.') ;
}

/** One-line message for a file system error. */
export function fsMessage(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default: {
      const msg = err instanceof Error ? err.message : String(err);
      return (msg.split('\n')[0] ?? msg).trim() || 'cannot read';
    }
  }
}
