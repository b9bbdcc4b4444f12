// The config file: .claimdiff.yaml (or .yml), searched upward from the working
// folder. Validated by schemas/config.schema.json with positioned errors.

import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RuleErrors } from './errors.js';
import { displayPath } from './paths.js';
import { validateSource } from './schema.js';
import type { ClaimdiffConfig } from './types.js';
import { readYamlFile, type YamlSource } from './yaml.js';

export const CONFIG_NAMES = ['.claimdiff.yaml', '.claimdiff.yml'] as const;

const sources = new WeakMap<ClaimdiffConfig, YamlSource>();

/** The parsed file a config came from, for positioned errors found later (unknown rule ids). */
export function configSource(config: ClaimdiffConfig): YamlSource | null {
  return sources.get(config) ?? null;
}

/** The nearest .claimdiff.yaml or .claimdiff.yml in `cwd` or a folder above it, or null. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * Read and validate a config file. `packs` come back resolved against the
 * config file's folder. Throws RuleErrors with every problem found.
 */
export function loadConfig(file: string): ClaimdiffConfig {
  const abs = resolve(file);
  const shown = displayPath(abs);
  const read = readYamlFile(abs, shown, 'config file');
  if (!read.source) throw new RuleErrors(read.errors);
  const src = read.source;
  const value = src.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RuleErrors([src.error(src.offsetOf([]), 'the config must be a mapping (packs, builtin, rules, aliases)')]);
  }
  const errors = validateSource('config', src);
  if (errors.length > 0) throw new RuleErrors(errors);
  const raw = value as ClaimdiffConfig;
  const config: ClaimdiffConfig = { file: shown };
  if (raw.packs) config.packs = raw.packs.map((p) => resolve(dirname(abs), p));
  if (raw.builtin !== undefined) config.builtin = raw.builtin;
  if (raw.rules) config.rules = { ...raw.rules };
  if (raw.aliases) config.aliases = { ...raw.aliases };
  sources.set(config, src);
  return config;
}
