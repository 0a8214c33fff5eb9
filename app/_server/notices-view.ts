// The notices a person can send, worded in one locale: what each is for, the law behind it, and the letter
// itself, filled in from the answers. The plan's page of letters and the PDF both read this.
import {getTranslations} from 'next-intl/server';
import type {Answers} from '@/lib/answers/schema';
import {CLOCKS} from '@/lib/plan/clocks';
import {factsFrom} from '@/lib/plan/facts';
import {formatDate, type IsoDate} from '@/lib/dates';
import {NOTICE_NAMESPACES, noticeLines, noticesFor, type NoticeKind} from '@/lib/report/notices';
import {renderLines} from './text-lines';
import {authoritiesOf} from '@/lib/views/authorities';
import type {NoticeView} from '@/lib/views/plan-model';

/** The notices whose sending starts a deadline the plan follows. */
const WITH_A_CLOCK = new Set(Object.values(CLOCKS).flatMap((clock) => (clock.notice ? [clock.notice] : [])));

const IN_ENGLISH_TOO = new Set<NoticeKind>(['copyright', 'take-it-down', 'platform-complaint']);

/** The authority and the coordinator of the person's country, in the messages' `FollowUp` words. */
export const authoritiesFor = async (locale: string, country: Answers['country']) =>
  authoritiesOf(await getTranslations({locale, namespace: 'FollowUp'}), country);

const letterText = async (kind: NoticeKind, locale: string, answers: Answers, today: IsoDate) =>
  renderLines(noticeLines(kind, answers, formatDate(today, locale)), await getTranslations({locale, namespace: NOTICE_NAMESPACES[kind]}));

export const noticeView = async (kind: NoticeKind, locale: string, answers: Answers, today: IsoDate): Promise<NoticeView> => {
  const t = await getTranslations({locale, namespace: 'NoticePage'});
  const words = {...(await authoritiesFor(locale, answers.country)), uk: answers.country === 'gb' ? 'yes' : 'no'};
  const facts = factsFrom(answers);
  const when = [t(`kinds.${kind}.when`, words)];
  // Why it comes first, then what matters for safety before sending it: who sees the notice, what a counter-notice does.
  if (kind === 'copyright') {
    when.unshift(t('kinds.copyright.why'));
    when.push(t('kinds.copyright.safety'), t('kinds.copyright.counter'));
  }
  if (kind === 'erasure' && answers.country === 'fr' && facts.madeUnder18 !== 'no') when.push(t('kinds.erasure.minorFrance'));
  return {
    kind,
    title: t(`kinds.${kind}.title`),
    law: t(`kinds.${kind}.law`, words),
    when,
    text: await letterText(kind, locale, answers, today),
    clock: WITH_A_CLOCK.has(kind),
    ...(locale !== 'en' && IN_ENGLISH_TOO.has(kind) ? {english: await letterText(kind, 'en', answers, today)} : {}),
  };
};

/** Every notice that applies to this person, in a fixed order. */
export const noticeViews = async (locale: string, answers: Answers, today: IsoDate): Promise<NoticeView[]> =>
  Promise.all(noticesFor(factsFrom(answers)).map((kind) => noticeView(kind, locale, answers, today)));
