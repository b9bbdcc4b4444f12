// Loading rule packs: YAML → schema validation → semantic checks → LoadedRule[],
// and a whole rule set (built-in packs, config packs, command-line packs, config
// overrides). Every problem is a positioned RuleError; loaders throw RuleErrors
// with all the problems found.

import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Severity } from '../model.js';
import { configSource } from './config.js';
import { RuleError, RuleErrors } from './errors.js';
import { builtinPacksDir, displayPath, posix } from './paths.js';
import { memoisedPack } from './memo.js';
import { checkPhrase } from './phrases.js';
import { orList, show, validateSource } from './schema.js';
import type {
  AliasTable,
  ClaimdiffConfig,
  LoadedRule,
  PackInfo,
  RuleSet,
  RuleSpec,
  StatusRuleSpec,
} from './types.js';
import { readYamlFile, type PathSegment, type YamlSource } from './yaml.js';

export const DEFAULT_SEVERITY: Severity = 'warning';
const HASH_VERSION = 'claimdiff-rules/1';

/** One pack file, loaded and checked on its own. */
export interface LoadedPack {
  name: string;
  file: string;
  description?: string;
  rules: LoadedRule[];
  aliases: AliasTable;
  /** Alias id → file:line:column of its entry. */
  aliasOrigins: Map<string, string>;
  /** The file's text, for the rule set hash. */
  text: string;
}

interface RawPack {
  pack?: string;
  description?: string;
  rules?: Array<RuleSpec & Record<string, unknown>>;
  aliases?: Record<string, { display: string; names: string[]; type?: 'place' | 'party' | 'other' }>;
}

/** Pack name from the file name: "rules/forces.yaml" → "forces". */
function nameFromFile(file: string): string {
  return basename(file, extname(file));
}

/**
 * Read, validate and check one pack. Never throws for bad content. A built-in pack's
 * expressions are checked as trusted (they run on V8) and come from the build's memo
 * unless `memo` is false (the build step that writes it).
 */
export function readPack(absPath: string, file: string, builtin = false, memo = builtin): { pack: LoadedPack | null; errors: RuleError[] } {
  const memoised = builtin && memo ? memoisedPack(absPath, file) : null;
  if (memoised) return { pack: memoised, errors: [] };
  const read = readYamlFile(absPath, file, 'pack file');
  if (!read.source) return { pack: null, errors: read.errors };
  const src = read.source;
  if (src.value === null || typeof src.value !== 'object' || Array.isArray(src.value)) {
    return { pack: null, errors: [src.error(src.offsetOf([]), 'a pack must be a mapping with pack, rules and aliases')] };
  }
  const schemaErrors = validateSource('pack', src);
  if (schemaErrors.length > 0) return { pack: null, errors: schemaErrors };

  const raw = src.value as RawPack;
  const errors: RuleError[] = [];
  const rules: LoadedRule[] = [];
  const firstSeen = new Map<string, string>();

  (raw.rules ?? []).forEach((spec, i) => {
    const path: PathSegment[] = ['rules', i];
    const origin = src.whereIs(path);
    const prev = firstSeen.get(spec.id);
    if (prev !== undefined) {
      errors.push(src.error(src.offsetOf(path), `duplicate rule id ${show(spec.id)} (first defined at ${prev})`));
    } else {
      firstSeen.set(spec.id, origin);
    }
    errors.push(...checkRule(src, spec, path, builtin));
    const examples = spec.examples;
    const loaded: LoadedRule = {
      spec: normaliseSpec(spec),
      pack: raw.pack ?? nameFromFile(file),
      origin,
      severity: spec.severity ?? DEFAULT_SEVERITY,
      file,
      exampleOrigins: {
        match: (examples?.match ?? []).map((_, j) => src.whereIs([...path, 'examples', 'match', j])),
        no_match: (examples?.no_match ?? []).map((_, j) => src.whereIs([...path, 'examples', 'no_match', j])),
      },
    };
    rules.push(loaded);
  });

  const aliases: AliasTable = new Map();
  const aliasOrigins = new Map<string, string>();
  const nameOwner = new Map<string, { id: string; where: string }>();
  for (const [id, entry] of Object.entries(raw.aliases ?? {})) {
    aliasOrigins.set(id, src.where(src.offsetOfKey(['aliases'], id)));
    entry.names.forEach((n, j) => {
      const where = src.whereIs(['aliases', id, 'names', j]);
      const owner = nameOwner.get(n);
      if (owner && owner.id !== id) {
        errors.push(
          src.error(
            src.offsetOf(['aliases', id, 'names', j]),
            `alias name ${show(n)} of ${id} is already a name of ${owner.id} (${owner.where})`,
          ),
        );
      } else if (!owner) {
        nameOwner.set(n, { id, where });
      }
    });
    aliases.set(id, { display: entry.display, names: [...new Set(entry.names)], ...(entry.type ? { type: entry.type } : {}) });
  }

  if (errors.length > 0) return { pack: null, errors };
  const pack: LoadedPack = {
    name: raw.pack ?? nameFromFile(file),
    file,
    rules,
    aliases,
    aliasOrigins,
    text: src.text,
  };
  if (raw.description !== undefined) pack.description = raw.description;
  return { pack, errors: [] };
}

/** Defaults the check kinds can rely on (status: incompatible = []). */
function normaliseSpec(spec: RuleSpec): RuleSpec {
  if (spec.kind === 'status') {
    const s: StatusRuleSpec = { ...spec, incompatible: spec.incompatible ?? [] };
    return s;
  }
  return { ...spec };
}

/** Checks the schema cannot express: phrases, states on the scale, example values. */
function checkRule(src: YamlSource, spec: RuleSpec, path: PathSegment[], trusted: boolean): RuleError[] {
  const errors: RuleError[] = [];
  const at = (p: PathSegment[], message: string): void => {
    errors.push(src.error(src.offsetOf(p), message));
  };
  const where = ` in rule ${spec.id}`;

  // Phrases: lexicon lists and state phrases.
  const lexicon = spec.lexicon as Record<string, Array<string | string[]> | undefined>;
  for (const [list, phrases] of Object.entries(lexicon)) {
    (phrases ?? []).forEach((ph, j) => {
      // same_events holds groups of words; the words themselves are phrases.
      const words = Array.isArray(ph) ? ph : [ph];
      words.forEach((w, k) => {
        const c = checkPhrase(w, { trusted, inLookbehind: list === 'not_after' });
        if (!c.ok) at([...path, 'lexicon', list, j, ...(Array.isArray(ph) ? [k] : [])], c.message);
      });
    });
  }

  if (spec.kind === 'status') {
    const scale = spec.scale;
    const onScale = `(scale: ${scale.join(', ')})`;
    for (const [state, phrases] of Object.entries(spec.states)) {
      if (!scale.includes(state)) {
        errors.push(
          src.error(src.offsetOfKey([...path, 'states'], state), `state ${show(state)} is not in the scale${where} ${onScale}`),
        );
      }
      phrases.forEach((ph, j) => {
        const c = checkPhrase(ph, { trusted });
        if (!c.ok) at([...path, 'states', state, j], c.message);
      });
    }
    (spec.incompatible ?? []).forEach((pair, j) => {
      pair.forEach((state, k) => {
        if (!scale.includes(state))
          at([...path, 'incompatible', j, k], `state ${show(state)} is not in the scale${where} ${onScale}`);
      });
      if (pair[0] === pair[1]) at([...path, 'incompatible', j], `a state cannot be incompatible with itself (${pair[0]})`);
    });
    for (const [from, to] of Object.entries(spec.negated ?? {})) {
      for (const [state, p] of [[from, [...path, 'negated']], [to, [...path, 'negated', from]]] as const) {
        if (!scale.includes(state)) at([...p], `state ${show(state)} is not in the scale${where} ${onScale}`);
      }
    }
    for (const field of ['planned', 'exists'] as const) {
      const state = spec[field];
      if (state !== undefined && !scale.includes(state)) at([...path, field], `state ${show(state)} is not in the scale${where} ${onScale}`);
    }
    if (!Object.values(spec.states).some((p) => p.length > 0)) {
      at([...path, 'states'], `no state has any phrases${where}`);
    }
  }

  (spec.examples?.match ?? []).forEach((ex, j) => {
    const p = [...path, 'examples', 'match', j, 'value'];
    if (ex.value === undefined) return;
    if ((spec.kind === 'quantity' || spec.kind === 'frame' || spec.kind === 'clock') && typeof ex.value !== 'number')
      at(p, `value must be a number for a ${spec.kind} rule (got ${show(ex.value)})`);
    if ((spec.kind === 'status' || spec.kind === 'claim') && (typeof ex.value !== 'string' || !spec.scale.includes(ex.value)))
      at(p, `value must be a state of the scale, ${orList(spec.scale)} (got ${show(ex.value)})`);
    if (spec.kind === 'quote' && typeof ex.value !== 'string') at(p, `value must be the speaker's surname for a quote rule (got ${show(ex.value)})`);
    if (spec.kind === 'date' && (typeof ex.value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(ex.value)))
      at(p, `value must be an ISO date such as 2019, 2019-06 or 2019-06-15 (got ${show(ex.value)})`);
  });
  return errors;
}

/**
 * Load one pack file on its own. Throws RuleErrors with every problem found.
 * The file is shown in messages as given.
 */
export function loadPackFile(file: string): { rules: LoadedRule[]; aliases: AliasTable; name: string } {
  const { pack, errors } = readPack(resolve(file), posix(file));
  if (!pack) throw new RuleErrors(errors);
  return { rules: pack.rules, aliases: pack.aliases, name: pack.name };
}

export interface LoadRuleSetOptions {
  /** Load the package's own rules/*.yaml (default: config.builtin, else true). */
  builtin?: boolean;
  /** Extra pack files or folders (folders: their *.yaml and *.yml files, sorted). */
  packs?: string[];
  /** A config from loadConfig (or built by hand); null or absent for none. */
  config?: ClaimdiffConfig | null;
}

interface PackRef {
  abs: string;
  file: string;
  builtin: boolean;
}

const isYaml = (name: string): boolean => /\.ya?ml$/i.test(name);

/** The YAML files of a folder, sorted by name; symbolic links to files are followed, folders are not descended. */
function packFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => isYaml(d.name) && (d.isFile() || (d.isSymbolicLink() && safeIsFile(join(dir, d.name)))))
    .map((d) => d.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => join(dir, n));
}

function safeIsFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Expand a pack path (file or folder) into pack files. `shown` is how the user
 * wrote it; `fail` reports a problem with it.
 */
function expand(abs: string, shown: string, builtin: boolean, fail: (message: string) => void): PackRef[] {
  let st;
  try {
    st = statSync(abs);
  } catch {
    fail(`pack not found: ${shown}`);
    return [];
  }
  if (st.isDirectory()) {
    const files = packFilesIn(abs);
    return files.map((f) => ({
      abs: f,
      file: builtin ? displayPath(f) : posix(join(shown, basename(f))),
      builtin,
    }));
  }
  return [{ abs, file: shown, builtin }];
}

/**
 * Load the rule set: built-in packs, the config's packs, then `packs`, each
 * folder in sorted order; then the config's rule overrides and aliases.
 * Throws RuleErrors with every problem found.
 */
export function loadRuleSet(opts: LoadRuleSetOptions = {}): RuleSet {
  const config = opts.config ?? null;
  const csrc = config ? configSource(config) : null;
  const errors: RuleError[] = [];
  const refs: PackRef[] = [];

  const builtin = opts.builtin ?? config?.builtin ?? true;
  if (builtin) refs.push(...expand(builtinPacksDir(), displayPath(builtinPacksDir()), true, (m) => {
    throw new Error(`claimdiff: built-in packs: ${m}`);
  }));
  (config?.packs ?? []).forEach((p, i) => {
    const abs = resolve(p);
    refs.push(
      ...expand(abs, displayPath(abs), false, (m) => {
        if (csrc) errors.push(csrc.error(csrc.offsetOf(['packs', i]), m));
        else errors.push(new RuleError(config?.file ?? '<config>', 1, 1, m));
      }),
    );
  });
  for (const p of opts.packs ?? []) {
    refs.push(...expand(resolve(p), posix(p), false, (m) => errors.push(new RuleError(posix(p), 1, 1, m))));
  }

  // The same file named twice (a folder and a file in it) loads once.
  const seen = new Set<string>();
  const packs: LoadedPack[] = [];
  const infos: PackInfo[] = [];
  for (const ref of refs) {
    let real = ref.abs;
    try {
      real = realpathSync(ref.abs);
    } catch {
      // reported by readPack
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const { pack, errors: errs } = readPack(ref.abs, ref.file, ref.builtin);
    errors.push(...errs);
    if (pack) {
      // Marked here, not in readPack: a built-in pack may come from the build's memo.
      for (const rule of pack.rules) rule.builtin = ref.builtin;
      packs.push(pack);
      const info: PackInfo = { name: pack.name, file: pack.file, path: real, builtin: ref.builtin };
      if (pack.description !== undefined) info.description = pack.description;
      infos.push(info);
    }
  }

  // Across packs: pack names, rule ids, aliases.
  const packByName = new Map<string, LoadedPack>();
  const ruleById = new Map<string, LoadedRule>();
  let rules: LoadedRule[] = [];
  const aliases: AliasTable = new Map();
  const nameOwner = new Map<string, string>();
  for (const pack of packs) {
    const other = packByName.get(pack.name);
    if (other) {
      errors.push(new RuleError(pack.file, 1, 1, `duplicate pack name ${show(pack.name)} (also ${other.file})`));
      continue;
    }
    packByName.set(pack.name, pack);
    for (const rule of pack.rules) {
      const first = ruleById.get(rule.spec.id);
      if (first) {
        const [line, column] = positionOf(rule.origin);
        errors.push(
          new RuleError(pack.file, line, column, `duplicate rule id ${show(rule.spec.id)} (first defined at ${first.origin})`),
        );
        continue;
      }
      ruleById.set(rule.spec.id, rule);
      rules.push(rule);
    }
    for (const [id, entry] of pack.aliases) {
      const existing = aliases.get(id);
      for (const n of entry.names) {
        const owner = nameOwner.get(n);
        if (owner !== undefined && owner !== id) {
          const [line, column] = positionOf(pack.aliasOrigins.get(id) ?? `${pack.file}:1:1`);
          errors.push(new RuleError(pack.file, line, column, `alias name ${show(n)} of ${id} is already a name of ${owner}`));
        } else nameOwner.set(n, id);
      }
      if (existing) existing.names = [...new Set([...existing.names, ...entry.names])];
      else aliases.set(id, { ...entry, names: [...entry.names] });
    }
  }

  // Config: severities, rules off, aliases.
  const disabled: LoadedRule[] = [];
  if (config?.rules && errors.length === 0) {
    const known = [...ruleById.keys()];
    for (const [id, sev] of Object.entries(config.rules)) {
      const rule = ruleById.get(id);
      if (!rule) {
        const near = closest(id, known);
        const msg = `unknown rule ${show(id)} in rules${near ? ` (did you mean ${near}?)` : ' (see claimdiff rules list)'}`;
        if (csrc) errors.push(csrc.error(csrc.offsetOfKey(['rules'], id), msg));
        else errors.push(new RuleError(config.file ?? '<config>', 1, 1, msg));
        continue;
      }
      if (sev === 'off') disabled.push(rule);
      else rule.severity = sev;
    }
    rules = rules.filter((r) => !disabled.includes(r));
  }
  if (config?.aliases) applyConfigAliases(aliases, config.aliases);

  if (errors.length > 0) throw new RuleErrors(errors);

  const hash = createHash('sha256');
  hash.update(HASH_VERSION + '\n');
  for (const pack of packs) hash.update(`pack ${pack.name}\n${pack.text}\n\0`);
  hash.update(
    stableStringify({
      rules: config?.rules ?? {},
      aliases: config?.aliases ?? {},
    }),
  );
  const set: RuleSet = { rules, aliases, hash: hash.digest('hex'), packs: infos };
  if (disabled.length > 0) set.disabled = disabled;
  return set;
}

/** Config aliases: a list adds names (a new id takes its first name as display); a mapping also sets the display. Config names win over pack names. */
export function applyConfigAliases(table: AliasTable, extra: NonNullable<ClaimdiffConfig['aliases']>): void {
  for (const [id, value] of Object.entries(extra)) {
    const names = Array.isArray(value) ? value : value.names;
    const display = Array.isArray(value) ? undefined : value.display;
    // A name given here belongs to this id only.
    for (const [otherId, entry] of table) {
      if (otherId !== id) entry.names = entry.names.filter((n) => !names.includes(n));
    }
    const existing = table.get(id);
    if (existing) {
      existing.names = [...new Set([...existing.names, ...names])];
      if (display !== undefined) existing.display = display;
    } else {
      table.set(id, { display: display ?? names[0] ?? id, names: [...new Set(names)] });
    }
  }
}

function positionOf(origin: string): [number, number] {
  const m = /:(\d+):(\d+)$/.exec(origin);
  return m ? [Number(m[1]), Number(m[2])] : [1, 1];
}

/** JSON with sorted object keys, for hashing. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The known id nearest a mistyped one, when it is close enough to be the intended one. */
function closest(id: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const k of known) {
    const d = editDistance(id, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
