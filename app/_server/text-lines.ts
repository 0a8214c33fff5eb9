// Turns generated text lines (message keys with values) into one plain text, in a given locale.
import type {TextLine} from '@/lib/report/report-text';

/** A translator of one namespace; the keys come from lib/report, checked against the messages by a test. */
type Translate = (key: never, values?: never) => string;

export const renderLines = (lines: TextLine[], t: Translate): string => lines.map((line) => t(line.key as never, line.values as never)).join('\n');
