// The lane's page for one place: "don't pay" and the helpline for the person's age, one tap each; the emergency
// numbers there; then the full plan, with the place and the threat already given.
import {EmergencyNumbers, type EmergencyPlace} from '../EmergencyNumbers';
import {RightNow, type RightNowAction} from '../plan/RightNow';

type Link = {href: string; label: string};

export type LanePlaceView = {
  title: string;
  nowTitle: string;
  actions: RightNowAction[];
  helping: string;
  emergencyTitle: string;
  emergency: EmergencyPlace[];
  plan: Link & {hint: string};
  fullStep: Link;
  otherPlace: Link;
};

export const LanePlace = ({view}: {view: LanePlaceView}) => (
  <>
    <h1>{view.title}</h1>
    <RightNow actions={view.actions} labels={{title: view.nowTitle}} />
    <p className="muted">{view.helping}</p>
    {view.emergency.length > 0 && <EmergencyNumbers title={view.emergencyTitle} places={view.emergency} />}
    <p>
      <a className="button" href={view.plan.href}>
        {view.plan.label}
      </a>
    </p>
    <p className="muted">{view.plan.hint}</p>
    <p>
      <a href={view.fullStep.href}>{view.fullStep.label}</a>
    </p>
    <p>
      <a href={view.otherPlace.href}>{view.otherPlace.label}</a>
    </p>
  </>
);
