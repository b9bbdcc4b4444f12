import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles, loadMeta, MetaError, readDocument } from '../../src/inputs/index.js';
import { tempDir } from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(files: Record<string, string>): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(t.dir, name), text);
  return t.dir;
}

describe('loadMeta', () => {
  it('reads YAML: a date string or {date, source, title}, keys relative to the sidecar', async () => {
    const dir = setup({ 'meta.yaml': 'a.txt: 2020-01-29\nb.md:\n  date: "2020-02-01"\n  source: Harbour Gazette\n  title: A better title\n' });
    const t = await loadMeta('meta.yaml', dir);
    expect(t.get('a.txt')).toEqual({ date: '2020-01-29' });
    expect(t.get('b.md')).toEqual({ date: '2020-02-01', source: 'Harbour Gazette', title: 'A better title' });
    const fromParent = await loadMeta(path.join(path.basename(dir), 'meta.yaml'), path.dirname(dir));
    expect(fromParent.get(`${path.basename(dir)}/a.txt`)).toEqual({ date: '2020-01-29' });
  });

  it('reads JSON', async () => {
    const dir = setup({ 'meta.json': '{"a.txt": {"date": "2021-12-31", "source": "Wire"}}' });
    expect((await loadMeta('meta.json', dir)).get('a.txt')).toEqual({ date: '2021-12-31', source: 'Wire' });
  });

  for (const [yaml, key, bad] of [
    ['a.txt: 29/01/2020\n', 'a.txt', '29/01/2020'],
    ['b.txt:\n  date: 2020-13-01\n', 'b.txt', '2020-13-01'],
    ['c.txt:\n  date: January 5 2020\n', 'c.txt', 'January 5 2020'],
  ] as const) {
    it(`rejects the bad date ${JSON.stringify(bad)} naming file and key`, async () => {
      const dir = setup({ 'meta.yaml': yaml });
      const err = await loadMeta('meta.yaml', dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MetaError);
      expect((err as MetaError).path).toBe('meta.yaml');
      expect((err as MetaError).key).toBe(key);
      expect((err as MetaError).message).toContain(bad);
      expect((err as MetaError).message).not.toContain('\n');
    });
  }

  it('rejects unknown fields, non-mappings and malformed YAML', async () => {
    const dir = setup({ 'x.yaml': 'a.txt:\n  author: Someone\n', 'y.yaml': '- a\n- b\n', 'z.yaml': 'a: [1, 2\n' });
    await expect(loadMeta('x.yaml', dir)).rejects.toThrow(/unknown field "author"/);
    await expect(loadMeta('y.yaml', dir)).rejects.toThrow(/mapping/);
    await expect(loadMeta('z.yaml', dir)).rejects.toBeInstanceOf(MetaError);
    await expect(loadMeta('none.yaml', dir)).rejects.toThrow(/no such file/);
  });

  it('overrides what the article says', async () => {
    const dir = setup({
      'story.txt': 'Old headline\nSource: Text Wire; Published: 2019-05-05\n\nThe count was 12.\n',
      'meta.yaml': 'story.txt: {date: 2019-06-01, source: Sidecar News, title: New headline}\n',
    });
    const meta = await loadMeta('meta.yaml', dir);
    const { files } = await listFiles(['story.txt'], { cwd: dir });
    const plain = (await readDocument(files[0]!)).document!;
    expect([plain.date, plain.source, plain.title]).toEqual(['2019-05-05', 'Text Wire', 'Old headline']);
    const over = (await readDocument(files[0]!, { meta })).document!;
    expect([over.date, over.source, over.title]).toEqual(['2019-06-01', 'Sidecar News', 'New headline']);
  });
});
