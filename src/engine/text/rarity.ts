/** How telling an English word is by how rare it is in English (SUBTLEX-US ranks): rare words tell more. */
import { EN_BY_FREQUENCY } from './en-frequency.js';

let rank: Map<string, number> | undefined;

/** 0.25 for the commonest words, up to 2 for words English rarely uses (names, technical words). */
export function rarityWeight(word: string): number {
	rank ??= new Map(EN_BY_FREQUENCY.split(' ').map((w, i) => [w, i + 1]));
	const r = rank.get(word);
	if (r === undefined) return 2;
	return Math.min(2, Math.max(0.25, 0.25 + 0.3 * Math.log(r / 150)));
}

/** Words ranked before this are the commonest English words: their rarity weight is below 1. */
const COMMON_RANK = Math.ceil(150 * Math.exp(0.75 / 0.3));
let common: Set<string> | undefined;

/**
 * One of the ~1,800 commonest English words ("us", "it", "hey")? Read from the head of the list only, so a start
 * that folds a name or two does not pay for ranking the whole list.
 */
export function isCommonWord(word: string): boolean {
	if (!common) {
		let end = -1;
		for (let n = 0; n < COMMON_RANK - 1; n++) end = EN_BY_FREQUENCY.indexOf(' ', end + 1);
		common = new Set(EN_BY_FREQUENCY.slice(0, end).split(' '));
	}
	return common.has(word);
}

/** A common English word found in one fact is not telling for that ("itself", "order"): its weight is damped. */
export function commonDamping(word: string): number {
	return Math.min(1, rarityWeight(word) / 1.5);
}
