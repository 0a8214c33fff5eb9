// What the plan page shows, as plain data: every string already worded, nothing the page does not show. The page
// hands it to one client component (components/plan/PlanBody), so the server sends this data once instead of a
// tree of elements; the device builds the same data from the plan's static data (lib/views/words.ts).
import {toQueryEntries} from '../answers/to-query';
import type {IsoDate} from '../dates';
import type {AnswerState, Links} from '../links';
import type {PlanItemModel, PlanModel} from './plan-model';
import type {FollowUpView, KeepView, NoticesView, PlanView, SectionView, StepView} from './plan-view';
import {voiceOf} from './voice-of';
import type {WordsFor} from './words';

/** What the page needs besides the model: the answers, today, the links, and the plan's address to share. */
/**
 * `drawnOnDevice`: the plan is drawn on the device in this locale, so the device makes its files too (the PDF, the
 * calendar file) from the answers after `#`, instead of linking to the server.
 */
export type PlanViewInput = {state: AnswerState; today: IsoDate; links: Links; planUrl: string; drawnOnDevice?: {locale: string}};

/**
 * The pages a plan kept offline brings along: each step in full, and the texts it announces (a plan drawn on the
 * device has none to add: its pages of texts and letters are the same for everyone, kept for everyone already).
 */
const keptWithPlan = (model: PlanModel, drawnOnDevice: boolean): string[] => [
  ...new Set(
    model.sections.flatMap((section) =>
      section.items.flatMap((item) => [item.detailHref, ...(item.textPage && !drawnOnDevice ? [item.textPage] : [])]),
    ),
  ),
];

const noticesView = async (words: WordsFor, model: PlanModel): Promise<NoticesView> => {
  const t = await words('Plan');
  return {
    ...(model.unusable.length > 0 ? {unusable: {title: t('unusableTitle'), text: `${t('unusable')} ${model.unusable.join(', ')}.`}} : {}),
    ...(model.missing.length > 0 && model.answerMissingHref
      ? {
          missing: {
            title: t('missingTitle'),
            text: `${t('missing')} ${model.missing.join(', ')}.`,
            answer: {href: model.answerMissingHref, label: t('answerMissing')},
          },
        }
      : {}),
  };
};

/** From this many platforms on, the plan shows them in one step, a line each, so that it stays short. */
export const PLATFORMS_IN_ONE_STEP = 3;

const sectionsView = async (words: WordsFor, model: PlanModel): Promise<SectionView[]> => {
  const texts = await words('Texts');
  const group = await words('Plan.platformsGroup');
  const platformName = await words('Platforms');
  const textLabel = (href: string) => (href.includes('/notice') ? texts('noticeLabel') : texts('writeTitle'));
  const stepOf = (item: PlanItemModel): StepView => ({
    anchorId: item.anchorId,
    title: item.title,
    href: item.detailHref,
    ...(item.callout ? {callout: item.callout} : {}),
    summary: item.summary,
    ...(item.why ? {why: item.why} : {}),
    ...(item.primary ? {primary: item.primary} : {}),
    ...(item.textHref ? {text: {href: item.textHref, label: textLabel(item.textHref)}} : {}),
  });
  // Each platform the person named has the same kind of step: in one step, a line each, when they are many.
  const platformsStep = (items: PlanItemModel[]): StepView => ({
    anchorId: items[0]!.anchorId,
    title: group('title'),
    href: items[0]!.detailHref,
    summary: group('summary'),
    ...(items[0]!.why ? {why: items[0]!.why} : {}),
    ...(items[0]!.textPage ? {text: {href: items[0]!.textPage, label: group('text')}} : {}),
    platforms: items.map((item) => ({
      name: platformName(item.platform!),
      guide: item.detailHref,
      ...(item.primary ? {report: {href: item.primary.href, label: group('report')}} : {}),
    })),
  });
  return model.sections.map((section) => {
    const platforms = section.items.filter((item) => item.platform && item.textHref?.includes('/texts'));
    const grouped = platforms.length >= PLATFORMS_IN_ONE_STEP;
    const steps = section.items.flatMap((item): StepView[] =>
      !grouped || !platforms.includes(item) ? [stepOf(item)] : item === platforms[0] ? [platformsStep(platforms)] : [],
    );
    return {id: section.id, number: section.number, title: section.title, steps};
  });
};

const followUpView = async (words: WordsFor, {state, today, links, drawnOnDevice}: PlanViewInput, model: PlanModel): Promise<FollowUpView> => {
  const t = await words('FollowUp');
  const hasDates = model.plan.reportedOn !== undefined || model.followUp.length > 0;
  const report = model.clockInputs.find((input) => input.id === 'report');
  const letters = model.clockInputs.filter((input) => input.id !== 'report');
  return {
    title: t('title'),
    lines: model.followUp,
    ...(model.reportDateIgnored ? {dateTooLate: t('dateTooLate')} : {}),
    action: links.page('/plan'),
    hidden: toQueryEntries({...state.answers, reportedOn: undefined, sentOn: undefined}, state.answered),
    hint: t('hint'),
    today,
    ...(report ? {report} : {}),
    ...(letters.length > 0 ? {letters: {summary: t('lettersSummary'), hint: t('datesHint'), inputs: letters}} : {}),
    submit: t('submit'),
    ...(hasDates
      ? {
          calendar: {
            ...(drawnOnDevice
              ? {make: {file: 'calendar', locale: drawnOnDevice.locale, preparing: '', failed: t('calendarFailed')}}
              : {href: links.planFile('reminders.ics', state)}),
            label: t('calendar'),
            hint: t('calendarHint'),
          },
        }
      : {}),
  };
};

const keepView = async (words: WordsFor, {state, links, planUrl, drawnOnDevice}: PlanViewInput, model: PlanModel): Promise<KeepView> => {
  const t = await words('Keep');
  const plan = await words('Plan');
  return {
    title: t('title'),
    pdf: drawnOnDevice
      ? {
          make: {file: 'pdf', locale: drawnOnDevice.locale, preparing: t('pdfPreparing'), failed: t('pdfFailed')},
          label: t('pdf'),
          note: t('madeOnDevice'),
        }
      : {href: links.planFile('pdf', state), label: t('pdf')},
    share: {url: planUrl, labels: {link: t('shareLabel'), hint: t('shareHint'), copy: t('copyLink'), copied: t('linkCopied'), share: t('share')}},
    offline: {
      pages: keptWithPlan(model, drawnOnDevice !== undefined),
      labels: {intro: t('offlineIntro'), keep: t('offlineKeep'), remove: t('offlineRemove'), kept: t('offlineKept'), removed: t('offlineRemoved')},
    },
    journal: {href: links.page('/journal'), label: t('journalLink')},
    changeAnswers: {href: links.check(state), label: plan('changeAnswers')},
    startAgain: {href: links.start(), label: plan('startAgain')},
  };
};

export const buildPlanView = async (words: WordsFor, input: PlanViewInput, model: PlanModel): Promise<PlanView> => {
  const t = await words('Plan');
  const now = await words('Now');
  return {
    now: {title: now('title'), actions: model.now},
    lead: t('lead', voiceOf(input.state.answers)),
    madeOn: model.madeOn,
    notices: await noticesView(words, model),
    whyLabel: t('why'),
    sections: await sectionsView(words, model),
    followUp: await followUpView(words, input, model),
    keep: await keepView(words, input, model),
  };
};
