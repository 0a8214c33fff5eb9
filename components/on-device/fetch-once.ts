// A static file the device reads (the plan's data, the texts' data, the fiche's), fetched once per page and
// kept: every part that needs it shares the one download.
const fetched = new Map<string, Promise<unknown>>();

type Reader = 'json' | 'text';

/** The file at `path`, read as JSON or as text; a failed fetch (offline, say) is tried again next time. */
export const fetchOnce = <T>(path: string, read: Reader = 'json'): Promise<T> => {
  const key = `${read} ${path}`;
  let found = fetched.get(key);
  if (!found) {
    found = fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response[read]();
    });
    found.catch(() => fetched.delete(key));
    fetched.set(key, found);
  }
  return found as Promise<T>;
};

/** Keeps a file already fetched elsewhere (the page hands the worker its copy), parsed as JSON. */
export const keepFetched = (path: string, text: string) => {
  const key = `json ${path}`;
  if (!fetched.has(key)) fetched.set(key, Promise.resolve(JSON.parse(text)));
};
