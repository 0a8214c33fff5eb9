// A content text names a phone line by its id: {{phone:fr-3018}} is its number as written (its display),
// {{number:ca-911}} its digits as dialled where a sentence says them so ("call 911"), {{hours:fr-3018}} its hours in
// the text's locale. Filled in when content loads, so a number or its hours are written only in content/phones.yaml.
import {ContentError} from './content-error';
import {phoneInLocale, type PhoneRegistry} from './phone-registry';

export const PHONE_TOKEN = /\{\{(phone|number|hours):([^{}]*)\}\}/g;

/** The text with each token replaced; an unknown line, or hours a line does not state, throws. */
export const fillPhoneTokens = (text: string, registry: PhoneRegistry, locale: string): string =>
  text.replace(PHONE_TOKEN, (token, what: 'phone' | 'number' | 'hours', id: string) => {
    const line = registry.get(id);
    if (!line) throw new ContentError(`${token}: no line "${id}" in content/phones.yaml`);
    const phone = phoneInLocale(line, locale);
    const text = {phone: phone.display ?? phone.number, number: phone.number, hours: phone.hours}[what];
    if (text === undefined) throw new ContentError(`${token}: content/phones.yaml gives no hours for "${id}"`);
    return text;
  });

/** The same, in every text of a frontmatter (titles, summaries, voices, labels). */
export const fillPhoneTokensDeep = (value: unknown, registry: PhoneRegistry, locale: string): unknown => {
  if (typeof value === 'string') return fillPhoneTokens(value, registry, locale);
  if (Array.isArray(value)) return value.map((item) => fillPhoneTokensDeep(item, registry, locale));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillPhoneTokensDeep(item, registry, locale)]));
  return value;
};
