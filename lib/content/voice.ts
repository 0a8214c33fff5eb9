// A step's title and summary in the voice of whoever fills in the questions: the person's own words, or the
// variant the content file gives for a parent or a supporter (frontmatter `voices`).
import type {Helper} from '../answers/schema';
import type {TFrontmatter} from './frontmatter';

type Voiced = Pick<TFrontmatter, 'title' | 'summary' | 'voices'>;

const VOICE_OF: Record<Helper, 'parent' | 'supporter' | undefined> = {me: undefined, child: 'parent', supported: 'supporter'};

export const stepWords = (entry: Voiced, who: Helper | undefined): {title: string; summary: string | undefined} => {
  const voice = VOICE_OF[who ?? 'me'];
  const variant = voice ? entry.voices?.[voice] : undefined;
  return {title: variant?.title ?? entry.title, summary: variant?.summary ?? entry.summary};
};
