// One tap, worded: the number or link the plan chose for a person (lib/plan/eligibility) as a link to follow.
import type {TContentPhone, TContentLink} from '../content/frontmatter';
import type {Target} from '../plan/eligibility';
import type {Tap} from './plan-model';
import type {Words} from './words';

type Contacts = {phones: readonly TContentPhone[]; links: readonly TContentLink[]};

/** The tap of a content entry's number or link, worded; a helpline is named with its number. */
export const tapOf = (entry: Contacts, contacts: Words<'Contacts'>, target: Target | undefined): Tap | undefined => {
  if (!target) return undefined;
  if (target.kind === 'phone') {
    const phone = entry.phones.find((candidate) => candidate.number === target.number && (candidate.kind === 'sms') === target.sms);
    if (!phone) return undefined;
    const number = phone.display ?? phone.number;
    const sms = phone.kind === 'sms';
    // "Call Childline, 0800 1111": a number alone says nothing.
    const label = phone.name ? contacts(sms ? 'smsNamed' : 'callNamed', {number, name: phone.name}) : contacts(sms ? 'sms' : 'call', {number});
    return {href: `${sms ? 'sms' : 'tel'}:${phone.number}`, label};
  }
  const link = entry.links.find((candidate) => candidate.id === target.id);
  return link ? {href: link.url, label: link.label} : undefined;
};
