import type {NoticesView} from '@/lib/views/plan-view';
// What the plan could not use from the link, and what it still lacks, said calmly with a way to answer.

export const PlanNotices = ({notices: {unusable, missing}}: {notices: NoticesView}) => (
  <>
    {unusable && (
      <div className="notice" role="status">
        <h2>{unusable.title}</h2>
        <p>{unusable.text}</p>
      </div>
    )}
    {missing && (
      <div className="notice">
        <h2>{missing.title}</h2>
        <p>{missing.text}</p>
        <p>
          <a href={missing.answer.href}>{missing.answer.label}</a>
        </p>
      </div>
    )}
  </>
);
