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

/** A common English word found in one fact is not telling for that ("itself", "order"): its weight is damped. */
export function commonDamping(word: string): number {
	return Math.min(1, rarityWeight(word) / 1.5);
}
