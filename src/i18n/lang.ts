/**
 * Which language to answer in. Interactions carry the user's Discord locale ("ko", "ja", "en-US", ...); a message
 * (DM or mention) carries only its text, so its script decides: Hangul is Korean, kana Japanese, anything else
 * English. Kanji alone is not enough to call a text Japanese (it may be Chinese, or a name in a Korean text).
 */
import type { Lang } from '../engine/types.js';

export function langFromLocale(locale: string | undefined | null): Lang {
	const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
	if (primary === 'ko') return 'ko';
	if (primary === 'ja') return 'ja';
	return 'en';
}

const HANGUL = /[\p{Script=Hangul}]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/gu;

export function langFromText(text: string): Lang {
	const hangul = text.match(HANGUL)?.length ?? 0;
	const kana = text.match(KANA)?.length ?? 0;
	if (hangul === 0 && kana === 0) return 'en';
	return hangul >= kana ? 'ko' : 'ja';
}

/** A `--lang` value, or undefined when it is not one of the bot's languages. */
export function parseLang(value: string | undefined): Lang | undefined {
	return value === 'en' || value === 'ko' || value === 'ja' ? value : undefined;
}
