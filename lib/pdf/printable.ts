// What the PDF fiche's font (Helvetica, WinAnsi encoding) can print: Latin-1 plus the Windows-1252 extras.
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export const isPdfPrintable = (ch: string): boolean => ch.charCodeAt(0) < 0x100 || WIN_ANSI_EXTRAS.includes(ch);

/** Text typed by a person may hold anything (emoji…): what the font cannot print becomes "?". */
export const toPdfPrintable = (text: string): string => [...text].map((ch) => (isPdfPrintable(ch) ? ch : '?')).join('');
