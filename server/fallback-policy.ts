// Every page carries a Content-Security-Policy, even the few Next.js renders outside the app's own routes
// (the 404 for a path with a dot in it, for example): an HTML answer that leaves without one gets the site's
// base policy, which allows no inline script (such a page is readable without its scripts).
import type {OutgoingHttpHeaders, ServerResponse} from 'node:http';
import {contentSecurityPolicy} from '../lib/security/csp';

const FALLBACK_POLICY = contentSecurityPolicy([]);

const isHtml = (type: unknown) =>
  String(type ?? '')
    .toLowerCase()
    .startsWith('text/html');

export const withFallbackPolicy = (res: ServerResponse) => {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const given = args.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg));
    const lower = Object.fromEntries(Object.entries(given ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const type = lower['content-type'] ?? this.getHeader('content-type');
    const policy = lower['content-security-policy'] ?? this.getHeader('content-security-policy');
    if (isHtml(type) && policy === undefined && !this.headersSent) this.setHeader('Content-Security-Policy', FALLBACK_POLICY);
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
};
