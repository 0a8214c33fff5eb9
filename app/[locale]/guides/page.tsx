import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {PLATFORMS} from '@/lib/answers/schema';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {localizedMetadata} from '@/app/_server/seo';
import {linksFor} from '@/lib/links';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Guides'});
  return localizedMetadata({locale, path: '/guides', title: t('indexTitle'), description: t('indexDescription')});
};

export default async function GuidesIndex({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Guides'});
  const name = await getTranslations({locale, namespace: 'Platforms'});
  return (
    <>
      <LanguageSwitch locale={locale} path="/guides" />
      <h1>{t('indexTitle')}</h1>
      <p>{t('indexLead')}</p>
      <ul className="link-list">
        {PLATFORMS.map((platform) => (
          <li key={platform}>
            <a href={linksFor(locale).guide(platform)}>{name(platform)}</a>
          </li>
        ))}
      </ul>
      <p>
        <a className="button" href={linksFor(locale).start()}>
          {t('planCta')}
        </a>
      </p>
    </>
  );
}
