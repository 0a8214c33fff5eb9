// The words around a content entry (its numbers, links and sources), in one locale.
import {getTranslations} from 'next-intl/server';
import type {ContentEntry} from '@/lib/content/load-content';
import {formatDate} from '@/lib/dates';

export type EntryLabels = {links: string; phones: string; call: (n: string) => string; sms: (n: string) => string; sources: string; reviewed: string};

export const entryLabels = async (locale: string) => {
  const t = await getTranslations({locale, namespace: 'Contacts'});
  const plan = await getTranslations({locale, namespace: 'Plan'});
  return (entry: Pick<ContentEntry, 'reviewed'>): EntryLabels => ({
    links: t('links'),
    phones: t('phones'),
    call: (number: string) => t('call', {number}),
    sms: (number: string) => t('sms', {number}),
    sources: t('sources'),
    reviewed: plan('reviewed', {date: formatDate(entry.reviewed, locale)}),
  });
};
