// The words around a content entry, in one locale.
import {getTranslations} from 'next-intl/server';
import type {ContentEntry} from '@/lib/content/load-content';
import {formatDate} from '@/lib/dates';

export const entryLabels = async (locale: string) => {
  const t = await getTranslations({locale, namespace: 'Plan'});
  return (entry: ContentEntry) => ({
    links: t('links'),
    phones: t('phones'),
    call: (number: string) => t('call', {number}),
    sms: (number: string) => t('sms', {number}),
    sources: t('sources'),
    reviewed: t('reviewed', {date: formatDate(entry.reviewed, locale)}),
  });
};
