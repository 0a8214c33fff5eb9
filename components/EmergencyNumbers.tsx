// The emergency numbers of every place the plan covers, each one tap away: a short list on the home page.
/** A place and its emergency numbers; `country` is the answer code the place belongs to (a province's is its country's). */
export type EmergencyPlace = {country: string; name: string; numbers: {href: string; label: string}[]};

export const EmergencyNumbers = ({title, places}: {title: string; places: EmergencyPlace[]}) => (
  <aside className="callout" aria-labelledby="emergency-title" id="emergency">
    <h2 id="emergency-title">{title}</h2>
    <ul className="emergency-numbers">
      {places.map((place) => (
        <li key={place.name}>
          <span className="emergency-numbers__place">{place.name}</span>
          {place.numbers.map((number) => (
            <a key={number.href} className="emergency-numbers__number" href={number.href}>
              {number.label}
            </a>
          ))}
        </li>
      ))}
    </ul>
  </aside>
);
