// After `next build` and scripts/build-server.mjs: completes .next/standalone so that `node server.js` there
// serves the whole site. The standalone server does not copy the browser assets itself; the PDF worker and
// the hardened entry come from .next/recours. Next.js's own server.js becomes next-server.js, started by ours.
import {cpSync, existsSync, readFileSync, renameSync, copyFileSync} from 'node:fs';

const DIR = '.next/standalone';

if (existsSync(DIR)) {
  cpSync('.next/static', `${DIR}/.next/static`, {recursive: true});
  if (existsSync('public')) cpSync('public', `${DIR}/public`, {recursive: true});
  cpSync('.next/recours/pdf', `${DIR}/.next/recours/pdf`, {recursive: true});
  // Only Next.js's server.js is moved (running this script twice must not move ours).
  if (!readFileSync(`${DIR}/server.js`, 'utf8').includes('next-server.js')) renameSync(`${DIR}/server.js`, `${DIR}/next-server.js`);
  copyFileSync('.next/recours/server.js', `${DIR}/server.js`);
  console.log(`Standalone server ready in ${DIR} (server.js).`);
}
