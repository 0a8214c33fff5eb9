// Keeping the plan: the PDF fiche, the link to share, keeping it offline on this device, changing the answers.
import {ShareLink} from '@/components/share/ShareLink';
import {KeepPlanOffline} from '@/components/offline/KeepPlanOffline';
import type {KeepView} from '@/lib/views/plan-view';
import {FileLink} from './FileLink';

export const KeepSection = ({view}: {view: KeepView}) => (
  <section aria-labelledby="keep" className="plan-extra plan-actions">
    <h2 id="keep">{view.title}</h2>
    <p>
      <FileLink tap={view.pdf} className="button" />
    </p>
    {view.pdf.note && <p className="hint">{view.pdf.note}</p>}
    <ShareLink url={view.share.url} labels={view.share.labels} />
    <KeepPlanOffline pages={view.offline.pages} labels={view.offline.labels} />
    {[view.journal, view.changeAnswers, view.startAgain].map((link) => (
      <p key={link.href}>
        <a href={link.href}>{link.label}</a>
      </p>
    ))}
  </section>
);
