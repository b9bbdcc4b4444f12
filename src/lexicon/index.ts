// Word knowledge for frames. The engine takes a Lexicon as an argument and never reads
// the table itself: the CLI and the pool worker call loadLexicon() and hand it in.

export type { Lexicon, Pos } from './types.js';
export { basicLexicon } from './basic.js';
export { loadLexicon, wordnetTableFile, WordNetLexicon } from './wordnet.js';
export { parseTable, type WordNetTable } from './table.js';
