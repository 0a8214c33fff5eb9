// What the fiche pratique needs beyond the plan's and the texts' data, for one locale, the same for every visitor:
// every step's whole text (Markdown), which the PDF writes out. One file per locale, never per step (which steps a
// plan holds depends on the answers). Made at build time by app/[locale]/fiche-data.json/route.ts; fetched only
// when the person asks for the PDF on the device.
export type FicheData = {locale: string; markdown: Record<string, string>};

export const ficheDataPath = (locale: string) => `/${locale}/fiche-data.json`;
