// The shape of a rule pack as written in YAML (after validation), and of a
// loaded rule set. Check kinds (src/checks/<kind>.ts) compile these.

import type { Severity } from '../model.js';

export interface RuleExampleMatch {
  text: string;
  /** The date of the article the sentence is in: some rules read only dated articles (generic-year). */
  published?: string;
  /** Expected normalised value: a number (quantity), a state name (status) or an ISO date (date). */
  value?: number | string;
  /** Expected scope, e.g. { place: iraq, actor: us }; unlisted dimensions are not checked. */
  scope?: Record<string, string | null>;
  role?: string;
}

export interface RuleExamples {
  match?: RuleExampleMatch[];
  no_match?: string[];
}

interface RuleBase {
  id: string;
  kind: string;
  /** Display noun for the subject, e.g. "troops", "people killed". */
  subject: string;
  description?: string;
  severity?: Severity;
  /** Scope dimensions that make up the key, e.g. [place, actor]. */
  scope?: string[];
  /** How far apart (e.g. "90d", "12h", "never") two dated claims must be to count as a change. */
  window?: string;
  /** Claims further apart than the window: a change (a level that moved: a toll) or unrelated (separate events: rounds of job cuts). */
  over_time?: 'change' | 'unrelated';
  /** Claims further apart than this (e.g. "1y") are about different events: neither a change nor a contradiction. */
  event_span?: string;
  /** A running total that only grows (a toll): a later, lower figure is a contradiction, not a change. */
  cumulative?: boolean;
  /** Optional message shown with a conflict of this rule. */
  message?: string;
  examples?: RuleExamples;
}

export interface QuantityRuleSpec extends RuleBase {
  kind: 'quantity';
  lexicon: {
    /** Head nouns that follow a number: "5,000 US soldiers". */
    nouns?: string[];
    /** Head nouns that count for this subject only with a context word near: "45 people" + "killed". */
    generic?: string[];
    /** Words before a figure that make it a change, not a count: "withdraw 2,000 troops". */
    changes?: string[];
    /** Phrases that take their number after a linking word: "the death toll rose to 45". */
    frames?: string[];
    /** Verbs that take the number as object with no noun: "the quake killed 45". */
    verbs?: string[];
    /** At least one of these must occur in the clause ("killed", "dead"). */
    context?: string[];
    /** None of these may occur between the number and its head or frame (they mark another rule). */
    exclude?: string[];
  };
  /** Units a value may carry (money: $, €; percent: %); none means a plain count. */
  units?: string[];
  /** Relative tolerance for an exact figure (0.05 = ±5 %). */
  tolerance?: number;
  /** Relative tolerance for a hedged figure ("about", "some"). */
  hedge_tolerance?: number;
  /** Whether vague figures ("thousands", "dozens") take part in conflicts. */
  vague?: 'ignore' | 'compare';
  /** Figures below this are not counts of this subject (years, small ordinals). */
  min?: number;
  /** Figures above this are not values of the subject. */
  max?: number;
  /** Scope dimensions a figure must have to count at all (revenue needs its period). */
  require?: string[];
  /**
   * A monthly statistic published after its month (a jobs report): a figure its article dates only
   * by its own date ("the rate fell to 5.2%" in a report of 3 September) is the previous month's,
   * and figures of two months are two measurements, a change however close the months.
   */
  reports?: 'previous-month';
  /** Take the actor from a named clause subject when no known party is named ("Halden Systems said it would cut …"). */
  actor_from_subject?: boolean;
  /** Whether forecasts and hypotheticals ("expected to", "could") count: job cuts are announced as plans. */
  forecasts?: 'ignore' | 'keep';
}

export interface StatusRuleSpec extends RuleBase {
  kind: 'status';
  /** `not_after`: words that, right before a noun, make it another thing ("drone strike"). */
  lexicon: { nouns: string[]; not_after?: string[] };
  /** States in natural order, e.g. [none, planned, ongoing, concluded]. */
  scale: string[];
  /** For each state, the phrases that assert it. */
  states: Record<string, string[]>;
  /** Pairs of states that cannot both hold at one time. */
  incompatible: Array<[string, string]>;
  /** What a negated state asserts: "talks have not begun" → { ongoing: none }. */
  negated?: Record<string, string>;
  /** The state a modal statement asserts ("will hold talks" → planned); absent: modal statements are skipped. */
  planned?: string;
  /** The state "there are talks" asserts; "there are no talks" is its negation. */
  exists?: string;
  /** Whether a later state may go back to an earlier one (then it is a change, not a contradiction). */
  reversible?: boolean;
  /** Most characters between the noun and the phrase that gives its state (default 80). */
  max_gap?: number;
  /** Scope dimensions a claim must name to count at all (who resigned). */
  require?: string[];
}

export interface DateRuleSpec extends RuleBase {
  kind: 'date';
  /** `events`: what happened on the date ("signed"); `things`: what it happened to ("treaty"), part of the key. */
  lexicon: { events: string[]; things?: string[]; same_events?: string[][] };
}

/**
 * The generic quantity frame: any figure that counts or measures something, keyed by what it
 * counts and the clause's predicate. Its lexicon is closed classes of function words (no topic
 * words): what ends a noun phrase, what links a figure to the noun before it, and so on.
 */
export interface FrameRuleSpec extends RuleBase {
  kind: 'frame';
  lexicon: {
    /** Words that end a noun phrase or cannot be a predicate: prepositions, conjunctions, pronouns. */
    stops: string[];
    /** Prepositions: a figure that hangs on one has no verb of its own ("tested in 2,900 adults"). */
    prepositions: string[];
    /** Nouns that count anything ("people"): a frame with one fits a frame of any thing of the first class with the same predicate. */
    general: string[];
    /** Broad noun classes a head is a kind of, asked of the lexicon ("resident" is a person); the first is what general nouns count. */
    classes?: string[];
    /** Determiners and possessives skipped between a verb and its object ("approved a $2bn budget"). */
    determiners: string[];
    /** Forms of be and have between a subject and its predicate ("were evacuated"). */
    auxiliaries: string[];
    /** Modal words that make a clause a forecast or a possibility ("will", "could"). */
    modals: string[];
    /** Words that negate a clause ("not", "no", "never"). */
    negations: string[];
    /** Plurals that do not end in -s ("people", "children", "crew"). */
    plurals: string[];
    /** Nouns that measure another ("the number of X", "a total of"). */
    measures: string[];
    /** Words that take a figure after a noun phrase ("the toll stood at", "a fee of", "rose to"). */
    links: string[];
    /** Verbs of level that take a figure as a copula does ("totalled", "reached"): the predicate is "be". */
    levels?: string[];
    /**
     * Light and reporting verbs that say no more of a count than that it is ("carrying 140
     * passengers", "affecting 48,000", "reported 1.2 billion"): the predicate is "be".
     */
    light?: string[];
    /**
     * Support verbs of a noun that names an act ("no arrests were made", "no charges have been
     * filed"): a count of none of the act is a count of none of the people it is done to.
     */
    support?: string[];
    /**
     * Verbs whose subject undergoes the act their object names ("two firefighters suffered minor
     * injuries", "needed treatment"): the predicate is the object's verb (injure, treat).
     */
    undergoes?: string[];
    /**
     * Verbs that put their object into the state a word after it names ("leaving five workers
     * injured", "300 people were made homeless"): the predicate is that word's (injure, homeless).
     */
    resultatives?: string[];
    /**
     * Verbs of a state that can end ("remain", "stay", "employ"): a count under one may fall
     * between reports, where a count of an act done only accrues.
     */
    states?: string[];
    /** Verbs of what a subject has ("employs", "operates"): a count they take is the subject's size, read as "be". */
    possessions?: string[];
    /** Verbs of obtaining ("received", "won", "polled"): one act whatever the verb. */
    obtains?: string[];
    /** WordNet classes no one is in two of ("male", "female"): two unnamed people's ages in two of them are two people's. */
    exclusive?: string[];
    /** Words that make a figure an intention ("plans to vaccinate 64 million", "178 stores will close"): its modality is planned. */
    plans?: string[];
    /** Particles that belong to a verb ("walk out", "lay off"). */
    particles: string[];
    /** Nouns of change: a figure before them is a change amount, not a level ("a 5% rise"). */
    changes: string[];
    /** Words after a figure or its noun that make it a comparison or a distance in time ("42% less likely", "two years ago"). */
    comparatives: string[];
    /** Adjectives of size after a measure ("3.5 km long"). */
    dimensions: string[];
    durations?: string[];
    /** Fractions: a figure before one is a share ("two thirds of people"), not a count. */
    fractions?: string[];
    /** Nouns of change that, with a sum of money, are the sum itself ("a net loss of 212 million euros"). */
    amounts?: string[];
    /** Words of a change up ("rose", "up", "an increase") and down ("fell", "lower", "a cut"): the sign of a change by a share. */
    rises?: string[];
    falls?: string[];
    /** Adverbs of degree that may stand between a link and its figure ("turnout was just 52%"). */
    degrees?: string[];
  };
  /** Currency words written after a figure ("58 million euros") → currency code. */
  currencies?: Record<string, string>;
  /** Measure units written after a figure ("3.5 km", "a five-year contract") → canonical unit. */
  measure_units?: Record<string, string>;
  /** Canonical units measured in another ("km": ["m", 1000]): compared, and normalized, in the base. */
  unit_bases?: Record<string, [string, number]>;
  tolerance?: number;
  hedge_tolerance?: number;
}

/**
 * The generic status frame: a claim (subject, predicate) asserted, negated, denied or planned,
 * whatever its topic. Its lexicon is closed classes (negators, verbs of denial and refusal,
 * modal words); its scale and incompatible pairs work as a status rule's do.
 */
export interface ClaimRuleSpec extends RuleBase {
  kind: 'claim';
  /**
   * The verbs (lemmas) whose claims this rule keeps, when it keeps only some ("close", "cancel",
   * "suspend"): its trigger is then their words alone, so it reads few sentences. Absent: every verb.
   */
  predicates?: string[];
  /**
   * Verbs that say another verb's claim, negated: "reopen" is "close" denied, "go ahead" is "cancel"
   * denied (`reopen: close`). Read as that verb with the opposite polarity.
   */
  converses?: Record<string, string>;
  lexicon: {
    /** Words that negate the verb group ("not", "never", "n't"). */
    negations: string[];
    /** Determiners that negate the subject ("no charges have been filed"). */
    negative_determiners: string[];
    /** Verbs that deny or refute an embedded claim ("denied reports that …", "dismissed claims that …"). */
    denials: string[];
    /** Verbs that, before "to", refuse the act ("refused to concede"). */
    refusals: string[];
    /** Words that make the act a plan ("will", "plans to"). */
    plans: string[];
    /** Nouns of intention after "no" ("no plans to", "no intention of"): a plan denied. */
    intentions: string[];
    /** Modal words of possibility: not a claim ("could", "may"). */
    possibles: string[];
    /** Forms of be and have in a verb group ("had been arrested"). */
    auxiliaries: string[];
    /** Verbs of state before an adjective ("remains open"). */
    copulas: string[];
    /** Words that end a noun phrase: prepositions, conjunctions, determiners. */
    stops: string[];
    /** Subjects that name nobody in particular (pronouns): such a claim is not compared. */
    pronouns: string[];
    /** Words that start an embedded clause or report ("that", "said"): its subject starts after them. */
    boundaries: string[];
    /** Conditional and hypothetical openers within a clause ("if", "unless", "whether"). */
    conditionals: string[];
    /** Particles that belong to a verb ("step down", "pull out"). */
    particles: string[];
    /** Prepositions: a noun after one is an object, not a subject ("advice to the government has been published"). */
    prepositions: string[];
  };
  scale: string[];
  incompatible: Array<[string, string]>;
  reversible?: boolean;
}


/**
 * Names of people, organisations and places: two spellings of one name in a story
 * ("Qasem" / "Qassem Soleimani") are a conflict; `house` gives the preferred spelling
 * of a name and the variants a draft should not use.
 */
export interface NameRuleSpec extends RuleBase {
  kind: 'name';
  lexicon: {
    /** Titles and roles written before a name ("General", "envoy"): not part of the name. */
    titles: string[];
    /** Lower-case particles inside a name ("al", "bin", "van"): kept in the name, not its surname. */
    particles: string[];
    /** Capitalised words that open a sentence or a heading and are never a name ("The", "However"). */
    stops: string[];
  };
  /** Preferred spelling → variants a draft should not use. */
  house?: Record<string, string[]>;
}

/**
 * The time of day an event happened ("began at 6:42 p.m."), keyed by the event's verb and the
 * day the clause names. Its lexicon is closed classes: hedges, reporting verbs, stop words.
 */
export interface ClockRuleSpec extends RuleBase {
  kind: 'clock';
  lexicon: {
    /** Hedges that widen a time by hedge_minutes either side ("about 2.15am"). */
    approximate: string[];
    /** Words that put the event just after the time ("shortly after 2 o'clock"). */
    after: string[];
    /** Words that put the event just before the time ("just before midnight", "towards 4:30"). */
    before: string[];
    /** Verbs whose time is the telling, not the event ("said at a 4 p.m. briefing"). */
    reporting: string[];
    /** Words passed over on the way back from the time to its verb. */
    stops: string[];
    /** Particles that belong to the verb ("lifted off", "broke out"). */
    particles: string[];
    /** Verbs whose past is their base form ("hit", "cut", "burst"): read as past before a time. */
    same_past?: string[];
    /**
     * Verbs of an event's arrival ("struck", "tore through", "broke out"): said of an event or a
     * natural phenomenon ("the tornado", "the fire"), they date the event itself, whatever the verb.
     */
    onsets?: string[];
    /** Verbs of a measured change ("rose 11 per cent in 2023"): a level moves in every period, so their time dates no one event. */
    changes?: string[];
  };
  /** Minutes a hedge widens a time either side (default 15). */
  hedge_minutes?: number;
  /** What is read: the time of day (default) or the day ("the lunch was served on Monday"). */
  reads?: 'time' | 'day' | 'year';
}

/**
 * Who said a quotation: the same words put in two named people's mouths. Keyed by the quotation's
 * opening words (key_words of them); a quotation shorter than that is too common to tell apart.
 */
export interface QuoteRuleSpec extends RuleBase {
  kind: 'quote';
  /** How many opening words key a quotation (default 6). */
  key_words?: number;
  /** None: the quotation's own words are the key. */
  lexicon: Record<string, string[]>;
}

export type RuleSpec = QuantityRuleSpec | StatusRuleSpec | DateRuleSpec | FrameRuleSpec | ClaimRuleSpec | NameRuleSpec | ClockRuleSpec | QuoteRuleSpec;

/** A rule with where it came from, for messages and `rules list`. */
export interface LoadedRule {
  spec: RuleSpec;
  pack: string;
  /** file:line:column of the rule in its pack, for error messages. */
  origin: string;
  severity: Severity;
  /** The pack file as shown in messages. */
  file?: string;
  /** From a built-in pack (rules/*.yaml): its regular expressions run on V8. Absent: a user's, run on RE2. */
  builtin?: boolean;
  /** file:line:column of each example, index for index with spec.examples. */
  exampleOrigins?: { match: string[]; no_match: string[] };
}

/** A place or party named several ways: canonical id → names. */
export type AliasTable = Map<string, { display: string; names: string[]; type?: 'place' | 'party' | 'other' }>;

export interface RuleSet {
  rules: LoadedRule[];
  aliases: AliasTable;
  /** Hash of everything that affects extraction, for the cache. */
  hash: string;
  /** Rules turned off by the config (not used by the engine; shown by `rules list`). */
  disabled?: LoadedRule[];
  /** The packs loaded, in load order. */
  packs?: PackInfo[];
}

export interface PackInfo {
  name: string;
  /** The pack file as shown in messages. */
  file: string;
  /** Its real path on disk (so that no output is written over it). */
  path: string;
  description?: string;
  builtin: boolean;
}

export type ConfigSeverity = Severity | 'off';

/** A .claimdiff.yaml file after validation. */
export interface ClaimdiffConfig {
  /** Extra packs (files or folders); loadConfig resolves them against the config file's folder. */
  packs?: string[];
  /** Whether to load the built-in packs (default true). */
  builtin?: boolean;
  /** Rule id → off or a severity. */
  rules?: Record<string, ConfigSeverity>;
  /** Alias id → names to add, or { display, names }. */
  aliases?: Record<string, string[] | { display: string; names: string[] }>;
  /** The config file as shown in messages, when it was read from a file. */
  file?: string;
}
