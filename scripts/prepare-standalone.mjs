// After `next build`: the standalone server does not copy the browser assets itself; put them beside it,
// so `node .next/standalone/server.js` serves a complete site.
import {cpSync, existsSync} from 'node:fs';

if (existsSync('.next/standalone')) {
  cpSync('.next/static', '.next/standalone/.next/static', {recursive: true});
  if (existsSync('public')) cpSync('public', '.next/standalone/public', {recursive: true});
  console.log('Standalone server ready in .next/standalone (server.js).');
}
