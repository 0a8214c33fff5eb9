// Whether the PDF pool has room, readable from outside the Next.js bundle: the server entry turns PDF
// requests away here before they reach Next.js while the pool is full, since even a refusal made by the
// route costs the page thread a few milliseconds, and a flood of them would slow every page.
const KEY = Symbol.for('recours.pdf-pool-gauge');

type Gauge = {full: () => boolean};
type WithGauge = typeof globalThis & {[KEY]?: Gauge};

export const publishPoolGauge = (gauge: Gauge) => {
  (globalThis as WithGauge)[KEY] = gauge;
};

/** False until a pool exists (the first PDF request loads it); then whether it has no place left. */
export const pdfPoolFull = (): boolean => (globalThis as WithGauge)[KEY]?.full() ?? false;
