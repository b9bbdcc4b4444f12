// The lexicon the engine falls back on when no lexical resource is handed in: inflection
// stripped by spelling alone, and no word knowledge beyond equal lemmas. It keeps the
// generic frame usable (and testable) on its own; the WordNet-backed lexicon replaces it
// through compileRules' options without any change to the frame.

import type { Lexicon, Pos } from './types.js';

/** "operators" → "operator", "casualties" → "casualty", "buses" → "bus", "evacuated" → "evacuat", "walking" → "walk". */
function strip(word: string, pos: Pos): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  if (pos !== 'noun') {
    if (w.endsWith('ied')) return `${w.slice(0, -3)}y`;
    if (w.endsWith('ed') && w.length > 4) return restore(w.slice(0, -2));
    if (w.endsWith('ing') && w.length > 5) return restore(w.slice(0, -3));
  }
  return w;
}

/** The base a suffix was taken from (Porter's step 1b, roughly): "stopp" → "stop", "approv" → "approve", "evacuat" → "evacuate". */
function restore(stem: string): string {
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return /(?:at|bl|iz|ut|ur|ag|id|ud|[aeiou]s|[vzc])$/.test(stem) ? `${stem}e` : stem;
}

export const basicLexicon: Lexicon = {
  lemma: (word, pos) => word.split(/\s+/).map((w, i, all) => (i === all.length - 1 || pos !== 'noun' ? strip(w, pos) : w.toLowerCase())).join(' '),
  synonymous: (a, b, pos) => basicLexicon.lemma(a, pos) === basicLexicon.lemma(b, pos),
  isA: (a, ancestor) => basicLexicon.lemma(a, 'noun') === basicLexicon.lemma(ancestor, 'noun'),
  antonyms: () => [],
  has: () => true,
};
