// On a page that shows what the person gave (answers, or the case file kept on the device): the inline guard
// (lib/security/left-guard.ts). It sends a person who left the site on to the quick exit's neutral site before
// anything of the page is drawn.
import {headers} from 'next/headers';
import {getTranslations} from 'next-intl/server';
import {LEFT_GUARD_ID, leftGuardScript} from '@/lib/security/left-guard';

/** The nonce the proxy put in the policy of this request (pages with answers are rendered per request). */
export const requestNonce = async (): Promise<string | undefined> =>
  /'nonce-([^']+)'/.exec((await headers()).get('content-security-policy') ?? '')?.[1];

const GuardScript = async ({locale, nonce}: {locale: string; nonce?: string}) => {
  const t = await getTranslations({locale, namespace: 'Layout'});
  return <script id={LEFT_GUARD_ID} nonce={nonce} dangerouslySetInnerHTML={{__html: leftGuardScript(t('quickExitUrl'))}} />;
};

/** On a page rendered per request: the script carries the request's nonce. */
export const LeftGuard = async ({locale}: {locale: string}) => <GuardScript locale={locale} nonce={await requestNonce()} />;

/** On a static page: the build allows the script by its hash (scripts/csp-static-pages.mjs). */
export const StaticLeftGuard = ({locale}: {locale: string}) => <GuardScript locale={locale} />;
