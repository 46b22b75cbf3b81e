/**
 * The matcher: a cheap candidate filter (an inverted index of stemmed, alias-folded terms with typo
 * correction) picks a handful of facts, then Fuse re-ranks them over their weighted fields. Cost grows with
 * the postings a question touches, not with the number of facts.
 */
import Fuse from 'fuse.js';
import type { Fact } from '../knowledge/types.js';
import { isEnglishWord } from './dictionary.js';
import type { Lexicon } from './lexicon.js';
import {
	cleanMessage,
	FILLER_WORDS,
	foldCached,
	foldText,
	isCjk,
	MAX_QUESTION_LENGTH,
	STOP_WORDS,
	stem,
	words,
} from './normalize.js';

/** How much a term found in each field of a fact counts. */
export const FIELD_WEIGHTS = { question: 1, alternates: 1, keywords: 0.9, answer: 0.75, quotes: 0.6 } as const;
/** A term in more than this share of the facts (and at least COMMON_MIN of them) does not pick candidates. */
const COMMON_SHARE = 0.2;
const COMMON_MIN = 50;
/** How many candidates the filter hands to Fuse. */
const CANDIDATES = 8;
/** The most that words unknown to the facts may weigh, as a share of the words the facts know. */
const UNKNOWN_SHARE = 0.35;
/** Weight of the Fuse re-rank in the final score of a close call. */
const FUSE_SHARE = 0.1;
/** How Fuse matches a question against one fact's fields. */
const FUSE_OPTIONS = {
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
};
/** Facts this close to the best score are a close call for Fuse to settle... */
const CLOSE = 0.01;
/** ...at most this many of them... */
const MAX_CLOSE = 2;
/** ...matched on at most this many of the question's words. */
const MAX_FUSE_WORDS = 4;

export interface QueryTerm {
	/** The word as folded from the question. */
	word: string;
	/** Vocabulary terms it matches, with how sure the match is (1 exact, less for a corrected typo). */
	matches: { term: string; quality: number }[];
	/** Importance of the word (its inverse document frequency, or a default for unknown words). */
	weight: number;
	known: boolean;
	/** An unknown word that is no English word either: a name the article does not know. */
	foreign?: boolean;
}

export interface ParsedQuery {
	cleaned: string;
	folded: string;
	canonical: string;
	terms: QueryTerm[];
	totalWeight: number;
	/** Ordered pairs of the question's known terms (see orderedPairs). */
	pairs: string[];
	/** The question uses a verb of saying ("what did Kang tell Kono"). */
	saying: boolean;
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
	/** The question has exactly the terms of one of the fact's phrasings: it is a question curators listed. */
	exact: boolean;
}

interface FuseDoc {
	question: string;
	alternates: string[];
	keywords: string[];
	answer: string;
}

interface IndexedFact {
	fact: Fact;
	terms: Map<string, number>;
	phrasings: Set<string>[];
	/** Half the summed idf of each phrasing's terms (what an unmatched phrasing word costs), filled after indexing. */
	phrasingCost: number[];
	/** The part of phrasingCost that is verbs of saying ("replied"), which a question's "tell" or "say" answers. */
	sayingCost: number[];
	/** Terms of what the fact states: its canonical question, answer and quotes (not alternates or keywords). */
	content: Set<string>;
	/** Ordered term pairs of the phrasings ("kangkyungwha>konotaro"): who told whom, not just who. */
	pairs: Set<string>;
	/** The fact's fields as folded text, for the Fuse re-rank. */
	doc: FuseDoc;
}

/**
 * An answer may tell the reader what the article leaves out ("The article does not name the official.").
 * Such sentences must not make the fact match the very question it cannot answer, so they are not indexed.
 */
export function withoutDisclaimers(answer: string): string {
	return answer
		.split(/(?<=[.!?])\s+/)
		.filter(
			(sentence) =>
				!/\b(the article|it|the report)\s+(does not|doesn't|did not|didn't|gives no|has no)\b/i.test(sentence),
		)
		.join(' ');
}

/** Verbs of saying: filler for matching, but they tell who spoke to whom ("Kang told Kono" / "Kono told Kang"). */
const SAYING = new Set(
	'say says said saying tell tells told telling reply replies replied replying answer answered respond responded'.split(
		' ',
	),
);
const SAID = '•said';
/** Verbs of saying that stay terms after folding (stemmed as the index holds them). */
const SAYING_TERMS = new Set(['said', 'told', 'replied', 'reply', 'answered', 'responded'].map(stem));

/** Ordered pairs of terms at most two apart: the word order a bag of words loses. */
export function orderedPairs(terms: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < terms.length; i++) {
		for (let j = i + 1; j <= i + 2 && j < terms.length; j++)
			if (terms[i] !== terms[j]) out.push(`${terms[i]}>${terms[j]}`);
	}
	return out;
}

function isTransposition(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
	return (
		diff.length === 2 &&
		diff[1] === (diff[0] ?? -2) + 1 &&
		a[diff[0] as number] === b[diff[1] as number] &&
		a[diff[1] as number] === b[diff[0] as number]
	);
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

/**
 * Finds words of a vocabulary within a small edit distance of a misspelt word. Each vocabulary word is indexed
 * under itself and its one-letter deletions; a query looks up its own deletions (up to the allowed distance),
 * and every hit is checked with a real edit distance. Cheap to build, fast to query.
 */
export class TypoIndex {
	private readonly byDelete = new Map<string, string[]>();

	constructor(vocabulary: Iterable<string>) {
		for (const word of vocabulary) {
			if (maxTypos(word) === 0 || isCjk(word) || /\d/.test(word)) continue;
			const variants = new Set<string>([word]);
			deletes(word, 1, variants);
			for (const v of variants) {
				const list = this.byDelete.get(v);
				if (list) list.push(word);
				else this.byDelete.set(v, [word]);
			}
		}
	}

	/** Vocabulary words within `maxTypos(word)` edits, closest first. */
	near(word: string): { word: string; distance: number }[] {
		const max = maxTypos(word);
		if (max === 0 || isCjk(word)) return [];
		const variants = new Set<string>([word]);
		deletes(word, max, variants);
		const found = new Map<string, number>();
		for (const v of variants) {
			for (const candidate of this.byDelete.get(v) ?? []) {
				if (found.has(candidate)) continue;
				const d = editDistance(word, candidate, max);
				if (d <= max) found.set(candidate, d);
			}
		}
		return [...found].map(([w, distance]) => ({ word: w, distance })).sort((a, b) => a.distance - b.distance);
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
	private idfOf = new Map<string, number>();
	private readonly postings = new Map<string, number[]>();
	/** Scratch space of the candidate filter: one slot a fact, always left at zero. */
	private readonly accumulator: Float64Array;
	/** Facts by the sorted terms of each of their phrasings, for exact matches. */
	private readonly phrasingKeys = new Map<string, number[]>();
	private termTyposIndex: TypoIndex | undefined;
	private readonly unknownWeight: number;
	private readonly typoCache = new Map<string, { term: string; quality: number }[]>();
	/** Words as written in the facts and alias names (before stemming), for fixing typos in names. */
	private readonly rawWords = new Map<string, number>();
	private rawTyposIndex: TypoIndex | undefined;
	private readonly spellCache = new Map<string, string>();

	constructor(
		facts: Fact[],
		private readonly lexicon: Lexicon,
		names: string[] = [],
	) {
		this.facts = facts.map((fact) => this.indexFact(fact));
		this.accumulator = new Float64Array(this.facts.length);
		for (const text of [
			...names,
			...facts.flatMap((f) => [f.question, ...f.alternates, ...f.keywords, f.answer, ...f.quotes.map((q) => q.text)]),
		]) {
			for (const w of words(foldCached(text))) this.rawWords.set(w, (this.rawWords.get(w) ?? 0) + 1);
		}
		this.facts.forEach((f, i) => {
			for (const p of f.phrasings) {
				const key = [...p].sort().join(' ');
				if (!key) continue;
				const list = this.phrasingKeys.get(key) ?? [];
				if (!list.includes(i)) list.push(i);
				this.phrasingKeys.set(key, list);
			}
			for (const term of f.terms.keys()) {
				this.df.set(term, (this.df.get(term) ?? 0) + 1);
				const list = this.postings.get(term) ?? [];
				list.push(i);
				this.postings.set(term, list);
			}
		});
		this.idfOf = new Map([...this.df].map(([t, n]) => [t, this.idf(n)]));
		for (const f of this.facts) {
			f.phrasingCost = f.phrasings.map((p) => [...p].reduce((sum, t) => sum + (this.idfOf.get(t) ?? 0) * 0.5, 0));
			f.sayingCost = f.phrasings.map((p) =>
				[...p].filter((t) => SAYING_TERMS.has(t)).reduce((sum, t) => sum + (this.idfOf.get(t) ?? 0) * 0.5, 0),
			);
		}
		// An unknown word weighs like a word found in a single fact, a little less: it may be a typo or filler.
		this.unknownWeight = this.idf(1) * 0.6;
	}

	/** Builds the lazy parts now: both typo indexes and every fact's Fuse index. */
	warm(): void {
		void this.termTypos;
		void this.rawTypos;
		for (let i = 0; i < this.facts.length; i++) this.fuseOf(i);
	}

	/** Typo indexes are built on first use: most questions are spelt right, and start-up stays fast. */
	private get termTypos(): TypoIndex {
		this.termTyposIndex ??= new TypoIndex(this.df.keys());
		return this.termTyposIndex;
	}

	private get rawTypos(): TypoIndex {
		this.rawTyposIndex ??= new TypoIndex(this.rawWords.keys());
		return this.rawTyposIndex;
	}

	private readonly fuses = new Map<number, Fuse<FuseDoc>>();
	private sortedVocabulary: string[] | undefined;

	/** Fuse's similarity (0..1) of `pattern` to the fact's weighted fields; 0 when Fuse finds nothing. */
	fuzzyScore(index: number, pattern: string): number {
		const hit = this.fuseOf(index).search(pattern, { limit: 1 })[0];
		return hit ? 1 - (hit.score ?? 1) : 0;
	}

	/** Facts holding the term (indexes into the fact list). */
	postingsOf(term: string): readonly number[] {
		return this.postings.get(term) ?? [];
	}

	/** Every term of the facts, sorted (for prefix look-ups). */
	vocabulary(): string[] {
		this.sortedVocabulary ??= [...this.df.keys()].sort();
		return this.sortedVocabulary;
	}

	/** Each fact's own Fuse index (its fields, weighted), built on first use and kept. */
	private fuseOf(index: number): Fuse<FuseDoc> {
		let fuse = this.fuses.get(index);
		if (!fuse) {
			fuse = new Fuse([(this.facts[index] as IndexedFact).doc], FUSE_OPTIONS);
			this.fuses.set(index, fuse);
		}
		return fuse;
	}

	/** The weight of the strongest field of the fact at `index` holding this term (0 when absent). */
	factWeight(index: number, term: string): number {
		return this.facts[index]?.terms.get(term) ?? 0;
	}

	/** Does the fact state this term (in its canonical question, answer or quotes)? */
	states(index: number, term: string): boolean {
		return this.facts[index]?.content.has(term) ?? false;
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

	/** Terms of a text in order, with verbs of saying kept as one marker (for word-order pairs). */
	private orderTerms(text: string): string[] {
		return words(this.canonicalCached(text)).flatMap((w) =>
			SAYING.has(w)
				? [SAID]
				: STOP_WORDS.has(w) || FILLER_WORDS.has(w) || (w.length === 1 && isCjk(w))
					? []
					: [stem(w)],
		);
	}

	private readonly canonicalMemo = new Map<string, string>();

	/** The lexicon's rewriting of curated text, remembered (facts' texts are rewritten for several indexes). */
	private canonicalCached(text: string): string {
		let canonical = this.canonicalMemo.get(text);
		if (canonical === undefined) {
			canonical = this.lexicon.canonicalize(foldCached(text));
			if (this.canonicalMemo.size > 50_000) this.canonicalMemo.clear();
			this.canonicalMemo.set(text, canonical);
		}
		return canonical;
	}

	/** Folded, alias-rewritten, stemmed content terms of a text (stop words and filler removed). */
	terms(text: string): string[] {
		const canonical = this.canonicalCached(text);
		return words(canonical)
			.filter((w) => !STOP_WORDS.has(w) && !FILLER_WORDS.has(w) && !(w.length === 1 && isCjk(w)))
			.map(stem);
	}

	private indexFact(fact: Fact): IndexedFact {
		const terms = new Map<string, number>();
		const pairs = new Set<string>();
		const add = (text: string, weight: number, ordered = false) => {
			const found = this.terms(text);
			for (const t of found) terms.set(t, Math.max(terms.get(t) ?? 0, weight));
			if (ordered) for (const pair of orderedPairs(this.orderTerms(text))) pairs.add(pair);
			return new Set(found);
		};
		const phrasings = [
			add(fact.question, FIELD_WEIGHTS.question, true),
			...fact.alternates.map((a) => add(a, FIELD_WEIGHTS.alternates, true)),
		];
		for (const k of fact.keywords) add(k, FIELD_WEIGHTS.keywords);
		const stated = withoutDisclaimers(fact.answer);
		const answer = add(stated, FIELD_WEIGHTS.answer);
		const content = new Set([...(phrasings[0] ?? []), ...answer]);
		for (const q of fact.quotes) for (const t of add(q.text, FIELD_WEIGHTS.quotes)) content.add(t);
		const doc: FuseDoc = {
			question: foldCached(fact.question),
			alternates: fact.alternates.map(foldCached),
			keywords: fact.keywords.map(foldCached),
			answer: foldText(stated),
		};
		return { fact, terms, phrasings, phrasingCost: [], sayingCost: [], content, pairs, doc };
	}

	private corrections(word: string): { term: string; quality: number }[] {
		const cached = this.typoCache.get(word);
		if (cached) return cached;
		const result = this.termTypos
			.near(word)
			.slice(0, 4)
			.map(({ word: term, distance }) => ({ term, quality: distance === 1 ? 0.8 : 0.6 }));
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
		if (this.rawWords.has(word) || STOP_WORDS.has(word) || FILLER_WORDS.has(word) || isCjk(word) || /\d/.test(word))
			return word;
		if (isEnglishWord(word)) return word;
		const cached = this.spellCache.get(word);
		if (cached !== undefined) return cached;
		let best: { w: string; d: number; n: number } | undefined;
		for (const { word: w, distance: d } of this.rawTypos.near(word)) {
			// Short words change meaning with one letter ("kong" is not "kang"): for them, only a swap of two
			// neighbouring letters ("guen" -> "geun") or, from five letters, an edit that keeps the first letter.
			if (word.length <= 4 && !isTransposition(word, w)) continue;
			if (word.length === 5 && w[0] !== word[0]) continue;
			const n = this.rawWords.get(w) ?? 0;
			if (!best || d < best.d || (d === best.d && n > best.n)) best = { w, d, n };
		}
		const result = best ? best.w : word;
		if (this.spellCache.size > 10_000) this.spellCache.clear();
		this.spellCache.set(word, result);
		return result;
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
			if (STOP_WORDS.has(word) || FILLER_WORDS.has(word) || seen.has(word) || (word.length === 1 && isCjk(word)))
				continue;
			seen.add(word);
			const stemmed = stem(word);
			let matches: { term: string; quality: number }[] = [];
			if (this.df.has(stemmed)) matches = [{ term: stemmed, quality: 1 }];
			else if (this.df.has(word)) matches = [{ term: word, quality: 1 }];
			else if (isCjk(word)) matches = this.cjkMatches(word);
			else if (!/^\d+$/.test(word) && !isEnglishWord(word)) {
				matches = this.corrections(stemmed).concat(stemmed === word ? [] : this.corrections(word));
			}
			// A lone part of a person's name ("kim") may mean any of the people so named.
			for (const person of this.lexicon.peopleNamed(word)) {
				if (this.df.has(person) && !matches.some((m) => m.term === person))
					matches.push({ term: person, quality: 0.7 });
			}
			const known = matches.length > 0;
			let weight: number;
			let foreign = false;
			if (known) weight = Math.max(...matches.map((m) => this.idfOf.get(m.term) ?? this.idf(1)));
			// Korean left over after the lexicon is grammar (particles, endings): no evidence either way.
			else if (isCjk(word)) weight = 0;
			else if (word.length <= 3 && !/^\d+$/.test(word)) weight = this.unknownWeight * 0.3;
			else if (word.length >= 4 && !/\d/.test(word) && !isEnglishWord(word) && !isEnglishWord(stemmed)) {
				// Not a word of the facts, not English, not a typo of either: a name the article never mentions
				// ("Brexit", "TOPIK"). It says the question is about something else, so it weighs in full.
				weight = this.idf(1);
				foreign = true;
			} else weight = this.unknownWeight;
			terms.push({ word, matches, weight, known, foreign });
		}
		// Words the facts never use are either chat around the question or what it asks about that the article
		// does not have. Together they weigh at most UNKNOWN_SHARE of the words the facts do know, so a chatty
		// message is not drowned by its chatter, and a question made only of unknown words finds nothing.
		const known = terms.filter((t) => t.known).reduce((n, t) => n + t.weight, 0);
		const chatter = terms.filter((t) => !t.known && !t.foreign);
		const unknown = chatter.reduce((n, t) => n + t.weight, 0);
		if (unknown > known * UNKNOWN_SHARE && known > 0) {
			const scale = (known * UNKNOWN_SHARE) / unknown;
			for (const t of chatter) t.weight *= scale;
		}
		const totalWeight = terms.reduce((n, t) => n + t.weight, 0);
		// Word order: the known terms in the question's order, with verbs of saying kept as one marker.
		const knownTerms = new Map(terms.flatMap((t) => (t.matches[0] ? [[t.word, t.matches[0].term] as const] : [])));
		const pairs = orderedPairs(
			words(canonical).flatMap((w) =>
				SAYING.has(w) ? [SAID] : knownTerms.has(w) ? [knownTerms.get(w) as string] : [],
			),
		);
		return {
			cleaned,
			folded,
			canonical,
			terms,
			totalWeight,
			pairs,
			saying: words(canonical).some((w) => SAYING.has(w)),
		};
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
	/** Share of the question's ordered known-term pairs found in the fact's phrasings; undefined without pairs. */
	private orderScore(f: IndexedFact, query: ParsedQuery): number | undefined {
		if (query.pairs.length === 0) return undefined;
		let hits = 0;
		for (const p of query.pairs) if (f.pairs.has(p)) hits++;
		return hits / query.pairs.length;
	}

	private phrasingScore(f: IndexedFact, query: ParsedQuery): number {
		// Plain index loops: this runs for every phrasing of every candidate, and must not allocate.
		let best = 0;
		const terms = query.terms;
		const saying = query.saying;
		for (let i = 0; i < f.phrasings.length; i++) {
			const p = f.phrasings[i] as Set<string>;
			let hit = 0;
			let usedCost = 0;
			for (let t = 0; t < terms.length; t++) {
				const qt = terms[t] as QueryTerm;
				const matches = qt.matches;
				for (let k = 0; k < matches.length; k++) {
					const m = matches[k] as { term: string; quality: number };
					if (p.has(m.term)) {
						hit += qt.weight * m.quality;
						usedCost += (this.idfOf.get(m.term) ?? 0) * 0.5;
						break;
					}
				}
			}
			const denominator =
				query.totalWeight + (f.phrasingCost[i] ?? 0) - usedCost - (saying ? (f.sayingCost[i] ?? 0) : 0);
			if (denominator > 0 && hit / denominator > best) best = hit / denominator;
		}
		return best;
	}

	/** The sorted best-match terms of a question, comparable with the phrasing keys. */
	private queryKey(query: ParsedQuery): string {
		// A word the facts do not know (other than grammar left in Korean) rules out an exact match.
		if (query.terms.some((t) => !t.known && t.weight > 0)) return '';
		return [...new Set(query.terms.flatMap((t) => (t.matches[0] ? [t.matches[0].term] : [])))].sort().join(' ');
	}

	/** Ranks facts for a parsed question, best first (at most `limit`). */
	rank(query: ParsedQuery, limit = CANDIDATES): Scored[] {
		if (query.totalWeight === 0) return [];
		// 1. Candidate filter: accumulate weight through the postings of the question's terms. Terms in a large share
		// of the facts ("GSOMIA", "Korea") tell little apart and cost the most to walk: they are skipped here when the
		// question has rarer terms, and still count in the exact scores below.
		const acc = this.accumulator;
		const touched: number[] = [];
		const common = Math.max(COMMON_MIN, this.facts.length * COMMON_SHARE);
		let anyRare = false;
		for (const qt of query.terms) for (const m of qt.matches) if ((this.df.get(m.term) ?? 0) <= common) anyRare = true;
		for (const qt of query.terms) {
			for (const m of qt.matches) {
				if (anyRare && (this.df.get(m.term) ?? 0) > common) continue;
				for (const i of this.postings.get(m.term) ?? []) {
					if (acc[i] === 0) touched.push(i);
					acc[i] = (acc[i] ?? 0) + qt.weight * m.quality;
				}
			}
		}
		touched.sort((a, b) => (acc[b] ?? 0) - (acc[a] ?? 0));
		const best = touched.slice(0, Math.max(CANDIDATES, limit) * 3);
		for (const i of touched) acc[i] = 0;
		const exact = new Set(this.phrasingKeys.get(this.queryKey(query)) ?? []);
		const pool = exact.size > 0 ? [...new Set([...exact, ...best])] : best;
		// 2. Exact scores on the pool.
		const scored = pool.map((index) => {
			const f = this.facts[index] as IndexedFact;
			const { covered, missing } = this.coverageOf(f, query);
			const coverage = covered / query.totalWeight;
			const order = this.orderScore(f, query);
			const score =
				order === undefined
					? 0.6 * coverage + 0.4 * this.phrasingScore(f, query)
					: 0.6 * coverage + 0.3 * this.phrasingScore(f, query) + 0.1 * order;
			return { fact: f.fact, index, score, coverage, missing, evidence: covered, exact: exact.has(index) };
		});
		scored.sort((a, b) => b.score - a.score);
		const top = scored.slice(0, Math.max(CANDIDATES, limit));
		// 3. Fuse re-ranks the short list over the weighted fields.
		const reranked = this.fuseRerank(top, query);
		return reranked.slice(0, limit);
	}

	/**
	 * Fuse settles close calls: the facts within CLOSE of the best are re-scored by Fuse's fuzzy (bitap) match of the
	 * question's own words against their question, alternates, keywords and answer (weighted 3/2/2/1). Characters,
	 * not terms: it sees what folding and stemming may have lost. Clear winners skip it, which keeps it cheap.
	 */
	private fuseRerank(top: Scored[], query: ParsedQuery): Scored[] {
		const best = top[0];
		if (!best) return top;
		const second = top[1];
		if (!second || best.score - second.score > CLOSE) return top;
		const close = top.filter((s) => best.score - s.score <= CLOSE).slice(0, MAX_CLOSE);
		// The question's most distinctive words that the facts know (at most four): chatter costs Fuse no time.
		const pattern = query.terms
			.filter((t) => t.known)
			.sort((a, b) => b.weight - a.weight)
			.slice(0, MAX_FUSE_WORDS)
			.map((t) => t.word)
			.join(' ');
		if (close.length < 2 || !pattern) return top;
		const fuseScore = new Map<number, number>();
		for (const s of close) fuseScore.set(s.index, this.fuzzyScore(s.index, pattern));
		return top
			.map((s) =>
				close.includes(s)
					? { ...s, score: (1 - FUSE_SHARE) * s.score + FUSE_SHARE * (fuseScore.get(s.index) ?? 0) }
					: s,
			)
			.sort((a, b) => b.score - a.score);
	}
}
