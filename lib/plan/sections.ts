// The plan's sections, in the order a person should read them.
export const SECTION_IDS = [
  'helper',
  'safety',
  'threats',
  'evidence',
  'report',
  'order',
  'alert',
  'reupload',
  'search',
  'escalate',
  'police',
  'support',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** The steps that wait a month: "if nothing has changed by <date>, go on to this step". */
export const waitsForEscalation = (id: SectionId): boolean => id === 'escalate';
