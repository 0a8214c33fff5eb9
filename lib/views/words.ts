// The messages of one namespace in one locale, typed by the first locale's catalogue. The code that words a plan
// asks for them through `WordsFor`: next-intl's getTranslations on the server, the plan's static data on the
// device (both are use-intl's translator), so the same code words the plan in both places.
import type {Messages, NamespaceKeys, NestedKeyOf, createTranslator} from 'use-intl/core';

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
export type Words<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;
export type WordsFor = <N extends Namespace>(namespace: N) => Promise<Words<N>>;
