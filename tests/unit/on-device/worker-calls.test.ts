// The call layer between the page and its workers: every call is answered, even when its result cannot be copied
// to the page, so that the page never waits for good and does the work itself.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {answerCalls} from '@/components/on-device/worker-calls';

type Listener = (event: {data: unknown}) => void;

const workerScope = () => {
  let listener: Listener | undefined;
  const posted: unknown[] = [];
  vi.stubGlobal('addEventListener', (type: string, handler: Listener) => {
    if (type === 'message') listener = handler;
  });
  // Like the browser's structured clone: a function cannot be copied.
  vi.stubGlobal('postMessage', (message: unknown) => {
    structuredClone(message);
    posted.push(message);
  });
  return {
    posted,
    send: async (data: unknown) => {
      const before = posted.length;
      listener!({data});
      await vi.waitFor(() => expect(posted.length).toBe(before + 1), {timeout: 2000});
    },
  };
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('answerCalls', () => {
  it('answers a call with its result', async () => {
    const scope = workerScope();
    answerCalls({double: async (n: number) => n * 2});
    await scope.send({id: 1, name: 'double', args: [21]});
    expect(scope.posted).toEqual([{id: 1, ok: true, result: 42}]);
  });

  it('fails a call whose result cannot be copied to the page', async () => {
    const scope = workerScope();
    answerCalls({odd: async () => ({later: () => 1})});
    await scope.send({id: 2, name: 'odd', args: []});
    expect(scope.posted).toEqual([{id: 2, ok: false}]);
  });

  it('fails a call that throws, or that names no function', async () => {
    const scope = workerScope();
    answerCalls({broken: async () => Promise.reject(new Error('no data'))});
    await scope.send({id: 3, name: 'broken', args: []});
    await scope.send({id: 4, name: 'constructor', args: []});
    expect(scope.posted).toEqual([
      {id: 3, ok: false},
      {id: 4, ok: false},
    ]);
  });
});
