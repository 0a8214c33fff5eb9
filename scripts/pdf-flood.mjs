// A PDF flood, for the flood test (tests/e2e/support/flood.ts) and the bench: many clients asking for one URL
// again and again, every `abandonEvery`-th request dropped after 0.3 s like a closed tab. Both run it as a
// process of its own at the lowest CPU priority: an attacker's CPU is not the server's, but here they share one.
// Usage: node scripts/pdf-flood.mjs URL CLIENTS SECONDS ABANDON_EVERY; prints one JSON report on stdout.
import {Agent, request} from 'node:http';

const [url, clients, seconds, abandonEvery] = [process.argv[2], ...process.argv.slice(3).map(Number)];
const agent = new Agent({keepAlive: true, maxSockets: clients});
const until = performance.now() + seconds * 1000;
const report = {ok: 0, busy: 0, abandoned: 0, other: [], okMs: [], busyMs: [], busyWithoutRetryAfter: 0};

const pending = new Set();

const get = (abandon) =>
  new Promise((resolve) => {
    const started = performance.now();
    const done = (status, headers = {}, error) => resolve({status, headers, error, ms: performance.now() - started});
    const req = request(url, {agent, timeout: 30_000}, (res) => {
      pending.delete(req);
      res.resume();
      res.on('end', () => done(res.statusCode, res.headers));
      res.on('error', (error) => done(0, res.headers, error.message));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => {
      pending.delete(req);
      done(0, {}, error.message);
    });
    pending.add(req);
    if (abandon) setTimeout(() => req.destroy(new Error('abandoned')), 300).unref();
    req.end();
  });

const client = async (index) => {
  for (let round = 0; performance.now() < until; round += 1) {
    const abandon = abandonEvery > 0 && (index + round) % abandonEvery === 0;
    const result = await get(abandon);
    if (result.error === 'flood over') break;
    if (abandon && result.error === 'abandoned') report.abandoned += 1;
    else if (result.status === 200) {
      report.ok += 1;
      report.okMs.push(result.ms);
    } else if (result.status === 503) {
      report.busy += 1;
      report.busyMs.push(result.ms);
      if (!result.headers['retry-after']) report.busyWithoutRetryAfter += 1;
    } else report.other.push(`${result.status} ${result.error ?? ''} after ${result.ms.toFixed(0)} ms`);
  }
};

// The flood ends on time: requests still waiting then are dropped, not waited for.
setTimeout(() => {
  for (const req of pending) req.destroy(new Error('flood over'));
}, seconds * 1000).unref();
await Promise.all(Array.from({length: clients}, (_, i) => client(i)));
agent.destroy();
process.stdout.write(JSON.stringify(report));
