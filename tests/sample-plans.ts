// The two plans the load checks use, shared by the flood test and `npm run bench`: a typical one, and the
// largest one (every place at once; "nothing online yet" excludes the others).
import {PLATFORMS} from '../lib/answers/schema';

export const TYPICAL_PLAN = 'c=fr&p=instagram&a=25&b=25&k=2&u=0';
export const LARGEST_PLAN = `c=fr&${PLATFORMS.filter((code) => code !== 'not-online')
  .map((code) => `p=${code}`)
  .join('&')}&k=4&u=1&u=2&u=3&d=2026-11-02`;
