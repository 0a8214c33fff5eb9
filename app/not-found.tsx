// Every unknown path ends here (it is static, so it renders without JavaScript); the locale is not
// known at this point, so the page speaks both languages.
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import './globals.css';

export default function NotFound() {
  return (
    <html lang="fr">
      <head>
        <title>{`${fr.NotFound.title} – ${fr.Meta.siteName}`}</title>
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body>
        <main id="main" className="page">
          <h1>{fr.NotFound.title}</h1>
          <p>{fr.NotFound.body}</p>
          <p>
            <a href="/fr">{fr.NotFound.home}</a>
          </p>
          <div lang="en">
            <h2>{en.NotFound.title}</h2>
            <p>{en.NotFound.body}</p>
            <p>
              <a href="/en">{en.NotFound.home}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
