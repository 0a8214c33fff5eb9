// "Right now" worded in one locale: each action's sentence, its reason, and its one tap (a number or a link that
// serves the person, or a page that explains the step). The plan and the lane for someone blackmailed share it.
import {getTranslations} from 'next-intl/server';
import type {Helper} from '@/lib/answers/schema';
import {contentLibrary} from '@/lib/content/content-store';
import type {NowAction} from '@/lib/plan/now';
import {NOW_TEXT, nowTapKey} from './message-keys';
import type {SectionId} from '@/lib/plan/sections';
import {contactWords, tapOf} from './taps';
import type {NowModel} from '@/lib/views/plan-model';

/** Platforms that are any website rather than one named service. */
const SITES = new Set<string>(['adult-site', 'website']);

type Options = {
  /** Who the words speak about, and the person's place, for the reasons. */
  voice: {who: Helper; place: string};
  /** Where a tap to a step of the plan goes: its anchor on the plan, or a page; undefined leaves the action out. */
  stepHref: (section: SectionId) => string | undefined;
};

export const nowModels = async (locale: string, actions: NowAction[], {voice, stepHref}: Options): Promise<NowModel[]> => {
  const nowWords = await getTranslations({locale, namespace: 'Now'});
  const reason = await getTranslations({locale, namespace: 'Reasons'});
  const platformName = await getTranslations({locale, namespace: 'Platforms'});
  const contacts = await contactWords(locale);
  const content = contentLibrary(locale);
  return actions.flatMap((action): NowModel[] => {
    const words = {...voice, platform: action.platform ? platformName(action.platform) : ''};
    const text = nowWords(NOW_TEXT[action.id], words);
    const reasonText = reason(action.because, voice);
    if (action.tap.kind === 'step') {
      const href = stepHref(action.tap.section);
      const tapLabel = nowTapKey(action.id);
      return href && tapLabel ? [{id: action.id, text, reason: reasonText, tap: {href, label: nowWords(tapLabel, words)}}] : [];
    }
    const entry = content.get(action.tap.contentId);
    const tap = entry && tapOf(entry, contacts, action.tap.target);
    if (!tap) return [];
    // A link's own label can be long: the action names it briefly; a number keeps "Call 3018". A website is
    // not a platform with a name: "Report to the site".
    const ownLabel = nowTapKey(action.id);
    const label = !tap.href.startsWith('http')
      ? tap.label
      : action.platform && SITES.has(action.platform)
        ? nowWords('reportPlatform.tapSite')
        : ownLabel
          ? nowWords(ownLabel, words)
          : tap.label;
    return [{id: action.id, text, reason: reasonText, tap: {...tap, label}}];
  });
};
