// Line and column are derived, never stored by the engine: 1-based lines and
// 1-based UTF-16 columns, the convention of editors, SARIF and GitHub.

import type { Location, SourceDocument, Span } from '../model.js';

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/** Maps an offset in a document's analysed text to its source file's text. */
export function toSourceOffset(doc: SourceDocument, offset: number): number {
  const map = doc.sourceMap;
  if (!map || map.length === 0) return offset;
  let lo = 0;
  let hi = map.length - 1;
  if ((map[0]?.[0] ?? 0) > offset) return map[0]?.[1] ?? offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map[mid]?.[0] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const [t, s] = map[lo] ?? [0, 0];
  return s + (offset - t);
}

/** A span's location in the file the user gave. */
export function locate(doc: SourceDocument, index: LineIndex, span: Span): Location {
  const a = index.position(toSourceOffset(doc, span.start));
  const b = index.position(toSourceOffset(doc, span.end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

export function lineIndexFor(doc: SourceDocument): LineIndex {
  return new LineIndex(doc.sourceText ?? doc.text);
}
