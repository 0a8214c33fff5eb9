// The first screen of a plan drawn on the device, under its title: the same markup whether React draws it
// (./DevicePlan.tsx) or the early drawing does, before the framework runs (./early/plan-early-worker.tsx).
import type {PlanView} from '@/lib/views/plan-view';
import {LanguageLinks, type Language} from '@/components/LanguageLinks';
import {PlanFirstScreen} from './PlanFirstScreen';

type Props = {title: string; view: PlanView; languages: Language[]; hash: string};

export const DeviceFirstScreen = ({title, view, languages, hash}: Props) => (
  <>
    <h1 className="plan-title">{title}</h1>
    <PlanFirstScreen view={view} languageSwitch={<LanguageLinks languages={languages} fragment={hash} />} />
  </>
);
