// After `next build` and scripts/build-server.mjs: completes .next/standalone so that `node server.js` there
// serves the whole site. The standalone server does not copy the browser assets itself; the PDF worker and
// the hardened entry come from .next/recours. Our entry replaces the server.js Next.js generated.
import {cpSync, existsSync, copyFileSync} from 'node:fs';

const DIR = '.next/standalone';

if (existsSync(DIR)) {
  cpSync('.next/static', `${DIR}/.next/static`, {recursive: true});
  if (existsSync('public')) cpSync('public', `${DIR}/public`, {recursive: true});
  cpSync('.next/recours/pdf', `${DIR}/.next/recours/pdf`, {recursive: true});
  copyFileSync('.next/recours/server.js', `${DIR}/server.js`);
  console.log(`Standalone server ready in ${DIR} (server.js).`);
}
