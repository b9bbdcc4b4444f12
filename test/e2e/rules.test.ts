// End to end: rule packs through the built CLI. `rules test|list|show`, a user's
// pack adding a subject (--rules, .claimdiff.yaml found upward, --config), config
// overrides (off, severity, aliases), and pack mistakes as one positioned line with
// exit code 2. Each test works in its own temp folder, so that paths in messages
// are short and no .claimdiff.yaml of the project is picked up.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff, type Run } from './cli.js';

interface JsonConflict {
  rule: string;
  subject: string;
  severity: string;
  relation: string;
  claims: Array<{ document: string; normalized: number | string }>;
}
interface JsonReport {
  conflicts: JsonConflict[];
  summary: Record<string, number>;
}

const packsDir = join(root, 'fixtures', 'packs');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'claimdiff-rules-'));
}

function write(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}

/** A temp folder with the hospital-beds pack (health.yaml) and two articles that disagree on the bed count. */
function bedsStory(): string {
  const dir = tempDir();
  copyFileSync(join(packsDir, 'health.yaml'), join(dir, 'health.yaml'));
  write(
    dir,
    'articles/001.txt',
    "Halvik hospitals stretched\n\nHALVIK, March 3 (Northline) - The city's hospitals have 1,200 beds, the health office said on Tuesday.\n",
  );
  write(
    dir,
    'articles/002.txt',
    "Doctors warn of shortage\n\nHALVIK, March 3 - The city's hospitals have only 800 beds, doctors said, far fewer than officials claim.\n",
  );
  return dir;
}

function json(r: Run): JsonReport {
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as JsonReport;
}

const byRule = (report: JsonReport, rule: string): JsonConflict[] => report.conflicts.filter((c) => c.rule === rule);
const values = (c: JsonConflict | undefined): Array<number | string> => (c?.claims.map((k) => k.normalized) ?? []).sort();

/** The run failed with exactly one stderr line, `file:line:column: message` as editors read it, and printed nothing on stdout. */
function expectOneError(r: Run, line: string | RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  const [only] = lines;
  expect(only).toMatch(/^[^\s:]+:\d+:\d+: \S/);
  if (typeof line === 'string') expect(only).toBe(line);
  else expect(only).toMatch(line);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('claimdiff rules test', () => {
  test('the built-in packs pass: exit 0 and the count', () => {
    const r = claimdiff(['rules', 'test', '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ examples passed, 0 failed\n$/);
    expect(Number(/^(\d+)/.exec(r.stdout)?.[1])).toBeGreaterThan(50);
  });

  test('a user pack whose examples hold passes; only its own examples run', () => {
    const r = claimdiff(['rules', 'test', join(packsDir, 'health.yaml'), '--no-config']);
    expect(r).toMatchObject({ code: 0, stdout: '4 examples passed, 0 failed\n', stderr: '' });
  });

  test('a pack whose examples do not hold fails: exit 1, file:line:column, expected and got', () => {
    const dir = tempDir();
    copyFileSync(join(packsDir, 'broken-example.yaml'), join(dir, 'bad-pack.yaml'));
    const r = claimdiff(['rules', 'test', 'bad-pack.yaml', '--no-config'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      '✖ bad-pack.yaml:14:11: clinic-beds: "The clinic has 1,200 beds.": expected count 1500, got count 1200',
      expect.stringMatching(/^✖ bad-pack\.yaml:18:11: clinic-beds: "The clinic has 300 beds\.": expected no match, got count 300\b/),
      '0 examples passed, 2 failed',
    ]);
  });

  test('the named pack only, however its path is written (./x, ../x, absolute, a folder)', () => {
    const dir = tempDir();
    copyFileSync(join(packsDir, 'broken-example.yaml'), join(dir, 'bad-pack.yaml'));
    mkdirSync(join(dir, 'sub'));
    for (const [cwd, arg] of [
      [dir, './bad-pack.yaml'],
      [join(dir, 'sub'), '../bad-pack.yaml'],
      [join(dir, 'sub'), join(dir, 'bad-pack.yaml')],
      [join(dir, 'sub'), '..'],
    ] as const) {
      const r = claimdiff(['rules', 'test', arg, '--no-config'], { cwd });
      expect(r.code, arg).toBe(1);
      // Two failures and no passes: the built-in packs' examples were not run.
      expect(r.stdout.trimEnd().split('\n').at(-1), arg).toBe('0 examples passed, 2 failed');
    }
  });

  test('a built-in pack named by its path runs its own examples only', () => {
    const all = claimdiff(['rules', 'test', '--no-config']);
    const one = claimdiff(['rules', 'test', 'rules/forces.yaml', '--no-config']);
    expect(one.code).toBe(0);
    const n = (r: Run): number => Number(/^(\d+) examples passed/m.exec(r.stdout)?.[1]);
    expect(n(one)).toBeGreaterThan(0);
    expect(n(one)).toBeLessThan(n(all));
  });

  test('a pack with only aliases has no examples to run', () => {
    const dir = tempDir();
    write(dir, 'names.yaml', 'aliases:\n  kestria:\n    display: Kestria\n    names: [Kestria, Kestrian]\n');
    const r = claimdiff(['rules', 'test', 'names.yaml', '--no-config'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '0 examples passed, 0 failed\n' });
  });

  test('a schema mistake: exit 2, one file:line:column line, no stack trace', () => {
    const dir = tempDir();
    write(dir, 'bad-pack.yaml', 'rules:\n  - id: bed-count\n    kind: quantity\n    subject: beds\n    tolerance: 5\n    lexicon: { nouns: [beds] }\n');
    expectOneError(claimdiff(['rules', 'test', 'bad-pack.yaml', '--no-config'], { cwd: dir }), 'bad-pack.yaml:5:16: tolerance must be a number between 0 and 1');
  });

  test('a pack that does not exist: exit 2, one line', () => {
    const dir = tempDir();
    expectOneError(claimdiff(['rules', 'test', 'missing.yaml', '--no-config'], { cwd: dir }), 'missing.yaml:1:1: pack not found: missing.yaml');
  });
});

describe('a user pack adds a subject end to end (hospital beds)', () => {
  test('--rules: the two bed counts are a conflict of the pack\'s rule (exit 1)', () => {
    const dir = bedsStory();
    const r = claimdiff(['scan', 'articles', '--rules', 'health.yaml', '--format', 'json', '--no-config', '--max-warnings', '0', '-q'], { cwd: dir });
    // The pack's rule is a warning: it fails the run only under --max-warnings.
    expect(r.code).toBe(1);
    expect(claimdiff(['scan', 'articles', '--rules', 'health.yaml', '--no-config'], { cwd: dir }).code).toBe(0);
    const beds = byRule(json(r), 'hospital-beds');
    expect(beds).toHaveLength(1);
    expect(beds[0]).toMatchObject({ subject: 'hospital beds', relation: 'contradiction', severity: 'warning' });
    expect(values(beds[0])).toEqual([1200, 800]);
  });

  test('without the pack: the generic frame finds the same conflict, as a warning (exit 0)', () => {
    const dir = bedsStory();
    const r = claimdiff(['scan', 'articles', '--format', 'json', '--no-config'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = json(r);
    // No rule names hospital beds: the figures are read as what the clause says ("the hospitals have N beds").
    expect(byRule(report, 'hospital-beds')).toEqual([]);
    const generic = byRule(report, 'generic-quantity');
    expect(generic).toHaveLength(1);
    expect(generic[0]).toMatchObject({ relation: 'contradiction', severity: 'warning' });
    expect(values(generic[0])).toEqual([1200, 800]);
  });

  test('a .claimdiff.yaml found upward from the working folder names the pack', () => {
    const dir = bedsStory();
    write(dir, '.claimdiff.yaml', 'packs: [health.yaml]\n');
    // Two levels below the config; the pack path is relative to the config file.
    const cwd = join(dir, 'articles', 'deeper');
    mkdirSync(cwd);
    const r = claimdiff(['scan', '..', '--format', 'json', '--max-warnings', '0', '-q'], { cwd });
    expect(r.code).toBe(1);
    expect(values(byRule(json(r), 'hospital-beds')[0])).toEqual([1200, 800]);
    const list = claimdiff(['rules', 'list'], { cwd });
    expect(list.stdout).toMatch(/^hospital-beds +quantity +hospital beds +warning +health$/m);
    // --no-config ignores it.
    expect(claimdiff(['scan', '..', '--no-config'], { cwd }).code).toBe(0);
  });

  test('--config FILE names the pack (relative to the config file, not the working folder)', () => {
    const dir = bedsStory();
    write(dir, 'conf/claimdiff.yaml', 'packs: [../health.yaml]\n');
    const r = claimdiff(['scan', 'articles', '--config', 'conf/claimdiff.yaml', '--format', 'json', '--max-warnings', '0', '-q'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(byRule(json(r), 'hospital-beds')).toHaveLength(1);
  });

  test('a folder of packs works with --rules too', () => {
    const dir = bedsStory();
    mkdirSync(join(dir, 'packs'));
    copyFileSync(join(dir, 'health.yaml'), join(dir, 'packs', 'health.yaml'));
    const r = claimdiff(['scan', 'articles', '--rules', 'packs', '--format', 'json', '--no-config', '--max-warnings', '0', '-q'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(byRule(json(r), 'hospital-beds')).toHaveLength(1);
  });
});

describe('config overrides', () => {
  const iraq = join(root, 'fixtures', 'iraq');

  test('troop-count: off removes the troop conflict in fixtures/iraq and shows as off', () => {
    const dir = tempDir();
    const before = claimdiff(['scan', iraq, '--format', 'json', '--no-config'], { cwd: dir });
    expect(byRule(json(before), 'troop-count')).toHaveLength(1);

    write(dir, '.claimdiff.yaml', 'rules:\n  troop-count: off\n');
    const after = claimdiff(['scan', iraq, '--format', 'json'], { cwd: dir });
    const report = json(after);
    expect(byRule(report, 'troop-count')).toEqual([]);
    // The other rules still run.
    expect(report.conflicts.length).toBeGreaterThan(0);

    const list = claimdiff(['rules', 'list'], { cwd: dir });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^troop-count +quantity +troops +off +forces$/m);
    const show = claimdiff(['rules', 'show', 'troop-count'], { cwd: dir });
    expect(show.stdout).toMatch(/^ +severity: +off\b/m);
  });

  test('a severity change shows in the JSON', () => {
    const dir = tempDir();
    write(dir, 'sev.yaml', 'rules:\n  troop-count: info\n');
    const r = claimdiff(['scan', iraq, '--format', 'json', '--config', 'sev.yaml'], { cwd: dir });
    const troops = byRule(json(r), 'troop-count');
    expect(troops).toHaveLength(1);
    expect(troops[0]?.severity).toBe('info');
    expect(claimdiff(['rules', 'list', '--config', 'sev.yaml'], { cwd: dir }).stdout).toMatch(/^troop-count +quantity +troops +info +forces$/m);
  });

  test('an alias makes two names of one place one scope', () => {
    const dir = tempDir();
    copyFileSync(join(packsDir, 'health.yaml'), join(dir, 'health.yaml'));
    write(dir, 'articles/001.txt', 'Kestria short of beds\n\nHospitals in Kestria have 1,200 beds, the health ministry said.\n');
    write(dir, 'articles/002.txt', 'Crisis in the capital\n\nHospitals in Varn have only 800 beds, a doctors union said.\n');

    // Kestria and Varn are two places: nothing to compare.
    const without = claimdiff(['scan', 'articles', '--rules', 'health.yaml', '--format', 'json', '--no-config'], { cwd: dir });
    expect(without.code).toBe(0);
    expect(json(without).conflicts).toEqual([]);

    // Varn, the capital, stands for Kestria: one scope, one conflict.
    write(dir, '.claimdiff.yaml', 'packs: [health.yaml]\naliases:\n  kestria: [Kestria, Kestrian, Varn]\n');
    const withAlias = claimdiff(['scan', 'articles', '--format', 'json', '--max-warnings', '0', '-q'], { cwd: dir });
    expect(withAlias.code).toBe(1);
    const beds = byRule(json(withAlias), 'hospital-beds');
    expect(beds).toHaveLength(1);
    expect(beds[0]?.subject).toBe('hospital beds · Kestria');
    expect(values(beds[0])).toEqual([1200, 800]);
  });

  test('an unknown rule id in the config: exit 2, its line, a suggestion', () => {
    const dir = tempDir();
    write(dir, '.claimdiff.yaml', 'rules:\n  troop-cuont: off\n');
    expectOneError(claimdiff(['rules', 'list'], { cwd: dir }), '.claimdiff.yaml:2:3: unknown rule "troop-cuont" in rules (did you mean troop-count?)');
  });
});

describe('pack mistakes through the CLI: exit 2, one file:line:column line', () => {
  const rule = (body: string): string => `rules:\n  - id: bed-count\n    kind: quantity\n    subject: beds\n${body}`;
  const cases: Array<[name: string, text: string, line: string | RegExp]> = [
    ['unknown kind', 'rules:\n  - id: bed-count\n    kind: quantitty\n    subject: beds\n    lexicon: { nouns: [beds] }\n', 'p.yaml:3:11: unknown kind "quantitty" (expected quantity, status, date, frame, claim or name)'],
    ['bad tolerance', rule('    tolerance: 1.5\n    lexicon: { nouns: [beds] }\n'), 'p.yaml:5:16: tolerance must be a number between 0 and 1'],
    ['unknown scope (topic is one)', rule('    scope: [place, city]\n    lexicon: { nouns: [beds] }\n'), 'p.yaml:5:20: unknown scope "city" (expected place, actor, parties, event or topic)'],
    ['a typo that leaves the lexicon empty is one error', rule('    lexicon: { noun: [beds] }\n'), 'p.yaml:5:16: unknown field "noun" in rule bed-count'],
    ['unknown field', rule('    tolerence: 0.1\n    lexicon: { nouns: [beds] }\n'), 'p.yaml:5:5: unknown field "tolerence" in rule bed-count'],
    ['YAML syntax error', rule('    lexicon: { nouns: [beds }\n'), 'p.yaml:5:29: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    // A user pack's expressions run on RE2 (linear time), which has no lookaround or backreferences.
    ['lookbehind in a user pack', rule("    lexicon: { nouns: ['/(?<=hospital )beds/'] }\n"), /^p\.yaml:5:24: regular expression \/\(\?<=hospital \)beds\/ uses lookbehind, .*RE2/],
    ['backreference in a user pack', rule("    lexicon: { nouns: [beds, '/(b)\\1eds/'] }\n"), /^p\.yaml:5:30: regular expression \/\(b\)\\1eds\/ uses a backreference, .*RE2/],
    ['custom tag', rule('    lexicon: !!js/function "function () {}"\n'), /^p\.yaml:5:14: unknown tag !!js\/function/],
    ['state off the scale', 'rules:\n  - id: x\n    kind: status\n    subject: x\n    lexicon: { nouns: [x] }\n    scale: [a, b]\n    states: { a: [aa], c: [cc] }\n', 'p.yaml:7:24: state "c" is not in the scale in rule x (scale: a, b)'],
    ['example value of the wrong type', rule('    lexicon: { nouns: [beds] }\n    examples:\n      match:\n        - { text: 40 beds, value: forty }\n'), 'p.yaml:8:35: value must be a number for a quantity rule (got "forty")'],
  ];
  for (const [name, text, line] of cases) {
    test(name, () => {
      const dir = tempDir();
      write(dir, 'p.yaml', text);
      expectOneError(claimdiff(['scan', '.', '--rules', 'p.yaml', '--no-config'], { cwd: dir }), line);
    });
  }

  test('the same line whichever command loads the pack', () => {
    const dir = tempDir();
    write(dir, 'p.yaml', rule('    tolerance: -0.1\n    lexicon: { nouns: [beds] }\n'));
    for (const args of [['rules', 'test', 'p.yaml'], ['rules', 'list', '--rules', 'p.yaml'], ['rules', 'show', 'bed-count', '--rules', 'p.yaml'], ['extract', '.', '--rules', 'p.yaml']]) {
      expectOneError(claimdiff([...args, '--no-config'], { cwd: dir }), 'p.yaml:5:16: tolerance must be a number between 0 and 1');
    }
  });

  test('a duplicate rule id across two packs names both places', () => {
    const dir = tempDir();
    const pack = 'rules:\n  - id: bed-count\n    kind: quantity\n    subject: beds\n    lexicon: { nouns: [beds] }\n';
    write(dir, 'one.yaml', pack);
    write(dir, 'two.yaml', `# the same rule again\n${pack}`);
    expectOneError(
      claimdiff(['rules', 'list', '--rules', 'one.yaml', '--rules', 'two.yaml', '--no-config'], { cwd: dir }),
      'two.yaml:3:5: duplicate rule id "bed-count" (first defined at one.yaml:2:5)',
    );
  });

  test('a rule id that a built-in pack already uses', () => {
    const dir = tempDir();
    write(dir, 'p.yaml', 'rules:\n  - id: death-toll\n    kind: quantity\n    subject: x\n    lexicon: { nouns: [x] }\n');
    expectOneError(claimdiff(['rules', 'list', '--rules', 'p.yaml', '--no-config'], { cwd: dir }), /^p\.yaml:2:5: duplicate rule id "death-toll" \(first defined at .*rules\/casualties\.yaml:\d+:\d+\)$/);
  });

  test('a mistake in a pack named by the config file', () => {
    const dir = tempDir();
    write(dir, 'packs/p.yaml', 'rules:\n  - id: bed-count\n    kind: quantity\n    subject: beds\n    vague: sometimes\n    lexicon: { nouns: [beds] }\n');
    write(dir, '.claimdiff.yaml', 'packs: [packs/p.yaml]\n');
    expectOneError(claimdiff(['scan', '.'], { cwd: dir }), /^packs\/p\.yaml:5:12: vague must be (one of )?.*ignore.*compare/);
  });

  test('control sequences in a pack never reach the terminal', () => {
    const dir = tempDir();
    write(dir, 'p.yaml', 'rules:\n  - id: x\n    kind: "\\e[31mquantity"\n    subject: x\n    lexicon: { nouns: [x] }\n');
    const r = claimdiff(['rules', 'list', '--rules', 'p.yaml', '--no-config'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('claimdiff rules list and show', () => {
  test('list: a header with the columns, every built-in rule, sorted by pack then id', () => {
    const r = claimdiff(['rules', 'list', '--no-config']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header?.split(/ {2,}/)).toEqual(['ID', 'KIND', 'SUBJECT', 'SEVERITY', 'PACK']);
    expect(r.stdout).toMatch(/^death-toll +quantity +people killed +error +casualties$/m);
    expect(r.stdout).toMatch(/^talks-status +status +talks +\w+ +talks$/m);
    const packs = rows.map((row) => row.trim().split(/ {2,}/).at(-1) ?? '');
    expect(packs).toEqual([...packs].sort());
  });

  test('list includes user packs', () => {
    const r = claimdiff(['rules', 'list', '--rules', join(packsDir, 'health.yaml'), '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^hospital-beds +quantity +hospital beds +warning +health$/m);
    expect(r.stdout).toMatch(/^death-toll /m);
  });

  test('show death-toll: readable, with its pack, lexicon and examples', () => {
    const r = claimdiff(['rules', 'show', 'death-toll', '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out.split('\n')[0]).toBe('death-toll (quantity) — people killed');
    expect(out).toMatch(/^ +pack: +casualties \(rules\/casualties\.yaml:\d+:\d+\)$/m);
    expect(out).toMatch(/^ +severity: +error$/m);
    expect(out).toMatch(/^ +scope: +place$/m);
    for (const field of ['nouns', 'generic', 'frames', 'verbs', 'context', 'exclude', 'tolerance']) expect(out).toMatch(new RegExp(`^ +${field}: +\\S`, 'm'));
    expect(out).toMatch(/examples that match:\n +✓ /);
    expect(out).toMatch(/examples that do not match:\n +✗ /);
  });

  test('show a status rule: its scale, states, negations and modal state', () => {
    const r = claimdiff(['rules', 'show', 'talks-status', '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ +scale: +none → planned → ongoing/m);
    expect(r.stdout).toMatch(/^ +negated: +not ongoing → none/m);
    expect(r.stdout).toMatch(/^ +modal: +planned$/m);
    expect(r.stdout).toMatch(/^ +exists: +ongoing$/m);
  });

  test('show a user rule', () => {
    const r = claimdiff(['rules', 'show', 'hospital-beds', '--rules', join(packsDir, 'health.yaml'), '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^hospital-beds \(quantity\) — hospital beds$/m);
    expect(r.stdout).toMatch(/✓ Hospitals in Halvik have only 800 beds\. +→ value 800, place halvik/);
  });

  test('show an unknown id: exit 2, one line', () => {
    const r = claimdiff(['rules', 'show', 'death-tol', '--no-config']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'claimdiff: unknown rule "death-tol" (see claimdiff rules list)\n' });
  });

  test('text from a pack is printed without control sequences', () => {
    const dir = tempDir();
    write(dir, 'p.yaml', 'rules:\n  - id: x\n    kind: quantity\n    subject: "red \\e[31mbeds\\e[0m"\n    description: "\\e]0;title\\a beds"\n    lexicon: { nouns: [beds] }\n');
    for (const args of [['rules', 'show', 'x'], ['rules', 'list']]) {
      const r = claimdiff([...args, '--rules', 'p.yaml', '--no-config'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('red beds');
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});
