// How long the cluster waits before replacing a worker, given how many stopped in the last minute and how many
// still serve: none for the first, then 1 s, 2 s, 4 s… up to 30 s while others serve; none at all when no worker
// is left, whatever the pace of the stops. It never gives up: a site that is down helps no one.
export const MAX_RESTART_DELAY_MS = 30_000;

/**
 * @param {number} recentExits stops in the last minute, this one included
 * @param {number} alive workers still running (Infinity when unknown)
 */
export const restartDelay = (recentExits, alive = Number.POSITIVE_INFINITY) =>
  alive === 0 || recentExits <= 1 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 1_000 * 2 ** (recentExits - 2));
