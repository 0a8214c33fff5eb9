// A plan's link printed on paper must be typeable: react-pdf breaks lines only at spaces (or at hyphenation
// points, where it adds a "-" that would change the link), so a link longer than a line runs off the page.
// It is cut instead after an "&" (or, failing that, anywhere) into pieces that each fit a line.
export const linkLines = (url: string, maxChars: number): string[] => {
  const lines: string[] = [];
  let rest = url;
  while (rest.length > maxChars) {
    const cut = rest.lastIndexOf('&', maxChars - 1);
    const end = cut > 0 ? cut + 1 : maxChars;
    lines.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return [...lines, rest];
};
