// A run's name claims, held packed until the stories are known. Names are most of a run's
// claims (21,460 of 24,954 on the BBC corpus) and nearly all are dropped before comparing
// (engine/lone.ts): as objects they took the 4x corpus past 300 MB. Here each is a row of
// integers, its strings interned once a run and its sentence once per sentence; only the
// names of buckets kept become assertions again, exactly as extraction built them.

import type { Assertion, NameValue } from '../model.js';
import type { CompiledCheck } from '../checks/types.js';
import { bucketOf, keptBuckets, type Judged } from './lone.js';

// A row: where the claim was in its document's list, then its offsets, then its strings.
const POS = 0, SPAN = 1, SENTENCE = 3, LOCATION = 5, MARK = 9, TEXT = 10, STRINGS = 11;
const FIELDS = ['rule', 'key', 'subject', 'role', 'written', 'name', 'given', 'surname', 'preferred', 'sound', 'heard'] as const;
const WIDTH = STRINGS + FIELDS.length;

/** Whether a claim has the shape extraction gives names (anything else is kept whole). */
function packable(a: Assertion): boolean {
  const s = a.scope;
  return a.kind === 'name' && a.attribution === null && a.time === null && a.anchors === undefined && a.places === undefined
    && a.shadow === undefined && a.paragraph === undefined && s.place === null && s.actor === null
    && Object.keys(s).length === 4 && typeof s['surname'] === 'string' && typeof s['heard'] === 'string';
}

/** One file's packed names as a worker posts them: rows travel as one buffer, not as thousands of objects. */
export interface PackedNames {
  rows: Int32Array;
  docOf: number[];
  strings: string[];
  texts: string[];
  totals: Array<[number, number]>;
}

export class NameStore {
  private rows: Int32Array<ArrayBufferLike> = new Int32Array(1024 * WIDTH);
  private count = 0;
  private readonly docOf: number[] = [];
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Per document with packed names: how many claims it had in all. */
  private readonly totals = new Map<number, number>();

  /** What a worker posts (engine/name-store.ts is all either side needs to read it). */
  export(): PackedNames {
    return { rows: this.rows.slice(0, this.count * WIDTH), docOf: this.docOf, strings: this.strings, texts: this.texts, totals: [...this.totals] };
  }

  /** A store of what `export` gave; `merge(rest, [], [])` then gives the file's assertions back whole. */
  static from(p: PackedNames): NameStore {
    const s = new NameStore();
    s.rows = p.rows.length > 0 ? p.rows : s.rows;
    s.count = p.rows.length / WIDTH;
    s.docOf.push(...p.docOf);
    s.strings.push(...p.strings);
    p.strings.forEach((str, i) => s.ids.set(str, i));
    s.texts.push(...p.texts);
    for (const [d, n] of p.totals) s.totals.set(d, n);
    return s;
  }

  /** Packs the name claims of one document's list; returns the others, in order. */
  take(document: number, list: readonly Assertion[]): Assertion[] {
    const rest: Assertion[] = [];
    list.forEach((a, pos) => (packable(a) ? this.pack(document, pos, a) : rest.push(a)));
    if (rest.length < list.length) this.totals.set(document, list.length);
    return rest;
  }

  private intern(s: string | null | undefined): number {
    if (s === null || s === undefined) return -1;
    let id = this.ids.get(s);
    if (id === undefined) {
      this.ids.set(s, (id = this.strings.length));
      this.strings.push(s);
    }
    return id;
  }

  private pack(document: number, pos: number, a: Assertion): void {
    if ((this.count + 1) * WIDTH > this.rows.length) {
      // By half again, not double: the rows are most of what a run keeps of its names.
      const grown = new Int32Array(Math.ceil((this.rows.length * 1.5) / WIDTH) * WIDTH);
      grown.set(this.rows);
      this.rows = grown;
    }
    const v = a.value as NameValue;
    const r = this.rows.subarray(this.count * WIDTH, (this.count + 1) * WIDTH);
    const l = a.location;
    r.set([pos, a.span.start, a.span.end, a.sentence.start, a.sentence.end, l.line, l.column, l.endLine, l.endColumn, a.mark ?? -1]);
    // Names of one sentence follow each other: its text is kept once.
    const last = this.texts.length - 1;
    if (this.texts[last] !== a.sentenceText || this.docOf[this.count - 1] !== document) this.texts.push(a.sentenceText);
    r[TEXT] = this.texts.length - 1;
    const strings = [a.rule, a.key, a.subject, a.role, a.written, v.name, v.given, v.surname, v.preferred, a.scope['surname'], a.scope['heard']];
    strings.forEach((s, i) => (r[STRINGS + i] = this.intern(s)));
    this.docOf.push(document);
    this.count++;
  }

  private str(row: number, field: (typeof FIELDS)[number]): string | null {
    const id = this.rows[row * WIDTH + STRINGS + FIELDS.indexOf(field)] ?? -1;
    return id < 0 ? null : (this.strings[id] as string);
  }

  private valueOf(row: number): NameValue {
    const preferred = this.str(row, 'preferred');
    return { kind: 'name', name: this.str(row, 'name') ?? '', given: this.str(row, 'given'), surname: this.str(row, 'surname') ?? '', ...(preferred !== null ? { preferred } : {}) };
  }

  private assertion(row: number): Assertion {
    const at = (i: number): number => this.rows[row * WIDTH + i] ?? 0;
    const mark = at(MARK);
    return {
      rule: this.str(row, 'rule') ?? '',
      kind: 'name',
      key: this.str(row, 'key') ?? '',
      subject: this.str(row, 'subject') ?? '',
      role: (this.str(row, 'role') ?? 'count') as Assertion['role'],
      scope: { place: null, actor: null, surname: this.str(row, 'sound'), heard: this.str(row, 'heard') },
      value: this.valueOf(row),
      written: this.str(row, 'written') ?? '',
      document: this.docOf[row] ?? 0,
      span: { start: at(SPAN), end: at(SPAN + 1) },
      sentence: { start: at(SENTENCE), end: at(SENTENCE + 1) },
      location: { line: at(LOCATION), column: at(LOCATION + 1), endLine: at(LOCATION + 2), endColumn: at(LOCATION + 3) },
      sentenceText: this.texts[at(TEXT)] ?? '',
      attribution: null,
      time: null,
      ...(mark >= 0 ? { mark } : {}),
    };
  }

  /**
   * `others` (every claim not packed, in document order) with the packed names of kept
   * buckets put back where extraction had them; `groups` are the documents' comparison groups.
   */
  merge(others: readonly Assertion[], checks: readonly CompiledCheck[], groups: ReadonlyArray<string | undefined>): Assertion[] {
    if (this.count === 0) return [...others];
    const judged = (function* (store: NameStore): Generator<Judged> {
      for (let i = 0; i < store.count; i++) yield { rule: store.str(i, 'rule') ?? '', key: store.str(i, 'key') ?? '', group: groups[store.docOf[i] ?? 0], value: store.valueOf(i) };
    })(this);
    const keep = keptBuckets(judged, checks);
    const out: Assertion[] = [];
    let o = 0;
    let row = 0;
    for (const [document, total] of [...this.totals].sort((a, b) => a[0] - b[0])) {
      while (o < others.length && (others[o] as Assertion).document < document) out.push(others[o++] as Assertion);
      for (let pos = 0; pos < total; pos++) {
        if (row < this.count && this.docOf[row] === document && this.rows[row * WIDTH + POS] === pos) {
          if (keep(this.str(row, 'rule') ?? '', bucketOf(groups[document], this.str(row, 'key') ?? ''))) out.push(this.assertion(row));
          row++;
        } else if (o < others.length) out.push(others[o++] as Assertion);
      }
    }
    while (o < others.length) out.push(others[o++] as Assertion);
    return out;
  }
}
