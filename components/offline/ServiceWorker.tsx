// Registers the service worker (see app/sw.ts) through a small static script, public/register-sw.js, so that pages
// which load no framework keep offline reading too. React hoists the script into the head.
export const ServiceWorker = () => <script src="/register-sw.js" async />;
