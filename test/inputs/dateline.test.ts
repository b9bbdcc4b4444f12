import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateFromText, datelineDate, documentFromText, sourceFromText } from '../../src/inputs/index.js';
import { fixture } from './helpers.js';

const BODY = '\n\nThe committee met for three hours and adjourned without a vote.\n';

describe('dates from datelines', () => {
  const table: Array<[string, string | null]> = [
    ['January 29, 2020', '2020-01-29'],
    ['Jan 24, 2020 in Politics', '2020-01-24'],
    ['Jan. 24, 2020', '2020-01-24'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['Published: 2026-03-14', '2026-03-14'],
    // A byline or a masthead beside the date, parted by a bar.
    ['Published: 11 February 2026, 08:30 | By Sofie Aune, personal finance editor', '2026-02-11'],
    ['West Coast News | Live updates, Thursday 19 November 2026', '2026-11-19'],
    ['Chess Daily live coverage | Saturday 17 January 2026 (all times CET)', '2026-01-17'],
    ['Published: Saturday, 20 September 2025 (as of 6:00 p.m.)', '2025-09-20'],
    ['Published: Sunday, 15 September 2024. Translated from the Halberger Tagespost; the original appeared in German.', '2024-09-15'],
    ['Municipal Health Secretariat of San Lucero. Published: Monday, 10 March 2025. Data up to Saturday, 8 March (week 10).', '2025-03-10'],
    // A notice's, a judgment's or a release's stamp, parts parted by a spaced dash, a two-digit year, a time in local time.
    ['ROADS AUTHORITY — Notice issued Wednesday 4 June 2025, 4.30 pm', '2025-06-04'],
    ['HIGH COURT, NORTH DIVISION | Case No. 4417/2023 | Judgment delivered: 3 June 2025', '2025-06-03'],
    ['MINISTRY OF HEALTH - PRESS OFFICE - Santa Brigida, 14 May 2025', '2025-05-14'],
    ['El Vigía (Santa Brigida) - translated from the Spanish by our foreign desk - 15/05/2025', '2025-05-15'],
    ['By Jake Morrow | The Daily Pulse | 06.06.25', '2025-06-06'],
    ['HAMASAKI, Japan, June 8 (Sports Wire) — Report filed 8 June 2025, 21:15 local time', '2025-06-08'],
    // Day and month both 12 or under: no date, as a US or a European reader would each read it otherwise.
    ['REGULATOR | Date of issue: 10/02/2025 | Reference: RN/07/2025', null],
    ['Published under', null],
    ['Published under Politics, World', null],
    ['14 March 2026', '2026-03-14'],
    ['2026-03-14', '2026-03-14'],
    ['Source: Reuters; Published: 2020-01-29', '2020-01-29'],
    // an outlet's name is any words: it is not the prose that rules a line out
    ['Source: Medicines Safety Authority (press notice); Published: 2024-10-08', '2024-10-08'],
    ['Source: Gospodarski Tednik (translated from Slovenian); Published: 2024-06-07', '2024-06-07'],
    ['By Jane Roe | March 5, 2021 10:42 AM EST', '2021-03-05'],
    ['Posted on 5th of June, 2018 by admin', '2018-06-05'],
    ['Updated: 2020-02-02 | Published: 2020-02-01', '2020-02-01'],
    ['2024-07-01T09:30:00Z', '2024-07-01'],
    // day.month.year, and a date alone before a dash that describes the copy
    ['22.05.2026 - translated from the Vestmark daily Morgenposten', '2026-05-22'],
    ['Published 08.02.2026', '2026-02-08'],
    // slashes: only when one part cannot be a month
    ['22/05/2026', '2026-05-22'],
    ['05/22/2026', '2026-05-22'],
    ['11/03/2026', null],
    ['Valdmark Business Daily | Live coverage, Wednesday 11 February 2026', '2026-02-11'],
    // a release's header names its issuer
    ['Press release, University of Orlund, 8 September 2026', '2026-09-08'],
    ['FOR IMMEDIATE RELEASE - 3 March 2025', '2025-03-03'],
    ['February 30, 2020', null],
    ['Last updated Mon 13 Oct 2014', '2014-10-13'],
    ['Tuesday 02 September 2014', '2014-09-02'],
    // an embedded post's date is not the article's
    ['— A. Reader (@areader) July 10, 2014', null],
    // dates inside sentences of the body are not datelines
    ['The ministry said on January 29, 2020 that the plan had been dropped after talks with allies.', null],
    ['Troops left on 3 March 2019', null],
    ['The agreement was signed on March 3, 2019.', null],
  ];
  for (const [line, want] of table) {
    it(`${JSON.stringify(line)} → ${want}`, () => {
      expect(datelineDate(line)?.iso ?? null).toBe(want);
      expect(dateFromText(`Headline of the story\n${line}${BODY}`)).toBe(want);
    });
  }

  it('only looks at the first 12 non-blank lines', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the story.`).join('\n\n');
    expect(dateFromText(`${filler}\n\nJanuary 29, 2020\n`)).toBeNull();
    expect(dateFromText(`Title\n\nJanuary 29, 2020\n\n${filler}`)).toBe('2020-01-29');
  });

  it('reads the dateline after a note on its line, an outlet named with particles of its language', () => {
    expect(dateFromText('Title\nTranslated from the Italian. Il Corriere di Rovenza, Monday 16 March 2026.\n')).toBe('2026-03-16');
    expect(dateFromText('Title\nHe left early. The deal was signed on 3 March 2019\n')).toBeNull();
  });

  it('keeps the date of a translator\'s note that the body leaves out as furniture', () => {
    const doc = documentFromText('a.txt', 'Title\n\nTranslated from the Italian. Il Corriere di Rovenza, Monday 16 March 2026.\n\nThe club is in mourning.\n');
    expect(doc.date).toBe('2026-03-16');
    expect(doc.text).not.toContain('Corriere');
  });

  it('prefers a "Published" date over an earlier plain one, and a plain one over "Updated"', () => {
    expect(dateFromText('Title\nMarch 1, 2020\nPublished: 2020-02-28\n')).toBe('2020-02-28');
    expect(dateFromText('Title\nLast updated Mon 13 Oct 2014\nOctober 12, 2014\n')).toBe('2014-10-12');
  });
});

describe('sources from the text', () => {
  const table: Array<[string, string | null]> = [
    ['COPENHAGEN (Reuters) - Denmark said on Wednesday it would move its troops.', 'Reuters'],
    ['BAGHDAD, Iraq (AP) — The government said the talks would resume.', 'AP'],
    ['PARIS, Jan 24 (AFP) - Officials confirmed the figure.', 'AFP'],
    ['(AP) — A short wire story.', 'AP'],
    ['Source: Reuters; Published: 2020-01-29', 'Reuters'],
    ['Source: The Harbour Gazette', 'The Harbour Gazette'],
    ['The minister (who spoke on condition of anonymity) - declined to comment.', null],
    ['Plain first paragraph with no agency.', null],
  ];
  for (const [line, want] of table) {
    it(`${JSON.stringify(line)} → ${want}`, () => {
      expect(sourceFromText(`A headline\n\n${line}\n\nMore text.`)).toBe(want);
    });
  }
});

describe('plain-text documents', () => {
  const source = readFileSync(fixture('market.txt'), 'utf8');
  const doc = documentFromText('market.txt', source);

  it('reads title, date and source from the text', () => {
    expect(doc.title).toBe('Market hall to reopen after fire');
    expect(doc.date).toBe('2020-01-24');
    expect(doc.source).toBe('AP');
  });

  it('keeps length and lines, blanks furniture and the dateline, keeps prose in place', () => {
    expect(doc.text.length).toBe(source.length);
    expect(doc.text.split('\n').map((l) => l.length)).toEqual(source.split('\n').map((l) => l.length));
    const s = 'Traders said the insurance payout had covered most of the repairs.';
    expect(doc.text.indexOf(s)).toBe(source.indexOf(s));
    for (const gone of ['Share on', 'comment(s)', 'Leave a Reply', 'Remember me', 'Forgot password', 'Back to top', 'reaction', 'Related articles', 'Read more', 'Advertisement', 'https://', 'cookies', 'Staff Reporter']) {
      expect(doc.text, gone).not.toContain(gone);
    }
    expect(doc.text).toContain('with 60 of its 75 stalls ready to trade.');
  });

  it('does not take a long first line as the title', () => {
    expect(documentFromText('x.txt', `${'word '.repeat(50)}\nmore`).title).toBeNull();
  });
});
