// The emergency numbers of every place the plan covers, for the home page: each place's own emergency step
// (sourced content) read through the table of places, in the locale's alphabetical order, "elsewhere" last.
import {getTranslations} from 'next-intl/server';
import {COUNTRIES, PROVINCES} from '@/lib/answers/schema';
import {contentLibrary} from '@/lib/content/content-store';
import {serves} from '@/lib/plan/eligibility';
import {factsFrom} from '@/lib/plan/facts';
import {routesFor} from '@/lib/plan/places';
import type {EmergencyPlace} from '@/components/EmergencyNumbers';

export const emergencyNumbers = async (locale: string): Promise<EmergencyPlace[]> => {
  const countries = await getTranslations({locale, namespace: 'Countries'});
  const provinces = await getTranslations({locale, namespace: 'Questions'});
  const contacts = await getTranslations({locale, namespace: 'Contacts'});
  const library = contentLibrary(locale);
  const placeOf = (country: (typeof COUNTRIES)[number], province?: (typeof PROVINCES)[number]): EmergencyPlace | undefined => {
    const facts = factsFrom({platforms: [], situation: [], country, ...(province ? {province} : {})});
    const entry = library.get(routesFor(facts).emergency);
    if (!entry) return undefined;
    const numbers = entry.phones
      .filter((phone) => phone.line === 'emergency' && serves(phone, facts))
      .map((phone) => {
        const number = phone.display ?? phone.number;
        return {href: `${phone.kind === 'sms' ? 'sms' : 'tel'}:${phone.number}`, label: phone.kind === 'sms' ? contacts('sms', {number}) : number};
      });
    const name = province ? provinces(`province.${province}`) : countries(country);
    return {country, name, numbers};
  };
  const places = COUNTRIES.filter((country) => country !== 'other')
    .flatMap((country) => [
      placeOf(country),
      // A province or territory whose emergency step is its own (9-1-1 is not in service across Nunavut).
      ...(country === 'ca'
        ? PROVINCES.filter((province) => routesFor({country, province}).emergency !== routesFor({country, province: undefined}).emergency).map(
            (province) => placeOf(country, province),
          )
        : []),
    ])
    .filter((place): place is EmergencyPlace => place !== undefined && place.numbers.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const elsewhere = placeOf('other');
  return elsewhere ? [...places, {...elsewhere, name: countries('other')}] : places;
};
