// The lane for someone being blackmailed, worded in one locale: "don't pay" and the helpline that fits them
// where they live, from the same table of places and the same "right now" rules as the plan. No answers but the
// place: each page is the same for everyone, and static.
import {getTranslations} from 'next-intl/server';
import {COUNTRIES, type Country} from '@/lib/answers/schema';
import {contentLibrary} from '@/lib/content/content-store';
import {factsFrom} from '@/lib/plan/facts';
import {nowActions, type NowAction} from '@/lib/plan/now';
import {linksFor} from '@/lib/links';
import {LOCALE_SETTINGS, isLocale} from '@/i18n/locales';
import type {LanePlaceView} from '@/components/lane/LanePlace';
import type {LaneStartView} from '@/components/lane/LaneStart';
import {emergencyNumbers} from './emergency-numbers';
import {nowModels} from '@/lib/views/now-models';
import {serverSources} from './plan-model';

/** Ages that stand for "under 18" and "18 or over": the lane does not ask. */
const YOUNG = 15;
const ADULT = 30;

const sameTap = (a: NowAction | undefined, b: NowAction | undefined) => JSON.stringify(a?.tap) === JSON.stringify(b?.tap);

/** The places in the order a person of this locale looks for theirs: where the language is spoken first, then the others, "elsewhere" last. */
const placesInOrder = (locale: string, name: (country: Country) => string): Country[] => {
  const first = isLocale(locale) ? LOCALE_SETTINGS[locale].placesFirst : [];
  const rest = COUNTRIES.filter((country) => country !== 'other' && !first.includes(country)).sort((a, b) => name(a).localeCompare(name(b), locale));
  return [...first, ...rest, 'other'];
};

export const laneEntry = async (locale: string): Promise<LaneStartView> => {
  const t = await getTranslations({locale, namespace: 'Lane'});
  const countries = await getTranslations({locale, namespace: 'Countries'});
  const links = linksFor(locale);
  const sextortion = contentLibrary(locale).get('sextortion');
  return {
    title: t('title'),
    now: sextortion?.summary ?? '',
    fullStep: {href: links.page('/help/sextortion'), label: t('fullStep')},
    where: t('where'),
    whereHint: t('whereHint'),
    places: placesInOrder(locale, (country) => countries(country)).map((country) => ({
      href: links.page(`/now/${country}`),
      name: countries(country),
    })),
    emergency: {href: `${links.home()}#emergency`, label: t('emergencyTitle')},
  };
};

export const laneView = async (locale: string, country: Country): Promise<LanePlaceView> => {
  const t = await getTranslations({locale, namespace: 'Lane'});
  const countries = await getTranslations({locale, namespace: 'Countries'});
  const now = await getTranslations({locale, namespace: 'Now'});
  const library = contentLibrary(locale);
  const links = linksFor(locale);
  const actionsAt = (age: number) => nowActions(factsFrom({country, situation: ['threats'], platforms: [], ageMade: age, ageNow: age}), library);
  const young = actionsAt(YOUNG);
  const adult = actionsAt(ADULT);
  const dontPay = young.find((action) => action.id === 'dontPay');
  const helpYoung = young.find((action) => action.kind === 'help');
  const helpAdult = adult.find((action) => action.kind === 'help');
  // The same help for every age is said once; otherwise one for under 18 and one for 18 or over.
  const helps: [NowAction | undefined, string][] = sameTap(helpYoung, helpAdult)
    ? [[helpYoung, t('forEveryone')]]
    : [
        [helpYoung, t('forYoung')],
        [helpAdult, t('forAdults')],
      ];
  const place = countries(country);
  const sources = serverSources(locale);
  const words = {voice: {who: 'me' as const, place}, stepHref: () => links.page('/help/sextortion')};
  const worded = async (action: NowAction | undefined, reason: string) => {
    const [model] = action ? await nowModels(sources.words, sources.content, [action], words) : [];
    return model ? [{...model, reason}] : [];
  };
  const actions = [...(await worded(dontPay, t('dontPayWhy'))), ...(await Promise.all(helps.map(([action, who]) => worded(action, who)))).flat()];
  return {
    title: t('placeTitle', {place}),
    nowTitle: now('title'),
    actions,
    helping: t('helping'),
    emergencyTitle: t('emergencyTitle'),
    emergency: (await emergencyNumbers(locale)).filter((entry) => entry.country === country),
    plan: {href: links.start({country, situation: ['threats']}), label: t('plan'), hint: t('planHint')},
    fullStep: {href: links.page('/help/sextortion'), label: t('fullStep')},
    otherPlace: {href: links.page('/now'), label: t('otherPlace')},
  };
};
