// Marks a page that is whole before its JavaScript runs: a plain form that works on its own, with nothing to draw at
// load unless the address says so after `#`. The build (scripts/framework-free-pages.mjs, plain JavaScript that
// reads this mark by its name and content) then lets the framework run at the person's first touch, key or focus, or
// once the page has settled (public/framework-on-touch.js). React places the mark in the head.
// `drawnEarly`: a page that draws what its fragment holds without the framework (the plan's first screen,
// components/plan/early): the framework then waits for the person even when the address has a fragment.
const MARK_NAME = 'recours-framework';

export const FrameworkOnTouch = ({drawnEarly = false}: {drawnEarly?: boolean}) => (
  <meta name={MARK_NAME} content={drawnEarly ? 'on-touch-drawn-early' : 'on-touch'} />
);
