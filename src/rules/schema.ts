// JSON Schema validation of packs and config files, with ajv's errors turned
// into positioned, readable one-line messages.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { lazyModule } from '../lazy.js';
import { RuleError } from './errors.js';
import { schemasDir } from './paths.js';
import type { PathSegment, YamlSource } from './yaml.js';

export type SchemaName = 'pack' | 'config';

const ajvModule = lazyModule<typeof AjvModule>('ajv');
const validators = new Map<SchemaName, ValidateFunction>();

/** The JSON schema object, as shipped in schemas/<name>.schema.json. */
export function loadSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(schemasDir(), `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
}

function validator(name: SchemaName): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    const { Ajv } = ajvModule();
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
    v = ajv.compile(loadSchema(name));
    validators.set(name, v);
  }
  return v;
}

/** Decode an ajv instancePath ("/rules/0/lexicon") into segments. */
export function decodePointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

/** "lexicon.nouns[2]" */
export function pathLabel(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

export function show(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** "a, b or c" */
export function orList(items: readonly unknown[]): string {
  const xs = items.map(String);
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${show(value)}`;
}

interface Context {
  /** Where the path is, for messages about structure: " in rule troop-count". */
  where(path: readonly PathSegment[]): string;
  /** Label of a path for messages: path relative to the rule. */
  label(path: readonly PathSegment[]): string;
  /** A message for a specific field, whatever the keyword, or null. */
  field(path: readonly PathSegment[], value: unknown, e: ErrorObject): string | null;
  /** A message for anyOf failures at `path`. */
  anyOf(path: readonly PathSegment[]): string;
}

function ruleIndex(path: readonly PathSegment[]): number | null {
  return path[0] === 'rules' && typeof path[1] === 'number' ? path[1] : null;
}

const kebab = 'lowercase letters, digits and hyphens, e.g. troop-count';

function packContext(data: unknown): Context {
  const ruleId = (path: readonly PathSegment[]): string | null => {
    const i = ruleIndex(path);
    if (i === null) return null;
    const id = valueAt(data, ['rules', i, 'id']);
    return typeof id === 'string' && id !== '' ? id : `#${i + 1}`;
  };
  return {
    where(path) {
      const id = ruleId(path);
      return id === null ? '' : ` in rule ${id}`;
    },
    label(path) {
      const i = ruleIndex(path);
      if (i !== null && path.length > 2) return pathLabel(path.slice(2));
      if (i !== null) return `rule ${ruleId(path) ?? ''}`.trim();
      return path.length === 0 ? 'the pack' : pathLabel(path);
    },
    field(path, value, e) {
      const inRule = ruleIndex(path) !== null;
      const rel = inRule ? path.slice(2) : path;
      const name = rel[rel.length - 1];
      const parent = rel[rel.length - 2];
      if (e.keyword === 'required' || e.keyword === 'additionalProperties' || e.keyword === 'false schema') return null;
      if (inRule && rel.length === 1) {
        switch (name) {
          case 'tolerance':
          case 'hedge_tolerance':
            return `${name} must be a number between 0 and 1`;
          case 'min':
          case 'max':
            return `${name} must be a number of at least 0`;
          case 'window':
            return `window must be a duration such as 12h, 90d, 2w, 6mo or 1y, or never (got ${show(value)})`;
          case 'id':
            return `rule id must be kebab-case: ${kebab} (got ${show(value)})`;
          case 'kind':
            return `unknown kind ${show(value)} (expected quantity, status, date, frame, claim or name)`;
          case 'severity':
            return `severity must be error, warning or info (got ${show(value)})`;
          case 'vague':
            return `vague must be ignore or compare (got ${show(value)})`;
          case 'reversible':
            return `reversible must be true or false (got ${show(value)})`;
        }
      }
      if (inRule && rel.length === 2 && parent === 'scope' && typeof name === 'number' && e.keyword !== 'uniqueItems')
        return `unknown scope ${show(value)} (expected place, actor, parties, event or topic)`;
      if (inRule && name === 'role') return `role must be count, change, earlier, increment, part or rate (got ${show(value)})`;
      if (inRule && rel.length === 2 && parent === 'incompatible' && (e.keyword === 'minItems' || e.keyword === 'maxItems' || e.keyword === 'type'))
        return `${pathLabel(rel)} must be a pair of states, e.g. [ongoing, concluded]`;
      if (!inRule && rel.length === 1 && name === 'pack') return `pack name must be kebab-case: ${kebab} (got ${show(value)})`;
      return null;
    },
    anyOf(path) {
      if (path.length === 0) return 'the pack has no rules and no aliases';
      if (path[path.length - 1] === 'lexicon')
        return `empty lexicon${this.where(path)}: give at least one of nouns, generic, frames or verbs`;
      return `${this.label(path)} is not valid`;
    },
  };
}

function configContext(): Context {
  return {
    where() {
      return '';
    },
    label(path) {
      return path.length === 0 ? 'the config' : pathLabel(path);
    },
    field(path, value, e) {
      if (e.keyword === 'required' || e.keyword === 'additionalProperties' || e.keyword === 'false schema') return null;
      if (path[0] === 'rules' && path.length === 2)
        return `rule ${String(path[1])} must be off, error, warning or info (got ${show(value)})`;
      if (path[0] === 'builtin' && path.length === 1) return `builtin must be true or false (got ${show(value)})`;
      return null;
    },
    anyOf(path) {
      if (path[0] === 'aliases' && path.length === 2)
        return `alias ${String(path[1])} must be a list of names or a mapping with display and names`;
      return `${this.label(path)} is not valid`;
    },
  };
}

function genericMessage(e: ErrorObject, path: readonly PathSegment[], value: unknown, ctx: Context): string {
  const label = ctx.label(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type': {
      const types = ([] as string[]).concat(p['type'] as string | string[]);
      return `${label} must be ${orList(types.map((t) => typeNames[t] ?? t))} (got ${typeOf(value)})`;
    }
    case 'enum':
      return `${label} must be ${orList((p['allowedValues'] as unknown[]) ?? [])} (got ${show(value)})`;
    case 'const':
      return `${label} must be ${show(p['allowedValue'])}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${label} must be ${String(p['comparison'])} ${String(p['limit'])}`;
    case 'minItems':
      return Number(p['limit']) === 1
        ? `${label} must not be empty`
        : `${label} must list at least ${String(p['limit'])} items`;
    case 'maxItems':
      return `${label} must list at most ${String(p['limit'])} items`;
    case 'minLength':
      return `${label} must not be empty`;
    case 'uniqueItems': {
      const j = Number(p['j']);
      const dup = Array.isArray(value) ? value[j] : undefined;
      return `${label} lists ${show(dup)} twice`;
    }
    case 'pattern':
      return `${label} must match ${String(p['pattern'])} (got ${show(value)})`;
    default:
      return `${label} ${e.message ?? 'is not valid'}`;
  }
}

/**
 * Validate the parsed source against a schema. Returns one positioned error per
 * offending node (the first and most specific one), in document order.
 */
export function validateSource(name: SchemaName, source: YamlSource): RuleError[] {
  const v = validator(name);
  const data = source.value;
  if (v(data)) return [];
  const ctx = name === 'pack' ? packContext(data) : configContext();
  let errs = (v.errors ?? []).filter((e) => e.keyword !== 'if' && !e.propertyName);
  // anyOf: when the value's type picks one branch, report that branch's errors;
  // otherwise report the alternative as a whole, not each failed branch.
  const anyOfs = errs.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const drop = new Set<ErrorObject>();
  for (const a of anyOfs) {
    const inside = errs.filter((e) => e !== a && e.schemaPath.startsWith(a.schemaPath + '/'));
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const b = e.schemaPath.slice(a.schemaPath.length + 1).split('/')[0] ?? '';
      branches.set(b, [...(branches.get(b) ?? []), e]);
    }
    const typeFits = [...branches].filter(
      ([, es]) => !es.some((e) => e.keyword === 'type' && e.instancePath === a.instancePath),
    );
    if (typeFits.length === 1 && branches.size > 1) {
      drop.add(a);
      const keep = new Set(typeFits[0]?.[1] ?? []);
      for (const e of inside) if (!keep.has(e)) drop.add(e);
    } else {
      for (const e of inside) drop.add(e);
    }
  }
  // A lexicon whose only entry is a typo (`verb:`) is an unknown field, not also an empty lexicon.
  for (const a of anyOfs) {
    if (errs.some((e) => e.keyword === 'additionalProperties' && e.instancePath === a.instancePath)) drop.add(a);
  }
  errs = errs.filter((e) => !drop.has(e));

  const out: Array<{ offset: number; error: RuleError }> = [];
  const seen = new Set<string>();
  for (const e of errs) {
    const path = decodePointer(e.instancePath);
    const value = valueAt(data, path);
    const p = e.params as Record<string, unknown>;
    let offset: number;
    let message: string;
    switch (e.keyword) {
      case 'additionalProperties': {
        const prop = String(p['additionalProperty']);
        offset = source.offsetOfKey(path, prop);
        message = `unknown field ${show(prop)}${ctx.where(path) || (path.length ? ` in ${ctx.label(path)}` : '')}`;
        break;
      }
      case 'false schema': {
        const parent = path.slice(0, -1);
        const prop = String(path[path.length - 1]);
        offset = source.offsetOfKey(parent, prop);
        const kind = valueAt(data, [...parent, 'kind']);
        message = `field ${show(prop)} does not apply to ${String(kind)} rules${ctx.where(path)}`;
        break;
      }
      case 'required': {
        const prop = String(p['missingProperty']);
        offset = source.offsetOf(path);
        const rel = name === 'pack' && ruleIndex(path) !== null ? path.slice(2) : path;
        const full = pathLabel([...rel, prop]);
        message = `missing field ${show(full)}${ctx.where(path) || (path.length ? ` in ${ctx.label(path)}` : '')}`;
        break;
      }
      case 'propertyNames': {
        const prop = String(p['propertyName']);
        offset = source.offsetOfKey(path, prop);
        message = `invalid id ${show(prop)} in ${ctx.label(path)}: use ${kebab}`;
        break;
      }
      case 'anyOf':
      case 'oneOf':
        offset = source.offsetOf(path);
        message = ctx.anyOf(path);
        break;
      default:
        offset = source.offsetOf(path);
        message = ctx.field(path, value, e) ?? genericMessage(e, path, value, ctx);
    }
    // One value error per node; structural errors (missing, unknown fields) all count.
    const structural = ['required', 'additionalProperties', 'false schema', 'propertyNames'].includes(e.keyword);
    const key = structural ? `${offset}|${message}` : String(offset);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ offset, error: source.error(offset, message) });
  }
  return out.sort((a, b) => a.offset - b.offset).map((x) => x.error);
}
