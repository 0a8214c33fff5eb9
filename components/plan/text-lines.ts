// Turns generated text lines (message keys with values) into one plain text, in a given locale.
import type {TextLine} from '@/lib/report/report-text';

type Translate = (key: never, values?: Record<string, string>) => string;

export const renderLines = (lines: TextLine[], t: Translate): string =>
  lines.map((line) => t(line.key as never, line.values)).join('\n');
