import { describe, expect, it } from 'vitest';
import { blankFurniture, isFurnitureLine } from '../../src/inputs/index.js';

describe('page furniture', () => {
  const furniture = [
    'Leave a comment', 'Leave a Reply', 'Post a Comment', 'Write the first comment for this!', '0 comment(s)',
    '12 Comments', 'Comments (0)', 'Comments', 'Log in with Twitter', 'Remember me', 'Forgot password?',
    'Back to top', 'Back to top button', 'Share on Facebook', 'Share on Twitter', 'Share on WhatsApp',
    'Share this article', 'What’s your reaction?', "What's your reaction?", 'Related articles', 'Read more',
    'Read More »', 'More news from Europe', 'Latest News', 'Top News', 'Sign up for our newsletter', 'Subscribe',
    '  SUBSCRIBE NOW!  ', 'https://example.com/news/2020/01/story', 'www.example.com', 'Advertisement', '- Advertisement -',
    'We use cookies to give you the best experience. By using this site you accept our cookie policy.',
    'Facebook Twitter WhatsApp Email', 'Share: Facebook | Twitter | Email',
    // labels of a login widget run together, with a no-break space
    'Remember meForgot\u00a0password?', 'Log in with TwitterRemember me', 'No comments:', '▼', '* * *',
    'More about harbour walls, Eastmere, town council',
    // a translator's note names a language, not the story's place
    '(Translated from Portuguese. Originally published in Jornal do Litoral.)',
  ];
  for (const line of furniture) {
    it(`blanks ${JSON.stringify(line)}`, () => expect(isFurnitureLine(line)).toBe(true));
  }

  const prose = [
    'Leave a comment about the troop numbers, the minister told reporters.',
    'The letter, translated from Arabic, said 40 people had been detained.',
    'Comments by the general suggested 5,000 troops would stay.',
    'Readers who subscribe to the paper were told the talks had collapsed.',
    'The minister said he would share the figures on Monday.',
    'Read more than 300 pages of the report and you find the number.',
    'Related talks in Geneva ended without agreement.',
    'Advertisement spending fell by 12 per cent.',
    'More about the vote later, the mayor said.',
    'Remember me to your brother, she wrote.',
    'The site at www.example.com was closed by the authorities on Friday, officials said.',
    '',
  ];
  for (const line of prose) {
    it(`keeps ${JSON.stringify(line)}`, () => expect(isFurnitureLine(line)).toBe(false));
  }

  it('blanks whole lines only, keeping length and newlines', () => {
    const src = 'Troops left.\nShare on Facebook\r\nThey said so.\nComments (3)';
    const out = blankFurniture(src);
    expect(out).toBe('Troops left.\n                 \r\nThey said so.\n            ');
  });
});
