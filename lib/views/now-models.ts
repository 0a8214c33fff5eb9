// "Right now" worded in one locale: each action's sentence, its reason, and its one tap (a number or a link that
// serves the person, or a page that explains the step). The plan and the lane for someone blackmailed share it.
import type {Helper} from '../answers/schema';
import type {NowAction} from '../plan/now';
import type {SectionId} from '../plan/sections';
import {NOW_TEXT, nowTapKey} from './message-keys';
import type {PlanEntries} from './plan-entry';
import type {NowModel} from './plan-model';
import {tapOf} from './taps';
import type {WordsFor} from './words';

/** Platforms that are any website rather than one named service. */
const SITES = new Set<string>(['adult-site', 'website']);

type Options = {
  /** Who the words speak about, and the person's place, for the reasons. */
  voice: {who: Helper; place: string};
  /** Where a tap to a step of the plan goes: its anchor on the plan, or a page; undefined leaves the action out. */
  stepHref: (section: SectionId) => string | undefined;
};

export const nowModels = async (words: WordsFor, content: PlanEntries, actions: NowAction[], {voice, stepHref}: Options): Promise<NowModel[]> => {
  const nowWords = await words('Now');
  const reason = await words('Reasons');
  const platformName = await words('Platforms');
  const contacts = await words('Contacts');
  return actions.flatMap((action): NowModel[] => {
    const spoken = {...voice, platform: action.platform ? platformName(action.platform) : ''};
    const text = nowWords(NOW_TEXT[action.id], spoken);
    const reasonText = reason(action.because, voice);
    if (action.tap.kind === 'step') {
      const href = stepHref(action.tap.section);
      const tapLabel = nowTapKey(action.id);
      return href && tapLabel ? [{id: action.id, text, reason: reasonText, tap: {href, label: nowWords(tapLabel, spoken)}}] : [];
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
          ? nowWords(ownLabel, spoken)
          : tap.label;
    return [{id: action.id, text, reason: reasonText, tap: {...tap, label}}];
  });
};
