// The production entry (.next/standalone/server.js): a custom server in Next.js's documented sense
// (https://nextjs.org/docs/app/guides/custom-server). Our own http.Server, with its timeouts and request guard
// (server/hardened-server.ts), hands each request it lets through to Next.js's request handler.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import next from 'next';
import {createHardenedServer} from './hardened-server';
import {warnAboutSiteUrl} from './site-url-check';

const dir = __dirname;
const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';

// The build's configuration, as `next build` wrote it for the server; next.config.ts is not deployed.
const {config} = JSON.parse(readFileSync(join(dir, '.next', 'required-server-files.json'), 'utf8')) as {config: Record<string, unknown>};
// Read by Next.js's configuration loader in place of next.config (Next.js's own standalone server sets it too).
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
process.chdir(dir);

const start = async () => {
  const app = next({dev: false, dir, hostname, port, conf: config});
  await app.prepare();
  const server = createHardenedServer(app.getRequestHandler());
  server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
};

warnAboutSiteUrl();
start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
