// Removes everything this site ever stored in this browser: the journal and any other local or session
// storage, every Cache Storage cache (pages kept for offline reading, plans kept offline, the service
// worker's own files), every IndexedDB database (older versions of the service worker kept one), and the
// service worker's registration. The browser's history is not the site's to erase: see browse-safely.
const OLD_DATABASES = ['serwist-expiration']; // for browsers that cannot list their databases

const clearStorage = (storage: () => Storage) => {
  try {
    storage().clear();
  } catch {
    // storage blocked: nothing was kept there
  }
};

/** Resolves once the deletion is done or queued (a database still open elsewhere goes when it closes). */
const deleteDatabase = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });

export const forgetDevice = async (): Promise<void> => {
  clearStorage(() => window.localStorage);
  clearStorage(() => window.sessionStorage);
  const tasks: Promise<unknown>[] = [];
  if ('serviceWorker' in navigator) {
    tasks.push(navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((registration) => registration.unregister()))));
  }
  if ('caches' in window) tasks.push(caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name)))));
  if ('indexedDB' in window) {
    const listed = 'databases' in indexedDB ? (await indexedDB.databases().catch(() => [])).flatMap((db) => (db.name ? [db.name] : [])) : [];
    tasks.push(...[...new Set([...listed, ...OLD_DATABASES])].map(deleteDatabase));
  }
  await Promise.all(tasks.map((task) => task.catch(() => undefined)));
};
