// npm run bench: measures the production server on this machine and prints one table, also written to
// docs/BENCHMARKS.md. Targets are printed beside each figure; the bench reports, it does not fail.
import {spawn, execFileSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const PLATFORMS = ['x', 'facebook', 'instagram', 'messenger', 'whatsapp', 'tiktok', 'snapchat', 'youtube', 'reddit', 'telegram', 'discord', 'pinterest', 'twitch', 'onlyfans', 'adult-site', 'website', 'search-engine', 'unknown'];
const PLANS = {
  typical: 'c=fr&p=instagram&a=25&b=25&k=2&u=0',
  largest: `c=fr&${PLATFORMS.map((p) => `p=${p}`).join('&')}&k=4&u=1&u=2&u=3&d=2026-11-02`,
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const treeRss = (pid) => {
  // The server and any children it started, summed: what the machine actually gives it.
  const children = (() => {
    try {
      return execFileSync('pgrep', ['-P', String(pid)], {encoding: 'utf8'}).split('\n').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  return children.reduce((sum, child) => sum + treeRss(child), own);
};

const startServer = async () => {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npm', ['run', 'build'], {stdio: 'inherit'});
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT)], {stdio: 'ignore', detached: true});
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${BASE}/fr`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start');
};

const pdfOnce = async (query) => {
  const started = performance.now();
  const response = await fetch(`${BASE}/fr/plan/pdf?${query}`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`PDF route answered ${response.status}`);
  const render = Number(/render;dur=(\d+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? NaN);
  return {render, wall: performance.now() - started, bytes: body.length};
};

const benchPdf = async (name, query) => {
  await pdfOnce(query); // warm-up: first render loads modules
  const runs = [];
  for (let i = 0; i < 20; i += 1) runs.push(await pdfOnce(query));
  return {name, renderMs: median(runs.map((r) => r.render)), wallMs: median(runs.map((r) => r.wall)), kB: runs[0].bytes / 1024};
};

const main = async () => {
  const server = await startServer();
  const rows = [];
  try {
    const results = [];
    for (const [name, query] of Object.entries(PLANS)) results.push(await benchPdf(name, query));
    // Memory after 200 renders, two at a time as the route allows.
    for (let i = 0; i < 100; i += 1) await Promise.all([pdfOnce(PLANS.typical), pdfOnce(PLANS.largest)]);
    const rssMiB = treeRss(server.pid) / 1024 / 1024;
    for (const r of results) {
      rows.push([`PDF ${r.name} plan: render time (median of 20)`, `${r.renderMs.toFixed(0)} ms`, r.name === 'typical' ? '< 300 ms' : '']);
      rows.push([`PDF ${r.name} plan: request time (median of 20)`, `${r.wallMs.toFixed(0)} ms`, '']);
      rows.push([`PDF ${r.name} plan: size`, `${r.kB.toFixed(1)} kB`, r.name === 'typical' ? '< 150 kB' : '']);
    }
    rows.push(['Server memory (RSS) after 200 more PDF renders', `${rssMiB.toFixed(0)} MiB`, '']);
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }

  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
  const table = ['| measure | result | target |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  console.log(`\n${table}\n\n${machine}`);
  mkdirSync('docs', {recursive: true});
  writeFileSync(
    'docs/BENCHMARKS.md',
    `# Benchmarks\n\nMade by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}.\nThe load and the server share the machine; compare runs on the same machine only.\n\n${table}\n`,
  );
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
