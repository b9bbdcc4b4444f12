// A note is one line on stderr. File names are the user's and may hold line breaks;
// printed raw, "a<LF>claimdiff: all clear.txt" would forge a note of its own (found by
// the CLI fuzz test, test/robust/cli-fuzz.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warn } from '../../src/cli/io.js';

describe('warn', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['LF', 'a\nclaimdiff: all clear.txt: skipped, binary data'],
    ['CR LF', 'a\r\nclaimdiff: all clear.txt: skipped, binary data'],
    ['lone CR', 'a\rclaimdiff: all clear.txt: skipped, binary data'],
    ['LINE SEPARATOR', 'a\u2028claimdiff: all clear.txt: skipped, binary data'],
    ['PARAGRAPH SEPARATOR', 'a\u2029claimdiff: all clear.txt: skipped, binary data'],
  ])('keeps a file name with a %s in it on one line', (_, note) => {
    let out = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    warn(note);
    expect(out).toBe('claimdiff: a claimdiff: all clear.txt: skipped, binary data\n');
  });
});
