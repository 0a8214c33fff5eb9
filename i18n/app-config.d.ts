// Types every message key from the French catalogue (the first locale): a wrong key fails the type check.
import type messages from '../messages/fr.json';

declare module 'next-intl' {
  interface AppConfig {
    Messages: typeof messages;
  }
}
