// The reason a plan gives for a step or an action: the rule's own, or the answer its eligibility depends on.
import type {Serves} from './eligibility';
import type {Facts} from './facts';
import type {ReasonKey} from './places';

/** A reason fixed by a rule, or worked out from the answers. */
export type Because = ReasonKey | ((facts: Facts) => ReasonKey);

/** Whether the person was under 18 in the image, as far as the answers say. */
export const imageAgeReason = (facts: Facts): ReasonKey => (facts.madeUnder18 === 'yes' ? 'madeUnder18' : 'ageMadeUnknown');

/**
 * The reason of a step: its rule's own (`because`), or the answer its eligibility depends on (the age in the
 * image, the age now), or else the rule's general reason.
 */
export const reasonFor = (rule: {because?: Because; generally?: ReasonKey}, serves: Serves | undefined, facts: Facts): ReasonKey => {
  if (rule.because !== undefined) return typeof rule.because === 'function' ? rule.because(facts) : rule.because;
  const image = serves?.ageInImage;
  const now = serves?.ageNow;
  if (image?.max !== undefined && image.max < 18) return imageAgeReason(facts);
  if (now?.max !== undefined && now.max < 18) return facts.nowUnder18 === 'yes' ? 'nowUnder18' : 'ageNowUnknown';
  if (image?.min !== undefined && image.min >= 18 && facts.madeUnder18 === 'unknown') return 'ifAdultInImage';
  if (now?.min !== undefined && now.min >= 18 && facts.nowUnder18 === 'unknown') return 'ifAdultNow';
  return rule.generally ?? 'livesInPlace';
};
