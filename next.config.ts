import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Sent with every response. The Content-Security-Policy is per page: see proxy.ts and
// scripts/csp-static-pages.mjs.
const securityHeaders = [
  {key: 'Referrer-Policy', value: 'no-referrer'},
  {key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'X-Frame-Options', value: 'DENY'},
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
  {key: 'Cross-Origin-Resource-Policy', value: 'same-origin'},
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()',
  },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A self-contained server in .next/standalone for deployment; the content is read at run time, so it
  // is traced in explicitly.
  output: 'standalone',
  outputFileTracingIncludes: {'/**': ['./content/**/*']},
  headers: async () => [{source: '/:path*', headers: securityHeaders}],
};

// Interface strings are compiled at build time: no ICU parsing per request, a smaller browser bundle.
export default createNextIntlPlugin({experimental: {messages: {path: './messages', format: 'json', locales: 'infer', precompile: true}}})(nextConfig);
