// GET /api/health: for load balancers and uptime checks. Proves the process answers and the content
// library loads; reveals nothing else.
import {contentLibrary} from '@/lib/content/content-store';
import {routing} from '@/i18n/routing';

export const dynamic = 'force-dynamic';

export const GET = () => {
  try {
    const entries = routing.locales.map((locale) => contentLibrary(locale).size);
    return Response.json({status: 'ok', content: entries.every((size) => size > 0)}, {headers: {'Cache-Control': 'no-store'}});
  } catch {
    return Response.json({status: 'error'}, {status: 503, headers: {'Cache-Control': 'no-store'}});
  }
};
