// After "Leave this site", Back must never show a page that carries answers, nor the case file kept on the device. The quick exit leaves a mark in
// the tab's session storage (no answers in it); a page that carries answers, shown again by Back (from the
// back-forward cache, or loaded again), sees the mark and sends the person on to the neutral site at once,
// hidden meanwhile. Opening the site on purpose (a link, a typed address) clears the mark.

/** The session-storage key of the mark: a tab that left the site. */
export const LEFT_KEY = 'recours-left';

/** The id of the guard's script element: its presence tells that the page shown carries answers or the case file. */
export const LEFT_GUARD_ID = 'left-guard';

/** Whether the page shown carries answers (only those pages hold the guard). */
export const carriesAnswers = (): boolean => document.getElementById(LEFT_GUARD_ID) !== null;

/**
 * The guard as an inline script, run before the page's content is drawn: parser-blocking, at the top of the
 * body of every page that carries answers. `neutral` is the quick exit's own destination.
 */
export const leftGuardScript = (neutral: string): string =>
  `(function(){try{var s=window.sessionStorage;if(!s.getItem(${JSON.stringify(LEFT_KEY)}))return;` +
  `var n=performance.getEntriesByType('navigation')[0];` +
  `if(n&&n.type==='back_forward'){document.documentElement.classList.add('leaving');location.replace(${JSON.stringify(neutral)});}` +
  `else s.removeItem(${JSON.stringify(LEFT_KEY)});}catch(e){}})();`;
