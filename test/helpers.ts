// Shared test helpers: the built-in rule set and documents from strings.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { SourceDocument } from '../src/model.js';
import type { AliasTable, LoadedRule, RuleSet, RuleSpec } from '../src/rules/types.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = join(root, '..', 'shared');
export const hasShared = existsSync(join(shared, 'seeds'));

export function builtinRules(): RuleSet {
  const dir = join(root, 'rules');
  const rules: LoadedRule[] = [];
  const aliases: AliasTable = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const pack = YAML.parse(readFileSync(join(dir, f), 'utf8')) as { rules?: RuleSpec[]; aliases?: Record<string, { display: string; names: string[] }> };
    for (const spec of pack.rules ?? []) rules.push({ spec, pack: f, origin: f, severity: spec.severity ?? 'error', builtin: true });
    for (const [id, e] of Object.entries(pack.aliases ?? {})) aliases.set(id, e);
  }
  return { rules, aliases, hash: 'test' };
}

export function doc(path: string, text: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return { path, text, title: null, date: null, source: null, ...extra };
}
