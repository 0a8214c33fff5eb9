// Every locale's messages, for the few places that run outside a request's locale (the shared not-found page,
// the proxy's answer to an over-long link). Adding a locale adds its file here.
import fr from '../messages/fr.json';
import en from '../messages/en.json';
import type {Locale} from './locales';

export const ALL_MESSAGES: Record<Locale, typeof fr> = {fr, en};
