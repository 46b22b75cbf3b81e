/**
 * Command definitions with their names and descriptions in every language of src/i18n: the English strings are
 * the base, Korean and Japanese go to `name_localizations` / `description_localizations` (Discord's locales "ko"
 * and "ja"). The registry checks them against Discord's naming rules at load.
 */
import type { LocalizationMap } from 'discord-api-types/v10';
import type { Lang } from '../src/engine/types.js';
import { STRINGS, type Strings } from '../src/i18n/index.js';

/** The Discord locale of each of the bot's languages other than English. */
const DISCORD_LOCALE: Partial<Record<Lang, 'ko' | 'ja'>> = { ko: 'ko', ja: 'ja' };

/** `pick(strings)` in English, and a localisation map of the other languages (those that differ from English). */
export function localized(pick: (s: Strings) => string): { base: string; localizations: LocalizationMap } {
	const base = pick(STRINGS.en);
	const localizations: LocalizationMap = {};
	for (const [lang, locale] of Object.entries(DISCORD_LOCALE) as [Lang, 'ko' | 'ja'][]) {
		const value = pick(STRINGS[lang]);
		if (value !== base) localizations[locale] = value;
	}
	return { base, localizations };
}

/** `name` and `name_localizations` of a command or option. */
export function names(pick: (s: Strings) => string) {
	const { base, localizations } = localized(pick);
	return { name: base, name_localizations: localizations };
}

/** `description` and `description_localizations`. */
export function descriptions(pick: (s: Strings) => string) {
	const { base, localizations } = localized(pick);
	return { description: base, description_localizations: localizations };
}
