/**
 * The strings of one language: `stringsFor(lang)`. One module per language (en.ts, ko.ts, ja.ts) holds every
 * user-facing string of every surface; they share one shape (`Strings`), checked by the compiler, and
 * test/i18n/strings.test.ts fails on any value missing, empty or left in English.
 */
import type { Lang } from '../engine/types.js';
import { en, type Strings } from './en.js';
import { ja } from './ja.js';
import { ko } from './ko.js';

export type { Strings };

export const STRINGS: Readonly<Record<Lang, Strings>> = { en, ko, ja };

export function stringsFor(lang: Lang): Strings {
	return STRINGS[lang];
}

export type { DateParts } from './types.js';
export { en, ja, ko };
