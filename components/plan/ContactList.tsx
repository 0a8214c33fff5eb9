// The links and phone numbers of one content entry: tappable, and printed in full.
import type {TContentLink, TContentPhone} from '@/lib/content/frontmatter';

type Props = {
  links: TContentLink[];
  phones: TContentPhone[];
  labels: {links: string; phones: string; call: (n: string) => string; sms: (n: string) => string};
};

export const ContactList = ({links, phones, labels}: Props) => (
  <>
    {phones.length > 0 && (
      <ul className="phones" aria-label={labels.phones}>
        {phones.map((phone) => {
          const shown = phone.display ?? phone.number;
          return (
            <li key={`${phone.kind}-${phone.number}`}>
              <a className="phone" href={`${phone.kind === 'sms' ? 'sms' : 'tel'}:${phone.number}`}>
                {phone.kind === 'sms' ? labels.sms(shown) : labels.call(shown)}
              </a>
              <span className="phone__label">
                {phone.label}
                {phone.hours ? ` · ${phone.hours}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    )}
    {links.length > 0 && (
      <ul className="links" aria-label={labels.links}>
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.url} rel="noreferrer">
              {link.label}
            </a>
            <span className="links__url">{link.url.replace(/^https:\/\//, '')}</span>
          </li>
        ))}
      </ul>
    )}
  </>
);
