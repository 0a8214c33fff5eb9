// The production server's entry (.next/standalone/server.js): hardens Node's HTTP server, then starts the
// server Next.js generated (moved beside it as next-server.js by scripts/prepare-standalone.mjs).
import {hardenHttp} from './harden-http';
import {warnAboutSiteUrl} from './site-url-check';

hardenHttp();
warnAboutSiteUrl();
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./next-server.js');
