// Early answers to requests a person could not have made from the app: a real plan link is a few
// hundred characters, so anything far longer is refused before any work is done.
export const MAX_QUERY_LENGTH = 2048;

export const queryTooLong = (url: URL): boolean => url.search.length > MAX_QUERY_LENGTH;
