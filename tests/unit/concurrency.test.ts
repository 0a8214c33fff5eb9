import {describe, expect, it} from 'vitest';
import {BusyError, createLimiter} from '@/lib/concurrency';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return {promise, resolve};
};

describe('createLimiter', () => {
  it('never runs more jobs at once than allowed, and turns away what the queue cannot hold', async () => {
    const limiter = createLimiter(2, 1);
    let running = 0;
    let peak = 0;
    const gates = [deferred(), deferred(), deferred()];
    const job = (gate: ReturnType<typeof deferred>) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await gate.promise;
      running -= 1;
      return 'done';
    };
    const first = limiter.run(job(gates[0]!));
    const second = limiter.run(job(gates[1]!));
    const third = limiter.run(job(gates[2]!)); // waits
    await expect(limiter.run(job(deferred()))).rejects.toBeInstanceOf(BusyError);
    expect(limiter.stats()).toEqual({running: 2, waiting: 1});
    gates[0]!.resolve();
    await first;
    expect(limiter.stats()).toEqual({running: 2, waiting: 0});
    // a newcomer must not slip past the waiter that was just handed the slot
    const fourth = limiter.run(async () => 'late');
    expect(limiter.stats().running).toBe(2);
    gates[1]!.resolve();
    gates[2]!.resolve();
    await Promise.all([second, third, fourth]);
    expect(peak).toBe(2);
    expect(limiter.stats()).toEqual({running: 0, waiting: 0});
  });

  it('frees the slot when a job fails', async () => {
    const limiter = createLimiter(1, 0);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'ok')).resolves.toBe('ok');
  });
});
