// Turns generated text lines (message keys with values) into one plain text, in a given locale.
import type {TextLine} from '../report/report-text';

/** A translator of one namespace. The keys come from lib/report (plain strings: a namespace per letter), so the
 * type check cannot see them; tests/unit/message-keys.test.ts finds each one in every locale. */
type Translate = (key: never, values?: never) => string;

export const renderLines = (lines: TextLine[], t: Translate): string => lines.map((line) => t(line.key as never, line.values as never)).join('\n');
