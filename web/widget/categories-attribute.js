// The `categories` attribute: the words a host page writes (hashtags, persons, places,
// entities, ...) and the highlight categories (lib/categories.js) each stands for.
import { CATEGORY_KEYS } from '../lib/categories.js';

const DEFAULT_CATEGORIES = ['hashtag', 'keyword', 'PER', 'LOC', 'ORG', 'NUM', 'quote'];
const CATEGORY_ALIASES = {
  hashtag: ['hashtag'], hashtags: ['hashtag'], keyword: ['keyword'], keywords: ['keyword'],
  per: ['PER'], person: ['PER'], persons: ['PER'], people: ['PER'],
  loc: ['LOC'], place: ['LOC'], places: ['LOC'], org: ['ORG'], organization: ['ORG'], organizations: ['ORG'],
  num: ['NUM'], date: ['NUM'], dates: ['NUM'], number: ['NUM'], numbers: ['NUM'],
  entities: ['PER', 'LOC', 'ORG', 'NUM'], suspect: ['suspect'], social: ['social'], links: ['social'], mentions: ['social'],
  quotes: ['quote'], quote: ['quote'], statements: ['quote'],
  all: CATEGORY_KEYS,
};

/** The words of the attribute as the `categories` property lists them. */
export function categoryWords(value) {
  return value ? value.split(/[\s,]+/).filter(Boolean) : ['hashtags', 'keywords', 'entities', 'quotes'];
}

/** The categories the attribute asks for; none recognised (or no attribute): the default set. */
export function parseCategories(value) {
  if (!value) return new Set(DEFAULT_CATEGORIES);
  const out = new Set();
  for (const word of value.split(/[\s,]+/)) {
    for (const c of CATEGORY_ALIASES[word.toLowerCase()] || []) out.add(c);
  }
  return out.size ? out : new Set(DEFAULT_CATEGORIES);
}
