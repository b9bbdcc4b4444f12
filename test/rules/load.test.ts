import { describe, expect, it } from 'vitest';
import { RuleError, RuleErrors } from '../../src/rules/errors.js';
import { loadPackFile, loadRuleSet, readPack } from '../../src/rules/load.js';
import { problems, quantityPack, tempDir, write } from './helpers.js';

const dir = tempDir();
let n = 0;
/** Write a pack to its own file and return its problems when loaded. */
function check(text: string): { file: string; errors: string[] } {
  const file = write(dir, `p${++n}.yaml`, text);
  return { file, errors: problems(() => loadPackFile(file)) };
}

describe('loadPackFile', () => {
  it('loads a valid pack', () => {
    const file = write(dir, 'ok.yaml', quantityPack('    tolerance: 0.05\n'));
    const pack = loadPackFile(file);
    expect(pack.name).toBe('beds');
    expect(pack.rules).toHaveLength(1);
    const rule = pack.rules[0]!;
    expect(rule.spec.id).toBe('bed-count');
    expect(rule.severity).toBe('warning');
    expect(rule.origin).toBe(`${file}:3:5`);
    expect(rule.pack).toBe('beds');
  });

  it('RuleError prints file:line:column: message', () => {
    const e = new RuleError('rules/x.yaml', 3, 5, 'boom');
    expect(String(e)).toBe('rules/x.yaml:3:5: boom');
    expect(e.message).toBe('boom');
    const all = new RuleErrors([e, new RuleError('rules/x.yaml', 1, 1, 'first')]);
    expect(all.message).toBe('rules/x.yaml:1:1: first\nrules/x.yaml:3:5: boom');
  });

  it('wrong type', () => {
    const { file, errors } = check(quantityPack('    min: ten\n'));
    expect(errors).toEqual([`${file}:8:10: min must be a number of at least 0`]);
  });

  it('a negative max', () => {
    const { file, errors } = check(quantityPack('    max: -5\n'));
    expect(errors).toEqual([`${file}:8:10: max must be a number of at least 0`]);
  });

  it('wrong type of a list', () => {
    const { file, errors } = check(quantityPack('    units: "%"\n'));
    expect(errors).toEqual([`${file}:8:12: units must be a list (got string "%")`]);
  });

  it('out-of-range tolerance', () => {
    const { file, errors } = check(quantityPack('    tolerance: 1.5\n'));
    expect(errors).toEqual([`${file}:8:16: tolerance must be a number between 0 and 1`]);
  });

  it('unknown field', () => {
    const { file, errors } = check(quantityPack('    tolerence: 0.05\n'));
    expect(errors).toEqual([`${file}:8:5: unknown field "tolerence" in rule bed-count`]);
  });

  it('unknown top-level field', () => {
    const { file, errors } = check(`pakc: beds\n${quantityPack().split('\n').slice(1).join('\n')}`);
    expect(errors).toEqual([`${file}:1:1: unknown field "pakc"`]);
  });

  it('field of another kind', () => {
    const { file, errors } = check(quantityPack('    scale: [a, b]\n'));
    expect(errors).toEqual([`${file}:8:5: field "scale" does not apply to quantity rules in rule bed-count`]);
  });

  it('unknown kind', () => {
    const { file, errors } = check(quantityPack().replace('kind: quantity', 'kind: quantitty'));
    expect(errors).toEqual([`${file}:4:11: unknown kind "quantitty" (expected quantity, status, date, frame, claim or name)`]);
  });

  it('missing required field', () => {
    const { file, errors } = check(quantityPack().replace('    subject: hospital beds\n', ''));
    expect(errors).toEqual([`${file}:3:5: missing field "subject" in rule bed-count`]);
  });

  it('missing lexicon for the kind', () => {
    const { file, errors } = check('rules:\n  - id: x\n    kind: date\n    subject: the vote\n');
    expect(errors).toEqual([`${file}:2:5: missing field "lexicon" in rule x`]);
  });

  it('empty lexicon', () => {
    const a = check(quantityPack().replace('      nouns: [beds]\n', '      context: [hospital]\n'));
    expect(a.errors).toEqual([`${a.file}:7:7: empty lexicon in rule bed-count: give at least one of nouns, generic, frames or verbs`]);
    const b = check(quantityPack().replace('nouns: [beds]', 'nouns: []'));
    expect(b.errors).toEqual([`${b.file}:7:14: lexicon.nouns must not be empty`]);
  });

  it('bad window and severity', () => {
    const { file, errors } = check(quantityPack('    window: 3 months\n    severity: fatal\n'));
    expect(errors).toEqual([
      `${file}:8:13: window must be a duration such as 12h, 90d, 2w, 6mo or 1y, or never (got "3 months")`,
      `${file}:9:15: severity must be error, warning or info (got "fatal")`,
    ]);
  });

  it('bad rule id', () => {
    const { file, errors } = check(quantityPack('', 'Bed_Count'));
    expect(errors).toEqual([
      `${file}:3:9: rule id must be kebab-case: lowercase letters, digits and hyphens, e.g. troop-count (got "Bed_Count")`,
    ]);
  });

  it('example missing text', () => {
    const { file, errors } = check(quantityPack('    examples:\n      match:\n        - value: 40\n'));
    expect(errors).toEqual([`${file}:10:11: missing field "examples.match[0].text" in rule bed-count`]);
  });

  it('example with a bad role', () => {
    const { file, errors } = check(quantityPack('    examples:\n      match:\n        - { text: 40 beds, role: total }\n'));
    expect(errors).toEqual([`${file}:10:34: role must be count, change, earlier, increment, part or rate (got "total")`]);
  });

  it('duplicate id within a pack', () => {
    const { file, errors } = check(
      quantityPack() + '  - id: bed-count\n    kind: quantity\n    subject: beds\n    lexicon: { nouns: [cots] }\n',
    );
    expect(errors).toEqual([`${file}:8:5: duplicate rule id "bed-count" (first defined at ${file}:3:5)`]);
  });

  it('YAML syntax error', () => {
    const { file, errors } = check(quantityPack().replace('nouns: [beds]', 'nouns: [beds'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${file}:8:1: YAML syntax error: .*\\]`));
  });

  it('duplicate key is a syntax error', () => {
    const { file, errors } = check(quantityPack('    min: 1\n    min: 2\n'));
    expect(errors).toEqual([`${file}:9:5: YAML syntax error: Map keys must be unique`]);
  });

  it('a nested quantifier loads in a user pack: it runs on RE2, in linear time', () => {
    const { errors } = check(quantityPack().replace('nouns: [beds]', "nouns: ['/(a+)+$/']"));
    expect(errors).toEqual([]);
  });

  it('unsafe regex in a built-in pack (run on V8)', () => {
    const file = write(dir, 'builtin-unsafe.yaml', quantityPack().replace('nouns: [beds]', "nouns: ['/(a+)+$/']"));
    const { errors } = readPack(file, file, true, false);
    expect(errors.map(String)).toEqual([`${file}:7:15: unsafe regular expression /(a+)+$/ (catastrophic backtracking)`]);
  });

  it('lookaround and backreferences are refused in a user pack, not for RE2 in a built-in one', () => {
    const text = quantityPack().replace('nouns: [beds]', "nouns: ['/(?<=hospital )beds/', '/cots(?= in)/', '/(b)\\1eds/']");
    const { file, errors } = check(text);
    const engine = 'a user pack cannot: its expressions run on RE2, a linear-time engine without lookaround or backreferences';
    expect(errors).toEqual([
      `${file}:7:15: regular expression /(?<=hospital )beds/ uses lookbehind, which ${engine}`,
      `${file}:7:39: regular expression /cots(?= in)/ uses lookahead, which ${engine}`,
      `${file}:7:56: regular expression /(b)\\1eds/ uses a backreference, which ${engine}`,
    ]);
    // A built-in pack runs on V8: no RE2 limits (safe-regex2 still judges the shape).
    expect(readPack(write(dir, 'builtin-lookaround.yaml', text), 'b.yaml', true, false).errors.map(String).join('\n')).not.toMatch(/RE2/);
  });

  it('a not_after word is read in a lookbehind: no capturing group', () => {
    const pack = `rules:\n  - id: x\n    kind: status\n    subject: x\n    lexicon: { nouns: [talks], not_after: ['/(peace) /', '/(?:drone) /'] }\n    scale: [a, b]\n    states: { a: [aa] }\n`;
    const { file, errors } = check(pack);
    expect(errors).toEqual([
      `${file}:5:44: regular expression /(peace) / has a capturing group: a not_after word is read inside a lookbehind, where RE2 allows none (write (?:...))`,
    ]);
  });

  it('invalid regex', () => {
    const { file, errors } = check(quantityPack().replace('nouns: [beds]', "nouns: [beds, '/(beds/i']"));
    expect(errors).toEqual([`${file}:7:21: invalid regular expression /(beds/i: Unterminated group`]);
  });

  it('regex with a stateful flag', () => {
    const { file, errors } = check(quantityPack().replace('nouns: [beds]', "nouns: ['/beds?/g']"));
    expect(errors).toEqual([`${file}:7:15: unsupported flag "g" in regular expression /beds?/g (allowed: i, m, s, u)`]);
  });

  it('safe regex phrases load', () => {
    const { errors } = check(quantityPack().replace('nouns: [beds]', "nouns: ['/beds?/i', hospital beds]"));
    expect(errors).toEqual([]);
  });

  const statusPack = (states: string, incompatible = '[[ongoing, concluded]]'): string => `pack: talks
rules:
  - id: talks-status
    kind: status
    subject: talks
    lexicon: { nouns: [talks, negotiations] }
    scale: [none, planned, ongoing, concluded]
    states:
${states}    incompatible: ${incompatible}
`;

  it('status: a valid rule loads with defaults', () => {
    const file = write(dir, 'talks-ok.yaml', statusPack('      ongoing: [under way]\n', '[]'));
    const rule = loadPackFile(file).rules[0]!;
    expect(rule.spec.kind).toBe('status');
  });

  it('status: state not in scale', () => {
    const { file, errors } = check(statusPack('      ongoin: [under way]\n      concluded: [ended]\n'));
    expect(errors).toEqual([
      `${file}:9:7: state "ongoin" is not in the scale in rule talks-status (scale: none, planned, ongoing, concluded)`,
    ]);
  });

  it('status: incompatible state not in scale', () => {
    const { file, errors } = check(statusPack('      ongoing: [under way]\n', '[[ongoing, finished]]'));
    expect(errors).toEqual([
      `${file}:10:30: state "finished" is not in the scale in rule talks-status (scale: none, planned, ongoing, concluded)`,
    ]);
  });

  it('status: missing scale', () => {
    const { file, errors } = check(statusPack('      ongoing: [under way]\n').replace('    scale: [none, planned, ongoing, concluded]\n', ''));
    expect(errors).toEqual([`${file}:3:5: missing field "scale" in rule talks-status`]);
  });

  it('custom tag', () => {
    const { file, errors } = check(quantityPack('    description: !!js/function "function () {}"\n'));
    expect(errors).toEqual([`${file}:8:18: unknown tag !!js/function (tags are not allowed here)`]);
  });

  it('local tag', () => {
    const { file, errors } = check(quantityPack('    description: !evil x\n'));
    expect(errors).toEqual([`${file}:8:18: unknown tag !evil (tags are not allowed here)`]);
  });

  it('alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    ].join('\n');
    const { file, errors } = check(bomb + '\n');
    expect(errors).toEqual([
      `${file}:2:8: too many alias expansions (more than 100): aliases may not multiply the document`,
    ]);
  });

  it('a few aliases are fine', () => {
    const { errors } = check(quantityPack().replace('nouns: [beds]', 'nouns: &n [beds]\n      frames: *n'));
    expect(errors).toEqual([]);
  });

  it('too-deep flow nesting (10,000 levels) is refused before parsing', () => {
    const text = `pack: deep\nrules: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const { file, errors } = check(text);
    expect(errors).toEqual([`${file}:2:71: nesting is deeper than 64 levels`]);
  });

  it('too-deep block nesting is refused', () => {
    let text = 'pack: deep\nrules:\n';
    for (let i = 0; i < 70; i++) text += `${' '.repeat(i * 2)}k${i}:\n`;
    const { file, errors } = check(text + `${' '.repeat(140)}x: 1\n`);
    expect(errors).toEqual([`${file}:67:129: nesting is deeper than 64 levels`]);
  });

  it('nesting under the limit and brackets in text are fine', () => {
    const { errors } = check(
      quantityPack(
        "    description: 'a [bracket, [[[[ unclosed'\n    examples:\n      no_match:\n        - He said [sic] it was [[[[ fine\n        - |\n          [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
      ),
    );
    expect(errors).toEqual([]);
  });

  it('file larger than 1 MB', () => {
    const { file, errors } = check(quantityPack(`    description: ${'x'.repeat(1_100_000)}\n`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${file}:1:1: pack file is too large \\(\\d+ bytes; the limit is 1 MB\\)$`));
  });

  it('empty file', () => {
    const { file, errors } = check('# nothing\n');
    expect(errors).toEqual([`${file}:1:1: pack file is empty`]);
  });

  it('a pack with neither rules nor aliases', () => {
    const { file, errors } = check('pack: nothing\n');
    expect(errors).toEqual([`${file}:1:1: the pack has no rules and no aliases`]);
  });

  it('several problems are all reported, in order', () => {
    const { file, errors } = check(quantityPack('    tolerance: 2\n    hedge_tolerence: 0.1\n'));
    expect(errors).toEqual([
      `${file}:8:16: tolerance must be a number between 0 and 1`,
      `${file}:9:5: unknown field "hedge_tolerence" in rule bed-count`,
    ]);
  });

  it('alias entries', () => {
    const ok = check('pack: geo\naliases:\n  iraq: { display: Iraq, names: [Iraq, Baghdad] }\n');
    expect(ok.errors).toEqual([]);
    const bad = check('pack: geo\naliases:\n  iraq: { display: Iraq, names: [Iraq] }\n  Syria: { display: Syria }\n');
    expect(bad.errors).toEqual([
      `${bad.file}:4:3: invalid id "Syria" in aliases: use lowercase letters, digits and hyphens, e.g. troop-count`,
      `${bad.file}:4:10: missing field "aliases.Syria.names" in aliases.Syria`,
    ]);
    const dup = check('pack: geo\naliases:\n  a: { display: A, names: [X] }\n  b: { display: B, names: [Y, X] }\n');
    expect(dup.errors).toEqual([`${dup.file}:4:31: alias name "X" of b is already a name of a (${dup.file}:3:28)`]);
  });
});

describe('loadRuleSet', () => {
  it('loads the built-in packs with no error', () => {
    const set = loadRuleSet();
    expect(set.rules.map((r) => r.spec.id)).toContain('troop-count');
    const troop = set.rules.find((r) => r.spec.id === 'troop-count')!;
    expect(troop.origin).toBe('rules/forces.yaml:5:5');
    expect(troop.severity).toBe('error');
    expect(set.aliases.get('iraq')?.names).toContain('Baghdad');
    expect(set.packs?.map((p) => p.name)).toEqual(expect.arrayContaining(['forces', 'places']));
    expect(set.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(loadRuleSet().hash).toBe(set.hash);
  });

  it('builtin: false loads only the given packs, folders in sorted order', () => {
    const d = tempDir();
    write(d, 'packs/b.yaml', quantityPack('', 'b-count').replace('pack: beds', 'pack: b'));
    write(d, 'packs/a.yml', quantityPack('', 'a-count').replace('pack: beds', 'pack: a'));
    write(d, 'packs/notes.txt', 'not a pack');
    const set = loadRuleSet({ builtin: false, packs: [`${d}/packs`] });
    expect(set.rules.map((r) => r.spec.id)).toEqual(['a-count', 'b-count']);
    expect(set.rules[0]!.origin).toBe(`${d}/packs/a.yml:3:5`);
  });

  it('duplicate id across packs', () => {
    const d = tempDir();
    const p = write(d, 'troops.yaml', quantityPack('', 'troop-count').replace('pack: beds', 'pack: troops'));
    expect(problems(() => loadRuleSet({ packs: [p] }))).toEqual([
      `${p}:3:5: duplicate rule id "troop-count" (first defined at rules/forces.yaml:5:5)`,
    ]);
  });

  it('errors from several packs are all reported', () => {
    const d = tempDir();
    const a = write(d, 'a.yaml', quantityPack('    tolerance: 3\n', 'a-count').replace('pack: beds', 'pack: a'));
    const b = write(d, 'b.yaml', quantityPack('    min: -1\n', 'b-count').replace('pack: beds', 'pack: b'));
    expect(problems(() => loadRuleSet({ builtin: false, packs: [a, b] }))).toEqual([
      `${a}:8:16: tolerance must be a number between 0 and 1`,
      `${b}:8:10: min must be a number of at least 0`,
    ]);
  });

  it('a missing pack path', () => {
    expect(problems(() => loadRuleSet({ builtin: false, packs: ['no/such/pack.yaml'] }))).toEqual([
      'no/such/pack.yaml:1:1: pack not found: no/such/pack.yaml',
    ]);
  });

  it('the hash changes with the packs', () => {
    const d = tempDir();
    const p = write(d, 'x.yaml', quantityPack());
    const h1 = loadRuleSet({ packs: [p] }).hash;
    write(d, 'x.yaml', quantityPack('    min: 2\n'));
    expect(loadRuleSet({ packs: [p] }).hash).not.toBe(h1);
    expect(loadRuleSet().hash).not.toBe(h1);
  });
});

describe('docs/rules.md', () => {
  it('the complete example pack loads alongside the built-in packs', async () => {
    const { readFileSync } = await import('node:fs');
    const md = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    const m = /`rules\/health\.yaml`:\n\n```yaml\n([\s\S]*?)```/.exec(md);
    expect(m).not.toBeNull();
    const d = tempDir();
    const p = write(d, 'health.yaml', m![1]!);
    const set = loadRuleSet({ packs: [p] });
    const rule = set.rules.find((r) => r.spec.id === 'hospital-beds');
    expect(rule?.spec.kind).toBe('quantity');
    expect(rule?.spec.examples?.match).toHaveLength(3);
  });
});
