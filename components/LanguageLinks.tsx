// The links to the same page in each other language, each named in its own language: drawn by the server
// (./LanguageSwitch.tsx) and by the device, which adds the fragment holding the answers.
export type Language = {locale: string; name: string; href: string};

export const LanguageLinks = ({languages, fragment = ''}: {languages: Language[]; fragment?: string}) => (
  <p className="language-switch">
    {languages.map((language) => (
      <a key={language.locale} href={`${language.href}${fragment}`} hrefLang={language.locale} lang={language.locale}>
        {language.name}
      </a>
    ))}
  </p>
);
