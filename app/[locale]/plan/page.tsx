import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {toQueryEntries, withQuery} from '@/lib/answers/to-query';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {toIsoDate} from '@/lib/dates';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {PlanItemView} from '@/components/plan/PlanItemView';
import {HostNotice, ReportText} from '@/components/plan/GeneratedTexts';
import {buildPlanModel} from '@/components/plan/plan-view';
import {siteOrigin} from '@/components/plan/site-url';
import {ShareLink} from '@/components/share/ShareLink';
import {ReportJournal} from '@/components/journal/ReportJournal';
import {KeepPlanOffline} from '@/components/offline/KeepPlanOffline';
import {formatDate} from '@/lib/dates';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Plan'});
  return {title: t('title'), robots: {index: false}};
};

export default async function PlanPage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const parsed = parseAnswers(toSearchParams(await searchParams));
  const t = await getTranslations({locale, namespace: 'Plan'});

  if (parsed.answered.length === 0) {
    return (
      <>
        <LanguageSwitch locale={locale} path="/plan" />
        <h1>{t('emptyTitle')}</h1>
        <p>{t('empty')}</p>
        <p>
          <a className="button" href={`/${locale}/questions/country`}>
            {t('startAgain')}
          </a>
        </p>
      </>
    );
  }

  const today = toIsoDate(new Date());
  const model = await buildPlanModel(locale, parsed, today);
  const {plan, query} = model;
  const planUrl = `${siteOrigin()}${withQuery(`/${locale}/plan`, query)}`;
  const itemLabels = {
    why: t('why'),
    sources: t('sources'),
    links: t('links'),
    phones: t('phones'),
    call: (number: string) => t('call', {number}),
    sms: (number: string) => t('sms', {number}),
  };
  const textLabels = {
    writeTitle: t('writeTitle'),
    writeHint: t('writeHint'),
    writeLabel: t('writeLabel'),
    writeLabelEn: t('writeLabelEn'),
    copy: t('copy'),
    copied: t('copied'),
  };
  const platformNameOf = await getTranslations({locale, namespace: 'Platforms'});
  const platformNames = parsed.answers.platforms.filter((p) => p !== 'unknown').map((p) => platformNameOf(p));
  const answersWithoutDate = toQueryEntries({...parsed.answers, reportedOn: undefined}, parsed.answered);

  return (
    <>
      <LanguageSwitch locale={locale} path="/plan" query={query} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="muted">{model.madeOn}</p>

      {model.unusable.length > 0 && (
        <div className="notice" role="status">
          <h2>{t('unusableTitle')}</h2>
          <p>
            {t('unusable')} {model.unusable.join(', ')}.
          </p>
        </div>
      )}
      {model.missing.length > 0 && model.answerMissingHref && (
        <div className="notice">
          <h2>{t('missingTitle')}</h2>
          <p>
            {t('missing')} {model.missing.join(', ')}.
          </p>
          <p>
            <a href={model.answerMissingHref}>{t('answerMissing')}</a>
          </p>
        </div>
      )}

      <nav aria-labelledby="contents-title" className="contents">
        <h2 id="contents-title">{t('contents')}</h2>
        <ol>
          {model.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
          <li>
            <a href="#follow-up">{t('followTitle')}</a>
          </li>
          <li>
            <a href="#journal">{t('journalTitle')}</a>
          </li>
          <li>
            <a href="#keep">{t('keepTitle')}</a>
          </li>
        </ol>
      </nav>

      {model.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="plan-section">
          <h2 id={section.id}>
            <span className="plan-section__number">{section.number}.</span> {section.title}
          </h2>
          {section.items.map((item) => (
            <PlanItemView
              key={item.anchorId}
              anchorId={item.anchorId}
              entry={item.entry}
              heading={item.heading}
              reasons={item.reasons}
              callout={item.callout}
              labels={{...itemLabels, reviewed: item.reviewed}}
            >
              {item.reportText && (
                <ReportText anchorId={item.anchorId} locale={locale} local={item.reportText.local} english={item.reportText.english} labels={textLabels} />
              )}
              {item.hostNotice && (
                <HostNotice
                  anchorId={item.anchorId}
                  locale={locale}
                  text={item.hostNotice}
                  printHref={withQuery(`/${locale}/plan/notice`, query)}
                  labels={{notice: t('noticeLabel'), print: t('noticePrint'), copy: t('copy'), copied: t('copied')}}
                />
              )}
            </PlanItemView>
          ))}
        </section>
      ))}

      <section aria-labelledby="follow-up" className="plan-extra">
        <h2 id="follow-up">{t('followTitle')}</h2>
        {model.followUp.length > 0 ? (
          <ul className="follow-up">
            {model.followUp.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>{t('followLead')}</p>
        )}
        {parsed.answers.reportedOn && !plan.reportedOn && <p>{t('dateTooLate')}</p>}
        <form method="get" action={`/${locale}/plan`} className="follow-up__form" data-history="replace">
          {answersWithoutDate.map(([name, value], index) => (
            <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
          ))}
          <label htmlFor="reported-on">{t('followLabel')}</label>
          <p className="hint" id="reported-on-hint">
            {t('followHint')}
          </p>
          <input
            id="reported-on"
            name="d"
            type="date"
            defaultValue={plan.reportedOn ?? today}
            max={today}
            aria-describedby="reported-on-hint"
            required
          />
          <button type="submit" className="button button--secondary">
            {t('followSubmit')}
          </button>
        </form>
        {plan.reportedOn && (
          <p>
            <a href={withQuery(`/${locale}/plan/reminders.ics`, query)} download="rappel.ics">
              {t('calendar')}
            </a>
            <br />
            <span className="hint">{t('calendarHint')}</span>
          </p>
        )}
      </section>

      <section aria-labelledby="journal" className="plan-extra journal-section">
        <h2 id="journal">{t('journalTitle')}</h2>
        <noscript>
          <p>{t('journalNoScript')}</p>
        </noscript>
        <ReportJournal
          places={platformNames}
          today={today}
          locale={locale}
          labels={{
            intro: t('journalIntro'),
            enable: t('journalEnable'),
            place: t('journalPlace'),
            placeOther: t('journalPlaceOther'),
            date: t('journalDate'),
            reference: t('journalReference'),
            referenceHint: t('journalReferenceHint'),
            add: t('journalAdd'),
            empty: t('journalEmpty'),
            remove: t('journalRemove'),
            deleteAll: t('journalDeleteAll'),
            deleteConfirm: t('journalDeleteConfirm'),
            deleteYes: t('journalDeleteYes'),
            deleteNo: t('journalDeleteNo'),
            deleted: t('journalDeleted'),
            download: t('journalDownload'),
            pdfTitle: t('journalPdfTitle'),
            pdfMadeOn: t('pdfMadeOn', {date: formatDate(today, locale)}),
            storageUnavailable: t('journalStorageUnavailable'),
          }}
        />
      </section>

      <section aria-labelledby="keep" className="plan-extra plan-actions">
        <h2 id="keep">{t('keepTitle')}</h2>
        <p>
          <a className="button" href={withQuery(`/${locale}/plan/pdf`, query)}>
            {t('pdf')}
          </a>
        </p>
        <ShareLink
          url={planUrl}
          labels={{link: t('shareLabel'), hint: t('shareHint'), copy: t('copyLink'), copied: t('linkCopied'), share: t('share')}}
        />
        <KeepPlanOffline
          labels={{intro: t('offlineIntro'), keep: t('offlineKeep'), remove: t('offlineRemove'), kept: t('offlineKept'), removed: t('offlineRemoved')}}
        />
        <p>{t('keepLink')}</p>
        <p>
          <a href={withQuery(`/${locale}/check`, query)}>{t('changeAnswers')}</a>
        </p>
        <p>
          <a href={`/${locale}/questions/country`}>{t('startAgain')}</a>
        </p>
      </section>
      <FocusHeading />
    </>
  );
}
