// The inputs layer: paths → files → SourceDocuments.
export type { FileEntry, ListOptions, LoadError, LoadNote, LoadNoteCode, MetaEntry, MetaTable, ReadOptions, InputFormat } from './types.js';
export { listFiles, IGNORE_FILE, type ListResult } from './list.js';
export { readDocument, readFileBytes, documentFromBytes, MAX_FILE_BYTES, type ReadResult } from './read.js';
export { documentFromText, applyMeta, detectFormat } from './document.js';
export { loadMeta, parseMeta, mergeMeta, MetaError, SIDECAR_NAMES } from './meta.js';
export { findDirectives, markdownToText, type Directive } from './markdown.js';
export { htmlToText } from './html.js';
export { decodeBytes, detectBinary } from './decode.js';
export { dateFromText, sourceFromText, datelineDate, normaliseDate, isIsoDate } from './dateline.js';
export { isFurnitureLine, blankFurniture } from './furniture.js';
export { FURNITURE } from './furniture-table.js';
