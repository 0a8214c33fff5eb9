// The case file's words: the Journal messages as they are, placeholders ({date}, {count}) filled in the browser
// with lib/pdf/template.ts's fillTemplate.
import type messages from '@/messages/fr.json';

export type JournalLabels = (typeof messages)['Journal'];
