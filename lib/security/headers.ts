// Sent with every response, by Next.js (next.config.ts) and by the server entry's own calm answers
// (server/calm-answers.ts). The Content-Security-Policy is per page: see proxy.ts and
// scripts/csp-static-pages.mjs.
export const SECURITY_HEADERS: readonly {key: string; value: string}[] = [
  {key: 'Referrer-Policy', value: 'no-referrer'},
  {key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'X-Frame-Options', value: 'DENY'},
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
  {key: 'Cross-Origin-Resource-Policy', value: 'same-origin'},
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()',
  },
];
