// The public URL contract: short, neutral query keys and the codes each answer is written with.
// Partner sites build these links; codes may be added, never renamed or removed.
import type {Consent, Helper, MadeBy, Situation} from './schema';

export const QUERY_KEYS = {
  who: 'w',
  country: 'c',
  province: 'r',
  platforms: 'p',
  ageMade: 'a',
  ageNow: 'b',
  consent: 'k',
  situation: 'u',
  // Where the threats come from, apart from where anything is published.
  threatChannel: 't',
  // Who took the photo or filmed the video.
  madeBy: 'm',
  reportedOn: 'd',
  // The day each kind of notice was sent (TAKE IT DOWN request, erasure request, complaint to the CNIL, the
  // platform's decision on a DSA notice), for its deadline.
  takeItDownOn: 'dt',
  erasureOn: 'dg',
  cnilMinorOn: 'dc',
  platformDecisionOn: 'dh',
} as const;

/** Which URL key holds the day each notice was sent. */
export const SENT_ON_KEYS = {
  takeItDown: QUERY_KEYS.takeItDownOn,
  erasure: QUERY_KEYS.erasureOn,
  cnilMinor: QUERY_KEYS.cnilMinorOn,
  platformDecision: QUERY_KEYS.platformDecisionOn,
} as const;
export type SentOnKind = keyof typeof SENT_ON_KEYS;

export type QueryKey = (typeof QUERY_KEYS)[keyof typeof QUERY_KEYS];

export const CONSENT_CODES: Record<Consent, string> = {
  'never-agreed': '1',
  'sent-privately': '2',
  'self-published': '3',
  fake: '4',
};

export const HELPER_CODES: Record<Helper, string> = {
  me: '1',
  child: '2',
  supported: '3',
};

export const MADE_BY_CODES: Record<MadeBy, string> = {
  'not-sure': '0',
  self: '1',
  'someone-else': '2',
};

export const SITUATION_CODES: Record<Situation, string> = {
  none: '0',
  danger: '1',
  threats: '2',
  spreading: '3',
};

/**
 * Keys used only between the question pages, not part of the contract: `s=1` marks a submitted form (so the
 * server checks it), `e=1` a change made from the check page (so the person returns there), and, in the fragment
 * of the questions drawn on the device only, `q` the step shown (a question's id, or `check`). In the fragment of
 * the plan and its companions drawn on the device, `to` names the part of the page to show (the fragment holds
 * the answers, so it cannot be a plain `#anchor`).
 */
export const PRIVATE_KEYS = {submitted: 's', editing: 'e', step: 'q', part: 'to'} as const;

/**
 * A fragment that names a step of the questions drawn on the device (`#q=ages&…`), as a regular expression's
 * source: the inline mark tests it before any script has loaded (components/FragmentMark.tsx), the journey before
 * it loads its code (components/questions/DeviceJourney.tsx).
 */
export const STEP_IN_FRAGMENT = `(?:^#|&)${PRIVATE_KEYS.step}=`;
