// Markdown → analysed text of the same length and line structure: everything that
// is not prose (front matter, markers, URLs, code, HTML, images, table pipes) is
// replaced by spaces, so offsets into `text` are offsets into the file.

import type * as FromMarkdown from 'mdast-util-from-markdown';
import type * as FrontmatterMdast from 'mdast-util-frontmatter';
import type * as GfmMdast from 'mdast-util-gfm';
import type * as FrontmatterSyntax from 'micromark-extension-frontmatter';
import type * as GfmSyntax from 'micromark-extension-gfm';
import type * as Yaml from 'yaml';
import { lazyModule, loadModule } from '../lazy.js';

// The Markdown parser and its extensions take ~150 ms to load: only when a Markdown file is read.
interface MarkdownLibs {
  fromMarkdown: typeof FromMarkdown.fromMarkdown;
  frontmatterFromMarkdown: typeof FrontmatterMdast.frontmatterFromMarkdown;
  gfmFromMarkdown: typeof GfmMdast.gfmFromMarkdown;
  frontmatter: typeof FrontmatterSyntax.frontmatter;
  gfm: typeof GfmSyntax.gfm;
}
let libs: MarkdownLibs | null = null;
function markdownLibs(): MarkdownLibs {
  return (libs ??= {
    fromMarkdown: loadModule<typeof FromMarkdown>('mdast-util-from-markdown').fromMarkdown,
    frontmatterFromMarkdown: loadModule<typeof FrontmatterMdast>('mdast-util-frontmatter').frontmatterFromMarkdown,
    gfmFromMarkdown: loadModule<typeof GfmMdast>('mdast-util-gfm').gfmFromMarkdown,
    frontmatter: loadModule<typeof FrontmatterSyntax>('micromark-extension-frontmatter').frontmatter,
    gfm: loadModule<typeof GfmSyntax>('micromark-extension-gfm').gfm,
  });
}
const yaml = lazyModule<typeof Yaml>('yaml');

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Node types whose whole source range is blanked. */
const BLANK_TYPES = new Set([
  'yaml', 'toml', 'code', 'inlineCode', 'html', 'image', 'imageReference', 'definition',
  'thematicBreak', 'break', 'footnoteReference', 'delete', 'math', 'inlineMath',
]);

export interface MarkdownResult {
  /** Same length and newlines as the source; non-prose blanked. */
  text: string;
  frontMatter: Record<string, unknown> | null;
  /** Text of the first heading, if any. */
  heading: string | null;
}

function toPlain(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (BLANK_TYPES.has(node.type)) return '';
  return (node.children ?? []).map(toPlain).join('');
}

function stripProtocol(u: string): string {
  return u.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
}

function parseFrontMatter(node: MdNode): Record<string, unknown> | null {
  const value = node.value ?? '';
  if (value.length > 200_000) return null;
  if (node.type === 'yaml') {
    try {
      const data: unknown = yaml().parse(value, { maxAliasCount: 50, prettyErrors: false, logLevel: 'silent' });
      return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  // TOML: only simple `key = "value"` / `key = 2020-01-29` lines.
  const out: Record<string, unknown> = {};
  for (const line of value.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^#\s][^#]*?))\s*(?:#.*)?$/.exec(line);
    if (m && m[1]) out[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

export function markdownToText(source: string): MarkdownResult {
  const { fromMarkdown, frontmatter, gfm, frontmatterFromMarkdown, gfmFromMarkdown } = markdownLibs();
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  }) as unknown as MdNode;

  const keep = new Uint8Array(source.length);
  let frontMatter: Record<string, unknown> | null = null;
  let heading: string | null = null;

  const keepText = (node: MdNode): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const value = node.value ?? '';
    // Align the source slice with the node's value: characters of the value are kept;
    // escapes, blockquote markers and continuation indentation in between are blanked.
    let vi = 0;
    for (let i = start; i < end; i++) {
      if (vi < value.length && source[i] === value[vi]) {
        keep[i] = 1;
        vi++;
      } else if (vi < value.length && value[vi] === '\n' && (source[i] === '\r')) {
        // CRLF in source, LF in value: newlines are never blanked anyway.
      }
    }
  };

  const visit = (node: MdNode): void => {
    if (node.type === 'yaml' || node.type === 'toml') {
      frontMatter ??= parseFrontMatter(node);
      return;
    }
    if (BLANK_TYPES.has(node.type)) return;
    if (node.type === 'text') {
      keepText(node);
      return;
    }
    if (node.type === 'heading' && heading === null) {
      const h = toPlain(node).trim();
      if (h !== '') heading = h;
    }
    if (node.type === 'link' && node.url !== undefined) {
      // An autolink's label is its URL: not prose.
      const label = toPlain(node);
      if (stripProtocol(label) === stripProtocol(node.url)) return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);

  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < source.length; i += CHUNK) {
    const end = Math.min(source.length, i + CHUNK);
    let part = '';
    for (let j = i; j < end; j++) {
      const ch = source[j]!;
      part += keep[j] === 1 || ch === '\n' || ch === '\r' ? ch : ' ';
    }
    out += part;
  }
  return { text: out, frontMatter, heading };
}

export interface Directive {
  /** 1-based line of the comment in the source. */
  line: number;
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids; empty means all rules. */
  rules: string[];
}

const DIRECTIVE_RE = /<!--\s*claimdiff-(disable-next-line|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->/g;

/** `<!-- claimdiff-disable-next-line rule-a rule-b -->`, `<!-- claimdiff-disable rule -->`, `<!-- claimdiff-enable -->`. */
export function findDirectives(sourceText: string): Directive[] {
  const out: Directive[] = [];
  let line = 1;
  let scanned = 0;
  DIRECTIVE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE_RE.exec(sourceText)) !== null) {
    let body = m[2] ?? '';
    // "rule-a -- reason": everything after " -- " is a comment.
    const dd = body.search(/(?:^|\s)--(?:\s|$)/);
    if (dd !== -1) body = body.slice(0, dd);
    const rules = body
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r !== '');
    for (; scanned < m.index; scanned++) if (sourceText.charCodeAt(scanned) === 10) line++;
    out.push({ line, kind: m[1] as Directive['kind'], rules });
  }
  return out;
}
