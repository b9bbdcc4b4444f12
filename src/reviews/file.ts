// The reviews file (claimdiff-reviews.yaml): verdicts on conflicts, keyed by fingerprint.
//
//   version: 1
//   reviews:
//     3f2a19c0…:                    # the conflict's fingerprint (32 hex; a unique prefix of 8 or more also matches)
//       verdict: false-alarm        # unreviewed | confirmed | false-alarm | explained
//       note: two different counts  # required for explained
//       by: alice
//       at: 2026-12-01T08:30:00Z
//       subject: US troops · Iraq   # what it was about, for people reading the file
//       where: fixtures/iraq/002.txt:6
//
// Read with the same guards as a rule pack (size, nesting, aliases, unknown tags). Written
// by editing the parsed document, so the user's comments, notes and order survive, and
// atomically (a temporary file, then a rename), so a crash leaves the old file whole.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as Yaml from 'yaml';
import type { Document } from 'yaml';
import { lazyModule } from '../lazy.js';
import type { Verdict } from '../model.js';
import { readYamlFile } from '../rules/yaml.js';

export const DEFAULT_REVIEWS_FILE = 'claimdiff-reviews.yaml';
export const VERDICTS: readonly Verdict[] = ['unreviewed', 'confirmed', 'false-alarm', 'explained'];

export interface ReviewEntry {
  /** The key as written: a fingerprint or a prefix of one (8 or more hex digits). */
  key: string;
  verdict: Verdict;
  note?: string;
  by?: string;
  at?: string;
  subject?: string;
  /** 1-based line of the entry in the file. */
  line: number;
}

export interface ReviewsFile {
  /** As the user named it (or the default). */
  file: string;
  absPath: string;
  entries: ReviewEntry[];
  /** The parsed document, kept for a write that preserves comments; null when the file does not exist yet. */
  doc: Document | null;
}

/** A reviews file that cannot be used: one line, `file:line:column: message`. */
export class ReviewsError extends Error {}

const HEADER = [
  ' claimdiff reviews: verdicts on conflicts, keyed by their fingerprint (claimdiff review --help).',
  ' verdict: unreviewed, confirmed, false-alarm or explained (false-alarm and explained no longer fail a run).',
  ' Notes are yours to edit; claimdiff merges into this file and never drops an entry.',
].join('\n');

// Loaded only when a reviews file is read or written.
const yaml = lazyModule<typeof Yaml>('yaml');

const KEY = /^[0-9a-f]{8,64}$/;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v instanceof Date ? v.toISOString() : undefined;
}

/** Reads a reviews file; a missing file is an empty one. Throws ReviewsError on anything it cannot use. */
export function readReviews(file: string, cwd: string): ReviewsFile {
  const absPath = resolve(cwd, file);
  if (!existsSync(absPath)) return { file, absPath, entries: [], doc: null };
  const read = readYamlFile(absPath, file, 'reviews file');
  if (!read.source) throw new ReviewsError(String(read.errors[0] ?? `${file}:1:1: cannot read the reviews file`));
  const src = read.source;
  const fail = (path: string[], message: string, atKey = false): never => {
    const at = atKey && path.length > 0 ? src.offsetOfKey(path.slice(0, -1), path[path.length - 1] ?? '') : src.offsetOf(path);
    throw new ReviewsError(`${src.where(at)}: ${message}`);
  };
  const value = src.value;
  if (value === null || value === undefined) return { file, absPath, entries: [], doc: src.doc };
  if (typeof value !== 'object' || Array.isArray(value)) fail([], 'a reviews file is a mapping with `version: 1` and `reviews:`');
  const top = value as Record<string, unknown>;
  for (const k of Object.keys(top)) if (k !== 'version' && k !== 'reviews') fail([k], `unknown field "${k}" (expected version and reviews)`, true);
  if (top['version'] !== undefined && top['version'] !== 1) fail(['version'], `unsupported version ${String(top['version'])} (expected 1)`);
  const reviews = top['reviews'];
  if (reviews === null || reviews === undefined) return { file, absPath, entries: [], doc: src.doc };
  if (typeof reviews !== 'object' || Array.isArray(reviews)) fail(['reviews'], '`reviews` is a mapping from fingerprint to verdict');
  const entries: ReviewEntry[] = [];
  for (const [key, raw] of Object.entries(reviews as Record<string, unknown>)) {
    if (!KEY.test(key)) fail(['reviews', key], `"${key}" is not a fingerprint (8 to 64 lower-case hex digits)`, true);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(['reviews', key], 'an entry is a mapping with at least `verdict:`');
    const r = raw as Record<string, unknown>;
    for (const k of Object.keys(r)) {
      if (!['verdict', 'note', 'by', 'at', 'subject', 'rule', 'where'].includes(k)) fail(['reviews', key, k], `unknown field "${k}"`, true);
    }
    const verdict = r['verdict'];
    if (typeof verdict !== 'string' || !(VERDICTS as readonly string[]).includes(verdict)) {
      fail(['reviews', key, 'verdict'], `verdict must be one of ${VERDICTS.join(', ')}`);
    }
    const line = src.position(src.offsetOfKey(['reviews'], key)).line;
    const entry: ReviewEntry = { key, verdict: verdict as Verdict, line };
    const note = str(r['note']);
    const by = str(r['by']);
    const at = str(r['at']);
    const subject = str(r['subject']);
    if (note !== undefined) entry.note = note;
    if (by !== undefined) entry.by = by;
    if (at !== undefined) entry.at = at;
    if (subject !== undefined) entry.subject = subject;
    entries.push(entry);
  }
  return { file, absPath, entries, doc: src.doc };
}

/** One entry to add or update. Fields left undefined are left as the file has them. */
export interface ReviewUpdate {
  fingerprint: string;
  verdict: Verdict;
  note?: string;
  by?: string;
  at?: string;
  subject: string;
  rule: string;
  where: string;
}

/**
 * The file's text with `updates` merged in: an existing entry (by exact key or a prefix of
 * the fingerprint) is updated in place, keeping its note unless a new one is given; a new
 * one is appended. With `keepVerdicts`, an entry that exists is left exactly as it is (for
 * --write-reviews, which only adds what is missing). Comments and order are kept.
 */
export function mergeReviews(current: ReviewsFile, updates: readonly ReviewUpdate[], keepVerdicts = false): string {
  const doc = current.doc && yaml().isMap(current.doc.contents) ? current.doc : yaml().parseDocument('version: 1\nreviews: {}\n');
  if (!current.doc || !yaml().isMap(current.doc.contents)) doc.commentBefore = HEADER;
  if (!doc.has('version')) doc.set('version', 1);
  if (!yaml().isMap(doc.get('reviews'))) doc.set('reviews', doc.createNode({}));
  const keyOf = (fp: string): string => current.entries.find((e) => fp === e.key || fp.startsWith(e.key))?.key ?? fp;
  for (const u of updates) {
    const key = keyOf(u.fingerprint);
    const exists = doc.hasIn(['reviews', key]);
    if (exists && keepVerdicts) continue;
    if (!exists) doc.setIn(['reviews', key], doc.createNode({}));
    doc.setIn(['reviews', key, 'verdict'], u.verdict);
    if (u.note !== undefined) doc.setIn(['reviews', key, 'note'], u.note);
    if (u.by !== undefined) doc.setIn(['reviews', key, 'by'], u.by);
    if (u.at !== undefined) doc.setIn(['reviews', key, 'at'], u.at);
    if (!exists || !doc.hasIn(['reviews', key, 'subject'])) doc.setIn(['reviews', key, 'subject'], u.subject);
    doc.setIn(['reviews', key, 'rule'], u.rule);
    doc.setIn(['reviews', key, 'where'], u.where);
  }
  // A flow mapping `reviews: {}` grows as a block once it has entries.
  const reviews = doc.get('reviews');
  if (yaml().isMap(reviews)) reviews.flow = false;
  return doc.toString({ lineWidth: 0 });
}
