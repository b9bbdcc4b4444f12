// Page furniture: short lines a web page puts around an article (comment widgets,
// share buttons, navigation, newsletter boxes). A line is furniture when the whole
// line, normalised (lower case, curly quotes straightened, bullets and trailing
// punctuation trimmed, spaces collapsed), matches one of these entries.
// Plain strings match exactly; regular expressions are anchored by the matcher.

export interface FurnitureEntry {
  /** A phrase (exact, after normalisation) or a pattern (the whole normalised line must match). */
  match: string | RegExp;
  /** Longest raw line (trimmed) this entry may match; default 80. */
  maxLength?: number;
  /** The raw line must not end with a full stop (a sentence is prose, not a widget). */
  noFinalStop?: boolean;
  /**
   * A cheap test that every raw line this entry matches passes. Given for entries that
   * accept long lines, so that a long prose line need not be normalised to be ruled out.
   */
  needs?: RegExp;
}

const SOCIAL = '(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|messenger|threads|bluesky|mastodon)';

export const FURNITURE: readonly FurnitureEntry[] = [
  // A translator's or editor's note on where the text comes from: "(Translated from Portuguese.
  // Originally published in Jornal do Litoral.)" names a language, not a place the story is about.
  { match: /\(?(?:this (?:article|story|report) (?:was|has been) )?(?:translated|machine-translated) from [a-z]+\b.*/, maxLength: 200, needs: /ranslated/i },
  // comments
  { match: 'leave a comment' },
  { match: 'leave a reply' },
  { match: /leave a reply cancel reply/ },
  { match: 'post a comment' },
  { match: 'add a comment' },
  { match: 'write the first comment for this' },
  { match: 'be the first to comment' },
  { match: 'no comments' },
  { match: 'no comments yet' },
  { match: /\d+ comments?(?: ?\(s\))?/ },
  { match: /\d+ responses?/ },
  { match: /comments? ?\(\d+\)/ },
  { match: 'comments' },
  { match: 'comment' },
  { match: 'view comments' },
  { match: 'show comments' },
  { match: /(?:log|sign) ?in with (?:twitter|facebook|google|apple|email|x)/ },
  { match: /(?:log|sign) ?in(?: to comment)?/ },
  { match: 'remember me' },
  { match: 'forgot password' },
  { match: 'forgot your password' },
  { match: 'log in with twitter' },
  { match: 'log in with facebook' },
  { match: 'log in' },
  { match: 'sign in' },
  { match: 'register' },
  { match: /lost (?:your )?password/ },
  // navigation
  { match: /back to top(?: button)?/ },
  { match: 'scroll to top' },
  { match: 'skip to content' },
  { match: 'skip to main content' },
  { match: 'home' },
  { match: 'menu' },
  { match: /(?:previous|next) (?:article|post|story)/ },
  // sharing
  { match: new RegExp(`share (?:on|to|via|with) ${SOCIAL}`) },
  { match: new RegExp(`(?:tweet|pin|email) (?:this|it)`) },
  { match: /share this(?: (?:article|story|post|page))?/ },
  { match: 'share' },
  { match: new RegExp(`share(?: this| on| via|:)*:? ?${SOCIAL}(?: ?[|/,·•]? ?${SOCIAL}){0,9}`), maxLength: 160 },
  { match: new RegExp(`${SOCIAL}(?: ?[|/,·•]? ?${SOCIAL}){1,9}`), maxLength: 160 },
  { match: /what'?s your reaction/ },
  { match: 'print' },
  { match: 'print this article' },
  // related content
  { match: /related(?: articles?| stories| posts| news| content| coverage)?/ },
  { match: /read more(?: about this| here| stories)?/ },
  // a link to another story: "Related: Flood toll reaches 160" (its figures are that story's, not this one's)
  { match: /(?:related|read more|read also|see also|more on this|also read|recommended|watch|listen)\s*:\s*.+/, maxLength: 200 },
  { match: /read also/ },
  { match: /see also/ },
  { match: /more (?:news|stories|articles) from(?: [\w' .&-]+)?/ },
  { match: /more (?:news|stories)/ },
  { match: /(?:latest|top|breaking|trending|most read|popular) (?:news|stories|posts|articles)/ },
  { match: 'most read' },
  // a tag list: "More about US troops, Iraq, James Jeffrey"
  { match: /more (?:about|on) [^.,;]+(?:, [^.,;]+)+/, maxLength: 200, noFinalStop: true },
  { match: 'most popular' },
  { match: 'trending' },
  { match: "don't miss" },
  { match: 'you may also like' },
  { match: 'you might also like' },
  { match: 'recommended for you' },
  // newsletters and subscriptions
  { match: /sign up (?:for|to) (?:our|the) (?:\w+ )?newsletters?/ },
  { match: /subscribe(?: now| today| to our newsletter| for free)?/ },
  { match: /(?:get|join) (?:our|the) (?:\w+ )?newsletter/ },
  { match: 'newsletter' },
  { match: /follow us(?: on [\w ,]+)?/ },
  // advertising, cookies, misc
  { match: 'advertisement' },
  { match: 'advertising' },
  { match: 'sponsored' },
  { match: 'sponsored content' },
  { match: /(?:story|article|content|text) continues (?:below|after)(?: advertisement)?/ },
  { match: /.*\b(?:we use cookies|this (?:web)?site uses cookies|uses cookies to|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent))\b.*/, maxLength: 400, needs: /cookie/iu },
  { match: /(?:accept|reject|manage)(?: all)?(?: cookies)?/ },
  { match: /all rights reserved.*/, maxLength: 160 },
  { match: /(?:©|\(c\)|copyright) ?\d{4}.*/, maxLength: 160 },
  { match: 'tags' },
  { match: /tags: .*/, maxLength: 160 },
  { match: 'loading' },
  { match: /loading\.\.\.?/ },
  // bare URLs
  { match: /(?:https?:\/\/|www\.)\S+/, maxLength: 2000, needs: /http|www\./iu },
];
