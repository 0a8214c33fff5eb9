// A bounded PDF flood: many clients asking for the largest plan's PDF at once, some giving up early, while
// probes time the home page and a plan page, and the server's memory is sampled. Used by flood.spec.ts.
// The flood runs in a process of its own at the lowest CPU priority: an attacker's CPU is not the server's,
// but here both share this machine, and the probes stand for the people using the site.
import {spawn} from 'node:child_process';
import {join} from 'node:path';
import {LARGEST_PLAN, TYPICAL_PLAN} from '../../sample-plans';
import {timedGet} from './http';

const CLIENT = join(__dirname, '..', '..', '..', 'scripts', 'pdf-flood.mjs');
const PROBES = ['/fr', `/fr/plan?${TYPICAL_PLAN}`];

export type FloodOptions = {base: string; clients: number; seconds: number; abandonEvery: number; probeEveryMs: number; sampleMemory: () => number};
export type FloodReport = {
  probes: {path: string; status: number; ms: number; atMs: number}[];
  /** PDF requests sent beside the flood by this process (not the niced flood client, whose own timing suffers
   * when the machine is busy), timed to their 503. */
  refusals: {ms: number; retryAfter: boolean}[];
  pdf: {ok: number; busy: number; abandoned: number; other: string[]; okMs: number[]; busyMs: number[]; busyWithoutRetryAfter: number};
  maxRssBytes: number;
};

const runClients = ({base, clients, seconds, abandonEvery}: FloodOptions) =>
  new Promise<FloodReport['pdf']>((resolve, reject) => {
    const args = [CLIENT, `${base}/fr/plan/pdf?${LARGEST_PLAN}`, String(clients), String(seconds), String(abandonEvery)];
    const child = spawn('nice', ['-n', '19', process.execPath, ...args], {stdio: ['ignore', 'pipe', 'inherit']});
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as FloodReport['pdf']) : reject(new Error(`flood client exited with ${code}`))));
  });

export const flood = async (options: FloodOptions): Promise<FloodReport> => {
  const {base, seconds, probeEveryMs, sampleMemory} = options;
  // A server that has just started loads each route's code on its first request: warm it up first, as a
  // running site would be. Each path several times in a row, so that every worker of a cluster (which deals
  // new connections out in turn) gets each one.
  for (const path of [...PROBES, `/fr/plan/pdf?${LARGEST_PLAN}`]) {
    for (let i = 0; i < 4; i += 1) await timedGet(`${base}${path}`, {timeoutMs: 30_000});
  }
  const probes: FloodReport['probes'] = [];
  const refusals: FloodReport['refusals'] = [];
  let maxRssBytes = sampleMemory();
  const started = performance.now();
  const until = started + seconds * 1000;
  const probe = async () => {
    while (performance.now() < until) {
      const round = performance.now();
      for (const path of PROBES) {
        const result = await timedGet(`${base}${path}`, {timeoutMs: 60_000});
        probes.push({path, status: result.status, ms: result.ms, atMs: performance.now() - started});
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, probeEveryMs - (performance.now() - round))));
    }
  };
  const refusalProbe = async () => {
    while (performance.now() < until) {
      const result = await timedGet(`${base}/fr/plan/pdf?${LARGEST_PLAN}`, {timeoutMs: 60_000});
      if (result.status === 503) refusals.push({ms: result.ms, retryAfter: Boolean(result.headers['retry-after'])});
      await new Promise((resolve) => setTimeout(resolve, probeEveryMs));
    }
  };
  const memory = setInterval(() => (maxRssBytes = Math.max(maxRssBytes, sampleMemory())), 500);
  try {
    const [pdf] = await Promise.all([runClients(options), probe(), refusalProbe()]);
    return {probes, refusals, pdf, maxRssBytes: Math.max(maxRssBytes, sampleMemory())};
  } finally {
    clearInterval(memory);
  }
};

export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
