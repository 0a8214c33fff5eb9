// The static pages that load no framework, as the build listed them (scripts/framework-free-pages.mjs).
import {readFileSync} from 'node:fs';

export const frameworkFreePages = (): Set<string> => new Set(JSON.parse(readFileSync('.next/framework-free.json', 'utf8')) as string[]);
