// Sends `/` (and unprefixed paths) to the visitor's language; prefixed pages never pass through here.
import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';

export default createMiddleware(routing);

// Only unprefixed paths need negotiation: running the proxy on every page costs throughput.
export const config = {matcher: ['/', '/((?!(?:fr|en)(?:/|$)|_next|api|.*\\..*).*)']};
