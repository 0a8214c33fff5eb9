// Marks a page that is whole before its JavaScript runs: a plain form that works on its own, with nothing to draw at
// load unless the address says so after `#`. The build (scripts/framework-free-pages.mjs, plain JavaScript that
// reads this mark by its name and content) then lets the framework run at the person's first touch, key or focus, or
// once the page has settled (public/framework-on-touch.js). React places the mark in the head.
const FRAMEWORK_MARK = {name: 'recours-framework', content: 'on-touch'} as const;

export const FrameworkOnTouch = () => <meta {...FRAMEWORK_MARK} />;
