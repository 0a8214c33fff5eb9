'use client';
// "Describe once": a few words on the content, the name to sign with and an address for answers. They fill the
// blanks of the letters and texts on this device (FillFromCaseFile).
import {useState, type FormEvent} from 'react';
import {ABOUT_LIMITS, type CaseAbout} from '@/lib/journal/case-file';
import type {JournalLabels} from './labels';

type Props = {about: CaseAbout; labels: JournalLabels['about']; onSave: (about: CaseAbout) => void};

export const AboutForm = ({about, labels, onSave}: Props) => {
  const [status, setStatus] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: keyof CaseAbout) => String(data.get(name) ?? '');
    onSave({description: value('description'), name: value('name'), contact: value('contact')});
    setStatus(labels.saved);
  };
  return (
    <details className="journal__more">
      <summary>{labels.title}</summary>
      <form className="journal__form" onSubmit={submit} onChange={() => setStatus('')}>
        <p>{labels.intro}</p>
        <label htmlFor="about-description">{labels.description}</label>
        <p className="hint" id="about-description-hint">
          {labels.descriptionHint}
        </p>
        <textarea
          id="about-description"
          name="description"
          rows={2}
          maxLength={ABOUT_LIMITS.description}
          defaultValue={about.description}
          aria-describedby="about-description-hint"
        />
        <label htmlFor="about-name">{labels.name}</label>
        <input id="about-name" name="name" maxLength={ABOUT_LIMITS.name} defaultValue={about.name} autoComplete="off" />
        <label htmlFor="about-contact">{labels.contact}</label>
        <p className="hint" id="about-contact-hint">
          {labels.contactHint}
        </p>
        <input
          id="about-contact"
          name="contact"
          type="email"
          maxLength={ABOUT_LIMITS.contact}
          defaultValue={about.contact}
          autoComplete="off"
          aria-describedby="about-contact-hint"
        />
        <button type="submit" className="button button--secondary">
          {labels.save}
        </button>
        <p role="status">{status}</p>
      </form>
    </details>
  );
};
