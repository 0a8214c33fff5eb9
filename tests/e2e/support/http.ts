// Plain HTTP from the test process, outside the browser: timed GETs, and raw socket exchanges for requests a
// browser or fetch would refuse to send (odd methods, malformed paths, upgrades, slow headers).
import {Agent, request as httpRequest} from 'node:http';
import {connect} from 'node:net';

export type Timed = {status: number; ms: number; headers: Record<string, string | string[] | undefined>; bytes: number; error?: string};

/** One GET, timed to the last byte; never throws (a socket error or timeout is reported as status 0). */
export const timedGet = (url: string, {agent, timeoutMs = 30_000, abortAfterMs}: {agent?: Agent; timeoutMs?: number; abortAfterMs?: number} = {}) =>
  new Promise<Timed>((resolve) => {
    const started = performance.now();
    const done = (result: Omit<Timed, 'ms'>) => resolve({...result, ms: performance.now() - started});
    const req = httpRequest(url, {agent: agent ?? false, timeout: timeoutMs}, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => done({status: res.statusCode ?? 0, headers: res.headers, bytes}));
      res.on('error', (error) => done({status: 0, headers: res.headers, bytes, error: error.message}));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => done({status: 0, headers: {}, bytes: 0, error: error.message}));
    if (abortAfterMs !== undefined) setTimeout(() => req.destroy(new Error('abandoned')), abortAfterMs).unref();
    req.end();
  });

export type RawExchange = {status: number; head: string; body: string; closedMs: number | null; answeredMs: number | null};

/**
 * Writes `text` on a fresh socket and keeps it open (as a hostile client would), then reports the status line
 * and whether, and when, the server closed the connection within `waitMs`.
 */
export const rawExchange = (port: number, text: string | Buffer, {waitMs = 5_000, host = '127.0.0.1'} = {}) =>
  new Promise<RawExchange>((resolve) => {
    const started = performance.now();
    const socket = connect({port, host});
    let received = '';
    let answeredMs: number | null = null;
    let closedMs: number | null = null;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const split = received.indexOf('\r\n\r\n');
      const head = split === -1 ? received : received.slice(0, split);
      const body = split === -1 ? '' : received.slice(split + 4);
      resolve({status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body, closedMs, answeredMs});
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('connect', () => {
      if (text.length > 0) socket.write(text);
    });
    socket.on('data', (chunk) => {
      if (answeredMs === null) answeredMs = performance.now() - started;
      received += chunk.toString('latin1');
    });
    socket.on('end', () => {
      closedMs = performance.now() - started;
      finish();
    });
    socket.on('error', () => {
      closedMs ??= performance.now() - started;
      finish();
    });
  });

/** Splits a raw response head into lower-cased header names and values. */
export const parseHead = (head: string): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
};
