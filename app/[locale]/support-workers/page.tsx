import {setRequestLocale} from 'next-intl/server';
import {contentPageRoute, ContentPage} from '@/app/_pages/ContentPage';
import {LinkBuilder} from '@/components/LinkBuilder';
import {ASKING_ORDER} from '@/lib/answers/questions';
import {fieldView} from '@/lib/views/question-view';
import {serverWords} from '@/app/_server/server-words';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = contentPageRoute('support-workers').generateMetadata;

export default async function SupportWorkersPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  // The options are worded about the person ("the person never agreed…"), as a support worker fills them in.
  const fields = await Promise.all(
    ASKING_ORDER.filter((id) => id !== 'who').map(async (id) => ({
      id,
      view: await fieldView(serverWords(locale), locale, id, {platforms: [], situation: [], who: 'supported'}),
    })),
  );
  return (
    <>
      <ContentPage locale={locale} id="support-workers" path="/support-workers" />
      <LinkBuilder locale={locale} fields={fields} />
    </>
  );
}
