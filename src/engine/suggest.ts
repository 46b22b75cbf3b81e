/**
 * Autocomplete: answerable questions for what a user has typed so far, in tiers.
 *   1. exact: a fact's question or alternate starts with the typed text (binary search over the sorted phrasings)
 *   2. keyword: every typed word is a term of the fact, the last one possibly half typed (inverted index)
 *   3. fuzzy: the matcher's candidates, re-ranked by Fuse's fuzzy match of the typed text against their fields
 * On empty input, the most asked questions. Cost grows with the matches, not with the number of facts.
 */
import type { Fact } from '../knowledge/types.js';
import type { Lexicon } from './lexicon.js';
import type { Matcher } from './matcher.js';
import { foldCached, foldText, stem, words } from './normalize.js';
import type { Suggestion } from './types.js';

/** The first index in `sorted` whose value is >= `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((sorted[mid] as string) < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many half-typed completions of the last word to follow. */
const MAX_COMPLETIONS = 40;
/** How many fuzzy candidates the matcher offers... */
const FUZZY_CANDIDATES = 8;
/** ...and how many of them Fuse re-ranks. */
const FUSE_RERANKED = 3;

export class Suggester {
	private readonly phrasings: string[];
	private readonly owners: number[];

	constructor(
		private readonly facts: Fact[],
		private readonly matcher: Matcher,
		private readonly lexicon: Lexicon,
		private readonly popular: Fact[],
	) {
		// Canonical questions first, so that among equal prefixes the question itself is offered.
		const rows = facts.flatMap((f, i) => [
			{ text: foldCached(f.question), index: i, rank: 0 },
			...f.alternates.map((a) => ({ text: foldCached(a), index: i, rank: 1 })),
		]);
		rows.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.rank - b.rank));
		this.phrasings = rows.map((r) => r.text);
		this.owners = rows.map((r) => r.index);
	}

	suggest(prefix: string, limit = 25): Suggestion[] {
		const typed = typeof prefix === 'string' ? prefix.slice(0, 200) : '';
		const folded = foldText(typed);
		const out: Suggestion[] = [];
		const seen = new Set<number>();
		const push = (index: number) => {
			const fact = this.facts[index];
			if (fact && out.length < limit && !seen.has(index)) {
				seen.add(index);
				out.push({ factId: fact.id, question: fact.question });
			}
		};
		if (!folded) {
			for (const f of this.popular.slice(0, limit)) out.push({ factId: f.id, question: f.question });
			return out;
		}
		// 1. Exact: phrasings that start with the typed text.
		for (let i = lowerBound(this.phrasings, folded); i < this.phrasings.length && out.length < limit; i++) {
			if (!(this.phrasings[i] as string).startsWith(folded)) break;
			push(this.owners[i] as number);
		}
		if (out.length >= limit) return out;

		// 2. Keyword: whole words are terms of the fact; the last word may be the start of one.
		const typedWords = words(this.lexicon.canonicalize(folded));
		const last = typedWords[typedWords.length - 1] ?? '';
		// Whole words as the matcher reads them (typos fixed, names folded); words it does not know are skipped.
		const whole = this.matcher
			.parse(typedWords.slice(0, -1).join(' '))
			.terms.filter((t) => t.known)
			.map((t) => t.matches.map((m) => m.term));
		const vocabulary = this.matcher.vocabulary();
		const completions: string[] = [];
		for (const key of new Set([last, stem(last)])) {
			for (let i = lowerBound(vocabulary, key); i < vocabulary.length && completions.length < MAX_COMPLETIONS; i++) {
				if (!(vocabulary[i] as string).startsWith(key)) break;
				completions.push(vocabulary[i] as string);
			}
		}
		if (last.length >= 2 && completions.length > 0) {
			const keyword = new Set<number>();
			for (const term of completions) {
				for (const i of this.matcher.postingsOf(term)) {
					if (whole.every((alternatives) => alternatives.some((w) => this.matcher.factHas(i, w)))) keyword.add(i);
				}
			}
			// Best first by how the matcher scores the typed text (with the last word completed as typed).
			const scores = new Map(
				this.matcher.rank(this.matcher.parse(typed), MAX_COMPLETIONS).map((r) => [r.index, r.score]),
			);
			for (const i of [...keyword].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b)) push(i);
		}
		if (out.length >= limit) return out;

		// 3. Fuzzy: the matcher's candidates, re-ranked by Fuse against the typed text.
		const ranked = this.matcher.rank(this.matcher.parse(typed), FUZZY_CANDIDATES);
		// Fuse re-ranks the best few; the rest follow in the matcher's order.
		const fuzzy = ranked
			.map((s, i) => ({
				index: s.index,
				score: i < FUSE_RERANKED ? 0.5 * s.score + 0.5 * this.matcher.fuzzyScore(s.index, folded) : s.score / 2,
			}))
			.sort((a, b) => b.score - a.score);
		for (const { index } of fuzzy) push(index);
		return out;
	}
}
