// How long a connection may take over each part of a request. Node's own defaults (a minute for headers, five
// for a request, no limit on an idle socket) let a few slow clients hold connections for minutes.
export const HTTP_LIMITS = {
  /** Whole request head received within this time, or the connection is answered 408 and closed. */
  headersTimeoutMs: 10_000,
  /** Whole request (head and body) received within this time. */
  requestTimeoutMs: 30_000,
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: 5_000,
  /** A socket with no traffic either way for this long is closed, whatever it is doing. */
  socketIdleTimeoutMs: 60_000,
  /** How often the two timeouts above are checked (Node's default, 30 s, would make them late by up to that). */
  checkIntervalMs: 1_000,
  /** After a PDF request is refused (pool full), the next refusal on the same connection comes no sooner. */
  refusedPauseMs: 50,
  /** Room for a request head: big enough that an over-long link reaches the app's friendly 414. */
  maxHeaderBytes: 65_536,
} as const;
