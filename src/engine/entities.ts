// Places and parties in a sentence, resolved through the alias table so that
// "Baghdad", "Iraqi soil" and "Iraq" are one scope. Names with a capital letter
// match case-sensitively ("US" is not "us"); all-lowercase names ("coalition")
// match in any case.

import type { AliasTable } from '../rules/types.js';
import { allMatches, escapeRegExp } from './regexp.js';
import { partitionPoint } from './search.js';

export interface EntityMention {
  start: number;
  end: number;
  /** Canonical id from the alias table, or a lower-cased name for places the table lacks. */
  id: string;
  display: string;
  /** Written as a location: "in Iraq", "on Iraqi soil", "across Syria". */
  locative: boolean;
  /** A demonym or name directly before a noun it modifies: "American soldiers", "US troops". */
  adjectival: boolean;
  /** An organisation or alliance (alias type party): never a place. */
  party: boolean;
  known: boolean;
}

export interface EntityMatcher {
  find(text: string): EntityMention[];
  display(id: string): string;
  names(id: string): string[];
}

const LOCATIVE_BEFORE = /\b(?:in|on|at|inside|within|across|throughout|into|near|outside|around|from|out of|off|along)\s+(?:the\s+|northern\s+|southern\s+|eastern\s+|western\s+|central\s+|north\s+|south\s+|east\s+|west\s+)*$/i;
/** A translator's note before a language's name: "translated from the Spanish", "translation from German". */
const TRANSLATED_BEFORE = /\btranslat(?:ed|ion)\s+(?:\w+\s+)?from\s+(?:the\s+)?$/i;
const LAND_AFTER = /^(?:'s|’s)?\s+(?:(?:north|south|east|west)(?:ern)?\s+|north-?(?:east|west)(?:ern)?\s+|south-?(?:east|west)(?:ern)?\s+)?(?:soil|territory|ground|land|borders?|side of the border|coast(?:line)?|shores?|waters|mainland)\b/i;
// Capitalised words that follow "in" but are not places.
const NOT_PLACES = new Set(
  ('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday The A An This That These Those His Her Their Its Our My Parliament Congress Senate Court Government ' +
    'English Arabic French Spanish Politics Business Sport Sports Tech Technology Entertainment News Opinion Op-Ed Twitter Facebook ' +
    'Reuters AP AFP TV Al-Hurra Spring Summer Autumn Fall Winter Christmas Easter Ramadan Today I He She They We It General President ' +
    'Minister Mr Mrs Ms Dr').split(' '),
);

const PLACE_NOUNS = new Set('district province county state region city town village area valley island islands coast border capital municipality prefecture governorate oblast'.split(' '));
const FUNCTION_WORDS = new Set(
  ('on in at of for from to by with and or but as after before since during when while where which who that than said says were was ' +
    'is are has have had will would could this last next early late').split(' '),
);

export function createEntityMatcher(aliases: AliasTable): EntityMatcher {
  const sensitive: Array<[string, string]> = [];
  const insensitive: Array<[string, string]> = [];
  for (const [id, entry] of aliases) {
    for (const name of [...entry.names, entry.display.replace(/^the\s+/i, '')]) {
      (/[A-Z]/.test(name) ? sensitive : insensitive).push([name, id]);
    }
  }
  const byName = new Map<string, string>();
  for (const [name, id] of sensitive) byName.set(name, id);
  for (const [name, id] of insensitive) byName.set(name.toLowerCase(), id);
  const alternation = (list: Array<[string, string]>): string =>
    [...new Set(list.map(([n]) => n))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const bound = (alt: string): string => String.raw`(?<![\w.])(?:${alt})(?![\w])(?!\.\w)`;
  const reSensitive = sensitive.length ? new RegExp(bound(alternation(sensitive)), 'g') : null;
  const reInsensitive = insensitive.length ? new RegExp(bound(alternation(insensitive)), 'gi') : null;
  // "in the Bear Hollow Fire", "after Typhoon Marikit": a named event, not a place.
  const EVENT_NAME = /(?:^|\s)(?:Fire|Fires|Complex|Storm|Typhoon|Hurricane|Cyclone|Tropical|Earthquake|Quake|Flood|Floods|Attack|Shooting|Bombing|Crash|Election|Summit|Games|Cup|Olympics|Talks|Accord|Agreement|Treaty|War|Offensive|Operation)(?:\s|$)/;
  // Within one line: a name never runs on into the next paragraph's first word.
  const generic = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Oo]utside|[Ii]nside)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’-]+)(?:[ \t]+(?:[A-Z][\w'’-]+|(?:of|de|al|el)(?=[ \t]+[A-Z])))*)/g;

  const display = (id: string): string => aliases.get(id)?.display ?? id;

  // The last document's mentions: extraction and story terms ask for the same text one
  // after the other, and the search over every alias is the dearer half of both.
  let lastText: string | null = null;
  let lastFound: EntityMention[] = [];
  return {
    display,
    names: (id) => aliases.get(id)?.names ?? [],
    find(text: string): EntityMention[] {
      if (text === lastText) return lastFound.map((m) => ({ ...m }));
      const found = findAll(text);
      lastText = text;
      lastFound = found;
      return found.map((m) => ({ ...m }));
    },
  };

  function findAll(text: string): EntityMention[] {
      const found: EntityMention[] = [];
      // Mentions accepted by earlier passes, sorted by start (they never overlap,
      // so also by end): an overlap test is a binary search, not a scan, so that a
      // whole long document stays linear.
      let earlier: EntityMention[] = [];
      const overlaps = (start: number, end: number): boolean => {
        const f = earlier[partitionPoint(earlier.length, (k) => (earlier[k]?.end ?? 0) <= start)];
        return f !== undefined && f.start < end;
      };
      let lastEnd = -1;
      const add = (start: number, end: number, id: string, known: boolean, shown: string): void => {
        // Within one pass matches come in order: only the previous one can overlap.
        if (start < lastEnd || overlaps(start, end)) return;
        lastEnd = end;
        const before = text.slice(Math.max(0, start - 40), start);
        const after = text.slice(end, end + 40);
        // "(translated from the Spanish original)" names a language, not where the story is.
        const locative = aliases.get(id)?.type !== 'party' && !TRANSLATED_BEFORE.test(before) && (LOCATIVE_BEFORE.test(before) || LAND_AFTER.test(after));
        const adjectival = /^(?:-led)?\s+[a-z]/.test(after) && !/^\s+(?:and|or|but|to|in|on|of|has|have|had|is|are|was|were|said|says|will|would)\b/.test(after);
        found.push({ start, end, id, display: shown, locative, adjectival, known, party: aliases.get(id)?.type === 'party' });
      };
      const endPass = (): void => {
        earlier = [...found].sort((a, b) => a.start - b.start);
        lastEnd = -1;
      };
      for (const re of [reSensitive, reInsensitive]) {
        if (!re) continue;
        for (const m of allMatches(re, text)) {
          const name = m[0];
          const id = byName.get(name) ?? byName.get(name.toLowerCase());
          if (id) add(m.index ?? 0, (m.index ?? 0) + name.length, id, true, display(id));
        }
        endPass();
      }
      for (const m of allMatches(generic, text)) {
        const name = m[1] ?? '';
        const first = (name.split(/\s+/)[0] ?? '').replace(/[’']s$/, '');
        if (NOT_PLACES.has(first) || name.length < 3 || EVENT_NAME.test(name)) continue;
        // "at the Calder textile mill", "in Tuesday's walkout": a name that modifies a noun is not a place,
        // unless the noun says it is one ("in Gorkha district").
        const next = /^\s+([a-z][\w-]*)/.exec(text.slice((m.index ?? 0) + m[0].length))?.[1];
        if (next && !PLACE_NOUNS.has(next) && !FUNCTION_WORDS.has(next)) continue;
        const start = (m.index ?? 0) + m[0].length - name.length;
        add(start, start + name.length, name.toLowerCase().replace(/[’']s$/, ''), false, name);
      }
      // A name of type other ("the South China Sea") was matched only so that the place inside it is not.
      return found.filter((e) => aliases.get(e.id)?.type !== 'other').sort((a, b) => a.start - b.start);
  }
}
