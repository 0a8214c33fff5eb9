// One question of the journey, drawn from its plain view (lib/views/journey-view.ts): by the server, or by the
// device from the fragment.
import type {QuestionStepView} from '@/lib/views/journey-view';
import {QuestionForm} from './QuestionForm';

export const QuestionStep = ({view}: {view: QuestionStepView}) => (
  <>
    <p>
      <a className="back-link" href={view.back.href}>
        {view.back.label}
      </a>
    </p>
    <p className="progress">{view.progress}</p>
    <QuestionForm
      question={view.question}
      action={view.action}
      hidden={view.hidden}
      title={view.title}
      hint={view.hint}
      field={view.field}
      defaults={view.defaults}
      serverErrors={view.serverErrors}
      errorTexts={view.errorTexts}
      labels={view.labels}
    />
  </>
);
