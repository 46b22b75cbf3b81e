/**
 * Typo correction against a vocabulary (the words of the knowledge base): a word that is neither in the
 * vocabulary nor a real English word is replaced by the closest vocabulary word within one or two edits
 * (Damerau-Levenshtein), found through an index of single deletions (the SymSpell idea). Cost per word is bounded
 * by its length, whatever the vocabulary's size.
 */

/** Only words this long are corrected: shorter ones are too easy to confuse, longer ones are not words. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 24;
/** A real word this rare (rarity weight, see rarity.ts) may still be a typo of a commoner one. */
const RARE_REAL_WORD = 1.4;
/** ... when the commoner word is at least this much less rare. */
const RARITY_GAIN = 0.7;

function deletes1(word: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
	return out;
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early beyond `max`. */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const m = a.length;
	const n = b.length;
	let prev2: number[] = [];
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= m; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, (prev2[j - 2] as number) + 1);
			cur.push(v);
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		prev2 = prev;
		prev = cur;
	}
	return prev[n] as number;
}

export class TypoCorrector {
	/** A word with one letter deleted -> the vocabulary words it comes from (built on the first search). */
	private deletions: Map<string, string[]> | undefined;
	private readonly memo = new Map<string, string | null>();

	/**
	 * @param vocabulary words (lower case, a-z) with how often the knowledge base uses them
	 * @param isRealWord a real word is never corrected ("city" stays "city")
	 */
	constructor(
		private readonly vocabulary: Map<string, number>,
		private readonly isRealWord: (word: string) => boolean,
		private readonly rarity?: (word: string) => number,
	) {}

	private get index(): Map<string, string[]> {
		if (this.deletions) return this.deletions;
		const index = new Map<string, string[]>();
		for (const word of this.vocabulary.keys()) {
			if (word.length < MIN_LENGTH - 1 || word.length > MAX_LENGTH + 1) continue;
			for (const key of [word, ...deletes1(word)]) {
				const list = index.get(key);
				if (list) {
					if (!list.includes(word)) list.push(word);
				} else index.set(key, [word]);
			}
		}
		this.deletions = index;
		return index;
	}

	/** The vocabulary word this word is a typo of, or undefined when it is fine as it is (or too far from any). */
	correct(word: string): string | undefined {
		if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
		if (this.vocabulary.has(word)) return undefined;
		const known = this.memo.get(word);
		if (known !== undefined) return known ?? undefined;
		const found = this.isRealWord(word) ? this.rareRealWord(word) : this.search(word);
		if (this.memo.size > 20_000) this.memo.clear();
		this.memo.set(word, found ?? null);
		return found;
	}

	/**
	 * A real word English rarely uses, one edit from a much commoner word of the vocabulary, is read as a typo of it
	 * ("sined" as "signed", "wen" as "when"); a real word of ordinary frequency never is.
	 */
	private rareRealWord(word: string): string | undefined {
		if (!this.rarity) return undefined;
		const own = this.rarity(word);
		if (own < RARE_REAL_WORD) return undefined;
		const found = this.search(word, 1);
		return found !== undefined && this.rarity(found) <= own - RARITY_GAIN ? found : undefined;
	}

	private search(word: string, limit?: number): string | undefined {
		// One edit for short words, two for long ones.
		const max = limit ?? (word.length >= 7 ? 2 : 1);
		const candidates = new Set<string>();
		const probe = (key: string) => {
			for (const w of this.index.get(key) ?? []) candidates.add(w);
		};
		probe(word);
		const d1 = deletes1(word);
		for (const d of d1) probe(d);
		if (max === 2) for (const d of d1) for (const dd of deletes1(d)) probe(dd);
		let best: string | undefined;
		let bestDistance = max + 1;
		let bestCount = -1;
		for (const c of candidates) {
			const d = editDistance(word, c, max);
			const count = this.vocabulary.get(c) ?? 0;
			// Nearest first; among equals, the word the knowledge base uses most; the first letter rarely changes.
			const adjusted = d + (c[0] === word[0] ? 0 : 0.5);
			if (adjusted < bestDistance || (adjusted === bestDistance && count > bestCount)) {
				best = c;
				bestDistance = adjusted;
				bestCount = count;
			}
		}
		return bestDistance <= max ? best : undefined;
	}
}
