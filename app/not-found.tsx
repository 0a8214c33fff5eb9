// Paths outside any locale (rare: the proxy adds one) get a bilingual page of their own.
import './globals.css';

export default function RootNotFound() {
  return (
    <html lang="fr">
      <head>
        <title>Page introuvable – Recours</title>
      </head>
      <body>
        <main id="main" className="page">
          <h1>Page introuvable</h1>
          <p>
            <a href="/fr">Retour à l&apos;accueil</a>
          </p>
          <p lang="en">
            Page not found. <a href="/en">Back to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
