// Moves the focus to a part of the page without scrolling: a heading or a section (not focusable by itself) is made
// focusable by script only, so that a screen reader reads it and Tab goes on from there.
export const focusQuietly = (element: HTMLElement) => {
  if (element.tabIndex < 0) element.tabIndex = -1;
  element.focus({preventScroll: true});
};
