// Messages as a person sees them: an ICU `{who, select, …}` message shown for the person themselves ("other").
export const selectOther = (message: string): string => {
  const match = /^\{who, select, .* other \{(.*)\}\}$/.exec(message);
  return match ? match[1]! : message;
};

/** The same message for a parent ("child") or for someone supported ("supported"). */
export const selectFor = (message: string, who: 'child' | 'supported'): string => {
  const match = new RegExp(`^\\{who, select, .*?${who} \\{(.*?)\\} (?:child|supported|other) \\{`).exec(message);
  return match ? match[1]! : message;
};
