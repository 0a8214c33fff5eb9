// The top of every plan: at most three things to do now. Each is one card, one tap: the action's label in bold,
// the sentence that explains it, and why it is there.
import {externalRel} from './external-rel';

/** One action: its sentence, why it is there, and its one tap. */
export type RightNowAction = {id: string; text: string; reason: string; tap: {href: string; label: string}};

type Props = {actions: RightNowAction[]; labels: {title: string}};

export const RightNow = ({actions, labels}: Props) =>
  actions.length === 0 ? null : (
    <section className="right-now" aria-labelledby="right-now">
      <h2 id="right-now">{labels.title}</h2>
      <ol className="right-now__list">
        {actions.map((action) => (
          <li key={action.id}>
            <a className="right-now__action" href={action.tap.href} {...externalRel(action.tap.href)}>
              <span className="right-now__tap">{action.tap.label}</span>
              <span className="right-now__text">{action.text}</span>
            </a>
            <p className="right-now__why">{action.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  );
