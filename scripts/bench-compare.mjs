// npm run bench:compare -- <checkout A> <checkout B> [path]: the same route served by two built checkouts (for
// example main before a change and a branch after it), one process each, in alternating 10 s runs of 10
// connections after a 15 s warm-up, so that both see the same machine. Prints each run and B's median rate
// over A's. Both checkouts must have been built (`npm run build`).
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {importTs} from './import-ts.mjs';

const TOOLS = resolve('scripts/bench-tools');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const [a, b, given] = process.argv.slice(2);
if (!a || !b) {
  console.error('Usage: npm run bench:compare -- <checkout A> <checkout B> [path]');
  process.exit(1);
}
for (const dir of [a, b]) {
  if (!existsSync(join(dir, '.next/standalone/server.js'))) {
    console.error(`${dir} is not built: run \`npm run build\` there first.`);
    process.exit(1);
  }
}
if (!existsSync(join(TOOLS, 'node_modules', 'autocannon'))) {
  console.error('Run `npm run bench` once (it installs the load tool), or `npm install` in scripts/bench-tools.');
  process.exit(1);
}
const autocannon = createRequire(join(TOOLS, 'package.json'))('autocannon');
const {TYPICAL_PLAN} = await importTs('tests/sample-plans.ts');
const path = given ?? `/fr/plan?${TYPICAL_PLAN}`;

const servers = [a, b].map((dir, i) => {
  const port = 3401 + i;
  const process_ = spawn('node', ['scripts/serve.mjs', '-p', String(port)], {
    cwd: dir,
    env: {...process.env, WEB_CONCURRENCY: '1'},
    stdio: 'ignore',
    detached: true,
  });
  return {dir, port, process: process_, runs: []};
});
const stop = () => servers.forEach((server) => process.kill(-server.process.pid));
process.on('exit', stop);

const ready = async (port) => {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/fr`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the server on ${port} did not start`);
};
const load = (port, seconds) => autocannon({url: `http://127.0.0.1:${port}${path}`, connections: 10, duration: seconds});

for (const server of servers) await ready(server.port);
for (const server of servers) await load(server.port, 15);
for (let round = 0; round < ROUNDS; round += 1) {
  for (const server of round % 2 ? [...servers].reverse() : servers) {
    const result = await load(server.port, 10);
    server.runs.push(result.requests.average);
    console.log(
      `${server.dir} ${path}: ${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} not 2xx`,
    );
  }
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const [first, second] = servers.map((server) => median(server.runs));
console.log(`median: A ${first.toFixed(1)} req/s, B ${second.toFixed(1)} req/s; B/A ${(second / first).toFixed(3)}`);
