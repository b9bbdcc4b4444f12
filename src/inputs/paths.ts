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

/** The extensions a folder walk reads, for messages. A file named on the command line is read whatever its name. */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.mdown', '.mkd', '.html', '.htm', '.xhtml'];

/** Whether a folder walk reads a file of this name: only the formats the tool reads (not Makefile, notes, report.json). */
export function isArticleName(name: string): boolean {
  return formatFromPath(name) !== null;
}

const BINARY_EXTENSIONS: Record<string, string> = {
  png: 'a PNG file', jpg: 'a JPEG file', jpeg: 'a JPEG file', gif: 'a GIF file', webp: 'a WebP file', bmp: 'a BMP file',
  tif: 'a TIFF file', tiff: 'a TIFF file', ico: 'an icon file', heic: 'a HEIC file', avif: 'an AVIF file',
  pdf: 'a PDF file', zip: 'a ZIP file', gz: 'a gzip file', tgz: 'a gzip file', bz2: 'a bzip2 file', xz: 'an xz file',
  '7z': 'a 7-Zip file', rar: 'a RAR file', tar: 'a tar file', docx: 'a Word file', doc: 'a Word file', odt: 'an OpenDocument file',
  rtf: 'an RTF file', epub: 'an EPUB file', xlsx: 'a spreadsheet', xls: 'a spreadsheet', pptx: 'a presentation',
  mp3: 'an audio file', wav: 'an audio file', mp4: 'a video file', mov: 'a video file', webm: 'a video file',
};

/** What a file that is not an article but a known binary format is, by its extension ("a PDF file"), or null. */
export function binaryKindFromName(name: string): string | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  const ext = m?.[1]?.toLowerCase();
  return ext !== undefined && Object.hasOwn(BINARY_EXTENSIONS, ext) ? (BINARY_EXTENSIONS[ext] ?? null) : null;
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
