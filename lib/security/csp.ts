// The Content-Security-Policy of every page. Scripts run only from this origin plus, for inline
// scripts, a per-request nonce (dynamic pages) or the hashes of the page's own scripts (static pages).
import base from './csp-base.json';

// `withWasm`: the journal page builds its PDF in the browser, whose layout engine is WebAssembly loaded from a
// data: URL. 'wasm-unsafe-eval' allows compiling WebAssembly only, not JavaScript eval (static pages get the same
// policy from scripts/csp-static-pages.mjs).
export const contentSecurityPolicy = (scriptSources: string[], withWasm = false): string =>
  [
    ...base.directives,
    `script-src 'self' ${[...scriptSources, ...(withWasm ? ["'wasm-unsafe-eval'"] : [])].join(' ')}`.trim(),
    `connect-src 'self'${withWasm ? ' data:' : ''}`,
  ].join('; ');

/** For files that are not pages (PDF, calendar): nothing may run or load. */
export const LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
