// The links of a plan drawn on the device: changing an answer, or giving a missing one, goes on with the questions
// on the device, and the texts and the letters are drawn there too, all from the answers after `#`.
import {linksFor, type Links} from '@/lib/links';
import {normalizeSiteUrl} from '@/lib/site-url';
import type {AnswerState} from '@/lib/links';

export const devicePlanLinks = (locale: string): Links => {
  const base = linksFor(locale);
  return {
    ...base,
    check: (answers) => base.stepOnDevice('check', answers),
    question: base.stepOnDevice,
    planFile: (file, answers, part) =>
      file === 'texts' || file === 'notice' ? base.planPageOnDevice(file, answers, part) : base.planFile(file, answers, part),
    // A plain `#anchor` would take the place of the answers after `#`, and the plan with them.
    planPart: (answers, part) => base.planOnDevice(answers, part),
  };
};

/** The plan's own address with its answers after `#`, in full: the share link, and the PDF's printed link and QR. */
export const devicePlanUrl = (links: Links, state: AnswerState) => `${normalizeSiteUrl(process.env.SITE_URL)}${links.planOnDevice(state)}`;
