// Every unknown path ends here (it is static, so it renders without JavaScript); the locale is not
// known at this point, so the page speaks every language, the default one first.
import {DEFAULT_LOCALE, LOCALES} from '@/i18n/locales';
import {ALL_MESSAGES} from '@/i18n/all-messages';
import {linksFor} from '@/lib/links';
import './styles';

const first = ALL_MESSAGES[DEFAULT_LOCALE];

export default function NotFound() {
  return (
    <html lang={DEFAULT_LOCALE}>
      <head>
        <title>{`${first.NotFound.title} – ${first.Meta.siteName}`}</title>
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body>
        <main id="main" className="page">
          {LOCALES.map((locale, index) => {
            const {NotFound: words} = ALL_MESSAGES[locale];
            const Heading = index === 0 ? 'h1' : 'h2';
            return (
              <div key={locale} lang={locale}>
                <Heading>{words.title}</Heading>
                <p>{words.body}</p>
                <p>
                  <a href={linksFor(locale).home()}>{words.home}</a>
                </p>
              </div>
            );
          })}
        </main>
      </body>
    </html>
  );
}
