// Where a figure sits in its sentence, whatever it counts: a count, a change "by 500",
// an earlier figure "down from 3,000", a part "one hospital alone", a rate "a day", an
// increment "another 200". Shared by the rule-backed quantity check and the generic frame.

import type { Role, Span } from '../model.js';
import type { NumberMention } from '../engine/numbers.js';

const INCREMENT_BEFORE = /\b(?:another|an additional|additional|a further|further|extra|an extra)\s+$/i;
const INCREMENT_MOD = /^\s*(?:more|additional|extra|further|fresh|new)\b/i;
const CHANGE_BEFORE = /\bby\s+$/i;
// A rate is not a count: "279 deaths Sunday" next to "1,500 deaths a day", "an average of 330 deaths".
// "Every day 78 million messages are sent" is a rate as much as "78 million a day".
const RATE_BEFORE = /\b(?:averag\w*|daily|weekly|(?:per|a|every|each)\s+(?:day|week|month|year))\s*,?\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$/i;
/** A rate's period said after its figure ("38,000 vehicles a day"): its first group. */
export const RATE_PERIOD = /^[^.;,]{0,30}?\b(?:a|per|each|every)\s+(day|week|month|year|hour)\b/i;
// A subset of the whole: "one hospital alone admitted 640", "including 35 children", "of whom 12 were children".
const PART_BEFORE = /\b(?:alone|including|among them|of whom|of them|of these|of those|of which)\b[^.;]{0,30}$/i;
export const WHOLE_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|all\s+|her\s+|his\s+|their\s+|our\s+)?$/i;
// "Eleven of the survivors were in critical condition": a subset of a set the article counts elsewhere.
const SUBSET_AFTER = /^\s+(?:of\s+(?:the|those|them|whom)\b(?!\s+\d))/i;
// A subset named after the figure: "31 injured in that village alone", "$55.9bn in revenue from its
// printing group", "about half of the company's total".
const PART_AFTER = /^[^.;]{0,40}?\b(?:alone\b|from\s+(?:its|the)\s+(?:[\w'’&-]+\s+){0,5}(?:group|division|unit|arm|segment|business|subsidiary)\b|(?:half|a third|a quarter|two-thirds|three-quarters)\s+of\s+(?:[\w'’&-]+\s+){0,2}total\b)/i;
// "lost their lives in the catastrophes", "in disasters worldwide": a sum over many events, of which one event's toll is a part.
const MANY_EVENTS_AFTER = /^[^.;]{0,40}?\bin\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:[\w-]+\s+)?(?:catastrophes|disasters)\b/i;
const EARLIER_BEFORE = /\b(?:(?:down|up)\s+from|from|compared\s+(?:with|to)|than|previous(?:ly)?|earlier)\s+$/i;
const EARLIER_AFTER = /^\s+(?:\w+\s+){0,3}?(?:(?:a|one)\s+(?:year|month|week)\s+(?:earlier|ago|before)|previously|earlier)\b/i;
// A running count, the least its total can be when told: "three deaths have been confirmed so far",
// "seven people have now been treated". A higher count elsewhere is the same total, later.
export const RUNNING = /\b(?:so far|to date|thus far|up to now|until now|(?:has|have) now(?: been)?)\b/i;
// A forecast or a hypothetical is not a reported figure: "analysts expect revenue of $2bn", "the toll could rise to 1,000".
// "a further shock of up to magnitude 6 cannot be ruled out": a possibility, as much as a forecast.
export const FORECAST_AFTER = /^[^.;]{0,30}?\b(?:(?:is|are|were|was)\s+expected\s+to|(?:had|has|have)\s+been\s+expected|will|would|could|may|might|plans?\s+to|set\s+to|(?:cannot|can['’]t|could\s+not)\s+be\s+(?:ruled\s+out|excluded))\b/i;
export const FORECAST_BEFORE = /\b(?:expect\w*|forecast\w*|anticipat\w*|predict\w*|projected|projects|projection|looking for|would|could|should|might|may|is set to|are set to|aims? to|target\w*|guidance|consensus|hopes? to)\b/i;

/**
 * The role a figure plays, from the words around it. `subsetOfOwn` says whether words after the
 * figure ("of the survivors") name a set the subject counts elsewhere ("Eleven of the survivors").
 */
export function figureRole(text: string, m: NumberMention, mods: Span, subsetOfOwn: (after: string) => boolean): Role {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (CHANGE_BEFORE.test(before)) return 'change';
  if (RATE_BEFORE.test(before) || RATE_PERIOD.test(text.slice(m.end, m.end + 40))) return 'rate';
  const after = text.slice(m.end, m.end + 100);
  // "one of the victims" names a member of a set, never how many there are.
  if (m.number === 1 && SUBSET_AFTER.test(after)) return 'part';
  if (PART_BEFORE.test(before) || PART_AFTER.test(after) || MANY_EVENTS_AFTER.test(after) || (SUBSET_AFTER.test(after) && subsetOfOwn(after))) return 'part';
  if (EARLIER_BEFORE.test(before) || EARLIER_AFTER.test(text.slice(mods.end, mods.end + 40))) return 'earlier';
  if (INCREMENT_BEFORE.test(before) || (mods.start >= m.end && INCREMENT_MOD.test(text.slice(mods.start, mods.end)))) return 'increment';
  return 'count';
}
