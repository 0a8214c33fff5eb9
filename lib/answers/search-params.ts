// Next.js hands pages their query as a plain object; the parsers work on URLSearchParams.
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export const toSearchParams = (record: SearchParamsRecord): URLSearchParams => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
};
