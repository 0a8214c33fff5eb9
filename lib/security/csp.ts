// The Content-Security-Policy of every page. Scripts run only from this origin plus, for inline
// scripts, a per-request nonce (dynamic pages) or the hashes of the page's own scripts (static pages).
// `withWasm`: the plan page builds the journal PDF in the browser, whose layout engine is WebAssembly
// loaded from a data: URL. 'wasm-unsafe-eval' allows compiling WebAssembly only, not JavaScript eval.
export const contentSecurityPolicy = (scriptSources: string[], withWasm = false): string =>
  [
    "default-src 'self'",
    `script-src 'self' ${[...scriptSources, ...(withWasm ? ["'wasm-unsafe-eval'"] : [])].join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${withWasm ? ' data:' : ''}`,
    "manifest-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');

/** For files that are not pages (PDF, calendar): nothing may run or load. */
export const LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
