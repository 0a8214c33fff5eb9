// Searches for new copies, built on the device from words the person types at the time: each link goes straight to
// the search chosen, never through this site, and the words are never stored.

type Search = {name: string; href: (words: string) => string};

const query = (base: string, key: string) => (words: string) => `${base}?${new URLSearchParams({[key]: words})}`;

/** Engines whose results pages take the words in the address. */
export const SEARCH_ENGINES: readonly Search[] = [
  {name: 'Google', href: query('https://www.google.com/search', 'q')},
  {name: 'Bing', href: query('https://www.bing.com/search', 'q')},
  {name: 'DuckDuckGo', href: query('https://duckduckgo.com/', 'q')},
];

/** Platforms whose own search opens from an address; the others are searched in their app. */
export const PLATFORM_SEARCHES: readonly Search[] = [
  {name: 'X', href: query('https://x.com/search', 'q')},
  {name: 'Reddit', href: query('https://www.reddit.com/search/', 'q')},
  {name: 'TikTok', href: query('https://www.tiktok.com/search', 'q')},
  {name: 'YouTube', href: query('https://www.youtube.com/results', 'search_query')},
  {name: 'Pinterest', href: query('https://www.pinterest.com/search/pins/', 'q')},
];

/**
 * Search by image, shown only for an image made at 18 or over. Each starts from its own page, where the person
 * chooses the image: nothing is sent from here.
 */
export const IMAGE_SEARCHES: readonly {name: string; href: string}[] = [
  {name: 'Google Lens', href: 'https://lens.google.com/'},
  {name: 'Bing Visual Search', href: 'https://www.bing.com/visualsearch'},
  {name: 'TinEye', href: 'https://tineye.com/'},
];

const MAX_WORDS_LENGTH = 200;

export const searchLinks = (words: string, searches: readonly Search[]): {name: string; href: string}[] => {
  const trimmed = words.trim().slice(0, MAX_WORDS_LENGTH);
  return trimmed ? searches.map(({name, href}) => ({name, href: href(trimmed)})) : [];
};
