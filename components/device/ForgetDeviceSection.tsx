// On the privacy page: the same "delete everything" the journal offers, for people who kept a plan or read
// pages offline without ever turning the journal on.
import {getTranslations} from 'next-intl/server';
import {ForgetDevice} from './ForgetDevice';
import {linksFor} from '@/lib/links';
import {CLEARED_PATH} from '@/lib/security/cleared';

export const ForgetDeviceSection = async ({locale}: {locale: string}) => {
  const t = await getTranslations({locale, namespace: 'Device'});
  const cleared = linksFor(locale).page(CLEARED_PATH);
  return (
    <section aria-labelledby="forget-device">
      <h2 id="forget-device">{t('forgetTitle')}</h2>
      <p>{t('forgetIntro')}</p>
      <noscript>
        <p>
          {t('forgetNoScript')} <a href={cleared}>{t('forgetLink')}</a>
        </p>
      </noscript>
      <ForgetDevice
        labels={{button: t('forget'), confirm: t('forgetConfirm'), yes: t('forgetYes'), no: t('forgetNo'), done: t('forgotten')}}
        clearedHref={cleared}
      />
    </section>
  );
};
