/**
 * The matcher: a cheap candidate filter (an inverted index of stemmed, alias-folded terms with typo
 * correction) picks a handful of facts, then Fuse re-ranks them over their weighted fields. Cost grows with
 * the postings a question touches, not with the number of facts.
 */
import Fuse from 'fuse.js';
import type { Fact } from '../knowledge/types.js';
import { isEnglishWord } from './dictionary.js';
import type { Lexicon } from './lexicon.js';
import { FILLER_WORDS, STOP_WORDS, cleanMessage, foldText, isCjk, MAX_QUESTION_LENGTH, stem, words } from './normalize.js';

/** How much a term found in each field of a fact counts. */
export const FIELD_WEIGHTS = { question: 1, alternates: 1, keywords: 0.9, answer: 0.75, quotes: 0.6 } as const;
/** How many candidates the filter hands to Fuse. */
const CANDIDATES = 8;
/** The most that words unknown to the facts may weigh, as a share of the words the facts know. */
const UNKNOWN_SHARE = 0.35;
/** Weight of the Fuse re-rank in the final score. */
const FUSE_SHARE = 0.2;

export interface QueryTerm {
	/** The word as folded from the question. */
	word: string;
	/** Vocabulary terms it matches, with how sure the match is (1 exact, less for a corrected typo). */
	matches: { term: string; quality: number }[];
	/** Importance of the word (its inverse document frequency, or a default for unknown words). */
	weight: number;
	known: boolean;
}

export interface ParsedQuery {
	cleaned: string;
	folded: string;
	canonical: string;
	terms: QueryTerm[];
	totalWeight: number;
}

export interface Scored {
	fact: Fact;
	index: number;
	score: number;
	/** Share of the question's weight the fact covers (0..1). */
	coverage: number;
	/** Query words (folded) that the fact does not cover, with their weights. */
	missing: QueryTerm[];
	/** The covered weight itself: how much distinctive evidence the fact has for the question. */
	evidence: number;
}

interface IndexedFact {
	fact: Fact;
	terms: Map<string, number>;
	phrasings: Set<string>[];
}

/**
 * An answer may tell the reader what the article leaves out ("The article does not name the official.").
 * Such sentences must not make the fact match the very question it cannot answer, so they are not indexed.
 */
export function withoutDisclaimers(answer: string): string {
	return answer
		.split(/(?<=[.!?])\s+/)
		.filter((sentence) => !/\b(the article|it|the report)\s+(does not|doesn't|did not|didn't|gives no|has no)\b/i.test(sentence))
		.join(' ');
}

function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	let prevPrev: number[] = [];
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
			cur.push(v);
			rowMin = Math.min(rowMin, v);
		}
		if (rowMin > max) return max + 1;
		prevPrev = prev;
		prev = cur;
	}
	return prev[b.length] ?? max + 1;
}

function deletes(word: string, depth: number, out: Set<string>): void {
	if (depth === 0) return;
	for (let i = 0; i < word.length; i++) {
		const d = word.slice(0, i) + word.slice(i + 1);
		if (!out.has(d)) {
			out.add(d);
			deletes(d, depth - 1, out);
		}
	}
}

function maxTypos(word: string): number {
	if (word.length >= 8) return 2;
	if (word.length >= 4) return 1;
	return 0;
}

export class Matcher {
	private readonly facts: IndexedFact[];
	private readonly df = new Map<string, number>();
	private readonly postings = new Map<string, number[]>();
	private readonly deleteIndex = new Map<string, string[]>();
	private readonly unknownWeight: number;
	private readonly typoCache = new Map<string, { term: string; quality: number }[]>();
	/** Words as written in the facts and alias names (before stemming), for fixing typos in names. */
	private readonly rawWords = new Map<string, number>();
	private readonly rawDeletes = new Map<string, string[]>();

	constructor(
		facts: Fact[],
		private readonly lexicon: Lexicon,
		names: string[] = [],
	) {
		this.facts = facts.map((fact) => this.indexFact(fact));
		for (const text of [
			...names,
			...facts.flatMap((f) => [f.question, ...f.alternates, ...f.keywords, f.answer, ...f.quotes.map((q) => q.text)]),
		]) {
			for (const w of words(foldText(text))) this.rawWords.set(w, (this.rawWords.get(w) ?? 0) + 1);
		}
		for (const w of this.rawWords.keys()) {
			if (maxTypos(w) === 0 || isCjk(w) || /\d/.test(w)) continue;
			const variants = new Set<string>([w]);
			deletes(w, maxTypos(w), variants);
			for (const v of variants) {
				const list = this.rawDeletes.get(v) ?? [];
				list.push(w);
				this.rawDeletes.set(v, list);
			}
		}
		this.facts.forEach((f, i) => {
			for (const term of f.terms.keys()) {
				this.df.set(term, (this.df.get(term) ?? 0) + 1);
				const list = this.postings.get(term) ?? [];
				list.push(i);
				this.postings.set(term, list);
			}
		});
		for (const term of this.df.keys()) {
			if (maxTypos(term) === 0 || isCjk(term)) continue;
			const variants = new Set<string>([term]);
			deletes(term, maxTypos(term), variants);
			for (const v of variants) {
				const list = this.deleteIndex.get(v) ?? [];
				list.push(term);
				this.deleteIndex.set(v, list);
			}
		}
		// An unknown word weighs like a word found in a single fact, a little less: it may be a typo or filler.
		this.unknownWeight = this.idf(1) * 0.6;
	}

	/** The weight of the strongest field of the fact at `index` holding this term (0 when absent). */
	factWeight(index: number, term: string): number {
		return this.facts[index]?.terms.get(term) ?? 0;
	}

	/** Does the fact at `index` mention this (stemmed, canonical) term anywhere? */
	factHas(index: number, term: string): boolean {
		return this.facts[index]?.terms.has(term) ?? false;
	}

	get size(): number {
		return this.facts.length;
	}

	idf(df: number): number {
		return Math.log(1 + this.facts.length / Math.max(df, 1));
	}

	/** Folded, alias-rewritten, stemmed content terms of a text (stop words and filler removed). */
	terms(text: string): string[] {
		const canonical = this.lexicon.canonicalize(foldText(text));
		return words(canonical)
			.filter((w) => !STOP_WORDS.has(w) && !FILLER_WORDS.has(w))
			.map(stem);
	}

	private indexFact(fact: Fact): IndexedFact {
		const terms = new Map<string, number>();
		const add = (text: string, weight: number) => {
			const found = this.terms(text);
			for (const t of found) terms.set(t, Math.max(terms.get(t) ?? 0, weight));
			return new Set(found);
		};
		const phrasings = [add(fact.question, FIELD_WEIGHTS.question), ...fact.alternates.map((a) => add(a, FIELD_WEIGHTS.alternates))];
		for (const k of fact.keywords) add(k, FIELD_WEIGHTS.keywords);
		add(withoutDisclaimers(fact.answer), FIELD_WEIGHTS.answer);
		for (const q of fact.quotes) add(q.text, FIELD_WEIGHTS.quotes);
		return { fact, terms, phrasings };
	}

	private corrections(word: string): { term: string; quality: number }[] {
		const cached = this.typoCache.get(word);
		if (cached) return cached;
		const max = maxTypos(word);
		const found = new Map<string, number>();
		if (max > 0 && !isCjk(word)) {
			const variants = new Set<string>([word]);
			deletes(word, max, variants);
			for (const v of variants) {
				for (const term of this.deleteIndex.get(v) ?? []) {
					if (found.has(term)) continue;
					const d = editDistance(word, term, max);
					if (d <= max) found.set(term, d === 0 ? 1 : d === 1 ? 0.8 : 0.6);
				}
			}
		}
		const result = [...found].map(([term, quality]) => ({ term, quality })).sort((a, b) => b.quality - a.quality).slice(0, 4);
		if (this.typoCache.size > 10_000) this.typoCache.clear();
		this.typoCache.set(word, result);
		return result;
	}

	/** For CJK words left after alias folding: vocabulary terms contained in them (particles attach to nouns). */
	private cjkMatches(word: string): { term: string; quality: number }[] {
		const out: { term: string; quality: number }[] = [];
		for (const term of this.df.keys()) {
			if (isCjk(term) && term.length >= 2 && word.includes(term)) out.push({ term, quality: 0.9 });
		}
		return out;
	}

	/**
	 * Fixes a misspelt word to the closest word of the facts or alias names ("guen" -> "geun", "haris" ->
	 * "harris"), so multi-word names still fold to their canonical form. Short words must keep their first letter.
	 */
	private spell(word: string): string {
		if (this.rawWords.has(word) || STOP_WORDS.has(word) || FILLER_WORDS.has(word) || isCjk(word) || /\d/.test(word)) return word;
		if (isEnglishWord(word)) return word;
		const max = maxTypos(word);
		if (max === 0) return word;
		const variants = new Set<string>([word]);
		deletes(word, max, variants);
		let best: { w: string; d: number; n: number } | undefined;
		for (const v of variants) {
			for (const w of this.rawDeletes.get(v) ?? []) {
				if (word.length <= 5 && w[0] !== word[0]) continue;
				const d = editDistance(word, w, max);
				const n = this.rawWords.get(w) ?? 0;
				if (d <= max && (!best || d < best.d || (d === best.d && n > best.n))) best = { w, d, n };
			}
		}
		return best ? best.w : word;
	}

	parse(question: string): ParsedQuery {
		const cleaned = cleanMessage(question.slice(0, MAX_QUESTION_LENGTH * 2)).slice(0, MAX_QUESTION_LENGTH);
		const folded = foldText(cleaned);
		const spelled = words(folded)
			.map((w) => this.spell(w))
			.join(' ');
		const canonical = this.lexicon.canonicalize(spelled);
		const seen = new Set<string>();
		const terms: QueryTerm[] = [];
		for (const word of words(canonical)) {
			if (STOP_WORDS.has(word) || FILLER_WORDS.has(word) || seen.has(word)) continue;
			seen.add(word);
			const stemmed = stem(word);
			let matches: { term: string; quality: number }[] = [];
			if (this.df.has(stemmed)) matches = [{ term: stemmed, quality: 1 }];
			else if (this.df.has(word)) matches = [{ term: word, quality: 1 }];
			else if (isCjk(word)) matches = this.cjkMatches(word);
			else if (!/^\d+$/.test(word) && !isEnglishWord(word)) {
				matches = this.corrections(stemmed).concat(stemmed === word ? [] : this.corrections(word));
			}
			const known = matches.length > 0;
			let weight: number;
			if (known) weight = Math.max(...matches.map((m) => this.idf(this.df.get(m.term) ?? 1)));
			else if (isCjk(word)) weight = this.unknownWeight * 0.3;
			else if (word.length <= 3 && !/^\d+$/.test(word)) weight = this.unknownWeight * 0.3;
			else weight = this.unknownWeight;
			terms.push({ word, matches, weight, known });
		}
		// Words the facts never use are either chat around the question or what it asks about that the article
		// does not have. Together they weigh at most UNKNOWN_SHARE of the words the facts do know, so a chatty
		// message is not drowned by its chatter, and a question made only of unknown words finds nothing.
		const known = terms.filter((t) => t.known).reduce((n, t) => n + t.weight, 0);
		const unknown = terms.filter((t) => !t.known).reduce((n, t) => n + t.weight, 0);
		if (unknown > known * UNKNOWN_SHARE && known > 0) {
			const scale = (known * UNKNOWN_SHARE) / unknown;
			for (const t of terms) if (!t.known) t.weight *= scale;
		}
		const totalWeight = terms.reduce((n, t) => n + t.weight, 0);
		return { cleaned, folded, canonical, terms, totalWeight };
	}

	private coverageOf(f: IndexedFact, query: ParsedQuery): { covered: number; missing: QueryTerm[] } {
		let covered = 0;
		const missing: QueryTerm[] = [];
		for (const qt of query.terms) {
			let best = 0;
			for (const m of qt.matches) best = Math.max(best, (f.terms.get(m.term) ?? 0) * m.quality);
			covered += qt.weight * best;
			if (best < 0.5) missing.push(qt);
		}
		return { covered, missing };
	}

	/** Weighted overlap between the question and the fact's closest phrasing (its question or an alternate). */
	private phrasingScore(f: IndexedFact, query: ParsedQuery): number {
		let best = 0;
		for (const p of f.phrasings) {
			let hit = 0;
			const used = new Set<string>();
			for (const qt of query.terms) {
				const m = qt.matches.find((x) => p.has(x.term));
				if (m) {
					hit += qt.weight * m.quality;
					used.add(m.term);
				}
			}
			let extra = 0;
			for (const t of p) if (!used.has(t)) extra += this.idf(this.df.get(t) ?? 1) * 0.5;
			const denominator = query.totalWeight + extra;
			if (denominator > 0) best = Math.max(best, hit / denominator);
		}
		return best;
	}

	/** Ranks facts for a parsed question, best first (at most `limit`). */
	rank(query: ParsedQuery, limit = CANDIDATES): Scored[] {
		if (query.totalWeight === 0) return [];
		// 1. Candidate filter: accumulate weight through the postings of the question's terms.
		const acc = new Map<number, number>();
		for (const qt of query.terms) {
			for (const m of qt.matches) {
				for (const i of this.postings.get(m.term) ?? []) {
					acc.set(i, (acc.get(i) ?? 0) + qt.weight * m.quality);
				}
			}
		}
		const pool = [...acc]
			.sort((a, b) => b[1] - a[1])
			.slice(0, Math.max(CANDIDATES, limit) * 3)
			.map(([i]) => this.facts[i] as IndexedFact);
		// 2. Exact scores on the pool.
		const scored = pool.map((f) => {
			const { covered, missing } = this.coverageOf(f, query);
			const coverage = covered / query.totalWeight;
			const score = 0.6 * coverage + 0.4 * this.phrasingScore(f, query);
			return { fact: f.fact, index: this.facts.indexOf(f), score, coverage, missing, evidence: covered };
		});
		scored.sort((a, b) => b.score - a.score);
		const top = scored.slice(0, Math.max(CANDIDATES, limit));
		// 3. Fuse re-ranks the short list over the weighted fields.
		const reranked = this.fuseRerank(top, query);
		return reranked.slice(0, limit);
	}

	private fuseRerank(top: Scored[], query: ParsedQuery): Scored[] {
		const pattern = query.terms
			.filter((t) => t.known)
			.map((t) => t.matches[0]?.term ?? t.word)
			.join(' ');
		if (top.length < 2 || !pattern) return top;
		const docs = top.map((s) => ({
			question: this.terms(s.fact.question).join(' '),
			alternates: s.fact.alternates.map((a) => this.terms(a).join(' ')),
			keywords: s.fact.keywords.map((k) => this.terms(k).join(' ')),
			answer: this.terms(s.fact.answer).join(' '),
		}));
		const fuse = new Fuse(docs, {
			keys: [
				{ name: 'question', weight: 3 },
				{ name: 'alternates', weight: 2 },
				{ name: 'keywords', weight: 2 },
				{ name: 'answer', weight: 1 },
			],
			useTokenSearch: true,
			includeScore: true,
			ignoreLocation: true,
			threshold: 0.3,
		});
		const fuseScore = new Map<number, number>();
		for (const r of fuse.search(pattern)) fuseScore.set(r.refIndex, 1 - (r.score ?? 1));
		return top
			.map((s, i) => ({ ...s, score: (1 - FUSE_SHARE) * s.score + FUSE_SHARE * (fuseScore.get(i) ?? 0) }))
			.sort((a, b) => b.score - a.score);
	}
}
