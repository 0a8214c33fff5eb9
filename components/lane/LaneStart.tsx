// The lane's first page: what to do at once, and the places to choose from (each a plain link).
export type LaneStartView = {
  title: string;
  /** What to do at once: never pay, keep the conversation, report, not your fault (the sextortion step's summary). */
  now: string;
  fullStep: {href: string; label: string};
  where: string;
  whereHint: string;
  places: {href: string; name: string}[];
  emergency: {href: string; label: string};
};

export const LaneStart = ({view}: {view: LaneStartView}) => (
  <>
    <h1>{view.title}</h1>
    <p className="lane__now">{view.now}</p>
    <h2 id="lane-where">{view.where}</h2>
    <p className="muted">{view.whereHint}</p>
    <ul className="lane__places" aria-labelledby="lane-where">
      {view.places.map((place) => (
        <li key={place.href}>
          <a href={place.href}>{place.name}</a>
        </li>
      ))}
    </ul>
    <p>
      <a href={view.emergency.href}>{view.emergency.label}</a>
    </p>
    <p>
      <a href={view.fullStep.href}>{view.fullStep.label}</a>
    </p>
  </>
);
