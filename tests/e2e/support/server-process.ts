// Starts a production server of its own for a test (one process, or the cluster as `npm start` runs it), so
// that a test which loads the server hard does not disturb the server the other tests share.
import {spawn, execFileSync, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {timedGet} from './http';

export type ServerMode = 'one process' | 'cluster';
export type RunningServer = {base: string; port: number; process: ChildProcess; stop: () => Promise<void>; rssBytes: () => number};

const rssOf = (pid: number): number => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0; // the process just ended
  }
};

/** Resident memory of a process and all its descendants (the cluster's primary and workers). */
export const treeRss = (pid: number): number => {
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], {encoding: 'utf8'})
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    // no children
  }
  return children.reduce((sum, child) => sum + treeRss(child), rssOf(pid));
};

export const startServer = async (mode: ServerMode, port: number, env: Record<string, string> = {}): Promise<RunningServer> => {
  const [command, args] =
    mode === 'cluster' ? ['node', ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1']] : ['node', ['.next/standalone/server.js']];
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so that stopping it stops the workers too
    env: {...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production', ...env},
  });
  const base = `http://127.0.0.1:${port}`;
  // Its own process group outlives this process: if the test is cut short, stop it on the way out anyway.
  const orphanGuard = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', orphanGuard);
  const stop = async () => {
    process.removeListener('exit', orphanGuard);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 8_000);
    await exited;
    clearTimeout(timer);
  };
  for (let i = 0; i < 300; i += 1) {
    const probe = await timedGet(`${base}/fr`, {timeoutMs: 2_000});
    if (probe.status === 200) return {base, port, process: child, stop, rssBytes: () => treeRss(child.pid!)};
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the ${mode} server did not start on port ${port}`);
};
