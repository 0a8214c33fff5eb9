// The production HTTP server, ours rather than Next.js's, so that it holds under abuse: timeouts on every phase
// of a request, upgrade requests (WebSocket…) answered like any other request and then closed, CONNECT refused,
// malformed requests answered calmly with the security headers, and the request guard (server/request-guard.ts)
// run before Next.js's request handler sees anything.
import http, {type IncomingMessage, type RequestListener, type ServerResponse} from 'node:http';
import type {Duplex} from 'node:stream';
import {ALLOWED_METHODS, calmAnswer, RETRY_AFTER_SECONDS, type CalmAnswer} from '../lib/security/calm-answers';
import {pdfPoolFull} from '../components/pdf/pool-gauge';
import {judgeRequest} from './request-guard';
import {HTTP_LIMITS} from './limits';
import {withFallbackPolicy} from './fallback-policy';
import {LOCALES} from '../i18n/locales';
import {PAGES, pathPattern} from '../lib/pages';

const send = (res: ServerResponse, {status, headers, body}: CalmAnswer, method: string) => {
  res.writeHead(status, {...headers, 'Content-Length': String(Buffer.byteLength(body))});
  res.end(method === 'HEAD' ? undefined : body);
};

/** A raw answer on a socket the HTTP parser gave up on (or never gave to a request handler). */
const answerSocket = (socket: Duplex, {status, headers, body}: CalmAnswer) => {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const head = [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}`,
    ...Object.entries({...headers, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close'}).map(([k, v]) => `${k}: ${v}`),
  ];
  // Closed for good once written: a client that keeps its end open holds nothing here.
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
};

/** The request line, when the parser kept it: to answer in the visitor's language. */
const pathOf = (error: Error & {rawPacket?: Buffer}): string => /^[A-Z]+ (\S+)/.exec(error.rawPacket?.toString('latin1', 0, 200) ?? '')?.[1] ?? '/';

const PDF_PATH = new RegExp(`^/(${LOCALES.join('|')})${pathPattern(PAGES.planPdf.path)}(\\?|$)`);
const lastRefusal = new WeakMap<object, number>();

/**
 * The immediate 503 for a PDF request while every place is taken. A client that asks again on the same
 * connection at once, Retry-After notwithstanding, gets its next 503 a moment later: a flood of refusals
 * would otherwise take the page thread's time from the pages.
 */
const refuseBusy = (req: IncomingMessage, res: ServerResponse) => {
  const refuse = () => {
    lastRefusal.set(req.socket, performance.now());
    send(res, calmAnswer(503, req.url ?? '/', {'Retry-After': RETRY_AFTER_SECONDS}), req.method ?? 'GET');
  };
  const wait = (lastRefusal.get(req.socket) ?? -Infinity) + HTTP_LIMITS.refusedPauseMs - performance.now();
  if (wait > 0) setTimeout(refuse, wait).unref();
  else refuse();
};

/** Hands a request to Next.js once the guard has let it through. */
type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export const createHardenedServer = (handle: NextHandler) => {
  const server = http.createServer({
    headersTimeout: HTTP_LIMITS.headersTimeoutMs,
    requestTimeout: HTTP_LIMITS.requestTimeoutMs,
    connectionsCheckingInterval: HTTP_LIMITS.checkIntervalMs,
    maxHeaderSize: HTTP_LIMITS.maxHeaderBytes,
  });
  const listener: RequestListener = (req, res) => {
    // With no 'upgrade' listener Node hands upgrade requests here as ordinary requests; answer and close them.
    if (req.headers.upgrade !== undefined) res.shouldKeepAlive = false;
    const verdict = judgeRequest(req.method ?? 'GET', req.url ?? '/');
    if (verdict.kind === 'answer') {
      send(res, verdict.answer, req.method ?? 'GET');
      return;
    }
    if (PDF_PATH.test(req.url ?? '') && pdfPoolFull()) {
      refuseBusy(req, res);
      return;
    }
    withFallbackPolicy(res);
    handle(req, res).catch((error: unknown) => {
      console.error(`Request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) send(res, calmAnswer(503, req.url ?? '/', {'Retry-After': RETRY_AFTER_SECONDS}), req.method ?? 'GET');
      else res.destroy();
    });
    // Next.js's handler starts listening for WebSocket upgrades on its first request, for proxied sockets the
    // app does not use. Without any listener, Node treats an upgrade request as an ordinary one, with every
    // timeout and answer above.
    if (server.listenerCount('upgrade') > 0) server.removeAllListeners('upgrade');
  };
  server.on('request', listener);
  server.keepAliveTimeout = HTTP_LIMITS.keepAliveTimeoutMs;
  server.setTimeout(HTTP_LIMITS.socketIdleTimeoutMs);
  server.on('connect', (req: IncomingMessage, socket: Duplex) => answerSocket(socket, calmAnswer(405, req.url ?? '/', {Allow: ALLOWED_METHODS})));
  server.on('clientError', (error: Error & {code?: string; rawPacket?: Buffer}, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const path = pathOf(error);
    if (error.code === 'HPE_HEADER_OVERFLOW') answerSocket(socket, calmAnswer(414, path));
    else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') answerSocket(socket, calmAnswer(408, path));
    else answerSocket(socket, calmAnswer(400, path));
  });
  return server;
};
