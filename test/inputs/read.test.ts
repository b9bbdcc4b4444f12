import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles, readDocument, type FileEntry } from '../../src/inputs/index.js';
import { REPO, tempDir } from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function entryFor(name: string, bytes: Uint8Array | string): FileEntry {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const abs = path.join(t.dir, name);
  writeFileSync(abs, bytes);
  return { path: name, absPath: abs, group: '.' };
}

const PROSE = 'The ferry carried 220 passengers on Tuesday.\n';

describe('readDocument: binary files', () => {
  const cases: Array<[string, number[]]> = [
    ['photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]],
    ['scan.pdf', [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1')]],
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]],
    ['anim.gif', [...Buffer.from('GIF89a', 'latin1'), 1, 0, 1, 0]],
    ['bundle.zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['data.gz', [0x1f, 0x8b, 0x08, 0x00]],
    ['story.txt', [...Buffer.from('Looks like text\0 but has a NUL byte', 'latin1')]],
  ];
  for (const [name, bytes] of cases) {
    it(`skips ${name} with a note`, async () => {
      const r = await readDocument(entryFor(name, Uint8Array.from(bytes)));
      expect(r.document).toBeNull();
      expect(r.error).toBeNull();
      expect(r.notes.map((n) => n.code)).toEqual(['skipped-binary']);
      expect(r.notes[0]!.message).toContain(name);
    });
  }
});

describe('readDocument: encodings', () => {
  it('reads UTF-8 and strips a BOM', async () => {
    const r = await readDocument(entryFor('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PROSE)])));
    expect(r.document!.text).toBe(PROSE);
    expect(r.notes).toEqual([]);
  });

  it('reads UTF-16 LE with a BOM', async () => {
    const r = await readDocument(entryFor('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café owners: ' + PROSE, 'utf16le')])));
    expect(r.document!.text).toBe('Café owners: ' + PROSE);
    expect(r.notes).toEqual([]);
  });

  it('reads UTF-16 BE with a BOM', async () => {
    const le = Buffer.from('Naïve count: ' + PROSE, 'utf16le');
    const be = Buffer.from(le).swap16();
    const r = await readDocument(entryFor('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
    expect(r.document!.text).toBe('Naïve count: ' + PROSE);
  });

  it('decodes Windows-1252 text and says so', async () => {
    const text = 'The café’s owner said “about 5,000 people” came — more than last year.\n';
    const r = await readDocument(entryFor('legacy.txt', iconv.encode(text, 'windows-1252')));
    expect(r.document!.text).toBe(text);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]!.code).toBe('encoding');
    expect(r.notes[0]!.message).toContain('windows-1252');
  });

  it('replaces invalid UTF-8 bytes with U+FFFD and names the file', async () => {
    const bytes = Buffer.concat([Buffer.from('Déjà vu: 12 '), Buffer.from([0xc3, 0x28]), Buffer.from(' boats and '), Buffer.from([0xe2, 0x82]), Buffer.from(' more.\n')]);
    const r = await readDocument(entryFor('broken.txt', bytes));
    expect(r.document!.text).toContain('\ufffd');
    expect(r.document!.text.startsWith('Déjà vu: 12 ')).toBe(true);
    expect(r.notes.map((n) => n.code)).toEqual(['invalid-bytes']);
    expect(r.notes[0]!.message).toContain('broken.txt');
  });
});

describe('readDocument: errors and limits', () => {
  it('returns an error, not a throw, for a file that has gone', async () => {
    const r = await readDocument({ path: 'gone.txt', absPath: path.join(REPO, 'fixtures/inputs/gone.txt'), group: '.' });
    expect(r.document).toBeNull();
    expect(r.error).toEqual({ path: 'gone.txt', message: 'no such file or directory' });
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('returns an error for an unreadable file', async () => {
    const e = entryFor('locked.txt', PROSE);
    chmodSync(e.absPath, 0o000);
    const r = await readDocument(e);
    expect(r.error).toEqual({ path: 'locked.txt', message: 'permission denied' });
  });

  it('skips a file over 50 MB with a note', async () => {
    const e = entryFor('huge.txt', '');
    const { truncateSync } = await import('node:fs');
    truncateSync(e.absPath, 50 * 1024 * 1024 + 1);
    const r = await readDocument(e);
    expect(r.document).toBeNull();
    expect(r.notes.map((n) => n.code)).toEqual(['skipped-large']);
  });

  it('applies sidecar metadata over what the text says, and sets the group', async () => {
    const list = await listFiles(['fixtures/inputs/tree'], { cwd: REPO });
    const alpha = list.files.find((f) => f.path.endsWith('alpha.txt'))!;
    const plain = await readDocument(alpha);
    expect(plain.document!.date).toBe('2022-03-03');
    const withMeta = await readDocument(alpha, { meta: list.meta });
    expect(withMeta.document!.date).toBe('2021-02-03');
    expect(withMeta.document!.source).toBe('Tree Wire');
    expect(withMeta.document!.title).toBe('Ferry service resumes on the northern route');
    expect(withMeta.document!.group).toBe('fixtures/inputs/tree');
    const beta = await readDocument(list.files.find((f) => f.path.endsWith('beta.md'))!, { meta: list.meta });
    expect(beta.document!.date).toBe('2022-04-05');
  });
});
