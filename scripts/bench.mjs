// npm run bench: measures the production server on this machine and prints one table, also written to
// docs/BENCHMARKS.md: first-load JS per page, Lighthouse (mobile) scores, load (autocannon), PDF renders.
// The load tool and the server share the machine's cores. The bench reports; it does not fail.
import {spawn, execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync} from 'node:fs';
import {cpus, totalmem, tmpdir} from 'node:os';
import {join} from 'node:path';
import {firstLoadJs} from './first-load-js.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const TOOLS = 'scripts/bench-tools';
const PLATFORMS = ['x', 'facebook', 'instagram', 'messenger', 'whatsapp', 'tiktok', 'snapchat', 'youtube', 'reddit', 'telegram', 'discord', 'pinterest', 'twitch', 'onlyfans', 'adult-site', 'website', 'search-engine', 'unknown'];
const TYPICAL = 'c=fr&p=instagram&a=25&b=25&k=2&u=0';
const LARGEST = `c=fr&${PLATFORMS.map((p) => `p=${p}`).join('&')}&k=4&u=1&u=2&u=3&d=2026-11-02`;
const GUIDE = process.env.BENCH_GUIDE ?? 'privacy';
const JS_PAGES = ['/fr', '/fr/questions/country', '/fr/questions/platforms?c=fr', `/fr/check?${TYPICAL}`, `/fr/plan?${TYPICAL}`, `/fr/plan?${LARGEST}`, `/fr/${GUIDE}`, '/fr/browse-safely'];
const LIGHTHOUSE_PAGES = ['fr', 'en'].flatMap((l) => [`/${l}`, `/${l}/questions/country`, `/${l}/plan?${TYPICAL}`, `/${l}/${GUIDE}`]);
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mark = (ok) => (ok ? 'met' : '**not met**');

const treeRss = (pid) => {
  let children = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], {encoding: 'utf8'}).split('\n').filter(Boolean).map(Number);
  } catch {
    // no children
  }
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  return children.reduce((sum, child) => sum + treeRss(child), own);
};

const ensureTools = () => {
  if (!existsSync(join(TOOLS, 'node_modules', 'autocannon'))) {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: TOOLS, stdio: 'inherit'});
  }
  if (!existsSync('.next/BUILD_ID')) execFileSync('npm', ['run', 'build'], {stdio: 'inherit'});
};

const startServer = async () => {
  const server = spawn('node', ['--max-http-header-size=65536', 'node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {stdio: 'ignore', detached: true});
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

const lighthouse = (path) => {
  const profile = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(profile, 'report.json');
  try {
    execFileSync(join(TOOLS, 'node_modules', '.bin', 'lighthouse'), [`${BASE}${path}`, `--chrome-flags=${CHROME_FLAGS} --user-data-dir=${profile}/chrome`, '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=performance,accessibility,best-practices,seo'], {
      env: {...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'},
      stdio: 'pipe',
      timeout: 120_000,
    });
    const {categories} = JSON.parse(readFileSync(out, 'utf8'));
    return ['performance', 'accessibility', 'best-practices', 'seo'].map((name) => Math.round((categories[name]?.score ?? 0) * 100));
  } catch (error) {
    console.error(`Lighthouse failed on ${path}: ${String(error.stderr ?? error).slice(0, 600)}`);
    return [0, 0, 0, 0];
  } finally {
    rmSync(profile, {recursive: true, force: true});
  }
};

const load = async (path) => {
  const autocannon = createRequire(join(process.cwd(), TOOLS, 'package.json'))('autocannon');
  const result = await autocannon({url: `${BASE}${path}`, connections: 10, duration: 10});
  return {rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx};
};

const pdfOnce = async (query) => {
  const started = performance.now();
  const response = await fetch(`${BASE}/fr/plan/pdf?${query}`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`PDF route answered ${response.status}`);
  const render = Number(/render;dur=(\d+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? NaN);
  return {render, wall: performance.now() - started, bytes: body.length};
};

const benchPdf = async (query) => {
  await pdfOnce(query); // warm-up: the first render loads modules
  const runs = [];
  for (let i = 0; i < 20; i += 1) runs.push(await pdfOnce(query));
  return {renderMs: median(runs.map((r) => r.render)), kB: runs[0].bytes / 1024};
};

const main = async () => {
  ensureTools();
  const server = await startServer();
  const rows = [];
  try {
    for (const path of JS_PAGES) {
      const {gzipBytes} = firstLoadJs(await (await fetch(`${BASE}${path}`)).text());
      const kib = gzipBytes / 1024;
      rows.push([`First-load JS ${path.slice(0, 48)}`, `${kib.toFixed(1)} KiB gzip`, '≤ 150 KiB', mark(kib <= 150)]);
    }
    for (const path of LIGHTHOUSE_PAGES) {
      const scores = lighthouse(path);
      rows.push([`Lighthouse mobile ${path.slice(0, 40)} (perf/a11y/best/SEO)`, scores.join(' / '), '100 / 100 / 100 / 100', mark(scores.every((s) => s === 100))]);
    }
    for (const [name, path, rpsTarget, p99Target] of [['static page /fr', '/fr', 2000, 20], ['plan page', `/fr/plan?${TYPICAL}`, 250, 100]]) {
      const r = await load(path);
      rows.push([`Load ${name}: req/s (10 connections, 10 s)`, r.rps.toFixed(0), `≥ ${rpsTarget}`, mark(r.rps >= rpsTarget)]);
      rows.push([`Load ${name}: p50 / p99 latency`, `${r.p50} ms / ${r.p99} ms`, `p99 ≤ ${p99Target} ms`, mark(r.p99 <= p99Target)]);
      rows.push([`Load ${name}: errors`, String(r.errors), '0', mark(r.errors === 0)]);
    }
    const typical = await benchPdf(TYPICAL);
    const largest = await benchPdf(LARGEST);
    rows.push(['PDF typical plan: render (median of 20)', `${typical.renderMs.toFixed(0)} ms`, '< 300 ms', mark(typical.renderMs < 300)]);
    rows.push(['PDF typical plan: size', `${typical.kB.toFixed(1)} kB`, '< 150 kB', mark(typical.kB < 150)]);
    rows.push(['PDF largest plan: render (median of 20)', `${largest.renderMs.toFixed(0)} ms`, '', '']);
    rows.push(['PDF largest plan: size', `${largest.kB.toFixed(1)} kB`, '', '']);
    for (let i = 0; i < 100; i += 1) await Promise.all([pdfOnce(TYPICAL), pdfOnce(LARGEST)]);
    rows.push(['Server memory (RSS) after 200 more PDF renders', `${(treeRss(server.pid) / 1024 / 1024).toFixed(0)} MiB`, '', '']);
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }

  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
  const table = ['| measure | result | target | |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  console.log(`\n${table}\n\n${machine}`);
  mkdirSync('docs', {recursive: true});
  writeFileSync(
    'docs/BENCHMARKS.md',
    `# Benchmarks\n\nMade by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}.\nThe load tool and the server share the machine; compare runs on the same machine only.\n\n${table}\n`,
  );
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
