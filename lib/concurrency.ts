// Caps how many expensive jobs (PDF renders) run at once, with a short queue; beyond it, callers are
// turned away at once rather than piling up and exhausting the server.

export class BusyError extends Error {}

export const createLimiter = (maxRunning: number, maxQueued: number) => {
  let running = 0;
  const waiting: (() => void)[] = [];

  // A finished job hands its slot straight to the next waiter, so `running` never exceeds the cap.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  const acquire = async () => {
    if (running < maxRunning) {
      running += 1;
      return;
    }
    if (waiting.length >= maxQueued) throw new BusyError('too many jobs waiting');
    await new Promise<void>((resolve) => waiting.push(resolve));
  };

  return {
    run: async <T>(job: () => Promise<T>): Promise<T> => {
      await acquire();
      try {
        return await job();
      } finally {
        release();
      }
    },
    stats: () => ({running, waiting: waiting.length}),
  };
};
