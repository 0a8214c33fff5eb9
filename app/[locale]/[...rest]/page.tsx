// Unknown paths under a locale render that locale's not-found page.
import {notFound} from 'next/navigation';

export default function CatchAll() {
  notFound();
}
