// What a plan needs of a content entry: whom it serves, its words, numbers and links; never its page. The server
// builds these from the content files, the build writes them into the plan's static data for the device.
import type {ContentEntry} from '../content/load-content';

export type PlanEntry = Pick<ContentEntry, 'id' | 'title' | 'countries' | 'primary' | 'serves' | 'voices' | 'phones' | 'links' | 'reviewed'> & {
  /** What to do and why, in one or two sentences: the file's summary, or its first sentence. */
  summary: string;
  /** The whole text, for the PDF only. */
  markdown?: string;
};

export type PlanEntries = ReadonlyMap<string, PlanEntry>;

/** The first sentence of a text, for content without a written summary yet. */
const firstSentence = (markdown: string): string => {
  const paragraph =
    markdown
      .replace(/\*\*|__|\[|\]\([^)]*\)/g, '')
      .split(/\n\s*\n/)
      .find((block) => block.trim() && !/^\s*(\d+\.|-|\*)\s/.test(block)) ?? '';
  const sentence = /^[\s\S]*?[.!?](\s|$)/.exec(paragraph.trim())?.[0] ?? paragraph;
  return sentence.replace(/\s+/g, ' ').trim();
};

export const planEntryOf = (
  {id, title, countries, primary, serves, voices, phones, links, reviewed, summary, markdown}: ContentEntry,
  withText = false,
): PlanEntry => ({
  id,
  title,
  countries,
  ...(primary !== undefined ? {primary} : {}),
  ...(serves ? {serves} : {}),
  ...(voices ? {voices} : {}),
  phones,
  links,
  reviewed,
  summary: summary ?? firstSentence(markdown),
  ...(withText ? {markdown} : {}),
});
