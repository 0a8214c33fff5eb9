// One section of the plan: its short steps, and the ready-to-paste texts one tap away under them.
import {getTranslations} from 'next-intl/server';
import type {PlanSectionModel} from '@/app/_server/plan-model';
import {PlanItemView} from './PlanItemView';
import {HostNotice, ReportText} from './GeneratedTexts';

type Props = {locale: string; section: PlanSectionModel; noticeHref: string};

export const PlanSectionView = async ({locale, section, noticeHref}: Props) => {
  const t = await getTranslations({locale, namespace: 'Texts'});
  const plan = await getTranslations({locale, namespace: 'Plan'});
  const texts = {writeTitle: t('writeTitle'), writeHint: t('writeHint'), writeLabel: t('writeLabel'), writeLabelEn: t('writeLabelEn'), copy: t('copy'), copied: t('copied')};
  return (
    <section aria-labelledby={section.id} className="plan-section">
      <h2 id={section.id}>
        <span className="plan-section__number">{section.number}.</span> {section.title}
      </h2>
      {section.items.map((item) => (
        <PlanItemView key={item.anchorId} item={item} labels={{why: plan('why'), detail: plan('detail')}}>
          {item.reportText && <ReportText anchorId={item.anchorId} locale={locale} local={item.reportText.local} english={item.reportText.english} labels={texts} />}
          {item.hostNotice && (
            <HostNotice anchorId={item.anchorId} locale={locale} text={item.hostNotice} printHref={noticeHref} labels={{notice: t('noticeLabel'), print: t('noticePrint'), copy: t('copy'), copied: t('copied')}} />
          )}
        </PlanItemView>
      ))}
    </section>
  );
};
