// A notice as a person would read it, worded by the real messages: shared by the notices' unit tests.
import {createTranslator} from 'use-intl/core';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {NOTICE_NAMESPACES, noticeLines, type NoticeKind} from '@/lib/report/notices';

export const MESSAGES = {fr, en};

export const answers = (query: string) => parseAnswers(new URLSearchParams(query)).answers;

export const renderNotice = (kind: NoticeKind, query: string, locale: 'fr' | 'en') => {
  const t = createTranslator({locale, messages: MESSAGES[locale], namespace: NOTICE_NAMESPACES[kind]});
  return noticeLines(kind, answers(query), '27 novembre 2026')
    .map((line) => t(line.key as never, line.values as never))
    .join('\n');
};
