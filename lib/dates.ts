// Calendar dates as ISO `YYYY-MM-DD` strings: no time zones, no clocks, so plans are reproducible.
import {DEFAULT_LOCALE, LOCALES, LOCALE_SETTINGS, type Locale} from '../i18n/locales';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (value: string): value is IsoDate => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

export const toIsoDate = (date: Date): IsoDate => date.toISOString().slice(0, 10);

const parts = (iso: IsoDate): [number, number, number] => {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
};

export const addDays = (iso: IsoDate, days: number): IsoDate => {
  const [year, month, day] = parts(iso);
  return toIsoDate(new Date(Date.UTC(year, month, day + days)));
};

/** Same day n months later; when that month is shorter, its last day (31 Jan + 1 month = 28 or 29 Feb). */
export const addMonths = (iso: IsoDate, months: number): IsoDate => {
  const [year, month, day] = parts(iso);
  const lastDay = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(year, month + months, Math.min(day, lastDay))));
};

// Building an Intl.DateTimeFormat costs far more than using one: one per locale, made once, when first needed (a
// phone drawing a plan needs only its own, and a slow one feels each).
const longDateFormats = new Map<Locale, Intl.DateTimeFormat>();

const longDateFormat = (locale: Locale) => {
  let format = longDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_SETTINGS[locale].dates, {dateStyle: 'long', timeZone: 'UTC'});
    longDateFormats.set(locale, format);
  }
  return format;
};

/** A long, localised date, e.g. "24 décembre 2026" / "December 24, 2026"; French writes the first "1er novembre". */
export const formatDate = (iso: IsoDate, locale: string): string => {
  const format = (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : DEFAULT_LOCALE;
  const text = longDateFormat(format).format(new Date(`${iso}T00:00:00Z`));
  const first = LOCALE_SETTINGS[format].firstOfMonth;
  return first ? text.replace(/^1 /, `${first} `) : text;
};
