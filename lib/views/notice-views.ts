// The notices a person can send, worded in one locale from words passed in (on the server, next-intl's; on the
// device, the static texts data): what each is for, the law behind it, and the letter itself, filled in from the
// answers. The page of letters and the PDF both read this.
import type {Answers} from '../answers/schema';
import {CLOCKS} from '../plan/clocks';
import {factsFrom} from '../plan/facts';
import {formatDate, type IsoDate} from '../dates';
import {NOTICE_NAMESPACES, noticeLines, noticesFor, type NoticeKind} from '../report/notices';
import {renderLines} from './text-lines';
import {authoritiesOf} from './authorities';
import type {NoticeView} from './plan-model';
import type {WordsFor} from './words';

/** The notices whose sending starts a deadline the plan follows. */
const WITH_A_CLOCK = new Set(Object.values(CLOCKS).flatMap((clock) => (clock.notice ? [clock.notice] : [])));

const IN_ENGLISH_TOO = new Set<NoticeKind>(['copyright', 'take-it-down', 'platform-complaint']);

/** The words of the plan's locale and of English (some letters go to English-speaking hosts too). */
export type NoticeSources = {locale: string; wordsIn: (locale: string) => WordsFor};

const letterText = async (wordsIn: NoticeSources['wordsIn'], kind: NoticeKind, locale: string, answers: Answers, today: IsoDate) =>
  renderLines(noticeLines(kind, answers, formatDate(today, locale)), (await wordsIn(locale)(NOTICE_NAMESPACES[kind])) as never);

export const noticeView = async ({locale, wordsIn}: NoticeSources, kind: NoticeKind, answers: Answers, today: IsoDate): Promise<NoticeView> => {
  const words = wordsIn(locale);
  const t = await words('NoticePage');
  const values = {...authoritiesOf(await words('FollowUp'), answers.country), uk: answers.country === 'gb' ? 'yes' : 'no'};
  const facts = factsFrom(answers);
  const when = [t(`kinds.${kind}.when`, values)];
  // Why it comes first, then what matters for safety before sending it: who sees the notice, what a counter-notice does.
  if (kind === 'copyright') {
    when.unshift(t('kinds.copyright.why'));
    when.push(t('kinds.copyright.safety'), t('kinds.copyright.counter'));
  }
  if (kind === 'erasure' && answers.country === 'fr' && facts.madeUnder18 !== 'no') when.push(t('kinds.erasure.minorFrance'));
  return {
    kind,
    title: t(`kinds.${kind}.title`),
    law: t(`kinds.${kind}.law`, values),
    when,
    text: await letterText(wordsIn, kind, locale, answers, today),
    clock: WITH_A_CLOCK.has(kind),
    ...(locale !== 'en' && IN_ENGLISH_TOO.has(kind) ? {english: await letterText(wordsIn, kind, 'en', answers, today)} : {}),
  };
};

/** Every notice that applies to this person, in a fixed order. */
export const noticeViews = (sources: NoticeSources, answers: Answers, today: IsoDate): Promise<NoticeView[]> =>
  Promise.all(noticesFor(factsFrom(answers)).map((kind) => noticeView(sources, kind, answers, today)));
