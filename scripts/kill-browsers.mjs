// Stops the browser a Lighthouse run started with a given profile directory. Lighthouse's launcher starts
// Chromium as the leader of a process group of its own, which outlives Lighthouse when Lighthouse is killed
// on its timeout: left running, such browsers load the machine and skew every later figure (seven were
// once found, the oldest 1 h 46 min old).
import {execFileSync} from 'node:child_process';

const groupOf = (pid) =>
  Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim());

/** @param {string} profile the --user-data-dir given to the browser */
export const killBrowsersOf = (profile) => {
  let pids = [];
  try {
    pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profile}`], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return; // none left
  }
  const ownGroup = groupOf(process.pid);
  for (const pid of pids) {
    try {
      const group = groupOf(pid);
      // Never our own group (pgrep may list a shell of ours whose command line names the profile).
      if (group !== ownGroup) process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};
