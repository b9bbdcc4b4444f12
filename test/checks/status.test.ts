// Table-driven tests of status extraction on sentences written the way news
// writes them. Each row lists every status assertion the sentence must yield
// (rule and state, and the parties key where the sentence names the parties);
// an empty list means the sentence asserts no status at all.
import { describe, expect, test } from 'vitest';
import { compileRules, extractText } from '../../src/engine/scan.js';
import { loadRuleSet } from '../../src/rules/index.js';

const compiled = compileRules(loadRuleSet());

type Want = [rule: string, state: string, parties?: string];
interface Row {
  text: string;
  want: Want[];
}

const T = 'talks-status';
const W = 'withdrawal-status';
const A = 'agreement-status';
const C = 'ceasefire-status';
const R = 'report-status';
const Q = 'resignation-status';
const S = 'strike-status';

const table: Record<string, Row[]> = {
  'talks: none': [
    { text: 'The United States has not yet entered into talks with Iraq over the future of its troops, officials said.', want: [[T, 'none', 'iraq+us']] },
    { text: 'There are no talks with the rebels at this stage, the interior minister told parliament.', want: [[T, 'none']] },
    { text: 'The government has never held negotiations with the militia, a spokesman said.', want: [[T, 'none']] },
    { text: 'The envoy denied that Washington had been holding any talks with Baghdad.', want: [[T, 'none', 'iraq+us']] },
    { text: 'The company has yet to open negotiations with the union, according to staff representatives.', want: [[T, 'none']] },
    { text: 'Officials ruled out talks with the kidnappers.', want: [[T, 'none']] },
    { text: 'There has been no dialogue between the two capitals since January.', want: [[T, 'none']] },
    { text: 'No negotiations are taking place, the spokeswoman said.', want: [[T, 'none']] },
    { text: 'The junta has refused to hold talks with the opposition.', want: [[T, 'none']] },
  ],
  'talks: planned': [
    { text: 'The two governments plan to begin talks next month, diplomats said.', want: [[T, 'planned']] },
    { text: 'Negotiations between the union and the airline are expected to resume on Thursday.', want: [[T, 'planned', 'airline+union']] },
    { text: 'Talks will open in Oslo next week.', want: [[T, 'planned']] },
    { text: 'The ministry said talks could begin as early as Monday.', want: [[T, 'planned']] },
    { text: 'Negotiators are scheduled to meet again on Friday.', want: [[T, 'planned']] },
    { text: 'There are no plans for talks with the rebels, the minister said.', want: [[T, 'none']] },
  ],
  'talks: ongoing': [
    { text: 'Talks between the union and the airline are continuing, a union spokeswoman said.', want: [[T, 'ongoing', 'airline+union']] },
    { text: 'Talks between the airline and its pilots are continuing.', want: [[T, 'ongoing', 'airline+pilot']] },
    { text: 'Negotiators met again on Tuesday in Geneva.', want: [[T, 'ongoing']] },
    { text: 'Discussions are ongoing, the company said in a statement.', want: [[T, 'ongoing']] },
    { text: 'The Pentagon said Washington was holding technical talks with Baghdad.', want: [[T, 'ongoing', 'iraq+us']] },
    { text: 'The United States is in talks with Iraq about the future of its forces.', want: [[T, 'ongoing', 'iraq+us']] },
    { text: 'The US and Iraq have held several rounds of talks this year.', want: [[T, 'ongoing', 'iraq+us']] },
    // "no deal" is itself the not-reached phrase: its "no" is not read a second time.
    { text: 'No deal has been reached on the release of the remaining hostages, he added.', want: [[A, 'not-reached']] },
    // "held" belongs to the workers, not to the negotiations; the state is "continuing" alone.
    { text: 'Negotiations for the release of workers held by an armed group are continuing, the governor said.', want: [[T, 'ongoing']] },
    // A report the sentence dismisses is not its content.
    { text: 'The government said talks to free the workers are continuing, dismissing reports that the negotiations had collapsed.', want: [[T, 'ongoing']] },
    { text: 'Peace talks resumed in Doha on Saturday after a two-week pause.', want: [[T, 'ongoing']] },
    { text: 'The airline remains in talks with the government over a loan guarantee.', want: [[T, 'ongoing', 'airline+government']] },
    { text: 'Talks continue, but no agreement has been reached.', want: [[T, 'ongoing'], [A, 'not-reached']] },
    { text: 'Negotiations are making progress, both sides said.', want: [[T, 'ongoing']] },
    { text: 'The union walked out of negotiations with the airline on Monday, the airline said.', want: [[T, 'suspended', 'airline+union']] },
    { text: 'Albion confirmed that it remains in talks with the government over a loan, talks that began in March.', want: [[T, 'ongoing', 'government'], [T, 'ongoing', 'government']] },
  ],
  'talks: concluded': [
    { text: 'The talks ended on Friday with a joint statement.', want: [[T, 'concluded']] },
    { text: 'Negotiations were concluded late on Sunday, the mediators said.', want: [[T, 'concluded']] },
    { text: 'The first round of bilateral discussions wrapped up in Baghdad on Thursday.', want: [[T, 'concluded']] },
  ],
  'talks: suspended': [
    { text: 'Talks between the two sides collapsed on Friday.', want: [[T, 'suspended']] },
    { text: 'The union walked out of negotiations with the airline on Monday.', want: [[T, 'suspended']] },
    { text: 'Peace talks have stalled over the question of prisoners.', want: [[T, 'suspended']] },
    { text: 'The government suspended talks with the rebels after the attack.', want: [[T, 'suspended']] },
    { text: 'Negotiations broke down late on Sunday, both sides said.', want: [[T, 'suspended']] },
    { text: 'Talks have not collapsed, a spokesman insisted.', want: [[T, 'ongoing']] },
  ],
  'withdrawal': [
    { text: 'There is no plan for an imminent withdrawal from the country, the envoy said.', want: [[W, 'none']] },
    { text: 'The Pentagon has ruled out a withdrawal from Syria this year.', want: [[W, 'none']] },
    { text: 'The government plans a withdrawal of its troops by the end of the year.', want: [[W, 'planned']] },
    { text: 'The pullout is expected to start in the spring.', want: [[W, 'planned']] },
    { text: 'The withdrawal of foreign troops has begun, the military said.', want: [[W, 'under-way']] },
    { text: 'The drawdown is under way and should be finished by March.', want: [[W, 'under-way']] },
    { text: 'The pullout was completed in December.', want: [[W, 'complete']] },
    { text: 'The withdrawal has not yet begun, local officials said.', want: [[W, 'none']] },
  ],
  'agreement': [
    { text: 'The union and the airline reached a deal late on Monday.', want: [[A, 'reached']] },
    { text: 'The two sides signed a trade agreement in Brussels on Wednesday.', want: [[A, 'reached']] },
    { text: 'No agreement has been reached, a union spokeswoman said.', want: [[A, 'not-reached']] },
    { text: 'The two delegations have yet to reach an agreement on a permanent settlement.', want: [[A, 'not-reached']] },
    { text: 'The strike went ahead after the two sides failed to reach a deal.', want: [[S, 'on'], [A, 'not-reached']] },
    { text: 'Negotiators have not reached an agreement, the mediator said.', want: [[A, 'not-reached']] },
    { text: 'A deal remains elusive after three days of talks.', want: [[A, 'not-reached']] },
    { text: 'The workers went back to their posts without a deal.', want: [[A, 'not-reached']] },
    { text: 'The two sides never signed the accord, officials said.', want: [[A, 'not-reached']] },
    { text: 'A deal could be signed as soon as Friday, diplomats said.', want: [[A, 'planned']] },
  ],
  'ceasefire': [
    { text: 'The ceasefire between the two sides was largely holding on Sunday, officials said.', want: [[C, 'holding']] },
    { text: 'The truce has held since it took effect on Thursday.', want: [[C, 'holding']] },
    { text: 'The truce collapsed after rockets were fired overnight.', want: [[C, 'collapsed']] },
    { text: 'The ceasefire has not held, residents said.', want: [[C, 'collapsed']] },
    { text: 'The truce was shattered by heavy shelling on Sunday.', want: [[C, 'collapsed']] },
    { text: 'The ceasefire is expected to take effect at midnight.', want: [[C, 'planned']] },
    { text: 'The truce remains in place despite sporadic gunfire, monitors said.', want: [[C, 'holding']] },
  ],
  'report': [
    { text: 'The ministry denied reports of a second explosion.', want: [[R, 'denied']] },
    { text: 'Police confirmed the reports on Friday.', want: [[R, 'confirmed']] },
    { text: 'The company dismissed the allegations as baseless.', want: [[R, 'denied']] },
    { text: 'The army has not confirmed the reports, a spokesman said.', want: [] },
    { text: 'Officials said the claims were false.', want: [[R, 'denied']] },
    { text: 'The hospital confirmed reports that three staff had been injured.', want: [[R, 'confirmed']] },
  ],
  'resignation': [
    { text: 'The minister resigned on Tuesday, his office said.', want: [[Q, 'resigned']] },
    { text: 'The minister has not resigned, his office said.', want: [[Q, 'not-resigned']] },
    { text: 'The chief executive stepped down after the scandal.', want: [[Q, 'resigned']] },
    { text: 'The prime minister has refused to resign despite the protests.', want: [[Q, 'not-resigned']] },
    { text: 'The mayor denied that she had resigned.', want: [[Q, 'not-resigned']] },
    { text: 'The coach is expected to step down at the end of the season.', want: [[Q, 'planned']] },
  ],
  'strike': [
    { text: "The pilots' strike went ahead on Monday, grounding hundreds of flights.", want: [[S, 'on']] },
    { text: 'The union called off the strike after a late deal.', want: [[S, 'called-off']] },
    { text: 'The strike has not been called off, a union spokeswoman said.', want: [[S, 'on']] },
    { text: 'Rail workers will strike next week.', want: [[S, 'planned']] },
    { text: 'The walkout entered its third day on Wednesday.', want: [[S, 'on']] },
    { text: 'The strike was suspended on Sunday pending a ballot.', want: [[S, 'called-off']] },
    { text: 'The union denied that the strike had been called off.', want: [[S, 'on']] },
    { text: 'The stoppage is continuing at both ports, the union said.', want: [[S, 'on']] },
  ],
  'questions and conditionals': [
    { text: 'If talks resume, the strike could end.', want: [] },
    { text: 'Will the truce hold?', want: [] },
    { text: 'If a deal is reached, the strike will end.', want: [] },
    { text: 'Will the withdrawal begin this year?', want: [] },
    { text: 'Should the minister resign?', want: [] },
    { text: 'If the ceasefire collapses, aid deliveries will stop, the agencies warned.', want: [] },
    { text: 'Is the report true?', want: [] },
  ],
  'calls, offers and demands': [
    { text: 'Transport ministers urged both sides to resume negotiations.', want: [] },
    { text: 'The airline said it remained open to talks.', want: [] },
    { text: 'The agencies called on both sides to respect the ceasefire.', want: [] },
  ],
  'relative clauses': [
    { text: 'Aid is arriving while the truce, which has largely held since Thursday, gives agencies access.', want: [[C, 'holding']] },
    { text: 'Around 4,000 staff took part in Tuesday\'s walkout, the airline said.', want: [[S, 'on']] },
  ],
  'refuted claims': [
    { text: 'The ministry dismissed reports that talks had broken down.', want: [[R, 'denied']] },
    { text: 'Reports that talks had collapsed were false, the ministry said.', want: [[R, 'denied']] },
    { text: 'A newspaper said the ceasefire had broken down, but officials denied it.', want: [] },
  ],
  traps: [
    { text: 'The drone strike killed a senior commander.', want: [] },
    { text: 'An air strike hit the depot on Tuesday.', want: [] },
    { text: 'A strike on a convoy killed four aid workers, the agency said.', want: [] },
    { text: 'The new stadium is the talk of the town.', want: [] },
    { text: 'The talk show host interviewed the minister.', want: [] },
    { text: 'Missile strikes on the port continued overnight.', want: [] },
  ],
};

const count = Object.values(table).reduce((n, rows) => n + rows.length, 0);

describe('status extraction', () => {
  test('the table is large enough', () => {
    expect(count).toBeGreaterThanOrEqual(80);
  });

  for (const [group, rows] of Object.entries(table)) {
    describe(group, () => {
      test.each(rows.map((r) => [r.text, r]))('%s', (_text, row) => {
        const got = extractText(row.text, compiled).filter((a) => a.kind === 'status');
        const simple = got.map((a) => `${a.rule}:${a.value.kind === 'status' ? a.value.state : '?'}`).sort();
        expect(simple).toEqual(row.want.map(([rule, state]) => `${rule}:${state}`).sort());
        for (const [rule, state, parties] of row.want) {
          if (parties === undefined) continue;
          const a = got.find((x) => x.rule === rule && x.value.kind === 'status' && x.value.state === state);
          expect(a?.scope['parties']?.replace(/^~/, ''), `${rule} parties`).toBe(parties);
        }
      });
    });
  }
});

describe('parties', () => {
  const partiesOf = (text: string): string | null | undefined =>
    extractText(text, compiled).find((a) => a.rule === T)?.scope['parties']?.replace(/^~/, '');

  test('different pairs are different keys', () => {
    const a = partiesOf('Talks between the union and the airline are continuing.');
    const b = partiesOf('Talks between the airline and its pilots are continuing.');
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(a).not.toBe(b);
  });

  test('Washington, the United States and the US are one party', () => {
    const keys = [
      'Washington is holding talks with Baghdad.',
      'The United States is holding talks with Baghdad.',
      'The US is holding talks with Iraq.',
    ].map(partiesOf);
    expect(keys).toEqual(['iraq+us', 'iraq+us', 'iraq+us']);
  });
});
