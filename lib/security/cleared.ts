// Where "Delete everything" ends: a page whose answer carries the standard Clear-Site-Data header, so that the
// browser also empties what only it can reach (its HTTP cache of this site's pages). The button's own deletions
// stay for browsers that ignore the header; without JavaScript, a plain link to this page does the same.

/** The path of that page, under each locale. */
export const CLEARED_PATH = '/cleared';

/** The header the page is sent with (next.config.ts): the cache, all storage, and every running page of the site. */
export const CLEAR_SITE_DATA = '"cache", "storage", "executionContexts"';
