// How long the cluster waits before replacing a worker, given how many stopped in the last minute:
// none for the first, then 1 s, 2 s, 4 s… up to 30 s. It never gives up: a site that is down helps no one.
export const MAX_RESTART_DELAY_MS = 30_000;

/** @param {number} recentExits stops in the last minute, this one included */
export const restartDelay = (recentExits) => (recentExits <= 1 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 1_000 * 2 ** (recentExits - 2)));
