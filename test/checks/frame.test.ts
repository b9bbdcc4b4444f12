// The generic frame on sentences as news writes them: what a figure counts, the predicate,
// the unit; and what it must not read as a claim.
import { describe, expect, test } from 'vitest';
import { extractText, scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';

// The lexicon a run uses (the WordNet table the build writes), so the frame reads what the CLI reads.
const rules = compileForRun(loadRuleSet({ builtin: true }));
const frames = (text: string) => extractText(text, rules).filter((a) => a.rule === 'generic-quantity');

describe('generic quantity frame', () => {
  test.each([
    ['About 1,800 crane operators walked out at the port.', 1800, { thing: 'operator', modifier: 'crane', predicate: 'walk out', unit: '-' }],
    // A light verb says nothing of its own ("*"): "carrying 312 passengers" meets the one predicate the story counts passengers with.
    ['The vessel was carrying 312 passengers and 14 crew.', 312, { thing: 'passenger', predicate: '*' }],
    ['There were more than 130 passengers on board.', 130, { thing: 'passenger', predicate: 'be' }],
    ['The outage affected around 48,000 passengers.', 48000, { thing: 'passenger', predicate: '*' }],
    ['Some 640 tractors were recalled on Friday.', 640, { thing: 'tractor', predicate: 'recall' }],
    ['The council approved a $1.84 billion budget for 2025.', 1.84e9, { thing: 'budget', predicate: 'approve', unit: 'USD' }],
    ['The club agreed a fixed fee of 58 million euros.', 58e6, { thing: 'fee', modifier: 'fixed', unit: 'EUR' }],
    ['The bank reduced its policy rate by 25 basis points to 4.25%.', 4.25, { thing: 'rate', modifier: 'policy', unit: '%', predicate: 'be' }],
    ['The eruptive fissure is about 3.5 km long.', 3500, { thing: 'fissure', modifier: 'long', unit: 'm' }],
    ['Nearly 7,300 people were forced to leave the town.', 7300, { thing: null, kind: 'person', predicate: 'force' }],
    // Class 2: verbs of level are a copula ("be"), and a change amount before "to" is skipped.
    ['The cost totalled $4.2 million.', 4.2e6, { thing: 'cost', predicate: '*', unit: 'USD' }],
    ['The membership fees reached $3.1 million in March.', 3.1e6, { thing: 'fee', modifier: 'membership', predicate: '*', unit: 'USD' }],
    ['The fine came to $4.2 million.', 4.2e6, { thing: 'fine', predicate: '*', unit: 'USD' }],
    ['The stock rose 18% to $62.40 in morning trading.', 62.4, { thing: 'stock', predicate: '*', unit: 'USD' }],
    // A sum of a named thing is its amount whatever the clause does: "a one-off €1,500 payment" meets "a payment of €1,200".
    ['Nurses will get a one-off €1,500 payment.', 1500, { thing: 'payment', predicate: '*', unit: 'EUR' }],
    ['The deal includes a one-off payment of €1,200.', 1200, { thing: 'payment', predicate: '*', unit: 'EUR' }],
    ['The men had climbed a 5.2-metre fence.', 5.2, { thing: 'fence', kind: '-', unit: 'm' }],
    // Session 14, from a blind round: a verb ending in "rs" before a figure is no rupee sign; "half a million".
    ['The recall covers 547,500 vehicles across North America.', 547500, { kind: 'vehicle', predicate: 'cover', unit: '-' }],
    ["Hoshida's recall covers nearly half a million vehicles.", 500000, { kind: 'vehicle', predicate: 'cover' }],
    // A name after "of" says whose the noun is; a distance in a compass direction from a place is a position.
    ["The City's own estimate puts the population of Port Sendaro at 4.6 million.", 4.6e6, { thing: 'population', predicate: 'be' }],
    ['The ship was sailing approximately 95 nautical miles west of Port Haverly.', 95 * 1852, { thing: null, predicate: 'west of port haverly', unit: 'm' }],
    // A sum before its noun: "a £3 billion loss" is the sum lost; "a combined 620 kg" is the figure's adjective.
    ['The carmaker reported a £3 billion loss.', 3e9, { thing: 'loss', predicate: '*', unit: 'GBP' }],
    ['Customs said the suitcases weighed a combined 620 kg.', 620, { thing: 'suitcase', predicate: 'weigh', unit: 'kg' }],
    // "by" after a participle of no rise or fall is the means; a sum "of" a noun phrase is of its head.
    ['The studies were supported by £2.4 million in grants.', 2.4e6, { thing: 'grant', unit: 'GBP' }],
    ['The studies were bankrolled with £4.2million of public research grants.', 4.2e6, { thing: 'grant', modifier: 'public research', unit: 'GBP' }],
    // A possessive name determines its noun; a spaced unit before a singular noun, or before a possessive, is attributive.
    ["The bureau put Port Sendaro's population at just over 3.4 million.", 3.4e6, { thing: 'population', predicate: 'be' }],
    ['A total of 412 athletes started the 86 km race at dawn.', 86000, { thing: 'race', unit: 'm' }],
    ["Fog descended on the 68km route's high point.", 68000, { thing: 'route', unit: 'm' }],
    // "ft" glued on is feet; "believed to be" states the noun's amount; a distance from a named point is a position.
    ['Police say the drone was flying at around 1,500ft when it was first seen.', 1500 * 0.3048, { thing: 'drone', unit: 'm' }],
    ['Aasvold will receive a payout believed to be around 11 million kroner.', 11e6, { thing: 'payout' }],
    ['The blaze started in a lorry about 2.5 km from the eastern portal.', 2500, { thing: null, predicate: 'from eastern portal', unit: 'm' }],
    // A share of a group named by a name, past the group's relative clause to its act.
    ['In the ballot, 78 percent of UHW members who took part rejected the offer.', 78, { thing: 'member', modifier: 'uhw', kind: 'part', predicate: 'reject' }],
    ['About 2,300 residents living near the plant were evacuated.', 2300, { thing: 'resident', predicate: 'evacuate' }],
    ['Around 800 residents had to leave their homes.', 800, { thing: 'resident', predicate: 'leave' }],
    // An age before a role of several words and a name; a headline's count with its participle alone.
    ['The 61-year-old head librarian Agnes Thornquist locked the room.', 61, { thing: 'age', actor: 'thornquist' }],
    ['The 29-year-old grandmaster beat Tomasz Kerel in the final.', 29, { thing: 'age', actor: 'grandmaster' }],
    ['Two arrested over theft of rare books', 2, { thing: null, kind: 'person', predicate: 'arrest' }],
    // A modal or auxiliaries between a verb of level and its subject; a sentence's first word in lower case.
    ['Repairs will cost about €4 million, the operator said.', 4e6, { thing: 'repair', predicate: '*', unit: 'EUR' }],
    ['The damage is estimated at €4 million.', 4e6, { thing: 'damage', predicate: '*', unit: 'EUR' }],
    ['The plane had climbed to about 9,000 metres.', 9000, { thing: 'plane', predicate: '*', unit: 'm' }],
    ['The jet, with 172 passengers on board, landed safely.', 172, { thing: 'passenger', predicate: '*' }],
    // What the counted underwent is the verb of its object ("suffered injuries": injured).
    ['Two firefighters suffered minor injuries.', 2, { thing: 'firefighter', predicate: 'injure' }],
    ['Eleven passengers were treated for minor injuries.', 11, { thing: 'passenger', predicate: 'injure' }],
    // An act a noun places is not the bare act: "required hospital treatment" is no "treated by paramedics".
    ['Two passengers required hospital treatment.', 2, { thing: 'passenger', predicate: 'require' }],
    ['No one was injured in Sunday\'s fire.', 0, { thing: null, kind: 'person', predicate: 'injure' }],
    // A verb that takes its count through "to"; not a plural noun before "to".
    ['The notice applies to around 92,000 residents.', 92000, { thing: 'resident', predicate: 'apply' }],
    // How long an act lasted, by its noun; a temperature in degrees, said of the subject before its place.
    ['The bidding lasted only 12 minutes.', 12 / 60, { thing: 'bidding', unit: 'hour' }],
    ['It sold after 19 minutes of bidding.', 19 / 60, { thing: 'bidding', unit: 'hour' }],
    ['Temperatures on the course peaked at 31 degrees Celsius.', 31, { thing: 'temperature', unit: 'deg' }],
    // A measure noun before "of" says only that the figure counts: the verb is the clause's.
    ['A total of 11,400 runners started the full marathon.', 11400, { thing: 'runner', predicate: 'start' }],
    // An irregular past tense is the clause's verb, not a modifier of the noun after it.
    ['Its film division saw profits slump 27% to $284m.', 284e6, { thing: 'profit', modifier: null }],
    // Modality: a plan is not a fact, whether the plan word comes before the verb or after the noun.
    ['The government plans to vaccinate about 64 million ducks.', 64e6, { thing: 'duck', modality: 'planned' }],
    ['Some 40 million ducks have received the vaccine.', 40e6, { thing: 'duck', modality: 'fact' }],
    // WordNet keeps some plurals as lemmas ("heights"): the singular keys the measure.
    ['The cabins hung at heights of up to 120 metres.', 120, { thing: 'height', unit: 'm' }],
    ['In total 180 households have now been evacuated.', 180, { thing: 'household', predicate: 'evacuate' }],
    // Taken, sent or rushed "to hospital": where they went is the act, whatever verb took them.
    ['One crew member was taken to hospital.', 1, { thing: 'member', modifier: 'crew', predicate: 'to hospital' }],
    ['The blaze sent five people to hospital.', 5, { thing: null, kind: 'person', predicate: 'to hospital' }],
    ['In total, 37 runners were taken to hospitals.', 37, { thing: 'runner', predicate: 'to hospital' }],
    ['No evacuations were ordered in the valley.', 0, { thing: null, kind: 'person', predicate: 'evacuate' }],
    // A count joined to its noun is what the phrase's head has; a capacity is the thing's own, whatever its clause plans.
    ['The minister approved a 14-turbine wind farm on the ridge.', 14, { thing: 'turbine', predicate: '*', modality: 'fact' }],
    ['The 86-megawatt scheme will power 60,000 homes.', 86, { thing: 'scheme', unit: 'MW', modality: 'fact' }],
    // A participle before its noun modifies it; a noun that is its verb's own form names the act of a count.
    ['A total of 40 scheduled surgical procedures have been postponed.', 40, { thing: 'procedure', modifier: 'scheduled surgical', predicate: 'postpone' }],
    ['It follows last week\'s recall of 80,000 baby food units.', 80000, { thing: 'unit', predicate: 'recall' }],
    // A whole set ("all", a possessive, "none of our") is how many there are, whatever the clause did to them.
    ['The pause affected all 412,000 customers in Valdmark.', 412000, { thing: 'customer', predicate: 'be', modality: 'fact' }],
    ['Its 212 rooms were evacuated.', 212, { thing: 'room', predicate: 'be' }],
    ['None of our 18 lifts was working.', 18, { thing: 'lift', predicate: 'be' }],
    ['There were 45 guests in the hotel.', 45, { thing: 'guest', predicate: 'be' }],
    // A headline's count with only where they are, or the participle that took them there.
    ['Sixteen in hospital after gas leak', 16, { thing: null, kind: 'person', predicate: 'to hospital' }],
    ['Fourteen taken to hospital', 14, { thing: null, kind: 'person', predicate: 'to hospital' }],
    // An apposition between the noun and its passive verb.
    ['A 51-year-old man, a maintenance contractor, was arrested on Saturday.', 1, { thing: 'contractor', predicate: 'arrest' }],
    ['She won two of her three matches.', 2, { thing: 'match', kind: 'part', predicate: 'win' }],
    // Units of several words or with a slash; a speed by its subject; "per hour" inside a unit is no rate.
    ['Approximately 380 cubic metres of crude oil were released.', 380000, { thing: 'oil', unit: 'l', predicate: 'release' }],
    // A speed is its subject's whatever verb moved it ("was going", "travelling at"); a measure that is its clause's subject is keyed by the verb after.
    ['The tram was travelling at 58 km/h.', 58, { thing: 'tram', unit: 'km/h', predicate: '*' }],
    ['About 1,800 litres leaked in total.', 1800, { thing: null, unit: 'l', predicate: 'leak' }],
    ['Winds reached 120 miles per hour.', 120 * 1.609344, { thing: 'wind', unit: 'km/h' }],
    ['The fire burned 12 square kilometres of forest.', 12e6, { thing: 'forest', unit: 'm2', predicate: 'burn' }],
    // A plain count with no noun after it is the level of the noun before its link.
    ['The number of patients rose to 45.', 45, { thing: 'patient', predicate: 'be' }],
    ['The bill raises the retirement age to 67 from 65.', 67, { thing: 'age', modifier: 'retirement', predicate: 'be' }],
    ['The number of people evacuated rose to 3,000.', 3000, { thing: null, kind: 'person', predicate: 'evacuate' }],
    ['The bank cut its rate from 4.5% to 4.25%.', 4.25, { thing: 'rate', predicate: 'be', unit: '%' }],
    // Sums: "in damages" names the sum; a passive's subject received it (what it was is unsaid); an object valued "at".
    ['A High Court judge on Thursday awarded £6.8 million in damages to the family.', 6.8e6, { thing: 'damage', predicate: 'award', unit: 'GBP' }],
    ['The family was awarded £5.8 million.', 5.8e6, { thing: null, modifier: null, predicate: 'award', unit: 'GBP' }],
    ['The court assessed damages at £6.8 million in total.', 6.8e6, { thing: 'damage', unit: 'GBP' }],
    // A noun in -ly is still a noun ("family", "supply"); only an adverb is not.
    ['The family received £5.8 million.', 5.8e6, { thing: 'money', modifier: 'family', predicate: 'receive' }],
    // "said … would": a reported plan, not a conditional.
    ['Vantora said every customer would receive a €10 credit on their next bill.', 10, { thing: 'credit', predicate: 'receive', modality: 'planned' }],
    // An ISO code before the figure is its currency; "has N X" is a size, as "there are" says; a place put first.
    ['Workers will receive a one-off payment of PLN 15,000.', 15000, { thing: 'payment', unit: 'PLN' }],
    ['The university has about 19,000 students.', 19000, { thing: 'student', predicate: 'be' }],
    ['On board were 168 passengers and six crew members.', 168, { thing: 'passenger', predicate: '*' }],
    // What a subject has ("operates", "employs") is its size, as "has" says.
    ['Soalheiro operates 312 stores.', 312, { thing: 'store', predicate: 'be' }],
    // Votes: the verb before its object takes the count "with" it; verbs of obtaining are one act; a magnitude before "of".
    ['The Progressive Alliance won the seat with 14,268 votes.', 14268, { thing: 'vote', predicate: 'win' }],
    ['The motion of no-confidence received 97 votes.', 97, { thing: 'vote', predicate: 'receive' }],
    ['Marsh finished with a majority of 2,104 votes.', 2104, { thing: 'majority', predicate: 'be' }],
    ['Marsh has won Ashcombe North with a majority of 1,204.', 1204, { thing: 'majority', predicate: 'be' }],
    ['The number of evacuated residents has risen to 85.', 85, { thing: 'resident', predicate: 'evacuate' }],
    // A change in apposition to a level is the level's noun's: "Group revenue of €1,840 million, an increase of 3.2%".
    ['Financial highlights: Group revenue of €1,840 million, an increase of 3.2% on the same quarter.', 3.2, { thing: 'revenue', predicate: 'change', unit: '%' }],
    ['Q3 results: revenue of €1,840 million, up 3.2%.', 3.2, { thing: 'revenue', predicate: 'change', unit: '%' }],
    // A quoted name before the noun says which one.
    ['The ISM’s "new orders" index rose to 67.4 from 61.5.', 67.4, { thing: 'index', modifier: 'new orders' }],
    // A vote told by its split: the majority's count; a match's score is no vote.
    ['The decision was taken on a 6-1 vote.', 6, { thing: 'vote', modifier: 'split' }],
    ['The committee backed the increase by five votes to two.', 5, { thing: 'vote', modifier: 'split' }],
    // Temperatures and units glued to the figure; a passive's level after "to".
    ['Temperatures reached 41C in Seville.', 41, { thing: 'temperature', unit: 'deg' }],
    ['The water was heated to 70 degrees Celsius.', 70, { thing: 'water', unit: 'deg' }],
    ['The 6.2km lake was closed on Friday.', 6200, { thing: 'lake', unit: 'm' }],
    // A count of the places or people an act reached, after "on" or "in"; a sum by the name that took it.
    ['The virus was found on four farms in the valley.', 4, { thing: 'farm', predicate: 'find' }],
    ['Tests have confirmed the virus on five farms.', 5, { thing: 'farm', predicate: '*' }],
    ['The drug was tested in nearly 2,900 adults.', 2900, { thing: 'adult', predicate: 'test' }],
    // A sum that is a passive's subject is keyed by what was done with it.
    ['Police say £2.1 million was diverted from the trust.', 2.1e6, { thing: 'money', predicate: 'divert', unit: 'GBP' }],
    ['The claim is that £1.2 million was siphoned off.', 1.2e6, { thing: 'money', predicate: 'siphon off', unit: 'GBP' }],
    // A part read by its whole is a count of its own kind; a share of a vote is a share of the vote.
    ["The attack had disrupted nine of the city's 14 departments.", 9, { thing: 'department', kind: 'part', predicate: 'disrupt' }],
    ["Seven of the City's 14 departments were affected.", 7, { thing: 'department', kind: 'part', predicate: '*' }],
    ['The Yes campaign won with 52.4% of the vote.', 52.4, { thing: 'vote', predicate: 'win', unit: '%' }],
    // Lengths compare in metres: "3 kilometres" is 3,000 m.
    ['A protection zone of 3 kilometres has been established.', 3000, { thing: 'zone', modifier: 'protection', unit: 'm' }],
    ['Officials set up a 5-kilometre protection zone.', 5000, { thing: 'zone', modifier: 'protection', unit: 'm' }],
    // An age before its person: by the name after it, or by a definite role and its complement.
    ['The 46-year-old founder, Linnea Ostberg, grew up nearby.', 46, { thing: 'age', actor: 'ostberg' }],
    ['The 58-year-old driver of the tanker suffered minor injuries.', 58, { thing: 'age', actor: 'driver tanker' }],
    ['The 24-year-old forward scored twice.', 24, { thing: 'age', actor: 'forward' }],
    // A definite role set off by commas; a possessor in place of "the"; "a six-year-old" (the article is no part of the figure).
    ['The caretaker, 58, was taken to hospital.', 58, { thing: 'age', actor: 'caretaker' }],
    ["Marianne Koto, Corvane's 49-year-old chief executive, resigned.", 49, { thing: 'age', actor: 'koto' }],
    ['Tashi, a six-year-old male, escaped overnight on Monday.', 6, { thing: 'age', actor: 'tashi' }],
    // An age in a relative clause "when" something happened is the age then, not now.
    ['Maya Trelawney, who was five when she was misdiagnosed, now needs care.', 5, { thing: 'age', actor: 'trelawney', predicate: 'be then' }],
    ['Rescuers pulled a seven-year-old girl, Nina Albescu, alive from the rubble.', 7, { thing: 'age', actor: 'albescu' }],
    ['In 2025 the company obtained 190 350 votes.', 190350, { thing: 'vote' }],
    // An act named by its noun is its verb: "the closure of 140 branches" meets "will close 104 branches".
    ['The plan also includes the closure of 140 branches.', 140, { thing: 'branch', predicate: 'close' }],
    ['Police ordered residents within 1.5 kilometres of the site to evacuate.', 1500, { thing: 'resident', modifier: 'within', unit: 'm' }],
    // Class 4: a possibility in the past is the count as reported; one still ahead is not a claim.
    ['Approximately 1.4 million customers may have been accessed.', 1.4e6, { thing: 'customer', kind: 'person', predicate: 'access' }],
    ['About 300 files might have been copied on Monday.', 300, { thing: 'file', predicate: 'copy' }],
    // A count of none is a count (issue 13: "no deaths have been linked" against "one death").
    ['No deaths have been linked to the outbreak.', 0, { thing: 'death', predicate: 'link' }],
    ['The operator said no crew members were injured.', 0, { thing: 'member', modifier: 'crew', predicate: 'injure' }],
    ['Has anyone been arrested? No. Police say no-one has been arrested so far.', 0, { thing: null, kind: 'person', predicate: 'arrest' }],
    // The prepositional object of a verb: the verb and its preposition are the predicate.
    ['He has lived in three countries.', 3, { thing: 'country', predicate: 'live in' }],
    ['The sequel played in 4,150 locations.', 4150, { thing: 'location', predicate: 'play in' }],
    ['The gang was asking for a $2.4 million ransom.', 2.4e6, { thing: 'ransom', predicate: 'ask for', unit: 'USD' }],
    // A sum a verb's subject pays, owes or fetches: money, by the subject's noun.
    ['The company owes £86 million to lenders.', 86e6, { thing: 'money', modifier: 'company', predicate: 'owe', unit: 'GBP' }],
    ['The painting sold for £43.6 million with buyer’s premium.', 43.6e6, { thing: 'money', modifier: 'painting', predicate: 'sell for' }],
    ['Reports said a contract worth 2.4 billion koruna had been awarded without a tender.', 2.4e9, { thing: 'contract', predicate: '*', unit: 'CZK' }],
    // A degree adverb between the link and a measure; "total" before the noun valued "at".
    ['The slick is now about 14 km long, the coastguard said.', 14000, { thing: 'slick', modifier: 'long', unit: 'm' }],
    ['Insurers put the total loss at about €6 million.', 6e6, { thing: 'loss', unit: 'EUR' }],
    // A share of a group with the act it underwent; a sum by the name that is its verb's subject.
    ['Only 67 per cent of the pupils are fully vaccinated against measles.', 67, { thing: 'pupil', kind: 'part', predicate: 'vaccinate', unit: '%' }],
    ['Ruivo pocketed 250,000 euros for the victory.', 250000, { thing: 'money', actor: 'ruivo', predicate: 'pocket', unit: 'EUR' }],
    ['As champion, Ruivo receives €180,000.', 180000, { thing: 'money', actor: 'ruivo', predicate: 'receive', unit: 'EUR' }],
    // A sum said with something left out is a part of the sum another report may give whole.
    ['Mayweather received $41.5 million before taking into account pay-per-view sales.', 41.5e6, { kind: 'part' }],
    // A light verb before the noun of "of" is the verb; a bullet before a sentence's first word; a forecast in a first clause.
    ['The company also cut its profit forecast and reported net debt of £183 million.', 183e6, { thing: 'debt', modifier: 'net', unit: 'GBP' }],
    ['- Net debt of £138 million at 27 September 2025, excluding lease liabilities.', 138e6, { thing: 'debt', modifier: 'net', actor: '-' }],
    ['- Like-for-like sales down 4.2% (Q3 2024: up 1.3%), reflecting weak footfall.', -4.2, { thing: 'sale', modifier: 'like-for-like', actor: '-' }],
    // A change's subject before a relative clause; the period reported is no qualifier of the change.
    ['The chain said like-for-like sales, which strip out the effect of store openings, were down 2.4% in the three months to September.', -2.4, { thing: 'sale', modifier: 'like-for-like' }],
    ['Like-for-like sales fell 4.2 per cent in the three months to the end of September.', -4.2, { thing: 'sale', modifier: 'like-for-like' }],
    // How long an act went on, by the noun of its verb: "deliberated for" meets "hours of deliberations".
    ['The jury has now deliberated for more than 14 hours.', 14, { thing: 'deliberation', unit: 'hour' }],
    ['The jury deliberated for about nine hours across two days.', 9, { thing: 'deliberation', unit: 'hour' }],
    // An apposed age after a role of several words, definite or not (a role, not "a man").
    ['Among the dead was a local ski instructor, 38, who had been leading the group.', 38, { thing: 'age', actor: 'instructor' }],
  ])('%s', (text, value, scope) => {
    const found = frames(text).filter((a) => a.role === 'count');
    expect(found.map((a) => (a.value.kind === 'quantity' ? a.value.number : NaN))).toContain(value);
    const hit = found.find((a) => a.value.kind === 'quantity' && a.value.number === value);
    expect(hit?.scope).toMatchObject(scope);
  });

  test.each([
    'The bridge opened in 1964.',
    // A condition makes "would" conditional, whoever reports it.
    'If the proposal goes ahead, 410 roles would be lost, the union said.',
    // One person's level is an age, read elsewhere; no count.
    'The driver was 45.',
    // A share of a group with a threshold or a light verb is a survey's answer or a count's progress.
    'With 40% of votes counted, Yes leads.',
    // "a man, 45," may be any man the story names.
    'A man, 45, was arrested at the scene.',
    // A noun before "of" that is no magnitude does not take the count: "a collision of two trams" is no collision count.
    'A collision of two trams occurred on the square.',
    // A role that is no person is no one's age.
    'The company, 45, said little.',
    'The toll could rise to 300.',
    'Patients on the drug were 42% less likely to be admitted.',
    'He joined the club two seasons ago.',
    'If 500 workers strike, the port will close.',
    'The union is asking for a rise of 7% this year.',
    'Some 3,000 firms may have their privatisations delayed.',
    'The single slipped 13 places to number 14.',
    'The index rose 25 points to 1,200.',
    'About 500 workers may strike next week.',
    'A 34-year-old man and a 41-year-old woman were arrested.',
    'In Cerro Alto, 30 years of records were lost.',
  ])('no claim: %s', (text) => {
    expect(frames(text).filter((a) => a.role === 'count')).toEqual([]);
  });

  test.each([
    // A speed "at" which something was done is not its object's: "entered the curve at 38 mph" is no speed of the curve.
    ['The bus entered the curve at 38 miles an hour.', 'mph'],
    ['He ploughed into a tree at nearly 90km/h during the race.', 'km/h'],
    ['Witnesses said he had been descending at around 45mph.', 'mph'],
  ])('a speed no noun is said to move at is the story’s unsaid speed: %s', (text, unit) => {
    const speed = frames(text).find((a) => a.role === 'count');
    expect(speed?.scope).toMatchObject({ thing: null, predicate: '*', unit: unit === 'mph' ? 'km/h' : unit });
  });

  test.each([
    ['Nearly a quarter of residents over 65 have been vaccinated.', 25, { thing: 'resident', modifier: 'over 65', predicate: 'vaccinate', unit: '%' }],
    ['Only 23% of residents over 65 have been vaccinated so far.', 23, { thing: 'resident', modifier: 'over 65', predicate: 'vaccinate', unit: '%' }],
    ['One in four adults were vaccinated.', 25, { thing: 'adult', kind: 'part', predicate: 'vaccinate', unit: '%' }],
    ['Two-thirds of the drivers walked out.', 200 / 3, { thing: 'driver', kind: 'part', predicate: 'walk out', unit: '%' }],
  ])('a share said as a fraction or of an age group is a share of that group: %s', (text, value, scope) => {
    const share = frames(text).find((a) => a.role === 'count');
    expect(share?.value.kind === 'quantity' ? share.value.number : NaN).toBeCloseTo(value);
    expect(share?.scope).toMatchObject(scope);
  });

  test('a forecast is read as planned, to meet only other figures of the future; a possibility is not read', () => {
    expect(frames('Repairs are expected to cost about $4.5 million.').find((a) => a.role === 'count')?.scope).toMatchObject({ thing: 'repair', unit: 'USD', modality: 'planned' });
    expect(frames('Repairs will cost $14.5 million.').find((a) => a.role === 'count')?.scope).toMatchObject({ thing: 'repair', modality: 'planned' });
    expect(frames('Analysts expect 5,000 workers to join the strike.').find((a) => a.role === 'count')?.scope).toMatchObject({ thing: 'worker', modality: 'planned' });
    expect(frames('The engineers put the cost of repairs at $14.5 million.').find((a) => a.role === 'count')?.scope).toMatchObject({ thing: 'repair', modality: 'fact' });
    expect(frames('The toll could rise to 1,000 as rescuers reach the valley.').filter((a) => a.role === 'count')).toEqual([]);
  });

  test.each([
    ['Despite the efforts of rescuers, only 14 were refloated.', { thing: null, kind: '*', predicate: 'refloat' }],
    ['Three have been charged with fraud.', { thing: null, kind: '*', predicate: 'charge' }],
  ])('a count whose noun the story said before, subject of a passive, is keyed by the act: %s', (text, scope) => {
    expect(frames(text).find((a) => a.role === 'count')?.scope).toMatchObject(scope);
  });

  test('a passive\'s agents are counted by its act; a change "by" stays a change', () => {
    expect(frames('The petition was signed by 1,200 residents.').find((a) => a.role === 'count')?.scope).toMatchObject({ thing: 'resident', predicate: 'sign' });
    expect(frames('The case was brought by 64 households.').find((a) => a.role === 'count')?.scope).toMatchObject({ thing: 'household', predicate: 'bring' });
    expect(frames('Costs were cut by 500.').filter((a) => a.role === 'count')).toEqual([]);
    expect(frames('Campaigners want the noise limited to 55 decibels.').find((a) => a.role === 'count')?.scope).toMatchObject({ unit: 'dB' });
  });

  test('a rate said per a period is a count per that period', () => {
    expect(frames('The bridge carries about 58,000 vehicles a day.').find((a) => a.role === 'count')?.scope).toMatchObject({ kind: 'vehicle', unit: 'per day' });
    expect(frames('The port handles 14 million tonnes a year.').find((a) => a.role === 'count')?.scope.unit).toMatch(/per year$/);
  });

  test('a number in a name is no elided count: "Maroon 5 was named"', () => {
    expect(frames('The band Maroon 5 was named best new act.').filter((a) => a.role === 'count')).toEqual([]);
  });

  test('a place or a phrase after the group is passed on the way to its verb', () => {
    expect(frames('58 of the 214 vaccination centres in Alto Cumbral had run out of vaccine.').find((a) => a.role === 'count')?.scope).toMatchObject({ thing: 'centre', kind: 'part', predicate: 'run out' });
  });

  test('a degree adverb between the verb and its count, and a sum in crores', () => {
    expect(frames('The ministry has received only 80,000 doses.').find((a) => a.role === 'count')?.scope).toMatchObject({ thing: 'dose', predicate: 'receive' });
    const sum = frames('The state announced a relief package of Rs 210 crore.').find((a) => a.role === 'count');
    expect(sum?.value.kind === 'quantity' ? sum.value.number : NaN).toBe(2.1e9);
  });

  test('a sentence that opens with "he" or "she" gives the age of the person just named', () => {
    const age = extractText('Jorre Van Daelen crashed on the descent. He was 23.', rules).find((a) => a.scope['thing'] === 'age');
    expect(age?.scope).toMatchObject({ actor: 'daelen' });
  });

  test('a sum a thing is worth is read only of the thing itself, not of the object of another verb', () => {
    expect(frames('MCI had rejected a deal worth $8bn.').filter((a) => a.scope['unit'] === 'USD')).toEqual([]);
    expect(frames('Verizon bought MCI in a deal worth $6.75bn.').find((a) => a.scope['unit'] === 'USD')?.scope).toMatchObject({ thing: 'deal' });
  });

  test.each([
    ['Chief executive Mara Lindqvist, 47, said the company would rebuild.', 47],
    ["Orbitra's chief executive, Mara Lindqvist, 52, grew up in Adelaide.", 52],
    ['Marcus Oyelaran, a 44-year-old former school board president, won the count.', 44],
  ])('a named person’s age is a claim keyed by the name: %s', (text, value) => {
    const age = frames(text).find((a) => a.scope['thing'] === 'age');
    expect(age?.value.kind === 'quantity' ? age.value.number : NaN).toBe(value);
    expect(age?.scope).toMatchObject({ unit: 'year', place: '*' });
    expect(['lindqvist', 'oyelaran']).toContain(age?.scope.actor);
  });

  test('a participle of level names a part, not the level: "24 donations totalling £161,840 from one firm"', () => {
    const values = frames('Among the gifts were 24 donations totalling £161,840 from one firm.').map((a) => (a.value.kind === 'quantity' ? a.value.number : NaN));
    expect(values).not.toContain(161840);
  });

  test('a change "by N" is not a level', () => {
    expect(frames('The bank cut its rate by 25 basis points.').map((a) => a.role)).not.toContain('count');
  });

  test('a figure a rule took is read by the frame only as its shadow, keeping the place the rule read', () => {
    const all = extractText('The earthquake killed at least 45 people in Nepal.', rules);
    const rule = all.find((a) => a.rule !== 'generic-quantity');
    const shadows = all.filter((a) => a.rule === 'generic-quantity');
    expect(rule).toBeDefined();
    expect(shadows.map((a) => a.shadow)).toEqual([rule?.rule]);
    expect(shadows[0]?.scope.place).toBe(rule?.scope.place);
  });

  test('an age with no one named has no key (only alignment compares it); a term of years is no measure', () => {
    const keyed = (text: string) => frames(text).filter((a) => a.scope['thing'] === 'age' && a.role !== 'figure');
    expect(keyed('A 34-year-old man and a 41-year-old woman were arrested.')).toEqual([]);
    expect(keyed('The 48-year-old was appointed in June.')).toEqual([]);
    expect(frames('A 34-year-old man and a 41-year-old woman were arrested.').map((a) => [a.role, a.scope['kind']])).toEqual([['figure', 'male'], ['figure', 'female']]);
    expect(frames('Fraud carries a prescribed minimum sentence of 15 years.').filter((a) => a.value.kind === 'quantity' && a.value.number === 15)).toEqual([]);
    // A duration told in two units is no one figure; an event that went on for a time has that duration.
    expect(frames('The game lasted 4 hours 41 minutes.')).toEqual([]);
    expect(frames('The shutdown lasted for 35 days.').map((a) => [a.scope['thing'], a.scope['unit']])).toEqual([['shutdown', 'day']]);
    expect(frames('The fire burned for six hours.').map((a) => [a.scope['thing'], a.scope['unit']])).toEqual([['fire', 'hour']]);
    // A unit joined to a noun measures it ("a 20-yard shot"): no count of yards.
    expect(frames('Cole added a second with a 20-yard shot in injury-time.').filter((a) => a.scope['thing'] === 'yard')).toEqual([]);
    expect(frames('Rathmere City beat Sporting Valdaro 2-1 in the final.')).toEqual([]);
    // Seconds are a unit of time: "a personal best of 22.38 seconds" counts no seconds.
    expect(frames('She set a personal best of 22.38 seconds.').filter((a) => a.scope['predicate'] === 'best')).toEqual([]);
    expect(frames('The minister was questioned for six hours.').filter((a) => a.value.kind === 'quantity' && a.value.number === 6)).toEqual([]);
  });

  test('a share of a group is a survey answer; one of a list of figures is one of several things', () => {
    expect(frames('Only 16% of women earn more than £50,000.')).toEqual([]);
    expect(frames('Spurs had seen previous bids of £3m, £4m and £5m rejected.')).toEqual([]);
  });

  test('the rest of a set is a part of it: "the other 11 patients"', () => {
    expect(frames('The other 11 patients carry the bacterium without any symptoms.').map((a) => a.role)).toEqual(['part']);
  });

  test('a single speaker is attribution, not a count: "one resident said"', () => {
    expect(frames('One resident said the water came fast.').filter((a) => a.value.kind === 'quantity' && a.value.number === 1)).toEqual([]);
  });

  test('a count of none is no count of more, of others or of anything new', () => {
    for (const text of ['No more than 300 people attended.', 'No new cases were reported on Tuesday.', 'No other passengers were hurt.', 'Talks are no longer under way.']) {
      expect(frames(text).filter((a) => a.value.kind === 'quantity' && a.value.number === 0)).toEqual([]);
    }
  });

  // Class 1: a head that is a kind of a broad class carries it (lexicon.isA); a general noun
  // ("people", a group in WordNet) or the class itself is no thing in particular, of that class.
  test.each([
    ['About 3,700 residents left the town.', 3700, { thing: 'resident', kind: 'person' }],
    ['Some 640 customers complained on Friday.', 640, { thing: 'customer', kind: 'person' }],
    ['Nearly 7,300 people left the town.', 7300, { thing: null, kind: 'person' }],
    ['Five cars fell into the water.', 5, { thing: 'car', kind: 'vehicle' }],
    ['Three vehicles fell into the water.', 3, { thing: null, kind: 'vehicle' }],
    ['Some 640 tractors were recalled on Friday.', 640, { thing: 'tractor', kind: 'vehicle' }],
    ['The shop sold 300 shirts on Friday.', 300, { thing: 'shirt', kind: '-' }],
  ])('class: %s', (text, value, scope) => {
    const hit = frames(text).find((a) => a.value.kind === 'quantity' && a.value.number === value);
    expect(hit?.scope).toMatchObject(scope);
  });

  // People in general meet the one kind of person a story counts with the same predicate, and
  // only that: two kinds (residents, tourists) leave "people" on its own, and a kind never
  // meets another kind.
  const conflicts = (...texts: string[]) =>
    scanDocuments(texts.map((t, i) => documentFromText(`story/${i}.txt`, t)), rules).conflicts.filter((c) => c.rule === 'generic-quantity');
  test.each([
    [['About 3,700 residents left the town on Monday.', 'Nearly 7,300 people left the town on Monday.'], 1],
    [['About 3,700 residents left the town on Monday.', 'About 3,700 people left the town on Monday.'], 0],
    [['About 3,700 residents left the town on Monday.', 'About 900 tourists left the town on Monday.', 'Nearly 7,300 people left the town on Monday.'], 0],
    [['About 3,700 residents left the town on Monday.', 'About 900 tourists left the town on Monday.'], 0],
    // Nouns of one meaning in their first sense are one thing ("stores" / "shops"); a later sense is not enough.
    [['The chain operates 143 stores, the company said on Monday.', 'The chain has 126 shops, the company said on Monday.'], 1],
    [['Officials plan to close 35 agencies.', 'Officials plan to close 37 offices.'], 0],
  ])('people in general: %j', (texts, count) => {
    expect(conflicts(...texts)).toHaveLength(count);
  });

  // A count is whole: its open bounds are the next whole number; measures keep closed bounds.
  test.each([
    ['She won more than nine titles.', 10, Infinity],
    ['The school enrolls nearly 2,500 students.', 2250, 2499],
    ['The road is more than 3.5 km long.', 3500, Infinity],
  ])('bounds: %s', (text, low, high) => {
    const [hit] = frames(text);
    expect(hit?.value).toMatchObject({ low: expect.closeTo(low, 3) as number, high });
  });

  // A place neither the clause nor the article names is not said: a one-sentence article meets
  // a longer one that names its place; two articles naming different places never meet.
  test.each([
    [['She won more than nine titles.', 'In Australia, she won nine titles.'], 1],
    [['In France, she won twelve titles.', 'In Australia, she won nine titles.'], 0],
  ])('places not said: %j', (texts, count) => {
    expect(conflicts(...texts)).toHaveLength(count);
  });
});

describe('ages of people no name identifies, aligned by their words (engine/align.ts)', () => {
  const dated = (body: string): string => `A story\nPublished: 12 July 2025\n\n${body}\n`;
  const aligned = (...bodies: string[]) =>
    scanDocuments(bodies.map((b, i) => documentFromText(`story/${i}.txt`, dated(b))), rules).conflicts.filter((c) => (c.why ?? '').startsWith('aligned'));
  test('one person told two ages: a warning', () => {
    const found = aligned(
      'A 78-year-old farm labourer who collapsed in a melon field near Vilarosa died in hospital.',
      'A 68-year-old farm worker collapsed in a melon field near Vilarosa and later died.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
  });
  test('a woman and a man are two people, and unlike words two events', () => {
    expect(aligned('The dead were a 47-year-old woman who lived in the flat.', 'The dead were a 74-year-old man who lived in the flat.')).toHaveLength(0);
    expect(aligned('A 28-year-old man from Lisbrook collapsed at the finish.', 'The race was won by a 31-year-old teacher from Orlund.')).toHaveLength(0);
  });
  test('the same age agrees', () => {
    expect(aligned('A 47-year-old woman who lived in the flat died.', 'The dead are a woman aged 47, who lived in the flat.')).toHaveLength(0);
  });
});

// A capital first word the document also writes in lower case is a common noun, not a surname.
describe('sentence case by the document', () => {
  test('"Turnout was 52%" reads turnout when the article writes "turnout" elsewhere', () => {
    const doc = documentFromText('vote.txt', 'Vote\n\nPublished: 2025-05-02\n\nTurnout was just 52 percent.\n\nOfficials said turnout rose.\n');
    const found = scanDocuments([doc], rules).assertions.filter((a) => a.rule === 'generic-quantity');
    expect(found.map((a) => a.scope['thing'])).toContain('turnout');
  });
});
