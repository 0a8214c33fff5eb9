// On a page that carries answers: the inline guard (lib/security/left-guard.ts), with the request's nonce so that
// the page's Content-Security-Policy lets it run. It sends a person who left the site on to the quick exit's
// neutral site before anything of the page is drawn.
import {headers} from 'next/headers';
import {getTranslations} from 'next-intl/server';
import {LEFT_GUARD_ID, leftGuardScript} from '@/lib/security/left-guard';

/** The nonce the proxy put in the policy of this request (pages with answers are rendered per request). */
const requestNonce = async (): Promise<string | undefined> => /'nonce-([^']+)'/.exec((await headers()).get('content-security-policy') ?? '')?.[1];

export const LeftGuard = async ({locale}: {locale: string}) => {
  const t = await getTranslations({locale, namespace: 'Layout'});
  return <script id={LEFT_GUARD_ID} nonce={await requestNonce()} dangerouslySetInnerHTML={{__html: leftGuardScript(t('quickExitUrl'))}} />;
};
