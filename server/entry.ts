// The production server's entry (.next/standalone/server.js): hardens Node's HTTP server, then starts the
// server Next.js generated (moved beside it as next-server.js by scripts/prepare-standalone.mjs).
import {hardenHttp} from './harden-http';
import {warnAboutSiteUrl} from './site-url-check';

hardenHttp();
warnAboutSiteUrl();
// Loaded after the guards above are in place: a require, not an import, which would be hoisted before them.
require('./next-server.js');
