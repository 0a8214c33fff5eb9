// Links to the pages that need no answers: guides, directory, the law, support workers.
import {getTranslations} from 'next-intl/server';
import {linksFor} from '@/lib/links';

const PAGES = [
  ['/guides', 'guides'],
  ['/directory', 'directory'],
  ['/law/fr', 'lawFr'],
  ['/law/ca', 'lawCa'],
  ['/support-workers', 'supportWorkers'],
] as const;

/** `only` limits the list (the offline page shows just the pages most likely kept on the device). */
export const HelpLinks = async ({locale, only}: {locale: string; only?: readonly string[]}) => {
  const nav = await getTranslations({locale, namespace: 'Nav'});
  return (
    <ul className="link-list">
      {PAGES.filter(([path]) => !only || only.includes(path)).map(([path, key]) => (
        <li key={path}>
          <a href={linksFor(locale).page(path)}>{nav(key)}</a>
        </li>
      ))}
    </ul>
  );
};
