// Reading a YAML file safely, and finding the line and column of any node in it.
//
// Hazards (DESIGN.md): a deeply nested flow sequence can kill Node inside the yaml
// library, so size and nesting depth are checked with a cheap scan before parsing;
// alias bombs are stopped by maxAliasCount; unknown tags (`!!js/function`) are
// errors, not plain strings.

import { readFileSync, statSync } from 'node:fs';
import type * as Yaml from 'yaml';
import type { Alias, Document, LineCounter, Node as YamlNode } from 'yaml';
import { lazyModule } from '../lazy.js';
import { RuleError } from './errors.js';

// Built-in packs come memoised from the build; YAML is parsed only for user packs and config.
const yaml = lazyModule<typeof Yaml>('yaml');

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_DEPTH = 64;
export const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

/** A parsed YAML file with a way back from data paths to positions. */
export class YamlSource {
  constructor(
    /** The file as shown in messages. */
    readonly file: string,
    readonly text: string,
    readonly doc: Document.Parsed,
    readonly lineCounter: LineCounter,
    readonly value: unknown,
  ) {}

  /** 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  /** `file:line:column` of a character offset. */
  where(offset: number): string {
    const { line, column } = this.position(offset);
    return `${this.file}:${line}:${column}`;
  }

  error(offset: number, message: string): RuleError {
    const { line, column } = this.position(offset);
    return new RuleError(this.file, line, column, message);
  }

  /** The node at a data path (aliases followed), or null. */
  node(path: readonly PathSegment[]): YamlNode | null {
    let node: unknown = this.doc.contents;
    for (const seg of path) {
      node = this.deref(node);
      if (yaml().isMap(node)) {
        const pair = node.items.find((p) => yaml().isPair(p) && keyString(p.key) === String(seg));
        node = pair?.value ?? null;
      } else if (yaml().isSeq(node)) {
        node = node.items[Number(seg)] ?? null;
      } else {
        return null;
      }
      if (node == null) return null;
    }
    return (this.deref(node) as YamlNode | null) ?? null;
  }

  /** The key node of `key` in the map at `path`, or null. */
  keyNode(path: readonly PathSegment[], key: string): YamlNode | null {
    const map = path.length === 0 ? this.deref(this.doc.contents) : this.node(path);
    if (!yaml().isMap(map)) return null;
    const pair = map.items.find((p) => yaml().isPair(p) && keyString(p.key) === key);
    return pair && (pair.key as YamlNode | null) ? (pair.key as YamlNode) : null;
  }

  /** Start offset of the node at `path` (or of the nearest existing ancestor). */
  offsetOf(path: readonly PathSegment[]): number {
    for (let n = path.length; n >= 0; n--) {
      const node = this.node(path.slice(0, n));
      if (node?.range) return node.range[0];
    }
    return 0;
  }

  /** Start offset of the key `key` in the map at `path`, or of the map itself. */
  offsetOfKey(path: readonly PathSegment[], key: string): number {
    const k = this.keyNode(path, key);
    return k?.range ? k.range[0] : this.offsetOf(path);
  }

  /** `file:line:column` of the node at `path`. */
  whereIs(path: readonly PathSegment[]): string {
    return this.where(this.offsetOf(path));
  }

  private deref(node: unknown): unknown {
    let n = node;
    for (let i = 0; i < 10 && yaml().isAlias(n); i++) n = (n as Alias).resolve(this.doc) ?? null;
    return n;
  }
}

function keyString(key: unknown): string | null {
  if (yaml().isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return null;
}

/**
 * A cheap scan for nesting depth (block indentation levels plus flow brackets)
 * that never builds a tree. Returns the offset where `limit` is exceeded, or -1.
 * It errs on the side of counting too much only in contrived text.
 */
export function findExcessiveNesting(text: string, limit = MAX_DEPTH): number {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = text.length;
  let blockScalarIndent = -1; // indentation of the line that opened a | or > scalar
  while (i < n) {
    // Start of a line: measure indentation.
    let col = 0;
    while (i < n && (text[i] === ' ' || text[i] === '\t')) {
      i++;
      col++;
    }
    if (i >= n) break;
    let c = text[i] ?? '';
    if (c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (blockScalarIndent >= 0) {
      if (col > blockScalarIndent) {
        while (i < n && text[i] !== '\n') i++;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const lineIndent = col;
    if (flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= col) indents.pop();
      indents.push(col);
      // Compact nested sequences and complex keys on one line: "- - - x".
      while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        i += 2;
        col += 2;
        while (text[i] === ' ' || text[i] === '\t') {
          i++;
          col++;
        }
        indents.push(col);
      }
      if (indents.length > limit) return i;
    }
    // The rest of the line: flow brackets, quotes, comments, block scalar headers.
    let prev = '\n'; // last significant character
    while (i < n && text[i] !== '\n') {
      c = text[i] ?? '';
      if (c === ' ' || c === '\t' || c === '\r') {
        i++;
        continue;
      }
      const startsValue = flow > 0 || prev === '\n' || prev === ':' || prev === '-' || prev === '?' || prev === ',' || prev === '[' || prev === '{';
      if (c === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t' || prev === '\n')) {
        while (i < n && text[i] !== '\n') i++;
        break;
      }
      if ((c === '"' || c === "'") && startsValue && (prev === '\n' || ':-?,[{'.includes(prev))) {
        const q = c;
        i++;
        while (i < n) {
          if (q === '"' && text[i] === '\\') {
            i += 2;
            continue;
          }
          if (text[i] === q) {
            if (q === "'" && text[i + 1] === "'") {
              i += 2;
              continue;
            }
            break;
          }
          i++;
        }
        i++;
        prev = q;
        continue;
      }
      const next = text[i + 1];
      const endsToken = next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
      if ((c === '[' || c === '{') && startsValue) {
        flow++;
        if (indents.length + flow > limit) return i;
        prev = c;
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
        prev = c;
      } else if ((c === '|' || c === '>') && flow === 0 && (prev === ':' || prev === '-' || prev === '\n')) {
        blockScalarIndent = lineIndent;
        prev = c;
      } else if ((c === ':' || c === '-' || c === '?') && endsToken) {
        prev = c; // an indicator: a value may start after it
      } else if (c === ',' && flow > 0) {
        prev = c;
      } else {
        prev = 'a'; // inside a plain scalar
      }
      i++;
    }
  }
  return -1;
}

/** The first line of a yaml library message, without its " at line L, column C:" suffix. */
function cleanYamlMessage(message: string): string {
  const first = message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').split('\n')[0] ?? message;
  return first.trim();
}

/**
 * Read and parse a YAML file. Returns the parsed source or the problems found
 * (size, nesting, syntax, tags, aliases); never throws for bad content.
 */
export function readYamlFile(
  absPath: string,
  file: string,
  what = 'file',
): { source: YamlSource; errors: [] } | { source: null; errors: RuleError[] } {
  let size: number;
  try {
    size = statSync(absPath).size;
  } catch (e) {
    return { source: null, errors: [new RuleError(file, 1, 1, `cannot read ${what}: ${(e as Error).message}`)] };
  }
  if (size > MAX_FILE_BYTES) {
    return {
      source: null,
      errors: [new RuleError(file, 1, 1, `${what} is too large (${size} bytes; the limit is 1 MB)`)],
    };
  }
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (e) {
    return { source: null, errors: [new RuleError(file, 1, 1, `cannot read ${what}: ${(e as Error).message}`)] };
  }
  return parseYamlText(text, file, what);
}

/** Parse YAML text (see readYamlFile). */
export function parseYamlText(
  text: string,
  file: string,
  what = 'file',
): { source: YamlSource; errors: [] } | { source: null; errors: RuleError[] } {
  const lineCounter = new (yaml().LineCounter)();
  const posOf = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    return { source: null, errors: [new RuleError(file, 1, 1, `${what} is too large (the limit is 1 MB)`)] };
  }
  const deep = findExcessiveNesting(text);
  if (deep >= 0) {
    // Count lines by hand: the line counter is filled by the parser, which we skip.
    const before = text.slice(0, deep);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    const column = deep - (before.lastIndexOf('\n') + 1) + 1;
    return {
      source: null,
      errors: [new RuleError(file, line, column, `nesting is deeper than ${MAX_DEPTH} levels`)],
    };
  }

  let doc: Document.Parsed;
  try {
    doc = yaml().parseDocument(text, {
      strict: true,
      uniqueKeys: true,
      customTags: [],
      prettyErrors: true,
      lineCounter,
    });
  } catch (e) {
    return { source: null, errors: [new RuleError(file, 1, 1, `YAML error: ${cleanYamlMessage((e as Error).message)}`)] };
  }

  const errors: RuleError[] = [];
  // One mistake often makes the parser complain several times on one line (an
  // unclosed `{ nouns: [x }` is both an open flow sequence and an open flow map):
  // report the first complaint on each line.
  const syntaxLines = new Set<number>();
  for (const e of doc.errors) {
    const p = e.linePos?.[0] ?? posOf(e.pos[0]);
    const { line, column } = 'col' in p ? { line: p.line, column: p.col } : p;
    if (syntaxLines.has(line)) continue;
    syntaxLines.add(line);
    errors.push(new RuleError(file, line, column, `YAML syntax error: ${cleanYamlMessage(e.message)}`));
  }
  for (const w of doc.warnings) {
    const { line, column } = posOf(w.pos[0]);
    if (w.code === 'TAG_RESOLVE_FAILED') {
      const tag = text.slice(w.pos[0], w.pos[1]).trim() || 'tag';
      errors.push(new RuleError(file, line, column, `unknown tag ${tag} (tags are not allowed here)`));
    } else {
      errors.push(new RuleError(file, line, column, `YAML: ${cleanYamlMessage(w.message)}`));
    }
  }
  if (errors.length > 0) return { source: null, errors };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    let offset = 0;
    const { visit } = yaml();
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, column } = posOf(offset);
    const msg = /alias/i.test((e as Error).message)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): aliases may not multiply the document`
      : `YAML error: ${cleanYamlMessage((e as Error).message)}`;
    return { source: null, errors: [new RuleError(file, line, column, msg)] };
  }
  if (value === null || value === undefined) {
    return { source: null, errors: [new RuleError(file, 1, 1, `${what} is empty`)] };
  }
  return { source: new YamlSource(file, text, doc, lineCounter, value), errors: [] };
}
