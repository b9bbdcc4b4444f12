// Money in two currencies is never set against each other (no exchange rate is known);
// the same currency still is.
import { describe, expect, it } from 'vitest';
import { compileRules, scanDocuments } from '../../src/engine/scan.js';
import { builtinRules, doc } from '../helpers.js';

const rules = compileRules(builtinRules());
const bank = (profit: string): string => `Profits for the year to 31 December rose 20% to ${profit}, the bank said.`;

describe('currencies', () => {
  it('£4.6bn and $6.2bn profits are not a conflict', () => {
    const r = scanDocuments([doc('a.txt', bank('£4.6bn')), doc('b.txt', bank('$6.2bn'))], rules);
    expect(r.assertions.filter((a) => a.rule === 'profit')).toHaveLength(2);
    expect(r.conflicts.filter((c) => c.rule === 'profit')).toEqual([]);
  });
  it('£4.6bn and £6.2bn are', () => {
    const r = scanDocuments([doc('a.txt', bank('£4.6bn')), doc('b.txt', bank('£6.2bn'))], rules);
    expect(r.conflicts.filter((c) => c.rule === 'profit').map((c) => c.relation)).toEqual(['contradiction']);
  });
});
