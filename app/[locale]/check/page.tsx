import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {toQueryString} from '@/lib/answers/to-query';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {linksFor} from '@/lib/links';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {summarizeAnswers} from '@/app/_server/answers-summary';
import {LeftGuard} from '@/components/LeftGuard';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Check'});
  return {title: t('title'), robots: {index: false}};
};

export default async function CheckPage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const state = parseAnswers(toSearchParams(await searchParams));
  const t = await getTranslations({locale, namespace: 'Check'});
  const links = linksFor(locale);
  const rows = await summarizeAnswers(locale, state);

  return (
    <>
      <LeftGuard locale={locale} />
      <LanguageSwitch locale={locale} path="/check" query={toQueryString(state.answers, state.answered)} />
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value ?? <span className="muted">{t('notAnswered')}</span>}</dd>
            <dd className="summary-list__action">
              <a href={links.question(row.question, state, {editing: true})}>
                {row.value === undefined ? t('answer') : t('change')}
                <span className="visually-hidden"> – {row.label}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <a className="button" href={links.plan(state)}>
          {t('submit')}
        </a>
      </p>
      <FocusHeading />
    </>
  );
}
