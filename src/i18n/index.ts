/**
 * The strings of one language: `stringsFor(lang)`. One module per language (en.ts, ko.ts, ja.ts) holds every
 * user-facing string of every surface; they share one shape, checked by the compiler and by test/i18n.
 */
import type { Lang } from '../engine/types.js';
import { en } from './en.js';

export type Strings = typeof en;

export const STRINGS: Readonly<Record<Lang, Strings>> = { en, ko: en, ja: en };

export function stringsFor(lang: Lang): Strings {
	return STRINGS[lang];
}

export type { DateParts } from './types.js';
export { en };
