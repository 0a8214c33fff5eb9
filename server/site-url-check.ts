// The site's address is fixed when the app is built (lib/site-url.ts). Say so at start when the address
// given now differs, or when none was given then, rather than print wrong links quietly.
import cluster from 'node:cluster';
import {normalizeSiteUrl} from '../lib/site-url';

export const warnAboutSiteUrl = () => {
  if (cluster.isWorker && cluster.worker?.id !== 1) return; // once, not once per worker
  const built = process.env.RECOURS_BUILD_SITE_URL ?? '';
  const now = process.env.SITE_URL;
  if (!built) {
    console.warn(
      `SITE_URL was not set when the app was built: printed and shared links point at ${normalizeSiteUrl(undefined)}. Build again with SITE_URL=https://your.address.`,
    );
  } else if (now && normalizeSiteUrl(now) !== normalizeSiteUrl(built)) {
    console.warn(`SITE_URL is ${now} now but was ${built} when the app was built; the build's address is used everywhere. Build again to change it.`);
  }
};
