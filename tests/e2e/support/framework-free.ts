// The static pages that load no framework, and those that run it at the first touch, as the build listed them
// (scripts/framework-free-pages.mjs).
import {readFileSync} from 'node:fs';

const listed = (file: string): Set<string> => new Set(JSON.parse(readFileSync(`.next/${file}`, 'utf8')) as string[]);

export const frameworkFreePages = (): Set<string> => listed('framework-free.json');

export const frameworkOnTouchPages = (): Set<string> => listed('framework-on-touch.json');
