// npm start: the production server, one worker per CPU core sharing one port (Node's cluster module).
// A Next.js server uses a single core; the app keeps no state, so workers need nothing shared.
// Each worker runs .next/standalone/server.js, the hardened entry (server/entry.ts) in front of Next.js.
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST]; WEB_CONCURRENCY sets the number of workers.
import cluster from 'node:cluster';
import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {parseArgs} from 'node:util';
import {restartDelay} from './restart-delay.mjs';

const SERVER = '.next/standalone/server.js';
const {values} = parseArgs({options: {port: {type: 'string', short: 'p'}, hostname: {type: 'string', short: 'H'}}});
const port = values.port ?? process.env.PORT ?? '3000';
// Not the shell's HOSTNAME, which is often the machine's name rather than an address to listen on.
const hostname = values.hostname ?? '0.0.0.0';
const workers = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? '', 10) || availableParallelism());
// About half the cores render PDFs, shared among the workers (at least one thread each); pages keep the rest.
const pdfThreads = process.env.PDF_THREADS ?? String(Math.max(1, Math.floor(availableParallelism() / 2 / workers)));

if (!existsSync(SERVER)) {
  console.error(`${SERVER} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

cluster.setupPrimary({exec: SERVER});
const env = {PORT: port, HOSTNAME: hostname, NODE_ENV: 'production', PDF_THREADS: pdfThreads};
for (let i = 0; i < workers; i += 1) cluster.fork(env);
console.log(`Recours: ${workers} worker(s) on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);

// A worker that stops is replaced: at once the first time, then after a growing pause while they keep stopping
// (up to 30 s), so that a crash loop does not spin the CPU; but at once whenever no worker is left, so that a
// crash loop never takes the site down. A replacement due later is dropped if the count is full by then.
const recentExits = [];
let stopping = false;
const running = () => Object.values(cluster.workers ?? {}).filter((worker) => worker && !worker.isDead()).length;
const replace = () => {
  if (!stopping && running() < workers) cluster.fork(env);
};
cluster.on('exit', (worker, code, signal) => {
  if (stopping) return;
  const now = Date.now();
  recentExits.push(now);
  while (recentExits.length > 0 && now - recentExits[0] > 60_000) recentExits.shift();
  const delay = restartDelay(recentExits.length, running());
  console.error(`Worker ${worker.process.pid} stopped (${signal ?? code}); starting another${delay ? ` in ${delay / 1000} s` : ''}.`);
  if (delay === 0) replace();
  else setTimeout(replace, delay);
});

const stop = () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  setTimeout(() => process.exit(0), 5_000).unref();
  cluster.on('exit', () => {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
  if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
