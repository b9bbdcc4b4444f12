import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/inputs/index.js';
import { FIXTURES, REPO, tempDir } from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('listFiles', () => {
  it('walks folders recursively in display-path order, honouring .claimdiffignore', async () => {
    const r = await listFiles(['fixtures/inputs/tree'], { cwd: REPO });
    expect(r.errors).toEqual([]);
    expect(r.files.map((f) => f.path)).toEqual([
      'fixtures/inputs/tree/alpha.txt',
      'fixtures/inputs/tree/sub/beta.md',
      'fixtures/inputs/tree/sub/deeper/gamma.html',
    ]);
    expect(r.files[1]!.group).toBe('fixtures/inputs/tree/sub');
    expect(r.files[0]!.absPath).toBe(path.join(FIXTURES, 'tree', 'alpha.txt'));
  });

  it('gives the same order whatever the argument order, and de-duplicates', async () => {
    const a = await listFiles(['fixtures/inputs/tree/sub', 'fixtures/inputs/tree/alpha.txt', 'fixtures/inputs/tree'], { cwd: REPO });
    const b = await listFiles(['fixtures/inputs/tree', 'fixtures/inputs/tree/alpha.txt'], { cwd: REPO });
    expect(a.files.map((f) => f.path)).toEqual(b.files.map((f) => f.path));
    expect(a.files).toHaveLength(3);
  });

  it('uses paths relative to cwd, and the given path outside it', async () => {
    const inside = await listFiles([path.join(FIXTURES, 'tree', 'sub')], { cwd: REPO });
    expect(inside.files.map((f) => f.path)).toEqual(['fixtures/inputs/tree/sub/beta.md', 'fixtures/inputs/tree/sub/deeper/gamma.html']);
    const outside = await listFiles(['../sub'], { cwd: path.join(FIXTURES, 'tree', 'drafts') });
    expect(outside.files.map((f) => f.path)).toEqual(['../sub/beta.md', '../sub/deeper/gamma.html']);
    const top = await listFiles(['.'], { cwd: path.join(FIXTURES, 'tree') });
    expect(top.files.map((f) => f.path)).toEqual(['alpha.txt', 'sub/beta.md', 'sub/deeper/gamma.html']);
    expect(top.files[0]!.group).toBe('.');
  });

  it('applies --ignore globs', async () => {
    const r = await listFiles(['fixtures/inputs/tree'], { cwd: REPO, ignore: ['*.html', 'alpha.txt'] });
    expect(r.files.map((f) => f.path)).toEqual(['fixtures/inputs/tree/sub/beta.md']);
    const dirs = await listFiles(['fixtures/inputs/tree'], { cwd: REPO, ignore: ['sub/'] });
    expect(dirs.files.map((f) => f.path)).toEqual(['fixtures/inputs/tree/alpha.txt']);
  });

  it('notes an explicitly named file that an --ignore glob excludes', async () => {
    const r = await listFiles(['fixtures/inputs/tree/alpha.txt'], { cwd: REPO, ignore: ['**/alpha.txt'] });
    expect(r.files).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['ignored']);
  });

  it('reads an explicitly named file whatever its extension', async () => {
    const r = await listFiles(['fixtures/inputs/tree/notes.json', 'fixtures/inputs/tree/alpha.txt'], { cwd: REPO });
    expect(r.files.map((f) => f.path)).toEqual(['fixtures/inputs/tree/alpha.txt', 'fixtures/inputs/tree/notes.json']);
  });

  it('treats a named file that .claimdiffignore excludes as --ignore does: not read, with a note', async () => {
    const r = await listFiles(['fixtures/inputs/tree/drafts/wip.txt'], { cwd: REPO });
    expect(r.files).toEqual([]);
    expect(r.notes).toEqual([{ path: 'fixtures/inputs/tree/drafts/wip.txt', code: 'ignored', message: 'fixtures/inputs/tree/drafts/wip.txt: ignored by .claimdiffignore' }]);
  });

  it('reports a missing path as an error, and keeps going', async () => {
    const r = await listFiles(['no/such/place.txt', 'fixtures/inputs/tree/alpha.txt'], { cwd: REPO });
    expect(r.errors).toEqual([{ path: 'no/such/place.txt', message: 'no such file or directory' }]);
    expect(r.files).toHaveLength(1);
  });

  it('collects claimdiff-meta.yaml sidecars instead of listing them as articles', async () => {
    const r = await listFiles(['fixtures/inputs/tree'], { cwd: REPO });
    expect(r.files.some((f) => f.path.endsWith('claimdiff-meta.yaml'))).toBe(false);
    expect(r.meta.get('fixtures/inputs/tree/alpha.txt')).toEqual({ date: '2021-02-03', source: 'Tree Wire' });
    expect(r.meta.get('fixtures/inputs/tree/sub/beta.md')).toEqual({ date: '2022-04-05' });
  });

  it('reports a bad sidecar date as an error naming the file and key', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    writeFileSync(path.join(t.dir, 'a.txt'), 'Some text.\n');
    writeFileSync(path.join(t.dir, 'claimdiff-meta.yaml'), 'a.txt: 2020-02-30\n');
    const r = await listFiles(['.'], { cwd: t.dir });
    expect(r.files.map((f) => f.path)).toEqual(['a.txt']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.path).toBe('claimdiff-meta.yaml');
    expect(r.errors[0]!.message).toContain('"a.txt"');
    expect(r.errors[0]!.message).toContain('2020-02-30');
  });

  it('follows symlinks to files but does not loop on directory symlink cycles', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const a = path.join(t.dir, 'a');
    mkdirSync(path.join(a, 'b'), { recursive: true });
    writeFileSync(path.join(a, 'b', 'story.txt'), 'A story.\n');
    writeFileSync(path.join(t.dir, 'outside.md'), 'Outside.\n');
    symlinkSync(a, path.join(a, 'b', 'loop'), 'dir'); // a/b/loop -> a
    symlinkSync(path.join(t.dir, 'outside.md'), path.join(a, 'linked.md'), 'file');
    symlinkSync(path.join(t.dir, 'missing.txt'), path.join(a, 'broken.txt'), 'file');
    const r = await listFiles(['a'], { cwd: t.dir });
    // outside.md lies outside the named folder: not followed unless asked.
    expect(r.files.map((f) => f.path)).toEqual(['a/b/story.txt']);
    expect(r.notes.map((n) => n.code).sort()).toEqual(['broken-link', 'outside-link', 'symlink-loop']);
    const followed = await listFiles(['a'], { cwd: t.dir, follow: true });
    expect(followed.files.map((f) => f.path)).toEqual(['a/b/story.txt', 'a/linked.md']);
  });
});
