import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../../src/rules/config.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { listRules } from '../../src/rules/describe.js';
import { problems, quantityPack, tempDir, write } from './helpers.js';

describe('findConfig', () => {
  it('finds .claimdiff.yaml upward from a nested folder', () => {
    const d = tempDir();
    const cfg = write(d, 'project/.claimdiff.yaml', 'builtin: true\n');
    const nested = join(d, 'project', 'articles', '2020', 'jan');
    mkdirSync(nested, { recursive: true });
    expect(findConfig(nested)).toBe(cfg);
    expect(findConfig(join(d, 'project'))).toBe(cfg);
  });

  it('finds .claimdiff.yml, and prefers .yaml in the same folder', () => {
    const d = tempDir();
    const yml = write(d, 'a/.claimdiff.yml', 'builtin: true\n');
    mkdirSync(join(d, 'a', 'b'), { recursive: true });
    expect(findConfig(join(d, 'a', 'b'))).toBe(yml);
    const yaml = write(d, 'a/.claimdiff.yaml', 'builtin: true\n');
    expect(findConfig(join(d, 'a', 'b'))).toBe(yaml);
  });

  it('returns null when there is none', () => {
    const d = tempDir();
    // tmpdir() has no config above it on a clean machine; only check our own folder chain.
    const found = findConfig(d);
    expect(found === null || !found.startsWith(d)).toBe(true);
  });
});

describe('loadConfig', () => {
  it('reads a valid config; packs are relative to the config file', () => {
    const d = tempDir();
    const cfg = write(
      d,
      '.claimdiff.yaml',
      'packs: [my-rules, extra/one.yaml]\nbuiltin: false\nrules:\n  troop-count: warning\naliases:\n  us: [the US]\n',
    );
    const c = loadConfig(cfg);
    expect(c.packs).toEqual([join(d, 'my-rules'), join(d, 'extra', 'one.yaml')]);
    expect(c.builtin).toBe(false);
    expect(c.rules).toEqual({ 'troop-count': 'warning' });
    expect(c.file).toBe(cfg);
  });

  it('bad severity', () => {
    const d = tempDir();
    const cfg = write(d, '.claimdiff.yaml', 'rules:\n  troop-count: high\n');
    expect(problems(() => loadConfig(cfg))).toEqual([
      `${cfg}:2:16: rule troop-count must be off, error, warning or info (got "high")`,
    ]);
  });

  it('unknown field', () => {
    const d = tempDir();
    const cfg = write(d, '.claimdiff.yaml', 'builtin: true\npack: [x]\n');
    expect(problems(() => loadConfig(cfg))).toEqual([`${cfg}:2:1: unknown field "pack"`]);
  });

  it('wrong type and bad alias', () => {
    const d = tempDir();
    const cfg = write(d, '.claimdiff.yaml', 'builtin: yes\naliases:\n  us: Washington\n');
    expect(problems(() => loadConfig(cfg))).toEqual([
      `${cfg}:1:10: builtin must be true or false (got "yes")`,
      `${cfg}:3:7: alias us must be a list of names or a mapping with display and names`,
    ]);
  });

  it('an alias mapping with a typo reports the typo', () => {
    const d = tempDir();
    const cfg = write(d, '.claimdiff.yaml', 'aliases:\n  dc: { display: DC, name: [Washington] }\n');
    expect(problems(() => loadConfig(cfg))).toEqual([
      `${cfg}:2:7: missing field "aliases.dc.names" in aliases.dc`,
      `${cfg}:2:22: unknown field "name" in aliases.dc`,
    ]);
  });

  it('YAML errors and tags are positioned too', () => {
    const d = tempDir();
    const cfg = write(d, '.claimdiff.yaml', 'rules: !!js/function x\n');
    expect(problems(() => loadConfig(cfg))).toEqual([`${cfg}:1:8: unknown tag !!js/function (tags are not allowed here)`]);
  });

  it('unknown rule id is an error with position', () => {
    const d = tempDir();
    const cfg = write(d, '.claimdiff.yaml', 'rules:\n  troop-count: info\n  troop-cnt: off\n');
    const config = loadConfig(cfg);
    expect(problems(() => loadRuleSet({ config }))).toEqual([
      `${cfg}:3:3: unknown rule "troop-cnt" in rules (did you mean troop-count?)`,
    ]);
  });

  it('a missing pack in the config is an error at its entry', () => {
    const d = tempDir();
    const cfg = write(d, '.claimdiff.yaml', 'packs:\n  - nowhere\n');
    const config = loadConfig(cfg);
    expect(problems(() => loadRuleSet({ config }))).toEqual([`${cfg}:2:5: pack not found: ${join(d, 'nowhere')}`]);
  });
});

describe('config applied by loadRuleSet', () => {
  it('changes severity and turns rules off', () => {
    const d = tempDir();
    write(d, 'packs/beds.yaml', quantityPack());
    const cfg = write(d, '.claimdiff.yaml', 'packs: [packs]\nrules:\n  troop-count: info\n  bed-count: off\n');
    const set = loadRuleSet({ config: loadConfig(cfg) });
    const mine = (id: string): boolean => id === 'troop-count' || id === 'bed-count';
    expect(set.rules.filter((r) => mine(r.spec.id)).map((r) => [r.spec.id, r.severity])).toEqual([['troop-count', 'info']]);
    expect(set.disabled?.map((r) => r.spec.id)).toEqual(['bed-count']);
    expect(listRules(set).filter((r) => mine(r.id)).map((r) => [r.id, r.severity])).toEqual([
      ['bed-count', 'off'],
      ['troop-count', 'info'],
    ]);
    // The config is part of the hash.
    expect(set.hash).not.toBe(loadRuleSet({ packs: [join(d, 'packs')] }).hash);
  });

  it('builtin: false in the config, overridden by the option', () => {
    const d = tempDir();
    write(d, 'beds.yaml', quantityPack());
    const config = loadConfig(write(d, '.claimdiff.yaml', 'builtin: false\npacks: [beds.yaml]\n'));
    expect(loadRuleSet({ config }).rules.map((r) => r.spec.id)).toEqual(['bed-count']);
    const ids = loadRuleSet({ config, builtin: true }).rules.map((r) => r.spec.id);
    expect(ids).toContain('troop-count');
    expect(ids.at(-1)).toBe('bed-count');
  });

  it('merges aliases: adds names, adds entries, config names win', () => {
    const d = tempDir();
    const cfg = write(
      d,
      '.claimdiff.yaml',
      [
        'aliases:',
        '  us: [Washington, the United States, the US]',
        '  isis: [Daesh, ISIS, the Islamic State]',
        '  wagner: [the Wagner Group, Wagner]',
        '  iraq: { display: the Republic of Iraq, names: [Mesopotamia] }',
        '  dc: { display: "Washington, D.C.", names: [Washington] }',
        '',
      ].join('\n'),
    );
    const set = loadRuleSet({ config: loadConfig(cfg) });
    const us = set.aliases.get('us')!;
    expect(us.display).toBe('the United States');
    expect(us.names).toEqual(expect.arrayContaining(['America', 'the United States', 'the US']));
    expect(us.names).not.toContain('Washington'); // claimed by dc below
    expect(set.aliases.get('isis')?.names).toEqual(expect.arrayContaining(['Daesh', 'ISIS', 'the Islamic State']));
    expect(set.aliases.get('wagner')).toEqual({ display: 'the Wagner Group', names: ['the Wagner Group', 'Wagner'] });
    expect(set.aliases.get('iraq')?.display).toBe('the Republic of Iraq');
    expect(set.aliases.get('iraq')?.names).toEqual(expect.arrayContaining(['Baghdad', 'Mesopotamia']));
    expect(set.aliases.get('dc')).toEqual({ display: 'Washington, D.C.', names: ['Washington'] });
  });
});
