// Who said it. A conflict between two sources' accounts is what a fact-checker
// investigates, so every claim carries its speaker when the sentence gives one:
// "according to the Pentagon", "a union spokeswoman said", "said James Jeffrey".

const SPEECH_VERBS =
  'said|says|told|tells|added|adds|stated|states|announced|announces|claimed|claims|confirmed|confirms|denied|denies|insisted|insists|' +
  'warned|warns|reported|reports|noted|notes|stressed|stresses|revealed|estimated|estimates|wrote|writes|tweeted|explained|acknowledged|admitted|argued|testified';

const ROLE_NOUNS =
  'official|officials|spokesman|spokeswoman|spokesperson|minister|ministry|envoy|ambassador|source|sources|police|statement|' +
  'agency|authorities|authority|president|secretary|commander|general|spokesmen|officer|chief|director|executive|leader|union|company|' +
  'government|department|pentagon|army|military|coalition|report|witnesses|residents|analysts|experts|media|newspaper|website|outlet|network';

const NAME = String.raw`(?:[A-Z][\w.'’-]*)(?:\s+(?:(?:of|the|al|bin|de|van|von)\s+)*[A-Z][\w.'’-]*)*`;
const TITLE = String.raw`(?:(?:ambassador|envoy|president|minister|general|gen\.|spokesman|spokeswoman|secretary|senator|sen\.|rep\.|mayor|governor|chief|commander|colonel|major general|prime minister|foreign minister|defence minister|defense minister)\s+)`;
const DESCRIPTION = String.raw`(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w.'’-]+\s+){0,5}?(?:${ROLE_NOUNS})`;
const SPEAKER = String.raw`(?:${TITLE}?${NAME}|${DESCRIPTION}|he|she|they)`;

const ACCORDING = new RegExp(String.raw`\b[Aa]ccording to\s+((?:${DESCRIPTION}(?:\s+(?:of|for|in)\s+(?:the\s+)?${NAME})?)|(?:the\s+)?${TITLE}?${NAME}|(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:${ROLE_NOUNS}))`);
const PREPOSED = new RegExp(String.raw`(?:^|[,;:"“”‘’(]\s*|\s)(${SPEAKER})\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|previously\s+)?(?:${SPEECH_VERBS})\b`, 'g');
const POSTPOSED = new RegExp(String.raw`[,"”’]\s*(?:${SPEECH_VERBS})\s+(${SPEAKER})`);

// "Ambassador James Jeffrey, the US special envoy for Syria, said ...": the name, not the end of the apposition.
// With no article the apposition must close with its comma: "Marisa Llorens, president of a parents' federation, said".
const APPOSITIVE = new RegExp(String.raw`^\s*(${TITLE}?${NAME}),\s+(?:(?:the|a|an)\s+[^,;"“”]{3,120}?,?|[^,;"“”]{3,120}?,)\s+(?:${SPEECH_VERBS})\b`);

const PRONOUNS = new Set(['he', 'she', 'they']);
const NOT_SPEAKERS = /^(?:The|A|An|It|This|That|There|We|I|You|Officials?)$/;

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[,;:.]+$/, '').trim();
}

/**
 * The speaker a sentence names, or null. A pronoun resolves to `lastSpeaker`
 * (the previous named speaker in the same article), which is how quotes run on.
 */
export function findAttribution(sentence: string, lastSpeaker: string | null): string | null {
  const acc = ACCORDING.exec(sentence);
  if (acc?.[1]) return tidy(acc[1]);
  const appositive = APPOSITIVE.exec(sentence);
  if (appositive?.[1]) return tidy(appositive[1]);
  const post = POSTPOSED.exec(sentence);
  if (post?.[1]) return resolve(tidy(post[1]), lastSpeaker);
  let best: string | null = null;
  for (const m of sentence.matchAll(PREPOSED)) {
    const who = tidy(m[1] ?? '');
    if (!who || NOT_SPEAKERS.test(who)) continue;
    best = who;
  }
  return best ? resolve(best, lastSpeaker) : null;
}

function resolve(who: string, lastSpeaker: string | null): string | null {
  if (PRONOUNS.has(who.toLowerCase())) return lastSpeaker;
  return who;
}
